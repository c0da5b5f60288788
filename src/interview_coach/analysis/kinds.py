"""What a question is really asking for: finer than its category, because a weakness question
and a strength question share a frame but want different answers.

`question_kind` reads the question's words first (they are specific), then falls back on the
category. Kinds: self_intro, behavioural, failure, situational, technical, strength,
weakness, motivation, why_leaving, salary, logistics, closing.
"""

from __future__ import annotations

import re

from interview_coach.nlp.career_words import CAREER_GAP, PROUD_OF
from interview_coach.nlp.pay_words import CANDIDATE_PAY, PAY_EARN, PAY_PACKAGE
from interview_coach.types import Question

# Checked in order: the first that matches decides. Salary before motivation ("why are you
# leaving — is it the money?"), failure before the behavioural default.
_KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p))
    for kind, p in (
        (
            "salary",
            r"\b(salary|salaries|" + CANDIDATE_PAY + r"|compensation|(hourly|day|daily) rate|"
            r"rate of pay|earning|" + PAY_EARN + "|" + PAY_PACKAGE + r"|remuneration|"
            # A sum or "paid" names the candidate's pay only beside what they would take or
            # get (not "saved a client 50k", "a budget of 200 thousand", "paid a compliment",
            # "staff are paid correctly", "an offer of help").
            r"advertised at|(?:accept|take|expect|expecting|want|after|looking for|offer|offer of|"
            r"offered|offering|pays|paying) (?:you )?(?:around |about )?[$£€]?\d[\d,.]* ?"
            r"(?:k|thousand|grand)?|"
            r"(?:you(?:'re| are| were| would be| get| got)?|be|get|getting) (?:being )?paid"
            r"(?! (?:a|an) (?:compliment|visit|tribute))|(?:pay|paid) you|"
            r"how much (do|would|are) you|wage|\d+ ?% less|"
            # Money asked about without the word "salary": "a figure in mind", "what sort of
            # money", "our budget is tight for this one", "what rate are you after".
            r"(figure|number|amount) in mind|(what|how much|what sort of|what kind of) money|"
            r"money (are|do|would) you|our budget|the budget for (this|the) (role|job|position)|"
            r"what (hourly|day|daily) rate|what rate (are|do|would) you)\b",
        ),
        (
            "self_intro",
            r"\b(about yourself|introduce yourself|walk (me|us) through (your|the) (cv|resume|"
            r"résumé|background|career|experience)|your background|describe yourself)\b",
        ),
        (
            "closing",
            r"\b(questions? for (us|me|the panel)|anything (you'd|you would) like to ask|"
            r"anything else (you|we)|what questions do you have)\b",
        ),
        (
            "why_leaving",
            r"\b(why (are|did|do|would) you (\w+ ){0,3}(leav|left|quit|mov|chang)\w*|reason for "
            r"leaving|why leave|(leave|leaving|left) your (current|last|previous|present)|"
            r"made you (\w+ ){0,2}(leave|quit)|" + CAREER_GAP + r")\b",
            # Time out of work asked about is a move to explain the same way: a reason in a
            # sentence, what was kept up, why now (a carer's, a patient's or a prisoner's
            # reason is the answer itself, not background).
        ),
        (
            "weakness",
            r"\b(weakness\w*|areas? (of|for) (improvement|development)|need to improve|"
            r"improve about yourself|criticism|critical feedback|need to work on|"
            r"(working|work) on (improving|getting better)|(trying|want|like) to (improve|get "
            r"better at)|development (area|need)s?|not (so |as )?good at|struggle with)\b",
        ),
        (
            "strength",
            r"\b(strength\w*|why should we hire you|what (are you|makes you) (good|best)|sets "
            r"you apart|colleagues describe you|manager (describe|say about) you|three words)\b",
        ),
        (
            "failure",
            r"\b(fail\w*|mistake\w*|went wrong|go wrong|didn't go|did not go|missed (a )?"
            r"deadline|setback|regret|error you|got (\w+ ){0,2}?wrong|didn't work out|did not "
            r"work out|fell (through|short|flat)|went badly|backfired|didn't land|did not land|"
            # One's own work falling behind ("a project you were leading fell behind"), not a
            # colleague who did ("you helped a colleague who fell behind").
            r"(project|work|team|plan|launch|rollout|delivery)s? (you|your)[^?.]{0,25}?fell "
            r"behind|you fell behind|"
            # A loss asked about: "a time you lost an important customer", "a deal you lost".
            r"lost (a|an|the|your|one|that) (\w+ ){0,2}?(customer|client|deal|account|contract|"
            r"sale|bid|pitch|tender)|(customer|client|deal|account|contract|sale|bid|pitch|"
            r"tender) you lost|lost your (temper|cool))\b",
        ),
        (
            "motivation",
            r"\b(why (do you want|are you interested|this|our|us|here|did you apply|should)|"
            r"what (attracts|draws|interests) you|why (nursing|teaching|sales|retail|this "
            r"(role|job|company|field|career)))\b",
        ),
    )
)

