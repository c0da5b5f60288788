"""The one registry of judgements: what each code means, what it costs, how to fix it, and
what an interviewer would ask next. Answer analysis and negotiation feedback share it.

Costs are per cent of the overall score the answer had earned (so they compose and never
drive an answer below zero); on a good answer that is close to the same number of points.
The figure behind each cost is in docs/scoring.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from interview_coach.types import Evidence, Judgement, Label


@dataclass(frozen=True)
class Rule:
    code: str
    title: str  # plain words, shown as the name of the problem
    points: float  # cost when it fires once, per cent of the overall score
    extra: float  # cost of each further piece of evidence
    cap: float  # most it can cost
    tip: str  # how to fix it, in the user's terms
    follow_up: str  # what an interviewer would ask after hearing it
    clarify: str  # what the follow-up means, for a candidate who asks


_RULES = (
    Rule(
        "blame",
        "Blames others for the problem",
        20.0,
        5.0,
        32.0,
        "Own your part: say what you could have done differently, then what you did about "
        "it. Interviewers hear blame as a warning about how you work with others.",
        "Looking back, what would you do differently yourself?",
        "I mean your own part: what you could have done differently, whoever else was involved.",
    ),
    Rule(
        "disparaging",
        "Runs down other people or a former employer",
        20.0,
        5.0,
        32.0,
        "Describe the situation without judging people: say what happened and what you did. "
        "Criticising a manager, colleagues or a former employer makes the interviewer wonder "
        "what you will say about them.",
        "How would that person describe the same situation?",
        "I mean their side of it: what they would say happened, in fairness to them.",
    ),
    Rule(
        "humblebrag",
        "A strength dressed up as a weakness",
        15.0,
        3.0,
        20.0,
        "Name a real weakness that is not central to the job, give a moment it showed, and "
        "the steps you are taking. 'Perfectionist' and 'I care too much' sound rehearsed.",
        "Can you give me a weakness that has actually cost you something?",
        "I mean a real weakness: one that has slowed you down or cost you something at work.",
    ),
    Rule(
        "arrogance",
        "Sounds arrogant",
        20.0,
        5.0,
        32.0,
        "Let the facts show you are good: what you did and what it achieved. Comparing "
        "yourself favourably with colleagues reads as arrogance.",
        "What did you learn from the people you worked with there?",
        "I mean what the others brought: something you picked up from them.",
    ),
    Rule(
        "generic_claim",
        "Claims with nothing to back them",
        10.0,
        4.0,
        18.0,
        "Replace each adjective ('hard-working', 'passionate', 'team player') with one fact "
        "that proves it: what you did, where, and what came of it.",
        "Can you give me a specific example of that?",
        "I mean one real moment: when it was, who was involved and what you did.",
    ),
    Rule(
        "off_question",
        "Does not answer the question asked",
        22.0,
        0.0,
        22.0,
        "Answer the question that was asked in your first sentence, then support it.",
        "Let me bring us back to the question: {question}",
        "I mean the question itself: answer it first, then give your example.",
    ),
    Rule(
        "rambling",
        "Rambles: the point is buried",
        12.0,
        5.0,
        20.0,
        "Cut the background to a sentence or two and get to what you did and what came of "
        "it; one clear point beats five half-made ones.",
        "In one sentence, what was the key thing you did?",
        "Just the main point: the one thing you did that mattered most.",
    ),
    Rule(
        "no_result",
        "No result: the story stops before the outcome",
        12.0,
        0.0,
        12.0,
        "End with what changed because of you, ideally with a number (time saved, % "
        "improved, customers kept).",
        "What was the outcome — can you put a number on it?",
        "I mean the outcome: what changed because of what you did, with a number if you have one.",
    ),
    Rule(
        "no_reflection",
        "No lesson or reflection",
        10.0,
        0.0,
        10.0,
        "Say what you learned or what you do differently since: that is what this question "
        "is really asking.",
        "What did you take away from that?",
        "I mean what you learned from it, or what you have done differently since.",
    ),
    Rule(
        "negative_tone",
        "Negative tone",
        20.0,
        5.0,
        32.0,
        "Keep the tone calm and constructive: say what you want to move towards, not what "
        "you are sick of. Swearing and ranting cost trust at once.",
        "What would make your next role a better fit for you?",
        "I mean what you are looking for next, rather than what went wrong before.",
    ),
    Rule(
        "unsafe",
        "Describes an unsafe or improper way of working",
        25.0,
        5.0,
        35.0,
        "Say the safe, proper way and that you follow it every time: the check, the kit, the "
        "report, the person you tell. A skipped safeguard is heard as a risk to people, to the "
        "law or to the firm, however good the rest of the answer is.",
        "What does the procedure say you should do there, and why does it say that?",
        "I mean the proper way: the check, the equipment or the report the rules ask for.",
    ),
    Rule(
        "disclosed_current_salary",
        "Volunteers current pay",
        15.0,
        0.0,
        15.0,
        "Do not volunteer your current salary: it anchors the offer to your past pay. Give "
        "the researched range for this role instead.",
        "And what range are you looking for in this role?",
        "I mean the pay range you would want for this role, based on its market rate.",
    ),
    Rule(
        "offered_less",
        "Offers to take less",
        15.0,
        0.0,
        15.0,
        "Never negotiate against yourself: state your range with its reason and let them "
        "respond. Offering to take less before an offer gives money away.",
        "So what figure would you actually be happy with?",
        "I mean the figure you would genuinely accept, not the lowest you could live with.",
    ),
    Rule(
        "no_range",
        "No researched range",
        10.0,
        0.0,
        10.0,
        "Give a range you have researched for this role and say why (market data, scope, "
        "your experience), or ask politely to learn more about the role before naming one.",
        "What range do you have in mind, and what is it based on?",
        "I mean a range, and what you based it on: market data, your experience, the role.",
    ),
)

# How much was said rather than what (`analysis/delivery_rules.py`): the delivery score already
# costs a short answer and a rate of fillers, so these carry no cost of their own here.
_DELIVERY_RULES = (
    Rule(
        "too_short",
        "Too short to show what you can do",
        0.0,
        0.0,
        0.0,
        "Give the interviewer enough to judge: answer the question in your first sentence, "
        "then back it with one real example: what you did, where, and what came of it.",
        "Could you tell me a bit more about that?",
        "A little more detail: an example, and how it turned out.",
    ),
    Rule(
        "filler_heavy",
        "Heavy with filler words",
        0.0,
        0.0,
        0.0,
        "Where you would say 'um', 'like' or 'you know', pause in silence instead: a short "
        "pause sounds confident. Rehearse your first sentence and your example aloud until "
        "they come out without a filler.",
        "",  # an interviewer does not ask about fillers; the feedback does
        "",
    ),
)

RULES: dict[str, Rule] = {r.code: r for r in (*_RULES, *_DELIVERY_RULES)}
DELIVERY_CODES = frozenset(r.code for r in _DELIVERY_RULES)
# `no_range` when a figure is given with nothing behind it: same code, its own words.
NO_REASON_TITLE = "A figure with no reason behind it"
NO_REASON_TIP = (
    "Say what your figure rests on: the market rate for this role and place, your experience "
    "or the scope of the job. A bare number is easy to talk down."
)
# `offered_less` when pay is played down ("money isn't the main thing for me") with no offer.
PLAYS_DOWN_TITLE = "Plays down pay"
PLAYS_DOWN_TIP = (
    "Saying money matters little tells them a lower offer will do. Say what draws you to the "
    "role in its own words, and give your range with what it rests on."
)
# The off_question variant for an aside about life outside work in an answer about work.
ASIDE_TITLE = "Drifts into life outside work"
ASIDE_TIP = (
    "Keep every sentence on the question; life outside work belongs in small talk or 'tell "
    "me about yourself'. Spend those words on what you did at work and what came of it."
)
# The negative_tone variant for a self-introduction that says any job would do ("I just need
# a job", "I don't care what I'm doing"): it answers the question, with no interest in the work.
ANY_JOB = (
    "Sounds as if any job would do",
    "Say what draws you to this work: something you did that you enjoyed or did well, and what "
    "you want to do next. Needing a job is true of everyone in the room.",
)
# The unsafe variant for a record falsified, work passed off or a problem hidden, where no
# safeguard was skipped: the fix is honesty, not a check or a piece of kit.
DISHONEST = (
    "Describes a dishonest way of working",
    "Say what you would record, report or credit truthfully, and that you do it even when it "
    "costs time or looks bad: the true figure, the gap, the source, the person told. Anything "
    "made to look right is heard as a risk to the firm and to everyone who relies on it.",
)
# The humblebrag variant outside a weakness question: praise of oneself announced as modesty
# ("I don't like to brag, but…"), not a disguised weakness.
BRAG_AS_MODESTY = (
    "Praises yourself in the guise of modesty",
    "Let one concrete example carry the strength: what you did and what came of it. \"I don't "
    'like to brag, but…" and "people say I make it look easy" sound like boasting and prove '
    "nothing.",
)
# The negative_tone variant for an answer that argues against its own speaker: other
# candidates ranked higher, the interviewer invited to choose someone else.
TALKS_DOWN = (
    "Talks yourself down",
    "Lead with your best evidence and let it stand: drop the comparisons with other candidates "
    "and any line that invites them to choose someone else. Name a gap only with what you are "
    "doing about it.",
)
# The off_question variant for an aside about oneself or the trade in a story or a method:
# its title and tip.
SELF_ASIDE = (
    "Drifts into what you enjoy or think of the field",
    "Stay with the story or the steps you were asked for; what you enjoy most and your view of "
    "the field belong in 'why this job?'. Spend those words on what you did and what came of it.",
)
# The off_question variant for a method question answered with qualities and attitudes.
QUALITIES = (
    "Gives qualities, not the steps",
    "Say what you would actually do, in order: what you would check or measure first, the "
    "likely causes and how you would test each, the fix, and how you would know it worked. "
    "Being methodical shows in the steps, not in saying so.",
)
# The off_question variant for a question about one job answered with a story from another
# ("your time as Class 1 Driver at Roadline" answered "in my last role as a support team
# lead…"): a good story, but not the one the interviewer asked for.
OTHER_JOB = (
    "Talks about another job than the one asked about",
    "The question asks about one job on your CV: say what you did there, what you were "
    "responsible for and what changed because you were there. Keep other jobs for the "
    "questions about them.",
)
# The off_question variant for a move or a gap talked around: what happened is not said.
DODGES = (
    "Talks around what happened",
    "Say plainly, in a sentence, what you did in that time or why you moved; an interviewer "
    "who is not told assumes the worst. Then say what you kept up and why you are ready now.",
)
# The off_question variant for a future told away from this employer ("I see this job as a
# stepping stone", "then I'll go out on my own and take some of the clients with me").
LEAVING = (
    "Signals a short stay",
    "An employer hiring for this role hears that you plan to leave, or to compete with them. "
    "Say how you want to grow in this job: the skills, the responsibility, the next step here.",
)
# The off_question variant for questions back that ask mostly or only what the job gives
# (holidays, a pay rise, leaving early): questions were asked, but about the wrong things, too
# soon.
PERKS_FIRST = (
    "Asks mostly about what the job gives you",
    "Ask about the work: what a good first month looks like, the team, how success is "
    "measured. Holidays, pay rises and hours belong to the offer stage, once they want you.",
)
# The no_reflection variant outside failure stories (a story told with a fault): its absence
# costs less, and the tip does not claim the question was about a lesson.
LESSON_AS_POLISH = (
    "No lesson or reflection",
    "Close with one line on what you took from it or do differently since: it is what lifts "
    "a good story to a strong one.",
)
# The rambling variant for an answer that circles, saying the same words again and again.
CIRCLING = (
    "Circles back to the same words",
    "Say each point once and move on: the repeats marked here make the listener wait for what "
    "comes next. Spend the words saved on a detail, a number or what came of it.",
)
CODES: tuple[str, ...] = tuple(RULES)
# Judgements of a fault in the words said: words they quote are never also praised nor the
# proof of a rubric's strong point ("shows ownership" is not covered by "it was the system
# really", nor "a researched range" by the current pay volunteered).
FAULT_CODES = frozenset(
    {
        "blame",
        "disparaging",
        "humblebrag",
        "arrogance",
        "negative_tone",
        "unsafe",
        "generic_claim",
        "off_question",
        "disclosed_current_salary",
        "offered_less",
    }
)


def fault_words(judgements: Iterable[Judgement]) -> list[Evidence]:
    """The words quoted by the judgements of a fault (`FAULT_CODES`)."""
    return [e for j in judgements if j.code in FAULT_CODES for e in j.evidence]


# Judgements whose whole sentence is the fault, not only the words quoted: current pay told
# ("I'm on 42,000 a year plus a 5 percent bonus"), less offered.
PAY_SENTENCE_CODES = frozenset({"disclosed_current_salary", "offered_less"})


def fault_reach(
    judgements: Sequence[Judgement], sentences: Sequence[Label]
) -> list[Evidence | Label]:
    """What praise and rubric points must not quote: the words of every fault, and the whole
    sentence that gives one's pay away (its bonus and figures are no evidence to keep)."""
    pay = [(e.start, e.end) for j in judgements if j.code in PAY_SENTENCE_CODES for e in j.evidence]
    told = [x for x in sentences if any(s < x.end and x.start < e for s, e in pay)]
    return [*fault_words(judgements), *told]


