"""Judgements a hiring manager makes of an answer: ownership, tone, self-presentation, whether
it answers the question, rambling, result and lesson, and salary tactics.

Each judgement quotes the words that triggered it and costs overall points from the shared
registry (`registry.py`). The rules read the answer's own words and its frame labels; they
do not reward length and do not look at grammar or accent (see docs/scoring.md, fairness).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, partial

from interview_coach.analysis import (
    answer_cues,
    claim_cues,
    cues,
    excuse_cues,
    fault_cues,
    life_cues,
    outcome_cues,
    people_cues,
    safety_cues,
    self_cues,
    shortcut_cues,
    sneer_cues,
    tone_cues,
)
from interview_coach.analysis.frames import SCENE_PARTS
from interview_coach.analysis.kinds import REASON_KINDS, STORY_KINDS
from interview_coach.analysis.pay_rules import PayRules
from interview_coach.analysis.question_rules import QuestionRules
from interview_coach.analysis.rambling import RamblingRules
from interview_coach.analysis.registry import (
    BRAG_AS_MODESTY,
    DISHONEST,
    LESSON_AS_POLISH,
    RULES,
    TALKS_DOWN,
    cost,
)
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.words import without_fillers
from interview_coach.types import Evidence, Judgement, Mark

EVIDENCE_LIMIT = 4  # quotes per judgement at most

# A failure put on nobody ("nobody's fault really"): not owned, but no one blamed; milder.
DEFLECTION_SHARE = 0.5
STORY_MIN_WORDS = 25  # a story shorter than this is judged by the length rules alone
OTHER_STORY_REFLECTION = 0.5  # share of the no_reflection cost outside failure stories
# Faults that make a success story's missing lesson a fault too (`result_and_lesson`).
TOLD_WITH_A_FAULT = ("blame", "disparaging", "negative_tone", "arrogance")
# Generic claims: this many unbacked clichés, or this share of the answer spent on them.
GENERIC_MIN = 2
PACKED_CLAIMS = 3  # stock phrases in one sentence that make it a list of claims, not a story
# Stock phrases stacked in one sentence of a strength answer: a character sketch, backed only
# by a fact beside it, not by proof of another strength further on.
STACKED_CLAIMS = 2
SINGLE_CLAIM_SCALE = 0.5
GENERIC_SHARE = 0.25
# Where a clause ends: praise and the fact that backs it share one.
ABOUT_THEM = re.compile(r"\b(?:you|your|yours|here|there)\b", re.I)  # a clause about the employer
CLAUSE_BREAK = re.compile(r"[.;!?]|, (?:and|but|so|because|which)\b", re.I)
NEGATIVITY_MIN = 2  # negative words (without swearing) before the tone counts as negative


@dataclass(frozen=True)
class JudgeInput:
    text: str
    kind: str  # question kind, see kinds.py
    sentences: Sequence[tuple[int, int, str]]  # start, end, frame part
    word_count: int
    target_words: tuple[int, int]
    relevance: float
    specifics: Sequence[Mark]
    actions: int  # first-person action verbs
    proportions: dict[str, float]
    missing: Sequence[str]
    question: str
    fillers: Sequence[Mark] = ()
    lessons: Sequence[Mark] = ()  # the content's lessons (content.with_lessons): one finding
    outcomes: Sequence[tuple[int, int]] = ()  # outcome phrases (content.outcome_hits): the same
    # The best relevance of any stretch of the body, read where `relevance` (the answer's
    # ends) is under OFF_TOPIC_RELEVANCE; otherwise the same as `relevance`.
    body_relevance: float = 1.0


class _Judge(RamblingRules, PayRules, QuestionRules):
    def __init__(self, inp: JudgeInput, spans: SpanMaker) -> None:
        self.inp = inp
        self.text, self._back = without_fillers(inp.text, inp.fillers)
        self.spans = spans
        self.found: list[Judgement] = []

    # Per sentence, computed once: its text and words, whether it states a step of a method,
    # tells leisure (a stretch of it included) or is about the private life.
    @cached_property
    def _texts(self) -> list[str]:
        return [self.inp.text[s:e] for s, e, _ in self.inp.sentences]

    @cached_property
    def _words(self) -> list[int]:
        return [len(t.split()) for t in self._texts]

    @cached_property
    def _steps(self) -> list[bool]:
        return [bool(answer_cues.STEP.search(t)) for t in self._texts]

    @cached_property
    def _leisure(self) -> list[bool]:
        return life_cues.leisure_stretch(self._texts, self.inp.question)

    @cached_property
    def _private(self) -> list[bool]:  # family and upbringing, or leisure in any words
        return [
            bool(life_cues.PERSONAL_LIFE.search(t)) or f
            for t, f in zip(self._texts, self._leisure, strict=True)
        ]

    def _share(self, flags: list[bool]) -> float:
        """Share of the answer's words in the sentences flagged."""
        total = sum(self._words)
        return (
            sum(n for n, f in zip(self._words, flags, strict=True) if f) / total if total else 0.0
        )

    def _word_share_before(self, pos: int) -> float:
        return len(self.inp.text[:pos].split()) / max(self.inp.word_count, 1)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        for s, e, _ in self.inp.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    def add(
        self,
        code: str,
        hits: Sequence[tuple[int, int]],
        scale: float = 1.0,
        words: tuple[str, str] | None = None,
    ) -> None:
        """Record a judgement with its evidence (merged, deduplicated, in order); `words` is
        a title and tip of its own for a variant of the rule."""
        hits = sorted(set(hits))
        ev: list[Evidence] = []
        for s, e in hits:
            if ev and s < ev[-1].end:
                continue
            ev.append(self.spans.evidence(s, e))
        r = RULES[code]
        self.found.append(
            Judgement(
                code=code,
                title=words[0] if words else r.title,
                points=round(cost(code, max(len(ev), 1)) * scale, 1),
                evidence=ev[:EVIDENCE_LIMIT],
                tip=words[1] if words else r.tip,
            )
        )

    def hits(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Matches in the filler-free text, as offsets into the transcript."""
        return [self.orig(m.start(), m.end()) for m in pattern.finditer(self.text)]

    def orig(self, start: int, end: int) -> tuple[int, int]:
        return self._back[start], self._back[max(end - 1, start)] + (end > start)

    # ------------------------------------------------------------ ownership and people
    def blame(self) -> None:
        fault, deflected = (
            [
                (s, e)
                for s, e in self.hits(pattern)
                if not cues.REASSURING.search(self.inp.text[max(0, s - 40) : s])
                and not cues.OTHERS_SAY.search(self.inp.text[max(0, s - 30) : s])
                and not cues.DENIED.search(self.inp.text[max(0, s - 12) : s])
                and not cues.regret_not_blame(self.inp.text, s, e)
            ]
            for pattern in (fault_cues.FAULT, cues.DEFLECTION)
        )
        owned = any(
            not cues.REPORTED.search(self.text[max(0, m.start() - 25) : m.start()])
            for m in cues.OWN_PART.finditer(self.text)
        )
        causal = [] if owned else self.hits(cues.CAUSE_ON_OTHERS)
        causal = [(s, e) for s, e in causal if not cues.grievance_before(self.inp.text, s)]
        if self.inp.kind in REASON_KINDS:
            # Why one leaves or applies: an employer without the means is the reason given.
            causal = [(s, e) for s, e in causal if not cues.MEANS_LACKED.match(self.inp.text, e)]
        # A mistake or a flaw of one's own asked for: excuses for it are read where no part of
        # it is owned, the cause or the duty handed on politely even beside a fact owned.
        mistake_asked = self.inp.kind in ("failure", "weakness")
        unowned_mistake = not owned and mistake_asked
        excuses = [
            pattern
            for pattern, read in (
                (excuse_cues.FAILURE_EXCUSE, unowned_mistake),
                (excuse_cues.DUTY_HANDED_ON, mistake_asked),
            )
            if read
        ]
        causal += [
            (s, e)
            for pattern in excuses
            for s, e in self.hits(pattern)
            if not excuse_cues.not_a_failing(self.inp.text, s, e)
        ]
        if fault or causal:
            self.add("blame", fault + causal)
        elif deflected and unowned_mistake:
            # "Nobody's fault" dodges the question only where the candidate's own part was
            # asked for; in any other story it is a fair account of a gap in the system.
            self.add("blame", deflected, DEFLECTION_SHARE)

    def disparaging(self) -> None:
        found = []
        patterns = (
            people_cues.INSULT_NEAR_PEOPLE,
            people_cues.PERSONAL_INSULT,
            people_cues.DISMISSED_BY,
            people_cues.PEOPLE_AS_PROBLEM,
            people_cues.CHARACTERISED,
            people_cues.CONDESCENSION,
            people_cues.WHO_INSULT,
            sneer_cues.FAINT_PRAISE,
        )
        for pattern in patterns:
            for s, e in self.hits(pattern):
                before = self.inp.text[max(0, s - 60) : s]
                if people_cues.SELF_SUBJECT.search(
                    before[-30:]
                ) and not people_cues.ABOUT_SOMEONE.match(self.inp.text[s:e]):
                    continue
                if pattern is people_cues.CHARACTERISED and people_cues.SELF_DESCRIBED.search(
                    before
                ):
                    continue
                found.append((s, e))
        found += self.hits(sneer_cues.SARCASM)
        if found:
            self.add("disparaging", found)

    # ------------------------------------------------------------ self-presentation
    def humblebrag(self) -> None:
        found = self.hits(self_cues.HUMBLEBRAG)
        if found:
            # A disguised strength is the classic weakness-question trap; elsewhere it is milder.
            # Praise announced as modesty ("I don't like to brag, but…") is named as such.
            text = self.inp.text
            modest = all(self_cues.MODEST_BRAG.search(text[s:e]) for s, e in found)
            words = BRAG_AS_MODESTY if modest else None
            self.add("humblebrag", found, 1.0 if self.inp.kind == "weakness" else 0.6, words)

    def arrogance(self) -> None:
        text = self.inp.text
        found = [
            (s, e)
            for s, e in self.hits(self_cues.ARROGANCE)
            if not self_cues.DOUBTED.search(text[max(0, s - 30) : s])
        ]
        if found:
            self.add("arrogance", found)

    def generic(self) -> None:
        # The employer's own name, said back from the question, is no fact about them.
        asked = self.inp.question.lower()
        specific_at = [
            m.start
            for m in self.inp.specifics
            if m.kind != "time_frame" and not (m.kind == "named" and m.text.lower() in asked)
        ]
        sents = list(self.inp.sentences)
        unbacked: list[tuple[int, int]] = []
        claim_words = 0
        for k, (s, e, _) in enumerate(sents):
            sentence = self.inp.text[s:e]
            found = [
                (m.start() + s, m.end() + s)
                for m in claim_cues.CLICHE.finditer(sentence)
                if not claim_cues.said_of_others(sentence, m.start())
            ]
            if not found or not claim_cues.FIRST_PERSON.search(sentence):
                continue
            nxt_end = sents[k + 1][1] if k + 1 < len(sents) else e
            start = s
            if len(found) >= PACKED_CLAIMS or (
                self.inp.kind == "strength" and len(found) >= STACKED_CLAIMS
            ):
                # A sentence packed with stock phrases is the claim itself; only a fact in it
                # can back it, not what the next sentence goes on to say (nor, in a strength
                # answer, a fact that proves one strength and not a list of them).
                nxt_end = e
            elif self.inp.kind == "strength":
                # A strength answer proves its claim somewhere in it, often a few sentences
                # away (before or after): the whole answer may back it.
                start, nxt_end = 0, len(self.inp.text)
            # A figure inside a cliché ("one hundred and ten percent") backs nothing.
            backed = any(
                start <= p < nxt_end and not any(a <= p < b for a, b in found) for p in specific_at
            ) or claim_cues.EXAMPLE_CUE.search(self.inp.text[start:nxt_end])
            if not backed:
                unbacked += found
                claim_words += len(sentence.split())
        unbacked += self._employer_praise(specific_at)
        share = claim_words / max(self.inp.word_count, 1)
        if len(unbacked) >= GENERIC_MIN or (unbacked and share >= GENERIC_SHARE):
            self.add("generic_claim", unbacked)
        elif unbacked:
            # One cliché with nothing behind it: worth a tip, at a smaller cost.
            self.add("generic_claim", unbacked, SINGLE_CLAIM_SCALE)

    def _employer_praise(self, specific_at: list[int]) -> list[tuple[int, int]]:
        """Praise that would fit any employer, with no fact about this one beside it: a fact
        in its own clause, or in another clause of the sentence that is about them ("…a good
        reputation, and I spoke to one of your conductors on the Harford line")."""
        text = self.inp.text
        out = []
        for m in claim_cues.EMPLOYER_CLICHE.finditer(text):
            s, e = self.sentence_at(m.start())
            clauses, pos = [], s
            for piece in CLAUSE_BREAK.split(text[s:e]):
                start = text.index(piece, pos) if piece else pos
                clauses.append((start, start + len(piece)))
                pos = start + len(piece)
            backed = False
            for a, b in clauses:
                own = a <= m.start() < b
                if any(a <= p < b for p in specific_at) and (own or ABOUT_THEM.search(text[a:b])):
                    backed = True
            if not backed:
                out.append((m.start(), m.end()))
        return out

    # ------------------------------------------------------------ tone
    def tone(self) -> None:
        own = partial(tone_cues.own_words, self.inp.text)  # a complaint reported is another's
        swearing = self.hits(tone_cues.PROFANITY)
        strong = own(
            self.hits(tone_cues.STRONG_NEGATIVITY)
            + self.hits(tone_cues.WORK_AS_ITSELF)
            + self.hits(tone_cues.GRIEVANCE)
        )
        negative = own(self.hits(tone_cues.NEGATIVITY))
        if swearing or strong or len(negative) >= NEGATIVITY_MIN:
            self.add("negative_tone", swearing + strong + negative)
        elif doubt := own(self.hits(tone_cues.SELF_DOUBT)):
            self.add("negative_tone", doubt, words=TALKS_DOWN)

    # ------------------------------------------------------------ safe practice
    def unsafe(self) -> None:
        """A check, safety kit or a report skipped, or luck put in the procedure's place, as
        the speaker's own way of working (not refused, not others', not owned as a mistake)."""
        text = self.inp.text
        spans = [(a, b) for a, b, _ in self.inp.sentences]
        # A story of one's own mistake tells the corner cut, as it was asked to ("what I didn't
        # do was check the exhibit"); only hiding it ("signed the chart as if…") is a fault.
        failure = self.inp.kind == "failure"
        found = []
        for s, e in self.hits(safety_cues.CONCEALED if failure else safety_cues.UNSAFE):
            k = next((k for k, (a, b) in enumerate(spans) if a <= s < b), None)
            if k is None:
                continue
            a, b = spans[k]
            after = text[spans[k + 1][0] : spans[k + 1][1]] if k + 1 < len(spans) else ""
            if safety_cues.cut_corner(text, s, text[a:b], after):
                found.append((s, e))
        # A corner defended with a reason ("you don't bother isolating… everybody does it") is
        # a habit kept, not a mistake owned: in a story of one's own mistake too, unless the
        # story owns it.
        if not failure or not self.hits(safety_cues.OWNED_MISTAKE):
            found += shortcut_cues.excused_skips(text, spans)
        if found:
            hidden = {s for s, _ in self.hits(safety_cues.CONCEALED)}
            dishonest = all(s in hidden for s, _ in found)
            self.add("unsafe", found, words=DISHONEST if dishonest else None)

    def _sentence_before(self, pos: int) -> str:
        """The words of `pos`'s sentence that come before it."""
        return self.inp.text[self.sentence_at(pos)[0] : pos]

    def _first_sentence(self) -> tuple[int, int]:
        if self.inp.sentences:
            s, e, _ = self.inp.sentences[0]
            return s, e
        return 0, len(self.inp.text)

    # ------------------------------------------------------------ result and lesson
    def result_and_lesson(self) -> None:
        inp = self.inp
        if not judges_result(inp.kind, inp.word_count):
            return
        close = outcome_cues.closing_half(inp.text)
        outcome = [h for h in inp.outcomes if h[0] >= close]
        # A figure in the second half counts as a result unless it sets the scene (situation
        # or task: "a £315,000 sale") or is a detail of the work (`detail_figure`).
        scene = [(s, e) for s, e, part in inp.sentences if part in SCENE_PARTS]
        oc = outcome_cues
        measured = [
            m for m in inp.specifics
            if m.start >= close and m.kind == "metric"
            and not any(s <= m.start < e for s, e in scene)
            and not oc.detail_figure(
                m.text, self._sentence_before(m.start), inp.text[m.end : m.end + 30])
        ]  # fmt: skip
        if not outcome and not measured:
            s, e, _ = inp.sentences[-1] if inp.sentences else (0, len(inp.text), "")
            self.add("no_result", [(s, e)])
        if inp.lessons:
            return
        s, e, _ = inp.sentences[-1] if inp.sentences else (0, len(inp.text), "")
        if inp.kind == "failure":
            # A failure story is asked for its lesson.
            self.add("no_reflection", [(s, e)])
        elif any(self.has(code) for code in TOLD_WITH_A_FAULT):
            # A story told with blame, a put-down or a sneer and no lesson shows no sign of
            # seeing it. Without such a fault a lesson only lifts a good story to a strong one,
            # and its absence is no fault: the scoring's lesson tip says so at the same cost.
            self.add("no_reflection", [(s, e)], OTHER_STORY_REFLECTION, LESSON_AS_POLISH)


def judges_result(kind: str, word_count: int) -> bool:
    """Whether the answer is a story long enough for its result and lesson to be judged."""
    return kind in STORY_KINDS and word_count >= STORY_MIN_WORDS


def lesson_wanted(
    kind: str, word_count: int, lessons: Sequence[Mark], judgements: Sequence[Judgement]
) -> bool:
    """A success story told without a lesson that `result_and_lesson` did not judge: the
    scoring's lesson tip (`scoring.LESSON_POLISH`) says so instead."""
    return (
        judges_result(kind, word_count)
        and kind != "failure"
        and not lessons
        and not any(j.code == "no_reflection" for j in judgements)
    )


def judge(inp: JudgeInput, spans: SpanMaker) -> list[Judgement]:
    """Every judgement that applies to the answer, costliest first."""
    if inp.word_count == 0:
        return []
    j = _Judge(inp, spans)
    j.blame()
    j.disparaging()
    j.humblebrag()
    j.arrogance()
    j.generic()
    j.tone()
    j.unsafe()
    j.off_question()
    j.rambling()
    j.result_and_lesson()
    j.salary()
    return sorted(j.found, key=lambda x: x.points)
