"""One practice negotiation: the market range, the recruiter (`counterpart.py`), the candidate's
lines, and at the end the outcome, the mistakes (`tactics.py`) and a score.

Run it line by line (`NegotiationSession.reply`, for the terminal) or from a script
(`negotiate`); the same seed and lines always give the same result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from interview_coach.analysis.registry import TACTICS
from interview_coach.errors import InputError
from interview_coach.negotiation.counterpart import STYLES, Counterpart
from interview_coach.negotiation.money import US_CURRENCY, money
from interview_coach.negotiation.tactics import Line, Mistake, find_mistakes

# Up to this many points of the score reward pay won above the first offer (1 point a percent).
GAIN_POINTS = 10
# Yearly figures a negotiation accepts: below the first, no job's pay; above the second, none.
MIN_YEARLY, MAX_YEARLY = 1_000.0, 10_000_000.0

# Puts the recruiter's rule-made line in other words (the recruiter's line, the candidate's
# last line), or None to keep it: the optional chat model, checked, from a higher layer.
Phrase = Callable[[str, str], str | None]


def check_yearly(
    value: float | None, what: str, currency: str | None = US_CURRENCY
) -> float | None:
    """A yearly figure the candidate gave, or InputError saying what is wrong with it (its
    bounds in the job's `currency`)."""
    if value is None:
        return None
    if not MIN_YEARLY <= value <= MAX_YEARLY:  # also refuses nan and infinities
        raise InputError(
            f"The {what} should be a yearly figure between {money(MIN_YEARLY, currency)} and "
            f"{money(MAX_YEARLY, currency)}."
        )
    return float(value)


@dataclass
class NegotiationSession:
    role: str
    counterpart: Counterpart
    market: dict[str, object] | None  # the `market` command's object, when there is one
    target: float | None = None
    walk_away: float | None = None
    turns: list[dict[str, object]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    phrase: Phrase | None = None
    # The recruiter's turns already phrased (turn index -> words, None when the rules' line
    # was kept), so a replayed negotiation asks the model only about its new turn.
    phrased: dict[int, str | None] = field(default_factory=dict)
    currency: str | None = US_CURRENCY  # the job's pay's (None: not known, and not the US's)

    @classmethod
    def start(
        cls,
        role: str,
        *,
        market: dict[str, object] | None,
        median: float | None = None,
        style: str = "warm",
        seed: int = 1,
        target: float | None = None,
        walk_away: float | None = None,
        phrase: Phrase | None = None,
        phrased: dict[int, str | None] | None = None,
        currency: str | None = US_CURRENCY,
    ) -> NegotiationSession:
        """A negotiation for `role`: the recruiter's budget is drawn from the market median
        (or, with no market figure, `median`, a posted salary, or the candidate's target).
        With `phrase`, the recruiter's lines may be put in a chat model's words; the money
        and every decision stay the rules'."""
        if style not in STYLES:
            raise InputError(f"The style must be one of {', '.join(STYLES)}.")
        target = check_yearly(target, "target", currency)
        walk_away = check_yearly(walk_away, "walk-away point", currency)
        median = check_yearly(median, "posted salary", currency)
        # Without market figures (a place abroad, a job the survey lacks), the recruiter
        # works from a posted salary, or from the candidate's own researched target.
        mid = market["median"] if market and market.get("period") == "year" else median or target
        if not isinstance(mid, int | float) or mid <= 0:
            raise InputError(
                "No yearly US market figure for this job and place: give your own target (a "
                "figure you have researched) to practise against."
            )
        counterpart = Counterpart.open(role, float(mid), style=style, seed=seed, currency=currency)
        session = cls(
            role,
            counterpart,
            market,
            target,
            walk_away,
            phrase=phrase,
            phrased=phrased if phrased is not None else {},
            currency=currency,
        )
        session._say("counterpart", counterpart.opening())
        return session

    @property
    def finished(self) -> bool:
        return self.counterpart.finished

    def _say(self, speaker: str, text: str) -> None:
        if speaker != "counterpart":
            self.turns.append({"speaker": speaker, "text": text})
            return
        turn = len(self.turns)
        if turn not in self.phrased and self.phrase is not None:
            last = str(self.turns[-1]["text"]) if self.turns else ""
            self.phrased[turn] = self.phrase(text, last)
        words = self.phrased.get(turn)
        source = "llm" if words else "rules"
        self.turns.append({"speaker": speaker, "text": words or text, "source": source})

    def reply(self, text: str) -> str | None:
        """The candidate's line; the recruiter's answer (None once it is over)."""
        if self.finished:
            return None
        text = " ".join(str(text).split())[:2000]
        turn = len(self.turns)
        stage = ("expectations", "offer", "pushback", "levers", "close")[
            min(self.counterpart.stage, 4)
        ]
        self._say("candidate", text)
        self.lines.append(Line(turn, text, stage))
        self._say("counterpart", self.counterpart.respond(turn, text))
        return str(self.turns[-1]["text"])

    def result(self) -> dict[str, object]:
        """The contract's result: market, turns, outcome, mistakes and score."""
        cp = self.counterpart
        yearly = self.market and self.market.get("period") == "year"
        median = float(self.market["median"]) if yearly else cp.median  # type: ignore[index, arg-type]
        mistakes = find_mistakes(
            self.lines,
            median=median,
            first_offer=cp.first_offer if cp.stage >= 1 else None,
            offers_before=cp.offers_before,
            target=self.target,
            # The counterpart closed with no deal ("good luck"): nothing to confirm.
            no_deal=cp.finished and not cp.deal.agreed,
            walk_away=self.walk_away,
            agreed=cp.deal.base if cp.deal.agreed else None,
            currency=self.currency,
        )
        deal = cp.deal
        outcome = {
            "agreed": bool(deal.agreed),
            "base": deal.base,
            "total_value": deal.total_value(),
            "percentile": _percentile(deal.base, self.market),
            "first_offer": cp.first_offer,
            "met_target": None if self.target is None else deal.base >= self.target,
            "above_walk_away": None if self.walk_away is None else deal.base >= self.walk_away,
            "currency": self.currency,
        }
        return {
            "market": self.market,
            "turns": self.turns,
            "outcome": outcome,
            "mistakes": [m.as_json() for m in mistakes],
            "score": score(mistakes, deal.base, cp.first_offer),
        }


def score(mistakes: list[Mistake], base: float, first_offer: float) -> int:
    """100 less each mistake's cost (the registry's), plus a point for each percent of pay
    won above the first offer (up to 10)."""
    lost = sum(TACTICS[m.code].points for m in mistakes)
    gain = 0.0
    if first_offer > 0:
        gain = min(GAIN_POINTS, max(0.0, 100 * (base - first_offer) / first_offer))
    return int(max(0, min(100, round(100 - lost + gain))))


def _percentile(base: float, market: dict[str, object] | None) -> float | None:
    """Where a base salary sits in the market range, 0-100 (linear between the survey's
    percentiles; below the 10th and above the 90th, toward 0 and 100)."""
    if not market or market.get("period") != "year":
        return None
    points = [(0.0, 0.0)] + [
        (float(market[k]), p)  # type: ignore[arg-type]
        for k, p in (("p10", 10), ("p25", 25), ("median", 50), ("p75", 75), ("p90", 90))
        if isinstance(market.get(k), int | float)
    ]
    top = points[-1][0] * 1.5
    points.append((top, 100.0))
    for (x0, y0), (x1, y1) in pairwise(points):
        if x0 <= base <= x1 and x1 > x0:
            return round(y0 + (y1 - y0) * (base - x0) / (x1 - x0), 1)
    return 100.0 if base > top else 0.0


def negotiate(
    script: dict[str, object], market: dict[str, object] | None, phrase: Phrase | None = None
) -> dict[str, object]:
    """Play a scripted candidate (the `negotiate --script` contract) to the end."""
    lines = script.get("candidate")
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise InputError('The script needs "candidate": a list of the candidate\'s lines.')
    session = NegotiationSession.start(
        str(script.get("role") or "this role"),
        market=market,
        median=_number(script.get("median")),
        style=str(script.get("style") or "warm"),
        seed=int(script.get("seed") or 1),  # type: ignore[call-overload]
        target=_number(script.get("target")),
        walk_away=_number(script.get("walk_away")),
        phrase=phrase,
        currency=str(script["currency"]) if script.get("currency") else US_CURRENCY,
    )
    for text in lines:
        if session.finished:
            break
        session.reply(text)
    return session.result()


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    raise InputError(f"Expected a number, not {value!r}.")
