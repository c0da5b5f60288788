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
    detour_cues,
    life_cues,
    outcome_cues,
    pay_cues,
    people_cues,
    self_cues,
    tone_cues,
)
from interview_coach.analysis.kinds import METHOD_KINDS, STORY_KINDS
from interview_coach.analysis.pay_rules import PayRules
from interview_coach.analysis.rambling import RamblingRules
from interview_coach.analysis.registry import (
    ANY_JOB,
    ASIDE_TIP,
    ASIDE_TITLE,
    RULES,
    SELF_ASIDE,
    cost,
)
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.words import without_fillers
from interview_coach.types import Evidence, Judgement, Mark

EVIDENCE_LIMIT = 4  # quotes per judgement at most

# Relevance (0–1, from the embedding model) under which a story or method answer is about
# something else; for kinds whose good answers share few words with the question (a
# self-introduction, a salary figure), relevance is only used together with missing signs.
OFF_TOPIC_RELEVANCE = 0.12
LOOSE_RELEVANCE = 0.35
# A stretch of the body this relevant keeps a story to the question however its ends read
# ("I pulled three months of ticket data…" in an answer about a process improved).
BODY_ON_TOPIC = 0.35
ASKS_FOR_QUESTIONS = re.compile(r"\b(?:questions?|ask)\b", re.IGNORECASE)
# Questions about why this job: someone else's idea or "a job's a job" does not answer them.
INTEREST_KINDS = frozenset({"self_intro", "motivation", "why_leaving"})
# A self-introduction spending this share of its words on the private life has not said
# who the candidate is at work; a story or a method, where none of it answers, this share.
PERSONAL_SHARE = 0.35
PRIVATE_DETOUR_SHARE = 0.2
# Warmth about one's life is not a wrong answer, only an unfocused one: a milder cost.
PRIVATE_LIFE_SCALE = 0.6
# An answer about work that spends this share of its words on leisure has left the question
# for a while (one clause in passing is colour); where a life outside work is welcome.
LEISURE_SHARE = 0.1
LEISURE_WELCOME = frozenset({"self_intro", "closing", "salary"})
# A closing whose only questions are about holidays, breaks or parking: interest in what the
# job gives, not in the work; milder than asking nothing.
PERKS_ONLY_SCALE = 0.6
# A "why us" answer that never names the employer, the role or the place.
NO_EMPLOYER_SCALE = 0.6
# A failure put on nobody ("nobody's fault really"): not owned, but no one blamed; milder.
DEFLECTION_SHARE = 0.5
# Kinds where the question's words say little about a good answer's words.
LOW_OVERLAP_KINDS = frozenset(
    {"self_intro", "closing", "salary", "motivation", "why_leaving", "strength", "weakness"}
)

# A method question ("what would you do…") answered with general statements about the topic
# answers a neighbouring question; it costs less than an answer about something else.
MIN_METHOD_SHARE = 0.4  # share of words in step sentences below which no method is given
GENERAL_ANSWER_SCALE = 0.75
# Under a quarter of the words on steps, and below this relevance, an answer is not a related
# example (which keeps to the question's topic) but another topic.
FEW_STEPS_SHARE = 0.25
METHOD_RELEVANCE = 0.7
ANOTHER_TOPIC_SCALE = 2.0  # a story about something else entirely costs twice as much
SAME_TOPIC_WORDS = 2  # the question's own topic words used in the body: not another topic
STORY_MIN_WORDS = 25  # a story shorter than this is judged by the length rules alone
OTHER_STORY_REFLECTION = 0.5  # share of the no_reflection cost outside failure stories
# Frame parts that set the scene: a figure there describes the starting point, not a result.
SCENE_PARTS = frozenset({"situation", "task"})
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


