"""The salary judgements: volunteering current pay, offering to take less, and a pay answer
with no range (or a range with no reason). Mixed into the judge in `judgements.py`, whose
filler-free text they read and through whose `add` they report."""

from __future__ import annotations

import re
from typing import Any

from interview_coach.analysis import cues, pay_cues

# Salary: a range given with no reason costs this share of the rule's points.
RANGE_WITHOUT_REASON = 0.5
# How far after "I'm currently on" a figure must come to count as disclosure (characters).
DISCLOSURE_REACH = 70
BARE_PAY_REACH = 20  # a bare figure must follow at once ("I'm on forty-one now")


class PayRules:
    """The salary rules; the judge supplies the answer and the reporting."""

    inp: Any  # the judge's JudgeInput
    text: str  # the answer without fillers; `orig` maps its offsets back

    def add(self, code: str, hits: Any, scale: float = 1.0) -> None:
        raise NotImplementedError

    def orig(self, start: int, end: int) -> tuple[int, int]:
        raise NotImplementedError

    def sentence_at(self, pos: int) -> tuple[int, int]:
        raise NotImplementedError

    def _first_sentence(self) -> tuple[int, int]:
        raise NotImplementedError

    def salary(self) -> None:
        text = self.text  # filler-free; offsets go back through self.orig
        disclosed = []
        for m in pay_cues.CURRENT_PAY.finditer(text):
            if cues.REPORTED.search(text[max(0, m.start() - 25) : m.start()]):
                continue
            money = pay_cues.MONEY.search(text, m.end(), m.end() + DISCLOSURE_REACH)
            if money is None and self.inp.kind == "salary":
                # In a pay answer a bare figure after "I'm on" is pay: "I'm on forty-one now".
                money = pay_cues.BARE_PAY.search(text, m.end(), m.end() + BARE_PAY_REACH)
            if money and not re.search(r"[.!?]\s", text[m.end() : money.start()]):
                disclosed.append(self.orig(m.start(), money.end()))
        if disclosed:
            self.add("disclosed_current_salary", disclosed)
        less = [
            self.orig(m.start(), m.end())
            for m in pay_cues.OFFER_LESS.finditer(text)
            if not pay_cues.NEGATED.search(text[max(0, m.start() - 30) : m.start()])
        ]
        less += self._below_stated_range()
        if less:
            self.add("offered_less", less)
        if self.inp.kind != "salary" or self.inp.word_count < 5 or pay_cues.DEFER.search(text):
            return
        figures = [
            self.orig(m.start(), m.end())
            for m in pay_cues.MONEY.finditer(text)
            if not any(s <= self.orig(m.start(), m.end())[0] < e for s, e in disclosed)
        ]
        if not figures:
            self.add("no_range", [self._first_sentence()])
        elif not pay_cues.PAY_REASON.search(text):
            self.add("no_range", [self.sentence_at(figures[0][0])], RANGE_WITHOUT_REASON)

    def _below_stated_range(self) -> list[tuple[int, int]]:
        """Figures under the bottom of a range the question itself states ("advertised at 46
        to 50 thousand" → "I'd take 44")."""
        figures = pay_cues.FIGURE.finditer(self.inp.question)
        stated = [v for v in (pay_cues.amount(m.group()) for m in figures) if v]
        if len(stated) < 2 or self.inp.kind != "salary":
            return []
        floor = min(stated)
        out = []
        for m in pay_cues.FIGURE.finditer(self.text):
            v = pay_cues.amount(m.group())
            if v and floor * 0.5 < v < floor:
                out.append(self.orig(m.start(), m.end()))
        return out