@dataclass(frozen=True)
class Tactic:
    """A negotiating mistake: its name, what it costs the practice score (points of 100),
    and what to say instead."""

    code: str
    title: str
    points: float
    instead: str


# Negotiation mistakes (the `negotiate` JSON contract); current pay shares its judgement with
# answer analysis above.
_TACTICS = (
    Tactic("no_target", "No target or walk-away point", 8.0,
           "Before the call, set the figure you aim for and the lowest you would accept, "
           "from the market range."),
    Tactic("disclosed_current_salary", RULES["disclosed_current_salary"].title, 15.0,
           "\"I'd rather focus on this role: for this scope the market range is $X to $Y.\""),
    Tactic("anchored_low", "Anchored low", 15.0,
           "Open at or above the market median, with your reason: \"Based on the market for "
           "this role here and my results, I'm looking for around $X.\""),
    Tactic("accepted_first_offer", "Accepted the first offer", 15.0,
           "\"Thank you, I'm excited about this. Can I have a day to look at the whole package?\""
           " Then counter."),
    Tactic("no_counter", "Never countered", 12.0,
           "Ask once, specifically: \"Given X, could you get the base to $Y?\""),
    Tactic("counter_without_rationale", "Countered without a reason", 10.0,
           "Give the reason with the number: market data, your results, skills that fit, or "
           "a competing offer."),
    Tactic("negotiated_against_self", "Negotiated against yourself", 12.0,
           "Hold your number until they move; trade a concession only for one of theirs."),
    Tactic("ignored_total_compensation", "Left the rest of the package on the table", 8.0,
           "When base is fixed, ask about a signing bonus, leave, remote days, the start date "
           "or a learning budget."),
    Tactic("apologetic_language", "Apologised for asking", 6.0,
           "Ask plainly and warmly; no \"sorry\" for negotiating, which is expected."),
    Tactic("ultimatum_or_hostile", "Ultimatum or hostile tone", 15.0,
           "Stay firm without threats: \"I want to make this work; can we find a way to $X?\""),
    Tactic("no_written_confirmation", "No written offer or next steps", 6.0,
           "\"Could you send the full offer in writing, and what are the next steps?\""),
    Tactic("accepted_below_walk_away", "Accepted below your walk-away point", 15.0,
           "Below the least you would take, say so and ask once more; if they cannot move, "
           "thank them and decline."),
)  # fmt: skip
TACTICS: dict[str, Tactic] = {t.code: t for t in _TACTICS}


def cost(code: str, pieces: int) -> float:
    """Overall points a judgement costs with this many pieces of evidence (negative)."""
    r = RULES[code]
    return -min(r.points + r.extra * max(pieces - 1, 0), r.cap)
