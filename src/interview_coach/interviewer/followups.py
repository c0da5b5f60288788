"""Follow-up questions chosen by rules from what the analysis found missing in an answer.

Each rule looks at one finding of `Feedback` and, when it fires, gives a probing question
written from a template. The analysis's judgements (blame, humblebrag, off the question, …)
come first, with the follow-up their registry entry names: after blame the interviewer asks
what the candidate would do differently, and an answer on the question is never sent "back to
the question". Then come the structural probes: a missing result before a vague answer.
`replied_to` then checks whether the candidate's reply to a follow-up gave what was asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_coach.analysis.cues import OWN_PART
from interview_coach.analysis.delivery import LONG_VERDICTS
from interview_coach.analysis.lesson_cues import LESSON
from interview_coach.analysis.registry import DELIVERY_CODES, RULES
from interview_coach.types import Feedback, Frame, JobProfile, Question

# Rule names (stable: they are stored with each follow-up and shown in the report).
TOO_SHORT = "too_short"
RAMBLING = "rambling"
OFF_TOPIC = "off_topic"
NO_RESULT = "no_result"
WE_NOT_I = "we_not_i"
VAGUE = "vague"
SKILL_DEPTH = "skill_depth"
BANK = "bank"

RULE_LABELS: dict[str, str] = {
    TOO_SHORT: "the answer was only a few words",
    RAMBLING: "the answer ran far too long",
    OFF_TOPIC: "the answer drifted from the question",
    NO_RESULT: "no measurable result",
    WE_NOT_I: "'we' everywhere, own part unclear",
    VAGUE: "few specifics",
    SKILL_DEPTH: "a skill from the job description was claimed",
    BANK: "a standard probe for this question",
    **{code: rule.title.lower() for code, rule in RULES.items()},
}
# Judgements whose follow-up is one of the structural probes above (asked once, by that name).
_SAME_AS = {
    "off_question": OFF_TOPIC,
    "rambling": RAMBLING,
    "no_result": NO_RESULT,
    "generic_claim": VAGUE,
}

SHORT_WORDS = 8  # a main answer under this many words gets "tell me a bit more"
# Thresholds, chosen so that a clear, specific, first-person story triggers none of them.
VAGUE_SPECIFICITY = 0.25  # content.specificity below this is vague
WE_MIN_COUNT = 3  # at least this many "we" before ownership is questioned
WE_MAX_I_SHARE = 0.4  # ... and "I" is under this share of I/we in the action sentences

_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|thousand|million|half|double|doubled|tripled|halved|"
    r"twice|percent|per cent)\b",
    re.IGNORECASE,
)
_I = re.compile(r"\b(I|I'm|I've|I'd|me|my|myself)\b")


@dataclass(frozen=True)
class Probe:
    """A follow-up the rules would ask, with the rule that chose it."""

    rule: str
    text: str
    skill: str | None = None


def _story(question: Question) -> bool:
    return question.frame in (Frame.STAR, Frame.CLAIM_EVIDENCE, Frame.HYPOTHETICAL)


def probes_for(
    question: Question,
    feedback: Feedback,
    *,
    job: JobProfile | None = None,
    probed_skills: frozenset[str] = frozenset(),
    bank_probe: bool = True,
) -> list[Probe]:
    """Every follow-up the rules would ask about this answer, most important first."""
    out: list[Probe] = []
    verdict = feedback.delivery.length.verdict
    if 0 < feedback.word_count < SHORT_WORDS and question.category != "closing":
        # A one-line reply says too little to analyse: ask for more before probing details.
        return [Probe(TOO_SHORT, RULES[TOO_SHORT].follow_up)]
    if verdict == "too_long":
        if _story(question):
            out.append(
                Probe(
                    RAMBLING,
                    "Let me stop you there. In one sentence, what did you "
                    "decide, and what happened as a result?",
                )
            )
        else:
            out.append(
                Probe(
                    RAMBLING,
                    "Let me stop you there so we keep to time. In one "
                    "sentence, what is the main point you want me to remember?",
                )
            )
    for j in feedback.judgements:
        rule = _SAME_AS.get(j.code, j.code)
        if rule == RAMBLING and any(p.rule == RAMBLING for p in out):
            continue
        if rule == OFF_TOPIC:
            out.append(Probe(OFF_TOPIC, f"Let me bring us back to the question. {question.text}"))
        elif rule in (NO_RESULT, VAGUE) or j.code in DELIVERY_CODES:
            # The first two are asked below with the structural checks, "a bit more" only when
            # nothing sharper is; fillers are the feedback's to mention, not an interviewer's.
            continue
        elif rule == RAMBLING:
            out.append(Probe(RAMBLING, RULES["rambling"].follow_up))
        else:
            out.append(Probe(rule, RULES[j.code].follow_up))
    off = any(j.code == "off_question" for j in feedback.judgements)
    if (
        question.frame == Frame.STAR
        and feedback.word_count >= 15
        and (
            "result" in feedback.structure.missing or feedback.structure.result_quantified is False
        )
    ):
        out.append(Probe(NO_RESULT, "What was the outcome — can you put a number on it?"))
    own = feedback.content.ownership
    if (
        _story(question)
        and own.we_count >= WE_MIN_COUNT
        and (own.i_share is None or own.i_share < WE_MAX_I_SHARE)
    ):
        out.append(Probe(WE_NOT_I, "You said 'we' quite a lot there. What was your own part?"))
    generic = any(j.code == "generic_claim" for j in feedback.judgements)
    if (
        question.category != "closing"
        and (generic or feedback.content.specificity < VAGUE_SPECIFICITY)
        and verdict not in LONG_VERDICTS
        and not off
    ):
        if question.frame == Frame.STAR:
            text = "Can you give me a specific example — one moment, with names and numbers?"
        else:
            text = "Can you give me a specific example of that from your own work?"
        out.append(Probe(VAGUE, text))
    jd = feedback.content.job_description
    if jd is not None and job is not None:
        wanted = {s.lower() for s in (*job.required_skills, *job.nice_to_have_skills)}
        for cov in jd.covered:
            term = cov.term
            if term.lower() in wanted and term.lower() not in probed_skills:
                out.append(
                    Probe(
                        SKILL_DEPTH,
                        f"You mentioned {term}. How deep did you go with it — "
                        "what did you do with it yourself?",
                        skill=term.lower(),
                    )
                )
                break
    if not out and any(j.code == TOO_SHORT for j in feedback.judgements):
        out.append(Probe(TOO_SHORT, RULES[TOO_SHORT].follow_up))
    if bank_probe and not out and question.follow_ups:
        out.append(Probe(BANK, question.follow_ups[0]))
    return out


def replied_to(rule: str, reply: str) -> bool:
    """Whether a reply to a follow-up gave what the rule asked for."""
    words = reply.split()
    if rule == TOO_SHORT:
        return len(words) >= SHORT_WORDS
    if rule == RAMBLING:
        return 0 < len(words) <= 45
    if rule == NO_RESULT:
        return bool(_NUMBER.search(reply))
    if rule == WE_NOT_I:
        return len(_I.findall(reply)) >= 2
    if rule == VAGUE:
        return bool(_NUMBER.search(reply)) or bool(re.search(r"\b[A-Z][a-z]+\b", reply[1:]))
    if rule in ("blame", "disparaging", "no_reflection", "humblebrag"):
        # What they would do differently, their own part, a lesson, a real weakness.
        return bool(OWN_PART.search(reply) or LESSON.search(reply)) or len(_I.findall(reply)) >= 2
    return len(words) >= 8
