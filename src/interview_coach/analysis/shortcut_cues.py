"""A step left out with the speaker's reason beside it (time, practice, luck, nobody
watching): in any trade's words, the reason names the corner cut whatever the step is called
("I don't always wait for a second carer. It slows the whole round down."). Part of the
unsafe-practice judgement (`judgements.unsafe`), beside the phrase patterns of `safety_cues`.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx
from interview_coach.analysis.safety_cues import ME, NO_NEGATION, cut_corner

# Why a step was left out, in the speaker's words: time, practice, luck, a minute's risk,
# nobody watching, the customer's money. Beside a step the speaker leaves out (`_SKIPPED`) it
# names a corner cut in any trade's words, whatever the step is called.
_EXCUSE = rx(
    r"(?:to |it )?saves? (?:me |us |everyone )?(?:a bit of |some |a lot of |so much |loads of )?"
    r"(?:time|fiddling|faff|hassle|messing about|effort|paperwork|minutes|(?:about |around )?"
    r"(?:an|half an|a couple of|\w+) hours?)",
    r"(?:to )?go quicker",
    r"(?:to )?keep (?:things|the queue|the line|it|everything|the job|work) moving",
    r"(?:it's|it is|they're|they are|the [\w-]+ (?:is|are)) (?:usually|normally|always|nearly "
    r"always|generally) (?:fine|ok|okay|alright|all right)",
    r"(?:this|that|it|which) (?:can|could|would|will|might) take (?:ages|hours|an hour|half a day|"
    r"all day|forever|(?:ten|twenty|thirty|fifteen|\w+) (?:minutes|hours|days|weeks))",
    r"(?:no|there's no|there is no) (?:sense|point) (?:in )?(?:losing|wasting|waiting)",
    r"(?:nobody|no one|no-one) (?:ever )?(?:complains?|complained|minds|minded|cares|noticed|"
    r"notices)\b",
    r"(?:they|he|she) (?:don't|doesn't|didn't) mind\b",
    r"(?:everybody|everyone|all of us|we all|they all) (?:does|do|did) (?:it|that|this)\b",
    # The corner made the norm, or left to others' good sense: "which is how most of us work
    # on a busy day", "they usually know not to touch it".
    r"how (?:most of us|everyone|everybody|we all|all of us|most people|most \w+s) (?:work|do "
    r"it|does it|manage)\b",
    r"(?:they|he|she|people|customers?|clients?) (?:usually|normally|generally|always) know "
    r"(?:not to|to leave)\b",
    r"(?:after|with) (?:[\w-]+ ){1,2}years(?: of experience)?,? i know",
    r"(?:that's|that is|it's|it is) (?:just )?experience\b",
    r"i know (?:roughly|what i've used|my (?:machine|kit|limits))",
    r"(?:it's|it is|that's|that is|much|way|a lot|so much|far) (?:quicker|faster)",
    r"slows? (?:me|you|us|everyone|everything|things|it all|the (?:job|round|line|shift|job)) "
    r"down",
    r"takes? (?:ages|forever|too long|so long)",
    r"(?:a|such a) waste of time",
    r"(?:such a |a real |a bit of a |too much )?(?:hassle|faff|palaver)",
    r"(?:done|did) (?:it|this|them|that) (?:a )?(?:hundreds|thousands|hundred|thousand|loads|"
    r"millions) (?:of )?times",
    r"i know what i(?:'m| am) doing",
    r"(?:i can|you can) (?:just )?tell (?:by|just by|from) (?:looking|the look|the smell|the "
    r"feel|experience)",
    r"(?:never|not once) had (?:a|an|any) (?:problem|accident|issue|incident|complaint|trouble)",
    r"nothing(?:'s| has) ever (?:happened|gone wrong)",
    r"(?:it's|it has|it is) (?:always )?been fine",
    r"touch wood",
    r"(?:only|just) (?:for )?(?:a |ten |five |two |a few |a couple of )?(?:minute|second|moment|"
    r"minutes|seconds)\b",
    r"(?:only|just) a quick (?:job|one|lift|fix|check|visit)",
    r"no harm done",
    r"(?:didn't|did not|doesn't|does not|wouldn't) (?:cause|do) any harm",
    r"(?:when|if|while) (?:nobody|no one|no-one)(?:'s| is) (?:around|looking|watching)",
    # No time for the check, the machine known by feel, the way of the site: "nobody's got ten
    # minutes at six in the morning", "you know your own truck", "that's just how it is".
    r"(?:nobody|no one|no-one)(?:'s| has|'s got| has got) (?:got )?(?:the )?(?:time|ten minutes|"
    r"five minutes|\w+ minutes)\b",
    r"you know your own (?:truck|van|machine|kit|wagon|bus|car|vehicle|tools?|rig|forklift)\b",
    r"(?:that's|that is) (?:just )?how it is\b",
    r"nothing (?:that )?(?:anyone|anybody|everyone|everybody|any other [\w-]+) else (?:doesn't|"
    r"does not|don't|wouldn't|hasn't) (?:do|done|have)\b",
    r"only (?:when|if) (?:the|my|a) (?:manager|supervisor|boss|inspector|auditor|foreman|gaffer|"
    r"client)(?:'s| is) (?:watching|around|on site|looking|in)",
    r"(?:the customer|the client|they) (?:didn't|doesn't|don't|won't|wouldn't) (?:want to )?pay "
    r"for",
)
# A concession or a refusal around the excuse: "even though it's quicker", "I know it saves
# time, but", "the temptation is".
_EXCUSE_REFUSED = re.compile(
    r"\b(?:even (?:though|if|when)|although|though|despite|tempt\w*|pressure|i know|i get "
    r"that|people say|some people|they say)\b[^.!?]{0,25}$",
    re.IGNORECASE,
)
# The step left out by the speaker: skipped, waved on, or a check or kit not used.
_SKIPPED = rx(
    ME + r"(?:skip|skipped|skipping|bypass|bypassed|ignore|ignored|leave out|left out|leave "
    r"(?:it|them) off|left (?:it|them) off|fudge|fudged|wing it|winged it|crack on|cracked on|"
    r"(?:go|went|carry|carried|press|pressed|push|pushed) (?:on|ahead) (?:anyway|regardless))\b"
    # A place or a road gone round is a route, not a step: "I bypass the town centre".
    r"(?! (?:the |a )?(?:[\w-]+ )?(?:town|city|centre|center|village|traffic|roads?|motorway|"
    r"high street|jams?|queues?|roadworks)\b)",
    # The speaker's habit in the generic "you": "you don't bother isolating for a wee change".
    r"you (?:just )?(?:don't|do not|never) (?:always |really |even )?bother\b",
    r"(?:carry|carried|crack|cracked|press|pressed|push|pushed|keep|kept) (?:on|going) "
    r"(?:[\w'’-]+ ){0,4}?(?:anyway|regardless)\b",
    r"(?:rather than|instead of) (?:physically |actually |properly )?(?:booking|checking|waiting|"
    r"logging|recording|signing|doing|using|wearing|asking|filling|calling|getting|testing|"
    r"counting|measuring|masking|cancelling)\b",
    r"(?:i|we)(?:'ll|'d| will| would)? (?:just )?(?:tick|sign|confirm|initial) (?:it off|the "
    r"box|the sheet|the form|the number|it)\b",
    # The sheet signed without the checks, by the speaker among others: "most of us just tick
    # it all off at the start of the shift".
    r"(?:most of us|all of us|we all|everyone|everybody) (?:just )?(?:tick|sign) (?:it all|them "
    r"all|it|them|the (?:sheet|boxes|list|checks?))(?: all)? off\b",
    ME + r"(?:don't|do not|didn't|won't) (?:always |really )?(?:open|check|look in|look at|test|"
    r"inspect|count|measure|weigh|scan|verify) (?:[\w'’-]+ ){0,4}?(?:every|each|all)\b",
    ME + r"(?:don't|do not|didn't|did not|won't|wouldn't)(?: always| really| usually| even| "
    r"actually)? (?:wait|check|test|wear|use|report|record|log|measure|read|sign|lock|isolate|"
    r"clip|tie|secure|strap|chock|ventilate|steril\w+|clean|wash|change|label|date|count|follow|"
    r"fill|write|set up|put (?:on|up|down|out|(?:it |them )?through)|bother)\b",
    # A second person's check done by oneself, as one goes: "I'll usually just check it as I go".
    ME + r"(?:just )?check (?:it|them|that|the \w+) (?:as (?:i|we) go|myself|ourselves)\b",
    ME + r"(?:[\w'’-]+ ){0,6}?(?:do|did) the (?:[\w-]+ )?check (?:myself|ourselves)\b",
    # Rules broken, said in passing: "on at me about me tacho infringements here and there".
    r"(?:my|me|a few|some|the odd|the occasional) (?:[\w-]+ )?infringements?\b",
    # Isolation done by the switch alone: "normally I just flick the breaker off".
    ME + r"(?:just |only )(?:flick|switch|turn|knock|pull) (?:the |it |them )?(?:breaker|mcb|fuse|"
    r"isolator|power|supply|circuit)s? off\b",
    r"(?:i|we)\b" + NO_NEGATION + r"\bwithout (?:a |the |any |my |our )?(?:[\w-]+ ){0,2}?"
    r"(?:check\w*|test\w*|permit|harness|gloves|mask|guard|second|witness|signature|"
    r"supervision|waiting|wearing|using|isolating|locking|reporting|recording|telling|asking)\b",
)


def excused_skips(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A step the speaker leaves out, with their reason for it in the same sentence or the
    one after ("I don't always wait for the second signature. It slows the round down."):
    spans of the skip, not refused, not others', not owned as a mistake."""
    found = []
    for k, (a, b) in enumerate(sentences):
        sentence = text[a:b]
        if not any(
            not _EXCUSE_REFUSED.search(sentence[: m.start()]) for m in _EXCUSE.finditer(sentence)
        ):
            continue
        for j in (k, k - 1):
            if j < 0:
                continue
            sa, sb = sentences[j]
            following = (
                text[sentences[j + 1][0] : sentences[j + 1][1]] if j + 1 < len(sentences) else ""
            )
            for m in _SKIPPED.finditer(text[sa:sb]):
                if cut_corner(text, sa + m.start(), text[sa:sb], following):
                    found.append((sa + m.start(), sa + m.end()))
            if found:
                return found
    return found
