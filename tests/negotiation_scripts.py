"""For the negotiation tests: a market object as the `market` command gives it (each test file
chooses its own figures), and a scripted negotiation played against it, by the `negotiate`
contract."""

from __future__ import annotations

from typing import Any

from interview_coach.negotiation.session import negotiate


def market_object(
    occupation: str, soc: str, area: str, percentiles: tuple[float, float, float, float, float]
) -> dict[str, Any]:
    """A yearly market object; `percentiles` are the 10th, 25th, 50th, 75th and 90th."""
    p10, p25, median, p75, p90 = percentiles
    return {"occupation": occupation, "soc": soc, "area": area, "period": "year", "p10": p10,
            "p25": p25, "median": median, "p75": p75, "p90": p90,
            "source": "test figures"}  # fmt: skip


def played(market: dict[str, Any], lines: list[str], **script: Any) -> dict[str, Any]:
    """The `negotiate` result of the candidate's `lines` (role, style, seed, target and
    walk-away in `script`)."""
    return negotiate({**script, "candidate": lines}, market)


def mistake_codes(market: dict[str, Any], lines: list[str], **script: Any) -> set[str]:
    """The codes of the mistakes the candidate's `lines` draw."""
    return {m["code"] for m in played(market, lines, **script)["mistakes"]}
