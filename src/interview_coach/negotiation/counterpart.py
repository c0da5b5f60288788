"""A recruiter who negotiates back: a hidden budget, levers they can move and a style, all
drawn from a seed, so the same seed and the same lines always give the same negotiation.

Five moments, in order: the expectations question of a screening call, the verbal offer,
pushback on the candidate's counter, trading other parts of the package, and the close. The
recruiter reacts to what the candidate says:
- an anchor with a reason moves them toward it (within the budget);
- a bare demand moves them less, and an ultimatum or a hostile tone not at all;
- current pay disclosed below the market pulls the offer down toward it;
- accepting at once ends the negotiation at the first offer.
Rule-based and pure: no model, no I/O.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from interview_coach.negotiation.accepting import accepts
from interview_coach.negotiation.money import (
    DAYS_A_YEAR,
    HOURS_A_YEAR,
    US_CURRENCY,
    figures,
    money,
    talks_by_hour,
)
from interview_coach.negotiation.reasons import gives_reason
from interview_coach.negotiation.tactics import (
    HOSTILE,
    IN_WRITING,
    LEVERS,
    Line,
    _asks,
    split_current_pay,
)

STAGES = ("expectations", "offer", "pushback", "levers", "close")
STYLES = ("warm", "firm", "exploding")
# How far above the first offer each style's base budget reaches (share of the offer).
BUDGET_ROOM = {"warm": (0.05, 0.09), "firm": (0.02, 0.05), "exploding": (0.03, 0.06)}
# Share of the way to the candidate's reasoned ask that one round moves the base.
MOVE_WITH_REASON, MOVE_BARE = 0.8, 0.35
_WALK_AWAY = re.compile(r"\b(decline|turn (?:it|this) down|walk away|not (?:going to )?accept|"
                        r"no deal|pass on (?:it|this|the offer))\b", re.IGNORECASE)  # fmt: skip
# A "no" at the start of a line: at the close, it turns the deal down.
_DECLINE = re.compile(r"^\W*(no\b|nope|not really|i don'?t think so|no deal)", re.IGNORECASE)
_SIGNING = re.compile(r"\b(signing|sign-on)\b", re.IGNORECASE)
_LEAVE = re.compile(r"\b(pto|paid time off|vacation|holiday|leave|days off)\b", re.IGNORECASE)
_REMOTE = re.compile(r"\b(remote|hybrid|work from home|wfh)\b", re.IGNORECASE)
# Learning in a trade's words too: "the CEUs for the license", "the CPSM exam paid for".
_LEARNING = re.compile(r"\b(learning|training|education|conference|tuition|certification|"
                       r"courses?|ceus?|ce hours|cmes?|exams?|licen[cs]e fees?)\b",
                       re.IGNORECASE)  # fmt: skip
# Money for the kit and the travel a trade pays for itself: "tool money", "a boot allowance",
# "mileage". Named for what was asked: "a $500 yearly tool allowance".
_ALLOWANCE = re.compile(r"\b(tools?|boots?|uniforms?|ppe|kit|mileage)\b", re.IGNORECASE)
# A yearly allowance small beside any move of the base, so the lever never outweighs pay.
ALLOWANCE_A_YEAR = 500.0
# Hourly talk is answered in hourly steps: a quarter of a dollar an hour.
HOURLY_STEP = 0.25


def _round(value: float, step: int = 500) -> float:
    return float(round(value / step) * step)


@dataclass
class Deal:
    base: float
    bonus: float = 0.0  # at target, a year
    signing: float = 0.0
    extra_leave_days: int = 0
    remote_days: int = 0
    learning: float = 0.0
    allowance: float = 0.0  # tools, boots, uniform or mileage, a year
    allowance_for: str = ""
    agreed: bool = False

    def total_value(self) -> float:
        """A year's value: base, bonus at target, the signing bonus (paid in year one), extra
        leave at the daily base rate (DAYS_A_YEAR working days), the learning budget and the yearly
        allowance. Remote days are listed, not priced."""
        leave = self.extra_leave_days * self.base / DAYS_A_YEAR
        extras = self.signing + leave + self.learning + self.allowance
        return round(self.base + self.bonus + extras, 2)


@dataclass
class Counterpart:
    """The recruiter's side. Create with `open`, then `respond` to each candidate line."""

    role: str
    style: str
    median: float
    first_offer: float
    ceiling: float
    bonus_share: float
    signing_budget: float
    rng: random.Random
    stage: int = 0
    deal: Deal = field(default_factory=lambda: Deal(base=0.0))
    hardened: bool = False
    finished: bool = False
    unclear: int = 0  # replies at the close that neither accepted nor declined
    offers_before: dict[int, float] = field(default_factory=dict)
    by_hour: bool = False  # the candidate's last figure with its period was an hourly rate
    currency: str | None = US_CURRENCY  # the job's, for every sum said (None: no symbol)

    @classmethod
    def open(
        cls,
        role: str,
        median: float,
        *,
        style: str = "warm",
        seed: int = 1,
        currency: str | None = US_CURRENCY,
    ) -> Counterpart:
        rng = random.Random(f"{seed}:{style}:{role.lower()}")
        first = _round(median * rng.uniform(0.95, 1.02))
        lo, hi = BUDGET_ROOM[style]
        return cls(
            role=role,
            style=style,
            median=median,
            first_offer=first,
            ceiling=_round(first * (1 + rng.uniform(lo, hi))),
            bonus_share=rng.choice((0.0, 0.05, 0.1)),
            signing_budget=_round(first * rng.uniform(0.03, 0.08), 1000),
            rng=rng,
            deal=Deal(base=first),
            currency=currency,
        )

    def opening(self) -> str:
        return (
            f"Thanks for your time today. Before we go further with the {self.role} role: what "
            "are your salary expectations?"
        )

    def respond(self, turn: int, text: str) -> str:
        """The recruiter's reply to the candidate's line said at `turn` (and move on)."""
        stage = STAGES[min(self.stage, len(STAGES) - 1)]
        line = Line(turn, text, stage)
        if self.stage > 0:
            self.offers_before[turn] = self.deal.base
        if HOSTILE.search(text):
            self.hardened = True
        self.by_hour = talks_by_hour([text], self.by_hour)  # "34 an hour… I ask 36"
        handler = getattr(self, f"_{stage}")
        reply = handler(line)
        self.stage += 1
        return reply

    def _pay(self, annual: float) -> str:
        """A base said in the candidate's terms: by the hour where they talk by the hour,
        with the year beside it."""
        if self.by_hour:
            hourly = money(annual / HOURS_A_YEAR, self.currency, cents=True)
            return f"{hourly} an hour ({self._money(annual)} a year)"
        return self._money(annual)

    def _money(self, value: float) -> str:
        return money(value, self.currency)

    def _round_pay(self, annual: float) -> float:
        """A base the recruiter can say in whole steps: $500 a year, or a quarter of a dollar
        an hour where the talk is by the hour."""
        if self.by_hour:
            step = HOURLY_STEP * HOURS_A_YEAR
            return round(round(annual / step) * step, 2)
        return _round(annual)

    # ------------------------------------------------------------ the moments

    def _expectations(self, line: Line) -> str:
        # What they earn, what they ask.
        now, said = split_current_pay(line.text, self.median, self.by_hour)
        if now and now[0].annual < self.first_offer:
            # Told what they earn: the offer is pitched a little above it, not at the market.
            self.first_offer = _round(max(now[0].annual * 1.05, self.median * 0.85))
        elif said:
            ask = said[0].annual
            if ask < self.first_offer:
                self.first_offer = _round(max(ask, self.median * 0.85))  # they asked for less
            elif gives_reason(line.text) and not self.hardened:
                self.first_offer = _round(min(ask, self.first_offer * 1.03))
        self.first_offer = self._round_pay(self.first_offer)
        self.deal = Deal(base=self.first_offer, bonus=_round(self.first_offer * self.bonus_share))
        bonus = f", with a target bonus of {self.bonus_share:.0%}" if self.bonus_share else ""
        rush = " We'd need your answer by the end of tomorrow." if self.style == "exploding" else ""
        return (
            f"Thank you. I'm pleased to say we'd like to offer you the role at "
            f"{self._pay(self.first_offer)} base{bonus}.{rush} How does that sound?"
        )

    def _offer(self, line: Line) -> str:
        """The reply to the offer: accepted, declined, or a counter they answer."""
        if _WALK_AWAY.search(line.text):
            return self._end(False)
        if self._accepted(line):
            return self._end(True, written=bool(IN_WRITING.search(line.text)))
        said = [
            f.annual
            for f in figures(line.text, self.deal.base, self.by_hour)
            if f.annual > self.deal.base
        ]
        if said and not self.hardened:
            share = MOVE_WITH_REASON if gives_reason(line.text) else MOVE_BARE
            if self.style == "firm":
                share /= 2
            step = share * (min(said[0], self.ceiling) - self.deal.base)
            base = self._round_pay(self.deal.base + step)
            if base > self.deal.base:
                self.deal.base = base
                self.deal.bonus = _round(self.deal.base * self.bonus_share)
                return (
                    "I've spoken to the hiring manager. We can go to "
                    f"{self._pay(self.deal.base)}, and that's the top of the band for base. "
                    "How does that sound?"
                )
        if _asks(line, self.offers_before) and not self.hardened:
            return (
                f"I hear you, but the base is set at {self._pay(self.deal.base)} for this band. "
                "How does that sound?"
            )
        return f"The offer stands at {self._pay(self.deal.base)}. How does that sound?"

    def _pushback(self, line: Line) -> str:
        """The reply to their answer: whatever else it asks for, then the invitation to
        trade the rest of the package."""
        if _WALK_AWAY.search(line.text):
            return self._end(False)
        # "I accept" to the offer as it stands; "that's fine" may accept only the base, and
        # the rest of the package is asked about.
        if self._accepted(line) and accepts(line.text, whole=True):
            return self._end(True, written=bool(IN_WRITING.search(line.text)))
        granted = self._grant(line.text)
        more = [
            f.annual
            for f in figures(line.text, self.deal.base, self.by_hour)
            if f.annual > self.deal.base
        ]
        if more and not self.hardened and self.style == "warm" and gives_reason(line.text):
            self.deal.base = max(self.deal.base, self._round_pay(min(more[0], self.ceiling)))
            granted.append(f"a base of {self._pay(self.deal.base)}")
        done = f"I can do {', and '.join(granted)}. " if granted else ""
        return f"{done}Is there anything else in the package that matters to you?"

    def _levers(self, line: Line) -> str:
        """The other parts of the package they ask for; then the summary and the question."""
        if _WALK_AWAY.search(line.text):
            return self._end(False)
        granted = self._grant(line.text)
        done = f"I can do {', and '.join(granted)}. " if granted else ""
        return f"{done}{self._summary()} Do we have a deal?"

    def _accepted(self, line: Line) -> bool:
        """The offer on the table accepted, with nothing more asked for."""
        return accepts(line.text) and not _asks(line, self.offers_before)

    def _grant(self, text: str) -> list[str]:
        """The other parts of the package the candidate asked for, as far as the style
        allows; with nothing specific, a pay review."""
        if self.hardened or not LEVERS.search(text) or _DECLINE.match(text):
            return []
        granted = []
        limit = 1 if self.style == "firm" else 3
        if _SIGNING.search(text) and self.signing_budget and len(granted) < limit:
            self.deal.signing = self.signing_budget
            granted.append(f"a {self._money(self.signing_budget)} signing bonus")
        if _LEAVE.search(text) and len(granted) < limit:
            self.deal.extra_leave_days = 3
            granted.append("three more days of paid leave")
        if _REMOTE.search(text) and len(granted) < limit:
            self.deal.remote_days = 2
            granted.append("two remote days a week")
        if _LEARNING.search(text) and len(granted) < limit:
            self.deal.learning = 1500.0
            granted.append(f"a {self._money(self.deal.learning)} learning budget")
        kinds = dict.fromkeys(_allowance_name(m.group(1)) for m in _ALLOWANCE.finditer(text))
        if kinds and len(granted) < limit:
            self.deal.allowance = ALLOWANCE_A_YEAR
            self.deal.allowance_for = " and ".join(kinds)  # "boot and mileage"
            allowance = self._money(ALLOWANCE_A_YEAR)
            granted.append(f"a {allowance} yearly {self.deal.allowance_for} allowance")
        if not granted:  # a lever this recruiter cannot move ("a company truck, please")
            granted.append("a review of your base after six months")
        return granted

    def _close(self, line: Line) -> str:
        declined = _WALK_AWAY.search(line.text) or (
            _DECLINE.match(line.text) and not accepts(line.text)
        )
        written = bool(IN_WRITING.search(line.text))
        if declined or accepts(line.text) or written:
            return self._end(not declined, written=written)
        # Silence, or words that neither accept nor decline: a deal is never assumed.
        self.unclear += 1
        if self.unclear >= 2:
            return self._end(False)
        self.stage -= 1  # the same moment again
        return "Sorry, I didn't catch that. Do we have a deal?"

    def _summary(self) -> str:
        parts = [f"{self._pay(self.deal.base)} base"]
        if self.deal.bonus:
            parts.append(f"a {self.bonus_share:.0%} target bonus")
        if self.deal.signing:
            parts.append(f"a {self._money(self.deal.signing)} signing bonus")
        if self.deal.extra_leave_days:
            parts.append(f"{self.deal.extra_leave_days} extra days of leave")
        if self.deal.remote_days:
            parts.append(f"{self.deal.remote_days} remote days a week")
        if self.deal.learning:
            parts.append(f"a {self._money(self.deal.learning)} learning budget")
        if self.deal.allowance:
            what = self.deal.allowance_for
            parts.append(f"a {self._money(self.deal.allowance)} yearly {what} allowance")
        return "So that's " + ", ".join(parts) + "."

    def _end(self, agreed: bool, *, written: bool = False) -> str:
        self.finished = True
        self.deal.agreed = agreed
        if not agreed:
            return "I understand. Thank you for your time, and good luck."
        follow = (
            " I'll send the full offer in writing today."
            if written
            else " Welcome aboard; we'll be in touch."
        )
        return "Wonderful." + follow


def _allowance_name(word: str) -> str:
    """The kind an allowance is for: "tools" is "tool", "PPE" keeps its capitals."""
    word = word.lower()
    if word == "ppe":
        return "PPE"
    return word[:-1] if word.endswith("s") else word
