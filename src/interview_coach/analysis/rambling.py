"""The rambling judgement: a life story told from the start, tangents the speaker notices,
a detour before or inside a method, and background that buries the point. Mixed into the
judge in `judgements.py`, whose answer, frame labels and reporting it uses."""

from __future__ import annotations

import re

from interview_coach.analysis import answer_cues, cues, detour_cues, life_cues
from interview_coach.analysis.judge_parts import JudgeParts
from interview_coach.analysis.kinds import METHOD_KINDS, STORY_KINDS
from interview_coach.analysis.lexicon import STOPWORDS, VOCAL_FILLERS
from interview_coach.analysis.registry import CIRCLING

# Rambling: share of words spent on background (situation and off-frame sentences) above
# which the point is buried, and the length (in multiples of the question's top target)
# past which an answer with little substance rambles.
BACKGROUND_SHARE = 0.5
BACKGROUND_HEAVY = 0.65
RAMBLING_MIN_WORDS = 90
OVERLONG = 1.25
# A self-introduction whose birth or upbringing comes within this share of its words tells
# the life story from the start (outside grades 1–2 in every such answer we hold).
LIFE_STORY_START = 0.1
THIN_SUBSTANCE_PER_100 = 3.0  # specifics and own actions per 100 words below this is thin

# A method that starts only after this share of the answer (and this many words) has been
# spent on something else: the listener waits through a preamble.
PREAMBLE_SHARE = 0.35
PREAMBLE_MIN_WORDS = 40
# A detour announced as a memory at its start ("It reminds me of when…"): the speaker says it
# is a detour, so a smaller stretch already is one (about two sentences of a 200-word answer).
ANNOUNCED_SHARE = 0.18
ANNOUNCED_MIN_WORDS = 30
TANGENTS_MIN = 2  # "anyway", "a whole other story": the speaker knows they have wandered
# Circling: a word of substance (four letters or more; not a name, a number nor a contraction)
# said again within this many words ("I'd stop it, I'd stop it right there, no question, right
# there") is the same point restated, not a theme carried through; the word just before is
# skipped, a stutter ("the the") being a repetition in delivery.
RESTATED_WINDOW = 12
# Restated words per 100 at or above which an answer circles: the strong dev answers reach it
# about one in two hundred times (99th percentile 2.9), circling rewrites one in three.
RESTATED_PER_100 = 3.0
# …and at least this many in all: in a short answer four repeats ("six good years… on good
# terms", a "sixth form" named twice) are a topic kept, not a point said over and over.
RESTATED_MIN = 5
# A technical answer names its terms again as it works through them ("cups a day", "cash
# flow"): it circles only past these (the dev set's circling technical answers restate 4.5–7.7
# words per 100, ten or more in all; worked estimates and valuations about 4, five or six).
TECHNICAL_RESTATED_PER_100 = 4.5
TECHNICAL_RESTATED_MIN = 8
# Circling costs less than a buried point: the point is there, only said too often.
CIRCLING_SCALE = 0.6
# Words that carry no point of their own, so saying them again restates nothing.
_PLAIN = (
    STOPWORDS
    | VOCAL_FILLERS
    | frozenset(
        """like yeah yes okay right well really actually basically just know mean thing things lot
    get got go going went one also even still much many way said say says""".split()
    )
)
_TOKEN = re.compile(r"[A-Za-z0-9'’]+")