class _Judge(RamblingRules, PayRules):
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
            ]
            for pattern in (cues.FAULT, cues.DEFLECTION)
        )
        owned = any(
            not cues.REPORTED.search(self.text[max(0, m.start() - 25) : m.start()])
            for m in cues.OWN_PART.finditer(self.text)
        )
        causal = [] if owned else self.hits(cues.CAUSE_ON_OTHERS)
        causal = [(s, e) for s, e in causal if not cues.grievance_before(self.inp.text, s)]
        # A mistake or a flaw of one's own asked for, and no part of it owned.
        unowned_mistake = not owned and self.inp.kind in ("failure", "weakness")
        if unowned_mistake:
            causal += self.hits(cues.FAILURE_EXCUSE)
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
        if found:
            self.add("disparaging", found)

    # ------------------------------------------------------------ self-presentation
    def humblebrag(self) -> None:
        found = self.hits(self_cues.HUMBLEBRAG)
        if found:
            # A disguised strength is the classic weakness-question trap; elsewhere it is milder.
            self.add("humblebrag", found, 1.0 if self.inp.kind == "weakness" else 0.6)

    def arrogance(self) -> None:
        found = self.hits(self_cues.ARROGANCE)
        if found:
            self.add("arrogance", found)

    def generic(self) -> None:
        specific_at = [m.start for m in self.inp.specifics if m.kind != "time_frame"]
        sents = list(self.inp.sentences)
        unbacked: list[tuple[int, int]] = []
        claim_words = 0
        for k, (s, e, _) in enumerate(sents):
            sentence = self.inp.text[s:e]
            found = [(m.start() + s, m.end() + s) for m in claim_cues.CLICHE.finditer(sentence)]
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
        strong = own(self.hits(tone_cues.STRONG_NEGATIVITY) + self.hits(tone_cues.GRIEVANCE))
        negative = own(self.hits(tone_cues.NEGATIVITY))
        if swearing or strong or len(negative) >= NEGATIVITY_MIN:
            self.add("negative_tone", swearing + strong + negative)

    # ------------------------------------------------------------ the question asked
    def off_question(self) -> None:
        inp = self.inp
        if inp.word_count < 8:
            return  # too little to judge: the length rules speak for it
        kind = inp.kind
        sign = {
            "behavioural": "story",
            "failure": "story",
            "situational": "situational",
            "logistics": "technical",
        }.get(kind, kind)
        pattern = answer_cues.ANSWERS_KIND.get(sign)
        if kind == "situational":
            has_sign = bool(pattern and pattern.search(self.text)) or bool(
                answer_cues.ANSWERS_KIND["story"].search(self.text)
            )
        elif kind == "salary":
            # A figure (bare too: "maybe thirty-four?"), a pay scale, a figure already given or a
            # reasoned deferral answers a pay question, well or not.
            has_sign = any(
                p.search(self.text)
                for p in (pay_cues.MONEY, pay_cues.BARE_PAY, pay_cues.DEFER, pay_cues.PAY_SCALE,
                          pay_cues.FIGURE_BEFORE)
            )  # fmt: skip
        elif kind == "closing":
            has_sign = answer_cues.asks_question(self.text) or bool(
                pattern and pattern.search(self.text)
            )
        else:
            has_sign = bool(pattern.search(self.text)) if pattern else True
            if kind == "motivation":  # the employer named as the question names it
                has_sign = has_sign or answer_cues.names_question(inp.question, self.text)
                # "What do you enjoy most?" answered with what one enjoys.
                has_sign = has_sign or bool(
                    detour_cues.ASKS_PREFERENCE.search(inp.question)
                    and answer_cues.STATES_PREFERENCE.search(self.text)
                )
        if kind in INTEREST_KINDS:
            reasons = self.hits(answer_cues.NO_INTEREST)
            any_job = self.hits(answer_cues.ANY_JOB)
            if kind == "motivation":  # "where do you see yourself…": a future elsewhere
                reasons += self.hits(answer_cues.LEAVING_PLAN)
            asks_why = re.search(r"\bwhy\b", inp.question, re.IGNORECASE)
            if any_job and kind == "self_intro" and not reasons and not asks_why:
                # Who they are was said; that any job would do is how it sounds, not a detour
                # (unless the question asked why they applied too).
                if not any(j.code == "negative_tone" for j in self.found):
                    self.add("negative_tone", any_job, words=ANY_JOB)
                return
            reasons += any_job
            if reasons:  # no reason of their own: the question was why them, here, now
                self.add("off_question", reasons)
                return
        q = inp.question
        asks_leisure = bool(life_cues.ASKS_LEISURE.search(q))
        career = kind == "self_intro" and life_cues.asks_for_career(q)
        if (kind not in LEISURE_WELCOME or career) and not asks_leisure:
            leisure = [
                (s, e) for (s, e, _), f in zip(inp.sentences, self._leisure, strict=True) if f
            ]
            share = sum(n for n, f in zip(self._words, self._leisure, strict=True) if f)
            if leisure and share >= LEISURE_SHARE * max(inp.word_count, 1):
                self.add("off_question", leisure, PRIVATE_LIFE_SCALE, (ASIDE_TITLE, ASIDE_TIP))
                return
        if (
            (kind in STORY_KINDS or kind in METHOD_KINDS or kind == "weakness")
            and not detour_cues.ASKS_PREFERENCE.search(inp.question)
            and (aside := self.hits(detour_cues.ASIDE_ABOUT_SELF))
        ):
            # What one enjoys, a view of the trade's troubles, study plans: the answer has left
            # the story or the method for the speaker (milder, as warmth about life is).
            self.add("off_question", aside, PRIVATE_LIFE_SCALE, SELF_ASIDE)
            return
        limit = PERSONAL_SHARE if kind == "self_intro" else PRIVATE_DETOUR_SHARE
        private_kind = kind == "self_intro" or (
            (kind in STORY_KINDS or kind in METHOD_KINDS) and not asks_leisure
        )
        if private_kind and self._share(self._private) >= limit:
            private = [
                (s, e) for (s, e, _), p in zip(inp.sentences, self._private, strict=True) if p
            ]
            self.add("off_question", private, PRIVATE_LIFE_SCALE)
            return
        if kind == "closing" and not has_sign and ASKS_FOR_QUESTIONS.search(inp.question):
            # "Any questions for us?" answered without one: more selling is not a question.
            self.add("off_question", [self._first_sentence()])
            return
        if (
            kind == "closing"
            and has_sign
            and (answer_cues.only_perks_asked(inp.text) or answer_cues.NO_RESEARCH.search(inp.text))
        ):
            asked = [(s, e) for s, e, _ in inp.sentences if "?" in inp.text[s:e]]
            self.add("off_question", asked or [self._first_sentence()], PERKS_ONLY_SCALE)
            return
        if kind == "weakness" and not has_sign and not self_cues.HUMBLEBRAG.search(self.text):
            self.add("off_question", [self._first_sentence()])
            return
        if kind in METHOD_KINDS and answer_cues.ASKS_METHOD.search(inp.question):
            share = self._share(self._steps)  # words in sentences that say what they'd do
            general = self.hits(answer_cues.GENERAL)
            if share < MIN_METHOD_SHARE and general:
                self.add("off_question", general, GENERAL_ANSWER_SCALE)
                return
            if share == 0 or (share < FEW_STEPS_SHARE and inp.relevance < METHOD_RELEVANCE):
                # Few steps, and about something else: a past story or a pitch in place of
                # the method (a related past example stays on the question's topic).
                self.add("off_question", [self._first_sentence()])
                return
        if kind in LOW_OVERLAP_KINDS:
            if not has_sign and inp.relevance < LOOSE_RELEVANCE:
                self.add("off_question", [self._first_sentence()])
            elif not has_sign and kind == "motivation":
                # "Why us?" answered without a word about us, the role or the place: an answer
                # about oneself, however fluent.
                self.add("off_question", [self._first_sentence()], NO_EMPLOYER_SCALE)
        elif (
            inp.relevance < OFF_TOPIC_RELEVANCE
            and inp.body_relevance < BODY_ON_TOPIC
            and answer_cues.shared_topic_words(inp.question, self.text) < SAME_TOPIC_WORDS
            # "An error you made?" names no subject: any mistake story is on it.
            and (kind != "failure" or answer_cues.has_own_topic(inp.question))
        ):
            # About something else altogether: a hiring manager hears no answer at all. (The
            # relevance reads the answer's ends; its body may keep to the question's words.)
            self.add("off_question", [self._first_sentence()], ANOTHER_TOPIC_SCALE)
        elif not has_sign and inp.relevance < LOOSE_RELEVANCE:
            self.add("off_question", [self._first_sentence()])

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
        close = int(len(self.inp.text) * 0.5)
        outcome = [h for h in inp.outcomes if h[0] >= close]
        # A figure in the second half counts as a result unless it sets the scene (situation
        # or task: "a £315,000 sale"); a duration or a head count needs a change word ("within
        # a week", "down to ten minutes", "averaging eighteen minutes"): "booked for forty
        # minutes", "for the first six weeks" or "a hundred and sixty students in five
        # classes" is a detail or the scope, not an outcome.
        scene = [(s, e) for s, e, part in inp.sentences if part in SCENE_PARTS]
        oc = outcome_cues
        measured = [
            m for m in inp.specifics
            if m.start >= close and m.kind == "metric"
            and not any(s <= m.start < e for s, e in scene)
            and not ((oc.DURATION.search(m.text) or oc.is_head_count(m.text))
                     and not oc.CHANGE_BEFORE.search(
                self.inp.text[max(0, m.start - 25) : m.start]))
            and not oc.ASKED_FOR.search(self._sentence_before(m.start))
        ]  # fmt: skip
        if not outcome and not measured:
            s, e, _ = inp.sentences[-1] if inp.sentences else (0, len(inp.text), "")
            self.add("no_result", [(s, e)])
        if not inp.lessons:
            # A failure story is asked for its lesson; in other stories a lesson is what
            # lifts a good answer to a strong one, so its absence costs less.
            s, e, _ = inp.sentences[-1] if inp.sentences else (0, len(inp.text), "")
            scale = 1.0 if inp.kind == "failure" else OTHER_STORY_REFLECTION
            self.add("no_reflection", [(s, e)], scale)


def judges_result(kind: str, word_count: int) -> bool:
    """Whether the answer is a story long enough for its result and lesson to be judged."""
    return kind in STORY_KINDS and word_count >= STORY_MIN_WORDS


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
    j.off_question()
    j.rambling()
    j.result_and_lesson()
    j.salary()
    return sorted(j.found, key=lambda x: x.points)
