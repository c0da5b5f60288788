"""The off-the-question judgement: what each kind of question needs (a story, steps, a
weakness, a reason of one's own, a figure, a question back), detours into leisure and the
private life, and answers about something else altogether. Mixed into the judge in
`judgements.py`, whose answer, sentence flags and reporting it uses."""

from __future__ import annotations

import re

from interview_coach.analysis import (
    answer_cues,
    claim_cues,
    detour_cues,
    life_cues,
    pay_cues,
    pay_figures,
    questions_back,
    self_cues,
)
from interview_coach.analysis.frames import asks_why_here
from interview_coach.analysis.judge_parts import JudgeParts
from interview_coach.analysis.kinds import METHOD_KINDS, STORY_KINDS
from interview_coach.analysis.registry import (
    ANY_JOB,
    ASIDE_TIP,
    ASIDE_TITLE,
    DODGES,
    LEAVING,
    OTHER_JOB,
    PERKS_FIRST,
    QUALITIES,
    SELF_ASIDE,
)

# Relevance (0–1, from the embedding model) under which a story or method answer is about
# something else; for kinds whose good answers share few words with the question (a
# self-introduction, a salary figure), relevance is only used together with missing signs.
OFF_TOPIC_RELEVANCE = 0.12
LOOSE_RELEVANCE = 0.35
# A stretch of the body this relevant keeps a story to the question however its ends read
# ("I pulled three months of ticket data…" in an answer about a process improved).
BODY_ON_TOPIC = 0.35
ASKS_FOR_QUESTIONS = re.compile(r"\b(?:questions?|ask)\b", re.IGNORECASE)
# A self-introduction that also asks why they applied: "any job" is then no reason given.
ASKS_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
# Questions about why this job: someone else's idea or "a job's a job" does not answer them.
INTEREST_KINDS = frozenset({"self_intro", "motivation", "why_leaving"})
# A self-introduction spending this share of its words on the private life has not said
# who the candidate is at work; a story or a method, where none of it answers, this share.
PERSONAL_SHARE = 0.35
PRIVATE_DETOUR_SHARE = 0.2
# Kinds where some of one's life belongs in the answer (who one is, a family reason to move),
# so only the larger share is a detour.
LIFE_ASKED_KINDS = frozenset({"self_intro", "why_leaving"})
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

# Kinds where the question's words say little about a good answer's words.
LOW_OVERLAP_KINDS = frozenset(
    {"self_intro", "closing", "salary", "motivation", "why_leaving", "strength", "weakness"}
)

# A method question ("what would you do…") answered with general statements about the topic
# answers a neighbouring question; it costs less than an answer about something else.
MIN_METHOD_SHARE = 0.4  # share of words in step sentences below which no method is given
GENERAL_ANSWER_SCALE = 0.75
# Distinct qualities or attitudes ("I'm methodical", "use my experience") that, in a method
# answer, stand for the method: one is colour, two are the answer (none in dev's better sides).
MINDSET_MIN = 2
# Under a quarter of the words on steps, and below this relevance, an answer is not a related
# example (which keeps to the question's topic) but another topic.
FEW_STEPS_SHARE = 0.25
METHOD_RELEVANCE = 0.7
ANOTHER_TOPIC_SCALE = 2.0  # a story about something else entirely costs twice as much
SAME_TOPIC_WORDS = 2  # the question's own topic words used in the body: not another topic