class RamblingRules(JudgeParts):
    """The rambling rules; the judge supplies the answer and the reporting."""

    def rambling(self) -> None:
        inp = self.inp
        if inp.word_count < RAMBLING_MIN_WORDS:
            return
        background = self._background_share()
        substance = sum(1.0 for m in inp.specifics if m.kind in ("metric", "number", "named"))
        per_100 = (substance + inp.actions) * 100 / inp.word_count
        long = inp.word_count > OVERLONG * inp.target_words[1]
        tangents = self.hits(detour_cues.TANGENT) + self.hits(detour_cues.DIGRESSION)
        opening = inp.kind == "self_intro" and life_cues.LIFE_STORY_OPENING.search(inp.text)
        if opening and self._word_share_before(opening.start()) < LIFE_STORY_START:
            s, e = self.sentence_at(opening.start())
            self.add("rambling", [(s, e)])
            return
        if len(tangents) >= TANGENTS_MIN:
            self.add("rambling", tangents, 1.0 + 0.5 * (background >= BACKGROUND_SHARE))
            return
        preamble = self._preamble() or self._returned_from_digression()
        if preamble:
            self.add("rambling", preamble[:2])
            return
        circling = self._restated()
        if circling:
            self.add("rambling", circling, CIRCLING_SCALE, CIRCLING)
            return
        if background >= BACKGROUND_SHARE or (long and per_100 < THIN_SUBSTANCE_PER_100):
            parts = {"situation", "other"}
            ev = [(s, e) for s, e, part in inp.sentences if part in parts]
            pieces = 1 + (background >= BACKGROUND_HEAVY) + (long and per_100 < 1.5)
            self.add("rambling", (ev or [self._first_sentence()])[: max(pieces, 1)])

    def _background_share(self) -> float:
        """Share of the words on scene-setting and on sentences outside the frame, but not
        the close of a story that the labeller left outside it: from the lesson on, what the
        speaker now does is reflection ("Every job, before I pack the van, I check every
        joint"), and an outcome is a result, in any dialect."""
        inp = self.inp
        if inp.kind == "motivation":
            # What is said of the employer or the role is the answer, whatever its label:
            # "and I like that you've got the in-house training" (a run-on's chunk, "other").
            about = answer_cues.ANSWERS_KIND["motivation"]
            return self._share(
                [
                    part == "situation" or (part == "other" and not about.search(inp.text[s:e]))
                    for s, e, part in inp.sentences
                ]
            )
        if inp.kind not in STORY_KINDS:
            return inp.proportions.get("situation", 0.0) + inp.proportions.get("other", 0.0)
        acted = [s for s, _, part in inp.sentences if part == "action"]
        # The close: a lesson after the story's last action (not "that's where I learned to
        # juggle" in a career history before it).
        closing = [m.start for m in inp.lessons if acted and m.start >= acted[-1]]
        first_lesson = min(closing) if closing else len(inp.text)
        return self._share(
            [
                (part == "situation" or (part == "other" and e <= first_lesson))
                # How it turned out, told in the scene ("…so nobody with an allergy ate one"),
                # is the story's point, not its background; so is the mistake itself, owned,
                # in a story about one ("I signed off the net without actually looking").
                and not any(s <= h < e for h, _ in inp.outcomes)
                and not (inp.kind == "failure" and bool(cues.OWN_PART.search(inp.text[s:e])))
                for s, e, part in inp.sentences
            ]
        )

    def _restated(self) -> list[tuple[int, int]]:
        """The two sentences that restate the most, when the answer circles: words of
        substance said again within a breath, many times over (`RESTATED_PER_100`)."""
        inp = self.inp
        counts = []
        seen: list[str] = []
        for s, e, _ in inp.sentences:
            n = 0
            for said in _TOKEN.findall(inp.text[s:e]):
                w = said.lower()
                # (A name said again is the topic, not a restatement: "Year 7… Year 8".)
                if (
                    w.isalpha()
                    and len(w) > 3
                    and said[0].islower()
                    and w not in _PLAIN
                    and w in seen[-RESTATED_WINDOW:-1]
                ):
                    n += 1
                seen.append(w)
            counts.append(n)
        technical = inp.kind == "technical"
        least = TECHNICAL_RESTATED_MIN if technical else RESTATED_MIN
        rate = TECHNICAL_RESTATED_PER_100 if technical else RESTATED_PER_100
        if sum(counts) < least or sum(counts) * 100 < rate * max(len(seen), 1):
            return []
        top = sorted(range(len(counts)), key=lambda k: -counts[k])[:2]
        return [(inp.sentences[k][0], inp.sentences[k][1]) for k in sorted(top)]

    def _returned_from_digression(self) -> list[tuple[int, int]]:
        """The sentences a speaker wandered through before "Anyway, …" brought them back,
        when the detour took a large share of the answer: the speaker says so themselves."""
        inp = self.inp
        for k, (s, e, _) in enumerate(inp.sentences):
            if k < 2 or not detour_cues.BACK_ON_TRACK.match(inp.text[s:e]):
                continue
            detour = inp.sentences[1:k]
            words = sum(self._words[1:k])
            if words >= PREAMBLE_MIN_WORDS and words >= PREAMBLE_SHARE * inp.word_count:
                return [(a, b) for a, b, _ in detour]
        return []

    def _announces_memory(self, k: int) -> bool:
        """Whether sentence `k` opens (within its first six words) by announcing a memory."""
        s, e, _ = self.inp.sentences[k]
        m = detour_cues.REMINISCENCE.search(self.inp.text[s:e])
        return m is not None and len(self.inp.text[s : s + m.start()].split()) <= 6

    def _preamble(self) -> list[tuple[int, int]]:
        """For "how would you…" questions: the longest run of sentences with no step, when it
        takes a large share of the answer and tells of something else (a career history or
        the building's past before, or in the middle of, the method)."""
        inp = self.inp
        if inp.kind not in METHOD_KINDS or not answer_cues.ASKS_METHOD.search(inp.question):
            return []
        if self.has("off_question"):
            return []  # already told: the method never properly came
        if True not in self._steps:
            return []  # no step at all: off the question, not rambling
        runs: list[list[int]] = [[]]
        for k, step in enumerate(self._steps):
            if step:
                runs.append([])
            else:
                runs[-1].append(k)
        # A run from a sentence that opens by announcing a memory is a detour at a smaller
        # share; otherwise the longest run is weighed.
        told_as_memory = [r[r.index(k) :] for r in runs for k in r if self._announces_memory(k)]
        announced = any(
            sum(self._words[k] for k in r)
            >= max(ANNOUNCED_MIN_WORDS, ANNOUNCED_SHARE * inp.word_count)
            for r in told_as_memory
        )
        if announced:
            run = max(told_as_memory, key=lambda r: sum(self._words[k] for k in r))
        else:
            run = max(runs, key=lambda r: sum(self._words[k] for k in r))
            words = sum(self._words[k] for k in run)
            if words < PREAMBLE_MIN_WORDS or words < PREAMBLE_SHARE * inp.word_count:
                return []
        # Only a stretch about something else: the speaker's history or the place's past, not
        # the method said in other words ("For me it is the checks, every time…"). Before the
        # first step a story is a detour too; after it, a story is most often the method shown
        # at work ("I did exactly this last quarter…"), which is what a strong answer adds.
        detour = [(inp.sentences[k][0], inp.sentences[k][1]) for k in run]
        told = " ".join(inp.text[s:e] for s, e in detour)
        elsewhere = [detour_cues.CAREER_HISTORY, detour_cues.DIGRESSION]
        if run[0] == 0:
            elsewhere += [answer_cues.ANSWERS_KIND["self_intro"], answer_cues.ANSWERS_KIND["story"]]
        if detour_cues.EXAMPLE_OF_METHOD.search(told):
            return []  # "I've had to do exactly that. Last year…": the method at work
        return detour if announced or any(p.search(told) for p in elsewhere) else []
