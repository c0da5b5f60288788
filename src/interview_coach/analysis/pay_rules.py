"""The salary judgements: volunteering current pay, offering to take less, and a pay answer
with no range (or a range with no reason). Mixed into the judge in `judgements.py`, whose
filler-free text they read and through whose `add` they report."""

from __future__ import annotations

import re

from interview_coach.analysis import pay_cues, pay_figures
from interview_coach.analysis.judge_parts import JudgeParts
from interview_coach.analysis.patterns import Cue
from interview_coach.analysis.registry import (
    NO_REASON_TIP,
    NO_REASON_TITLE,
    PLAYS_DOWN_TIP,
    PLAYS_DOWN_TITLE,
)

_SENTENCE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+[.!?]*")

# Salary: a range given with no reason costs this share of the rule's points.
RANGE_WITHOUT_REASON = 0.5
NEGATION_REACH = 30  # characters before a cue read for its denial ("I would never …")
# Pay played down with no offer to take less costs this share: it invites a lower offer, where
# an offer to take less makes one.
PLAYS_DOWN_SHARE = 0.5


class PayRules(JudgeParts):
    """The salary rules; the judge supplies the answer and the reporting."""

    def salary(self) -> None:
        text = self.text  # filler-free; offsets go back through self.orig
        sums = [(m.start(), m.end()) for m in pay_figures.MONEY.finditer(text)]
        pay_talk = self.inp.kind == "salary"
        if pay_talk:
            # In a pay answer a bare figure after "I'm on" is pay: "I'm on forty-one now".
            sums += [(m.start(), m.end()) for m in pay_figures.BARE_PAY.finditer(text)]
        disclosed = [self.orig(s, e) for s, e in pay_cues.current_pay(text, sums, pay_talk)]
        if disclosed:
            self.add("disclosed_current_salary", disclosed)
        less = self._said(pay_cues.OFFER_LESS)
        less += self._below_stated_range()
        plays_down: list[tuple[int, int]] = []
        if self.inp.kind == "salary":
            less += self._going_down(sums)
            plays_down = self._said(pay_cues.PLAYS_DOWN)
        if less:
            self.add("offered_less", less + plays_down)
        elif plays_down:
            self.add(
                "offered_less", plays_down, PLAYS_DOWN_SHARE, (PLAYS_DOWN_TITLE, PLAYS_DOWN_TIP)
            )
        if self.inp.kind != "salary" or self.inp.word_count < 5 or pay_cues.DEFER.search(text):
            return
        figures = [  # in a pay answer a bare "forty-two?" is a figure too
            self.orig(s, e)
            for s, e in sorted(sums)
            if not any(ds <= self.orig(s, e)[0] < de for ds, de in disclosed)
        ]
        if not figures and (
            pay_cues.PAY_SCALE.search(text)
            or pay_cues.FIGURE_BEFORE.search(text)
            or pay_figures.MONEY.search(self.inp.question)
            or re.search(r"\d ?(?:%|per ?cent)", self.inp.question)
        ):
            # A scale ("the pay point for six years' experience") or a figure already on the
            # table ("our budget is 10% below what you asked for") leaves no range missing.
            return
        if not figures:
            self.add("no_range", [self._first_sentence()])
        elif not pay_cues.PAY_REASON.search(text):
            self.add(
                "no_range",
                [self.sentence_at(figures[0][0])],
                RANGE_WITHOUT_REASON,
                (NO_REASON_TITLE, NO_REASON_TIP),
            )

    def _said(self, cue: Cue) -> list[tuple[int, int]]:
        """Where `cue` is said and not denied just before ("I wouldn't take less")."""
        text = self.text
        return [
            self.orig(m.start(), m.end())
            for m in cue.finditer(text)
            if not pay_cues.NEGATED.search(text[max(0, m.start() - NEGATION_REACH) : m.start()])
        ]

    def _going_down(self, sums: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences of a pay answer that offer to go down, in any words ("I don't mind
        starting lower"), or accept a figure or band under one already named ("I was hoping
        for 43, but 39 would be fine"; "advertised at Band 7, I'd happily start on Band 6")."""
        sentences = self._sentences()
        out = [self.orig(s, e) for s, e in sentences if pay_cues.offers_less(self.text[s:e])]
        firm: dict[tuple[int, int], bool] = {}  # a sentence's floor or refusal, read once
        sums = sorted(sums)
        # Each figure in order, a range read as its two ends; bands apart from sums.
        amounts = [
            (fs + m.start(), v)
            for fs, fe in sums
            for m in pay_figures.FIGURE.finditer(self.text[fs:fe])
            if (v := pay_figures.amount(m.group())) is not None
        ]
        bands = [(m.start(), float(m.group(1))) for m in pay_figures.BAND.finditer(self.text)]
        for series, first in ((amounts, min), (bands, max)):
            for k, (pos, v) in enumerate(series):
                earlier = [w for p, w in series[:k] if p < pos]
                if not earlier or v >= first(earlier):
                    continue
                s, e = next((s, e) for s, e in sentences if s <= pos < e)
                rest = self.text[max(s, series[k - 1][0]) : e]  # from the figure before it
                if not pay_cues.WILLING.search(rest) or pay_cues.TRADE.search(rest):
                    continue
                if (s, e) not in firm:
                    firm[s, e] = pay_cues.FIRM.search(self.text[s:e]) is not None
                if not firm[s, e]:
                    out.append(self.orig(s, e))
        return out

    def _sentences(self) -> list[tuple[int, int]]:
        # A full stop inside a figure ("£12.60", "4.5k") does not end the sentence.
        return [(m.start(), m.end()) for m in _SENTENCE.finditer(self.text)]

    def _below_stated_range(self) -> list[tuple[int, int]]:
        """Figures under the bottom of a range the question itself states ("advertised at 46
        to 50 thousand" → "I'd take 44")."""
        figures = pay_figures.FIGURE.finditer(self.inp.question)
        stated = [v for v in (pay_figures.amount(m.group()) for m in figures) if v]
        if len(stated) < 2 or self.inp.kind != "salary":
            return []
        floor = min(stated)
        out = []
        for m in pay_figures.FIGURE.finditer(self.text):
            v = pay_figures.amount(m.group())
            if v and floor * 0.5 < v < floor:
                out.append(self.orig(m.start(), m.end()))
        return out
