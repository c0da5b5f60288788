"""A deal accepted below the candidate's own walk-away point is a mistake, said in figures;
the same deal above it, or a talk that ends with no deal, is not."""

from __future__ import annotations

from interview_coach.negotiation.session import negotiate

MARKET = {  # a market object as the `market` command gives it (figures chosen for the test)
    "occupation": "Registered Nurses", "soc": "29-1141", "area": "Austin, TX", "period": "year",
    "p10": 40000.0, "p25": 44000.0, "median": 47000.0, "p75": 52000.0, "p90": 58000.0,
    "source": "test figures",
}  # fmt: skip
SAID = [
    "I'm looking for 47,000 given my six years on the ward.",
    "I accept. Please send it in writing.",
]


def _result(walk_away: float | None, lines: list[str] = SAID) -> dict:  # type: ignore[type-arg]
    script = {"role": "Nurse", "seed": 1, "target": 50_000, "walk_away": walk_away,
              "candidate": lines}  # fmt: skip
    return negotiate(script, MARKET)


def _below(result: dict) -> list[dict]:  # type: ignore[type-arg]
    return [m for m in result["mistakes"] if m["code"] == "accepted_below_walk_away"]


def test_accepting_below_the_walk_away_is_reported_in_figures() -> None:
    base = _result(None)["outcome"]["base"]
    result = _result(base + 1000)
    assert result["outcome"]["agreed"] is True and result["outcome"]["above_walk_away"] is False
    (mistake,) = _below(result)
    said = f"you accepted {base:,.0f}, below your walk-away of {base + 1000:,.0f}"
    assert said in mistake["message"]
    assert mistake["evidence"]["text"] == SAID[-1]
    assert result["score"] < _result(base)["score"]  # it costs points


def test_a_deal_at_or_above_the_walk_away_or_no_deal_is_not_reported() -> None:
    base = _result(None)["outcome"]["base"]
    assert not _below(_result(base))
    assert not _below(_result(None))
    walked = _result(base + 1000, [SAID[0], "I'll have to decline, thank you."])
    assert walked["outcome"]["agreed"] is False and not _below(walked)