class QuestionRules(JudgeParts):
    """The off-the-question rules; the judge supplies the answer and the reporting."""

    def off_question(self) -> None:
        inp = self.inp
        if inp.word_count < 8:
            return  # too little to judge: the length rules speak for it
        if other_job := self._other_job():
            self.add("off_question", other_job, words=OTHER_JOB)
            return
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
                for p in (pay_figures.MONEY, pay_figures.BARE_PAY, pay_cues.DEFER,
                          pay_cues.PAY_SCALE, pay_cues.FIGURE_BEFORE)
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
        if kind == "why_leaving" and (dodged := self.hits(answer_cues.EVASIVE)):
            self.add("off_question", dodged, words=DODGES)
            return
        if kind in INTEREST_KINDS:
            reasons = self.hits(answer_cues.NO_INTEREST)
            any_job = self.hits(answer_cues.ANY_JOB)
            leaving = self.hits(answer_cues.LEAVING_PLAN) if kind == "motivation" else []
            if leaving:  # "where do you see yourself…": a future elsewhere, named as such
                self.add("off_question", leaving + reasons, words=LEAVING)
                return
            asks_why = ASKS_WHY.search(inp.question)
            if any_job and kind == "self_intro" and not reasons and not asks_why:
                # Who they are was said; that any job would do is how it sounds, not a detour
                # (unless the question asked why they applied too).
                if not self.has("negative_tone"):
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
        # "Why are you leaving?" answered with one's life (home town, partner, a new puppy):
        # a family reason given in a sentence is a reason; a third of the answer is a detour.
        limit = PERSONAL_SHARE if kind in LIFE_ASKED_KINDS else PRIVATE_DETOUR_SHARE
        private_kind = kind in LIFE_ASKED_KINDS or (
            (kind in STORY_KINDS or kind in METHOD_KINDS) and not asks_leisure
        )
        flags = self._private
        if kind == "why_leaving" and pattern:  # a family reason given is the answer itself
            flags = [p and not pattern.search(t) for p, t in zip(flags, self._texts, strict=True)]
        if private_kind and self._share(flags) >= limit:
            private = [(s, e) for (s, e, _), p in zip(inp.sentences, flags, strict=True) if p]
            self.add("off_question", private, PRIVATE_LIFE_SCALE)
            return
        if kind == "closing" and not has_sign and ASKS_FOR_QUESTIONS.search(inp.question):
            # "Any questions for us?" answered without one: more selling is not a question.
            self.add("off_question", [self._first_sentence()])
            return
        perks = kind == "closing" and has_sign and questions_back.perks_first(inp.text)
        if perks or (kind == "closing" and has_sign and answer_cues.NO_RESEARCH.search(inp.text)):
            asked = [
                (s, e)
                for s, e, _ in inp.sentences
                if (questions_back.asks_perks(inp.text[s:e]) if perks else "?" in inp.text[s:e])
            ]
            words = PERKS_FIRST if perks else None
            self.add("off_question", asked or [self._first_sentence()], PERKS_ONLY_SCALE, words)
            return
        if kind == "weakness" and not has_sign and not self_cues.HUMBLEBRAG.search(self.text):
            self.add("off_question", [self._first_sentence()])
            return
        # An unsafe method is still a method: the unsafe judgement names what is wrong with it.
        if (
            kind in METHOD_KINDS
            and answer_cues.ASKS_METHOD.search(inp.question)
            and not self.has("unsafe")
        ):
            share = self._share(self._steps)  # words in sentences that say what they'd do
            qualities = self.hits(claim_cues.MINDSET)
            if len({self.text[s:e].lower() for s, e in qualities}) >= MINDSET_MIN:
                # Qualities in the steps' place, however many "I'd"s carry them.
                self.add("off_question", qualities, GENERAL_ANSWER_SCALE, QUALITIES)
                return
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
            elif not has_sign and kind == "motivation" and asks_why_here(inp.question):
                # "Why us?" answered without a word about us, the role or the place: an answer
                # about oneself, however fluent. ("Where do you see yourself in five years?"
                # asks for the speaker's aims, and an answer of aims alone is on it.)
                self.add("off_question", [self._first_sentence()], NO_EMPLOYER_SCALE)
        elif (
            inp.relevance < OFF_TOPIC_RELEVANCE
            and inp.body_relevance < BODY_ON_TOPIC
            and answer_cues.shared_topic_words(inp.question, self.text) < SAME_TOPIC_WORDS
            # "An error you made?", "a time you improved a process?" name no subject: any
            # mistake or improvement story is on it.
            and answer_cues.has_own_topic(inp.question)
        ):
            # About something else altogether: a hiring manager hears no answer at all. (The
            # relevance reads the answer's ends; its body may keep to the question's words.)
            self.add("off_question", [self._first_sentence()], ANOTHER_TOPIC_SCALE)
        elif not has_sign and inp.relevance < LOOSE_RELEVANCE:
            self.add("off_question", [self._first_sentence()])

    def _other_job(self) -> list[tuple[int, int]]:
        """Where a question about one job held is answered about another, named as such: the
        sentence that names it, when the answer names neither the job asked about (a word of
        its title) nor its employer."""
        asked = detour_cues.ROLE_ASKED.search(self.inp.question)
        if asked is None:
            return []
        title = _role_words(asked["title"])
        employer = _role_words(asked["employer"] or "")
        said = _role_words(self.text)
        if not title or said & (title | employer):
            return []
        for m in detour_cues.ROLE_NAMED.finditer(self.text):
            other = _role_words(m["other"] or m["working"] or "")
            if other and not other & title:
                at = [(s, e) for s, e, _ in self.inp.sentences if s <= m.start() < e]
                return at[:1] or [(m.start(), m.end())]
        return []


# Words of a job title or an employer's name that say which job: not its level, its grade or
# the name's legal form ("Senior", "Class 1", "Ltd").
_NOT_WHICH_JOB = frozenset(
    "senior junior trainee assistant deputy lead head chief principal class band grade level "
    "the and of ltd limited plc llp inc group company services uk".split()
)


def _role_words(text: str) -> set[str]:
    """The first four letters of each word (four letters or more) of a title, a name or an
    answer: "driver" and "driving", "nurse" and "nursing" are the same job."""
    words = re.findall(r"[a-z]{4,}", text.lower())
    return {w[:4] for w in words if w not in _NOT_WHICH_JOB}
