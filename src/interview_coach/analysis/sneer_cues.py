"""Sneers in everyday idiom, for `people_cues.PERSONAL_INSULT`: incompetence and idleness
said as a figure of speech ("couldn't find the lobby with a map"), and people ranked below the
speaker, or below children, in passing ("not that the apprentices would know"). Each is a
string, joined into that pattern, so they are matched as one with the rest.
"""

from __future__ import annotations

from interview_coach.analysis.cues import PEOPLE_NOUN

# Feedback reported, not given: "he said, no offence, that my report was long".
_NOT_REPORTED = r"(?<!said )(?<!said, )(?<!says )(?<!says, )(?<!told me )(?<!told me, )"
# The words that announce a put-down.
_ANNOUNCED = r"(?:no offen[cs]e|not to be rude|not being funny)"

IDIOM_SNEERS = (
    # Incompetence and idleness in everyday idiom: "couldn't find the lobby with a map", "who
    # could barely read a wall section", "too lazy to answer a phone", "whatever genius
    # installed it", "who think they know more than you", "explain it like for a child",
    # "design like it's 1995", "who have never sat on a boda in their lives".
    r"(?<!\bi )(?<!\bwe )(?:couldn't|could not|can't|cannot|wouldn't) find (?:[\w'’-]+ ){1,3}?"
    r"with a (?:map|torch|compass|sat ?nav|search party)",
    r"(?:who|he|she|they|them)(?: [\w'’-]+){0,4}? (?:could|can) (?:barely|hardly) (?:read|write|"
    r"spell|count|add|use|tie)\b",
    r"too(?<!i was too)(?<!i'm too)(?<!im too)(?<!i am too)(?<!we were too)(?<!we're too)"
    r"(?<!we are too) lazy to\b",  # (the look-behinds after "too", so the scan starts on a letter)
    r"(?:some|whatever|which|our resident) genius\b",
    r"(?:who|that) (?:think|thinks) (?:they|he|she|they're|he's|she's) (?:know|knows) (?:more|"
    r"better|everything)\b",
    r"(?:like|as if) (?:to|for) a (?:child|kid|toddler|five-year-old|small child)\b",
    r"like it'?s (?:still )?(?:19|20)\d\d\b",
    r"(?:management|managers?|bosses|office|directors?)[^.!?]{0,12}?(?:have|has|had) never "
    r"(?:[\w'’-]+ ){1,6}?in (?:their|his|her) (?:lives|life)\b",
    # Ranked below the speaker, or below children, in passing: "my mum cannot even restart the
    # card machine", "the children know more than them", "not that the apprentices today would
    # know", "which is more than the foreman can say", "would pass anything", "more of a rumour
    # than a person", "no time for the likes of us", "if you want something done, do it
    # yourself", "only looking for someone to blame".
    # (Only the simplest tasks: "he couldn't even open his eyes" is a patient's state.)
    r"(?<!\bi )(?<!\bwe )(?<!\bit )(?<!\byou )(?:can't|cannot|couldn't|could not) even (?:restart|"
    r"turn on|switch on|plug in|spell|boil)\b",
    r"(?:children|kids|pupils|students|apprentices|juniors|interns)(?: [\w'’-]+){0,2}? (?:know|"
    r"knew) more than "
    r"(?:them|him|her|the (?:[\w-]+ )?(?:teachers?|staff|managers?|bosses|adults))\b",
    r"not that (?:the |our |my |these |those |most )?(?:[\w'’-]+ )?(?:" + PEOPLE_NOUN + r"|"
    r"apprentices|youngsters|kids)(?: [\w'’-]+){0,2}? (?:would|will|could|can|do|did|does) "
    r"(?:ever |even )?(?:know|notice|care|understand|spot|tell|bother)\b",
    r"which is more than (?:the |my |our |his |her |their |most )?(?:[\w'’-]+ )?(?:"
    + PEOPLE_NOUN
    + r"|foreman|foremen) (?:can|could) say\b",
    r"(?:would|will|'d) (?:pass|sign off|sign) (?:off )?anything\b",
    r"more of a (?:rumou?r|myth|ghost|legend) than a (?:person|manager|colleague|\w+)\b",
    r"(?:no|nee|nae|little|zero) time for the likes of (?:us|me)\b",
    r"if you want (?:something|anything|it|a job|things) done(?: [\w'’-]+){0,4}?,? do it "
    r"yourself\b",
    r"(?:only|just|always) (?:looking|out|interested) (?:for|in) (?:someone|somebody|a scapegoat|"
    r"who) to blame\b",
    # Others never there, slow, out of touch or unable, said in passing: "they're never there
    # when they should be", "but he was very slow", "the editor before me didn't even know how
    # to use it", "because he doesn't understand much", "typical greedy
    # landlord", "of course tenants always say this", "only meet when the director remembers",
    # "assuming facilities have finally fixed the lock", "left them a death trap".
    r"(?<!\bit)(?<!\bthat)(?:'s|'re| is| are) never (?:there|here|around|on time|ready) when\b",
    r"but (?:he|she|they) (?:was|were) (?:very|so|really|too|painfully) slow\b(?! to| at| in| on| "
    r"from| getting)",
    r"(?<!\bi )(?<!\bwe )(?:didn't|did not|doesn't|does not|don't|do not) even know how to\b",
    r"(?:because|cause|'cause|as) (?:he|she|they) (?:doesn't|does not|don't|do not|didn't|did not) "
    r"understand (?:much|anything|a thing)\b(?! (?:english|of|about|yet|at first))",
    r"typical (?:greedy|lazy|useless|clueless|entitled|difficult|stingy|tight) ",
    r"of course,? (?:the )?[a-z]+s always (?:say|do|complain|claim|want|think|moan)\b",
    r"only (?:meet|meets|happens?|gets? done|comes?|moves?) when (?:the |our |my )?(?:[\w-]+ )?"
    r"(?:director|boss|manager|head|chair|partner|committee|owner|supervisor)s? (?:remembers?|"
    r"bothers?|feels? like it|can be bothered)\b",
    r"assuming (?:[\w'’-]+ ){1,3}?(?:have|has|had) (?:finally|actually|even) (?:fixed|done|"
    r"sorted|remembered|bothered|turned up)\b",
    r"left (?:them|you|us|him|her|the (?:customer|client|family|house)) (?:with )?an? "
    r"(?:death ?trap|bodge|botch|disaster|fire hazard)\b",
    r"whoever (?:[\w'’-]+ ){1,5}?(?:was|is) (?:clearly |obviously |definitely |just )?(?:a |an )?"
    r"(?:cowboy|idiot|clown|amateur|muppet|chancer|joke|cowboys)\b",
    # "No offence" announces a put-down; said of others in the same sentence, it is one: "no
    # offence to them, but they were mostly juniors", "the other sales guys were, no offence,
    # pretty lazy" (not "no offence, I'm just not sure", nor feedback reported: "he said, no
    # offence, that…").
    r"(?:they|them|he|him|she|her|their|his|"
    + PEOPLE_NOUN
    + r"s?)\b[^.!?;]{0,50}?"
    + _NOT_REPORTED
    + _ANNOUNCED
    + r"\b",
    _NOT_REPORTED + _ANNOUNCED + r"\b[^.!?;]{0,50}?\b(?:they|them|he|him|she|her|their|his)\b",
    # "Can't set out for toffee": no good at all at it.
    r"(?<!\bi )(?<!\bwe )(?:can't|cannot|couldn't|could not|cannae) (?:[\w'’-]+ ){1,4}?for toffee",
    r"(?<!\bi )(?<!\bwe )(?:were|was|are|is|'re),? "
    + _ANNOUNCED
    + r",? (?:but )?(?:pretty |a bit |"
    r"quite |really |just |kind of |sort of |totally |bloody )?\w+",
)
