"""The mock-interview engine: stages with time budgets, courteous handling of requests, and
follow-ups aimed at what the analysis found missing.

The engine is synchronous and keeps all of its state in a `SessionState` (pydantic), so a
web app can drive it one HTTP request at a time:

    session = InterviewSession.start(InterviewOptions(job_description=jd))
    session.turns                      # welcome and first question
    new_turns = session.reply("In my last role I ...")
    state_json = session.to_state().model_dump_json()
    session = InterviewSession.from_state(SessionState.model_validate_json(state_json))
    session.take_events()              # question asked, answer scored, ... since last taken
    if session.finished:
        report = build_report(session.state, llm=session.llm)   # interview_coach.reports

The engine keeps nothing anywhere: what it did comes out as events, and the caller (the
practice service, `practice.Interviews`) saves answers and sessions through the Store.

Time is estimated from words (130 words a minute for the candidate, 150 for the
interviewer) unless a reply comes with audio timings, so the same replies always give the
same interview.

Over 500 lines, kept whole: every reaction reads and changes the same state, so one turn's
logic stays in one file. What the interviewer says lives in `replies.py`, what a reply is in
`intents.py`, the follow-up rules in `followups.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interview_coach.interviewer import followups as fu
from interview_coach.interviewer import replies
from interview_coach.interviewer.intents import Intent, classify_reply, says_yes
from interview_coach.interviewer.models import (
    AnswerRecord,
    Event,
    EventKind,
    FollowUp,
    InterviewOptions,
    SessionState,
    StagePlan,
    Turn,
)
from interview_coach.norms import SPEAKING_RATE_WPM
from interview_coach.types import Feedback, JobProfile, Transcript

if TYPE_CHECKING:
    from interview_coach.interviewer.llm import LLMClient

# Said after a first silence; a yes to it is a request to repeat, not an answer.
OFFER_REPEAT = "Would you like me to repeat the question?"
CANDIDATE_WPM = SPEAKING_RATE_WPM
INTERVIEWER_WPM = 150
SILENCE_SECONDS = 20.0  # what one "long silence" costs the clock
WELCOME_SECONDS = 30.0
CLOSING_SECONDS = 30.0
MAX_CANDIDATE_QUESTIONS = 2
GOOD_SCORE = 70  # an answer at least this good counts its competencies as covered

_STAGE_INTROS = {
    "opening": "Let's start at the beginning.",
    "resume": "I'd like to go through your background in a bit more detail.",
    "behavioural": "Now a few questions about how you've handled situations in the past.",
    "role_specific": "Let's get into the role itself.",
    "motivation": "A couple of questions about what you're looking for.",
    "salary": "A few practical questions, including pay.",
    "closing": "We're nearly at the end.",
}
# The plan's stage names, mapped to the engine's.
_PLAN_STAGES = {"resume_walkthrough": "resume", "salary_logistics": "salary"}


def _words(text: str) -> int:
    return len(text.split())


def _speak_seconds(text: str, wpm: int) -> float:
    return round(_words(text) * 60 / wpm, 1)


def build_stages(options: InterviewOptions) -> tuple[JobProfile | None, list[StagePlan]]:
    """The job profile and the timed stages for an interview, from the question-bank plan."""
    from interview_coach.questions.bank import load_bank
    from interview_coach.questions.plan import build_plan
    from interview_coach.questions.safe_read import read_profiles_safely

    job, resume = read_profiles_safely(options.job_description or None, options.resume or None)
    plan = build_plan(
        job,
        resume,
        job_family=options.job_family,
        seniority=options.seniority,
        minutes=options.minutes,
        salary=options.salary,
        resume_text=options.resume or None,
    )
    bank = load_bank()
    stages = [StagePlan(name="welcome", budget_seconds=WELCOME_SECONDS)]
    for ps in plan.stages:
        name = _PLAN_STAGES.get(ps.name, ps.name)
        questions = [pq.question(bank) for pq in ps.questions]
        stages.append(StagePlan(name=name, budget_seconds=ps.minutes * 60, questions=questions))
    return job, stages


class InterviewSession:
    """One mock interview. Create with `start`, feed it with `reply`, read `turns`."""

    def __init__(self, state: SessionState, *, llm: LLMClient | None = None) -> None:
        self.state = state
        self._llm = llm
        self._events: list[Event] = []

    # ------------------------------------------------------------ public API

    @classmethod
    def start(
        cls,
        options: InterviewOptions | None = None,
        *,
        llm: LLMClient | None = None,
    ) -> InterviewSession:
        """Plan the interview and say the welcome (in `turns`); the first question follows
        the reply to the small talk."""
        options = options or InterviewOptions()
        job, stages = build_stages(options)
        state = SessionState(options=options, job=job, stages=stages)
        session = cls(state, llm=llm or _llm_from_settings(options))
        what = f"the {job.title} role" if job and job.title else "this role"
        if job and job.company:
            what += f" at {job.company}"
        welcome = (
            f"Hello, and thank you for coming in. This interview about {what} will take "
            f"about {options.minutes} minutes: we'll talk about your background, a few "
            "situations you've handled, the role itself and what you're looking for, and "
            "you'll have time for your own questions at the end. Take your time with each "
            f"answer; you can ask me to repeat a question or to move on. "
            f"{replies.SMALL_TALK_OPENER}"
        )
        session._say(welcome, "welcome", "welcome")
        # The first question waits for the reply to the small talk, so "Thanks, happy to be
        # here" is never taken as the answer to it.
        state.pending = "small_talk"
        return session

    @classmethod
    def from_state(
        cls,
        state: SessionState | dict[str, Any] | str,
        *,
        llm: LLMClient | None = None,
    ) -> InterviewSession:
        """A session carried on from `to_state()` (a model, a dict or JSON text)."""
        if isinstance(state, str):
            state = SessionState.model_validate_json(state)
        elif isinstance(state, dict):
            state = SessionState.model_validate(state)
        return cls(state, llm=llm or _llm_from_settings(state.options))

    def to_state(self) -> SessionState:
        """A deep copy of everything needed to carry on later."""
        return self.state.model_copy(deep=True)

    @property
    def turns(self) -> list[Turn]:
        return self.state.turns

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def stage(self) -> str:
        return self._stage.name

    @property
    def current_question(self) -> str | None:
        """What the interviewer is waiting for an answer to (question or follow-up)."""
        if self.state.finished:
            return None
        for t in reversed(self.state.turns):
            if t.speaker == "interviewer" and t.kind in ("question", "follow_up", "repeat"):
                return t.text
        return None

    def reply(self, answer: str | Transcript) -> list[Turn]:
        """The candidate's reply (text, or a Transcript from audio); the interviewer's turns."""
        if self.state.finished:
            return []
        transcript = answer if isinstance(answer, Transcript) else Transcript(text=answer or "")
        start = len(self.state.turns)
        text = transcript.text.strip()
        expecting = "candidate_question" if self.state.pending == "candidate_question" else "answer"
        intent = classify_reply(text, expecting=expecting)
        if (
            intent in (Intent.ANSWER, Intent.SMALL_TALK)
            and self._offered_repeat()
            and says_yes(text)
        ):
            intent = Intent.REPEAT  # "Yes please." takes up the offer; it is no answer
        seconds = (
            transcript.duration_seconds
            if transcript.duration_seconds
            else SILENCE_SECONDS
            if intent == Intent.SILENCE
            else _speak_seconds(text, CANDIDATE_WPM)
        )
        kind = self._candidate_kind(intent)
        self._add(
            Turn(
                index=len(self.state.turns),
                speaker="candidate",
                text=text,
                stage=self.stage,
                kind=kind,
                source="candidate",
                question_id=self._current_id(),
                seconds=seconds,
            )
        )
        self._handle(intent, transcript)
        return self.state.turns[start:]

    def silence(self) -> list[Turn]:
        """The candidate has said nothing for a long while (the web app's timer calls this)."""
        return self.reply("")

    def end(self) -> list[Turn]:
        """Stop the interview now, politely (the candidate pressed "End")."""
        if self.state.finished:
            return []
        start = len(self.state.turns)
        self.state.ended_early = True
        self._close()
        return self.state.turns[start:]

    def take_events(self) -> list[Event]:
        """What happened since the events were last taken, oldest first (then forgotten):
        questions and follow-ups asked, answers scored (again, when a reply to a follow-up
        joins them), stage changes and the end. Not part of the saved state."""
        events, self._events = self._events, []
        return events

    @property
    def llm(self) -> LLMClient | None:
        """The chat model phrasing this interview's follow-ups (None: rules only); the report
        uses it too (`reports.interview.build_report(session.state, llm=session.llm)`)."""
        return self._llm

    # ------------------------------------------------------------ internals

    @property
    def _stage(self) -> StagePlan:
        return self.state.stages[min(self.state.stage_index, len(self.state.stages) - 1)]

    def _current_id(self) -> str | None:
        rec = self.state.records[-1] if self.state.records else None
        return rec.question.id if rec else None

    def _candidate_kind(self, intent: Intent) -> str:
        if self.state.pending == "small_talk" and intent in (Intent.ANSWER, Intent.SMALL_TALK):
            return "small_talk"
        if intent == Intent.ANSWER:
            return {
                "follow_up": "follow_up_answer",
                "candidate_question": "question",
            }.get(self.state.pending, "answer")
        return str(intent)

    def _emit(self, kind: EventKind, *, record: bool = True, text: str | None = None) -> None:
        """Note an event about the current stage (and its latest main question)."""
        index = len(self.state.records) - 1 if record and self.state.records else None
        self._events.append(Event(kind=kind, stage=self.stage, record=index, text=text))

    def _add(self, turn: Turn) -> None:
        self.state.turns.append(turn)
        self.state.elapsed_seconds = round(self.state.elapsed_seconds + turn.seconds, 1)
        name = turn.stage
        self.state.stage_elapsed[name] = round(
            self.state.stage_elapsed.get(name, 0.0) + turn.seconds, 1
        )

    def _say(
        self,
        text: str,
        kind: str,
        stage: str | None = None,
        *,
        source: str = "rules",
        rule: str | None = None,
    ) -> None:
        self._add(
            Turn(
                index=len(self.state.turns),
                speaker="interviewer",
                text=text,
                stage=stage or self.stage,
                kind=kind,
                source=source,  # type: ignore[arg-type]
                follow_up_rule=rule,
                question_id=self._current_id(),
                seconds=_speak_seconds(text, INTERVIEWER_WPM),
            )
        )

    def _said(self) -> int:
        """How many turns the interviewer has had (varies the wording of thanks)."""
        return sum(1 for t in self.state.turns if t.speaker == "interviewer")

    def _strike(self, name: str) -> int:
        self.state.strikes[name] = self.state.strikes.get(name, 0) + 1
        return self.state.strikes[name]

    def _time_left(self) -> float:
        return self.state.options.minutes * 60 - self.state.elapsed_seconds

    def _stage_over(self) -> bool:
        st = self._stage
        return self.state.stage_elapsed.get(st.name, 0.0) >= st.budget_seconds

    # ------------------------------------------------------------ reacting to a reply

    def _handle(self, intent: Intent, transcript: Transcript) -> None:
        s = self.state
        pending = s.pending
        if intent == Intent.END:
            s.ended_early = True
            self._close(prefix="Of course, let's stop here.")
            return
        if intent == Intent.HOSTILE:
            s.hostile_count += 1
            if s.hostile_count >= 2:
                s.ended_early = True
                self._mark_outcome("hostile")
                self._close(prefix="I think it's best that we stop the interview here.")
                return
            self._mark_outcome("hostile")
            self._advance(["I'd like to keep this conversation constructive, so let's move on."])
            return
        if pending == "small_talk":
            # The first stage's own opening ("Let's start at the beginning.") follows.
            lead = replies.small_talk_reply(transcript.text) if intent == Intent.SMALL_TALK else ""
            self._advance([lead])
            return
        if pending == "candidate_question":
            self._candidate_question(intent, transcript.text.strip())
            return
        if intent == Intent.SMALL_TALK and self._strike("small_talk") == 1:
            # Pleasantries after a question: answer them and ask again, without scoring.
            lead = replies.small_talk_reply(transcript.text)
            self._say(f"{lead} So: {self._last_asked()}", "repeat")
            return
        if intent == Intent.CLARIFY:
            self._clarify(transcript.text)
            return
        if intent == Intent.REPEAT:
            n = self._strike("repeat")
            lead = "Of course." if n == 1 else "Let me put it once more."
            self._say(f"{lead} {self._last_asked()}", "repeat")
            return
        if intent == Intent.SILENCE:
            if self._strike("silence") == 1:
                self._say(
                    f"Take your time, there's no rush. {OFFER_REPEAT}",
                    "prompt",
                )
                return
            self._mark_outcome("silence")
            self._advance(["Let's leave that one for now and move on."])
            return
        if intent == Intent.UNCLEAR:
            if self._strike("unclear") == 1:
                self._say(
                    "Sorry, I didn't quite follow that. Could you put it in a sentence or two?",
                    "prompt",
                )
                return
            self._mark_outcome("unclear")
            self._advance(["Let's move on to something else."])
            return
        if intent == Intent.SKIP:
            self._mark_outcome("skipped")
            self._advance(["No problem, we can move on."])
            return
        if intent == Intent.DONT_KNOW:
            if pending == "answer" and self._strike("dont_know") == 1:
                self._say(
                    "That's all right. Take a moment: an example from your studies, volunteering "
                    "or outside work is fine too. Or we can move on if you prefer.",
                    "prompt",
                )
                return
            self._mark_outcome("dont_know")
            self._advance(["That's fine, let's move on."])
            return
        if pending == "follow_up":
            self._follow_up_reply(transcript)
            return
        self._answer(transcript)

    def _clarify(self, asked: str) -> None:
        """Say what the question (or follow-up) means, then ask it again."""
        s = self.state
        rec = s.records[-1]
        if self._strike("clarify") > 1:
            text = "Any reasonable reading is fine: answer it the way that shows you best."
        else:
            rule = rec.follow_ups[-1].rule if s.pending == "follow_up" and rec.follow_ups else None
            text = replies.clarification(rec.question, asked, rule=rule)
        self._say(f"{text} {self._last_asked()}", "clarify")

    def _offered_repeat(self) -> bool:
        """The interviewer's last words offered to repeat the question."""
        said = next((t for t in reversed(self.state.turns) if t.speaker == "interviewer"), None)
        return said is not None and said.text.endswith(OFFER_REPEAT)

    def _last_asked(self) -> str:
        """The question or follow-up awaiting a reply, without the acknowledgement before it."""
        rec = self.state.records[-1] if self.state.records else None
        if rec is None:
            return ""
        if self.state.pending == "follow_up" and rec.follow_ups:
            return rec.follow_ups[-1].text
        return rec.question.text

    def _mark_outcome(self, outcome: str) -> None:
        s = self.state
        if s.pending == "answer" and s.records:
            s.records[-1].outcome = outcome  # type: ignore[assignment]
        elif s.pending == "follow_up" and s.records and s.records[-1].follow_ups:
            s.records[-1].follow_ups[-1].addressed = False
        s.pending_rules = []

    def _score(self, rec: AnswerRecord, transcript: Transcript) -> Feedback:
        """Analyse what the candidate has said to this question so far and keep it."""
        from interview_coach.questions.answering import analyze_answer

        s = self.state
        feedback = analyze_answer(rec.question, transcript, s.job)
        rec.transcript = transcript
        rec.answer = transcript.text.strip()
        rec.feedback = feedback
        if feedback.scores.overall >= GOOD_SCORE:
            for c in rec.question.competencies:
                if c not in s.covered_competencies:
                    s.covered_competencies.append(c)
        self._emit("answer_scored")
        return feedback

    def _answer(self, transcript: Transcript) -> None:
        s = self.state
        rec = s.records[-1]
        feedback = self._score(rec, transcript)
        rec.outcome = "answered"
        rec.seconds = s.turns[-1].seconds
        limit = s.options.max_follow_ups
        if rec.question.category in ("closing",) or self._time_left() <= 0:
            limit = 0
        probes = fu.probes_for(
            rec.question,
            feedback,
            job=s.job,
            probed_skills=frozenset(s.probed_skills),
            bank_probe=self._stage.name in ("behavioural", "role_specific"),
        )[:limit]
        s.pending_rules = [p.rule for p in probes]
        if probes:
            self._ask_follow_up(probes[0], lead=feedback.delivery.length.verdict != "too_long")
        else:
            self._advance([replies.acknowledgement(feedback, self._said())])

    def _ask_follow_up(self, probe: fu.Probe, *, lead: bool = True) -> None:
        s = self.state
        rec = s.records[-1]
        text, source = probe.text, "rules"
        if self._llm is not None and rec.answer:
            phrased = self._llm.phrase_follow_up(rec.question.text, rec.answer, probe.text)
            if phrased:
                text, source = phrased, "llm"
        if probe.skill:
            s.probed_skills.append(probe.skill)
        rec.follow_ups.append(FollowUp(rule=probe.rule, text=text, source=source))
        s.pending_rules = s.pending_rules[1:]
        s.pending = "follow_up"
        s.strikes = {}
        plain = lead and probe.rule not in (fu.RAMBLING, fu.OFF_TOPIC)
        spoken = f"Thank you. {text}" if plain else text
        self._say(spoken, "follow_up", source=source, rule=probe.rule)
        self._emit("follow_up_asked", text=text)

    def _follow_up_reply(self, transcript: Transcript) -> None:
        """A reply to a follow-up joins the answer it follows: one transcript, scored and
        searched for the job's terms as a whole, as an interviewer hears it."""
        s = self.state
        rec = s.records[-1]
        text = transcript.text.strip()
        f = rec.follow_ups[-1]
        f.reply = text
        f.addressed = fu.replied_to(f.rule, text)
        before = rec.transcript or Transcript(text=rec.answer or "")
        feedback = self._score(rec, before.followed_by(transcript))
        rec.seconds = round(rec.seconds + s.turns[-1].seconds, 1)
        if s.pending_rules and self._time_left() > 0 and _words(text) <= 400:
            # The probes still to ask, rebuilt from the answer as it now stands: a reply
            # that already gave the result is not asked for it again.
            remaining = [
                p
                for p in fu.probes_for(
                    rec.question,
                    feedback,
                    job=s.job,
                    probed_skills=frozenset(s.probed_skills),
                )
                if p.rule in s.pending_rules
            ]
            if remaining:
                self._ask_follow_up(remaining[0])
                return
        lead = (
            replies.follow_up_acknowledgement(f.addressed, self._said())
            if _words(text) <= 400
            else "Thank you, let's keep going."
        )
        self._advance([lead])

    def _candidate_question(self, intent: Intent, text: str) -> None:
        s = self.state
        if intent in (Intent.NO_QUESTIONS, Intent.SKIP, Intent.SILENCE, Intent.DONT_KNOW):
            self._advance(["That's fine."])
            return
        if intent in (Intent.REPEAT, Intent.UNCLEAR):
            self._say(
                "I was asking whether you have any questions for me about the role or the team.",
                "repeat",
            )
            return
        if not replies.is_question(text):
            if self._strike("statement") == 1:
                self._say(
                    "Thank you. Is there anything you'd like to ask me about the role, "
                    "the team or the next steps?",
                    "prompt",
                )
                return
            self._advance(["Thank you."])
            return
        s.candidate_questions.append(text)
        answer = replies.answer_candidate(text)
        if len(s.candidate_questions) >= MAX_CANDIDATE_QUESTIONS or self._time_left() <= 0:
            self._say(answer, "answer_question")
            self._advance([])
            return
        self._say(f"{answer} Is there anything else you'd like to ask?", "answer_question")

    # ------------------------------------------------------------ moving on

    def _next_question(self) -> tuple[int, int] | None:
        """(stage index, question index) of the next question to ask, adapting to time and to
        what earlier answers already covered."""
        s = self.state
        si, qi = s.stage_index, s.question_index
        over_time = self._time_left() <= 0
        while si < len(s.stages):
            stage = s.stages[si]
            asked_here = sum(1 for r in s.records if r.stage == stage.name)
            qi += 1
            if stage.name == "candidate_questions":
                if si != s.stage_index:
                    return si, 0
            elif stage.name not in ("welcome",) and qi < len(stage.questions):
                q = stage.questions[qi]
                spent = s.stage_elapsed.get(stage.name, 0.0)
                if over_time and stage.name != "closing":
                    pass  # out of time: only the candidate's questions and closing remain
                elif asked_here > 0 and spent >= stage.budget_seconds:
                    pass  # this stage has used its time; the rest of it is dropped
                elif (
                    asked_here > 0
                    and stage.name == "behavioural"
                    and q.competencies
                    and all(c in s.covered_competencies for c in q.competencies[:1])
                ):
                    pass  # an earlier answer already showed this competency well
                else:
                    return si, qi
                continue
            si, qi = si + 1, -1
        return None

    def _advance(self, lead: list[str]) -> None:
        """Ask the next question (after `lead`, e.g. an acknowledgement), or close."""
        s = self.state
        s.strikes = {}
        s.pending_rules = []
        nxt = self._next_question()
        if nxt is None:
            self._close(prefix=" ".join(lead))
            return
        si, qi = nxt
        changed = si != s.stage_index or not s.records
        self._move_to(si)
        s.question_index = qi
        stage = s.stages[si]
        parts = [x for x in lead if x]
        if stage.name == "candidate_questions":
            s.pending = "candidate_question"
            parts.append("That's everything from my side. What questions do you have for me?")
            self._say(" ".join(parts), "question")
            return
        if changed and stage.name in _STAGE_INTROS:
            parts.append(_STAGE_INTROS[stage.name])
        q = stage.questions[qi]
        s.records.append(AnswerRecord(stage=stage.name, question=q))
        s.pending = "answer"
        parts.append(q.text)
        self._say(" ".join(parts), "question")
        self._emit("question_asked", text=q.text)

    def _move_to(self, stage_index: int) -> None:
        if stage_index != self.state.stage_index:
            self.state.stage_index = stage_index
            self._emit("stage_changed", record=False)

    def _close(self, prefix: str = "") -> None:
        s = self.state
        self._move_to(len(s.stages) - 1)
        s.pending = "done"
        text = (
            f"{prefix} That brings us to the end of the interview. Thank you for your time "
            "today. Your report is ready: it shows your strongest and weakest answers and "
            "what to practise next."
        ).strip()
        self._say(text, "closing", "closing")
        s.finished = True
        self._emit("finished", record=False)


def _llm_from_settings(options: InterviewOptions) -> LLMClient | None:
    """The configured chat model when the options ask for one, else None (rules only)."""
    if not options.use_llm:
        return None
    from interview_coach.interviewer.llm import client_from_settings

    return client_from_settings()