# The kind a category implies when no cue in the question's words decides.
CATEGORY_KINDS = {
    "opening": "self_intro",
    "behavioural": "behavioural",
    "situational": "situational",
    "motivation": "motivation",
    "strengths_weaknesses": "strength",
    "role_specific": "technical",
    "salary_logistics": "logistics",
    "closing": "closing",
}

# A question that asks for something that happened to the candidate: "tell me about a
# time…", and as often "tell me about a mistake you made", "describe the hardest decision
# you've had to take", "what's the biggest mistake you've made?", "when was the last time you…".
_PAST_DONE = (
    r"(made|had|faced|handled|dealt|led|managed|took|gave|received|got|worked|solved|resolved|"
    r"changed|disagreed|failed|missed|did|were|was|learned|learnt|overcame|caught|fixed|"
    r"turned|won|lost|delivered|ran|built|noticed|found|went|needed|supported|helped|"
    r"persuaded|convinced|pushed|stood|spotted|broke|dropped|let|ever)"
)
_ASKS_STORY = re.compile(
    r"\b(tell me about a time|describe a (time|situation)|give (me|us) an example|"
    r"(proudest|greatest|biggest) (achievement|accomplishment|success|moment)|" + PROUD_OF + r"|"
    r"(share|walk (me|us) through|talk (me|us) through) (a|an|one) (time|example|situation|"
    r"occasion|moment|case)|(when was )?the last time you|"
    r"(tell|talk) (me|us) about (a|an|the|your|one)\b[^?.]{0,50}?\byou(?:'ve| have| had)? "
    + _PAST_DONE
    + r"|describe (a|an|the|your|one)\b[^?.]{0,50}?\byou(?:'ve| have| had)? "
    + _PAST_DONE
    # A past event asked about by what went wrong: "tell me about a product launch that didn't
    # go as planned" (not "a sample fails: what do you do?").
    + r"|(tell|talk) (me|us) about (a|an|the|one)\b[^?.]{0,50}?\b(that|which|where|when) "
    r"(didn't|did not|went|fell|failed|backfired|ran|slipped)"
    r"|(biggest|worst|hardest|toughest|proudest|best|most difficult|most challenging)\b"
    r"[^?.]{0,30}?\byou(?:'ve| have)? (?:ever )?" + _PAST_DONE + r")\b"
)

# Kinds whose answers tell a past story (results and lessons are expected).
STORY_KINDS = frozenset({"behavioural", "failure"})
# Kinds that ask for the candidate's reasons: why this job, why leave, who they are.
REASON_KINDS = frozenset({"motivation", "why_leaving", "self_intro"})
# Kinds whose "how would you…" questions want a method.
METHOD_KINDS = frozenset({"technical", "situational", "logistics"})


def question_kind(question: Question) -> str:
    """The kind of answer a question calls for."""
    text = question.text.lower()
    asks_story = _ASKS_STORY.search(text) is not None
    behavioural = question.category in ("behavioural", "situational") or asks_story
    for kind, pattern in _KIND_CUES:
        if not pattern.search(text):
            continue
        # "Tell me about a time you got critical feedback" is a story about a setback.
        if kind in ("weakness", "strength") and behavioural:
            return "failure" if kind == "weakness" else "behavioural"
        if kind == "failure" and not behavioural:
            continue  # "a sample fails during a run: what do you do?" is not a story
        if kind == "failure" and question.category == "situational":
            return "situational"
        return kind
    if asks_story:
        return "behavioural"  # its own words ask for a story, whatever the classifier guessed
    return CATEGORY_KINDS.get(question.category, "behavioural" if behavioural else "technical")
