"""Phrase patterns behind the judgements of how candidates present themselves: the
humblebrag (a strength dressed as a weakness, false modesty) and arrogance (ranking oneself
above others, always right, needing nobody). Matched case-insensitively on the transcript;
people, ownership and generic claims are in `cues.py`.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

# Words up to a boast that stays about the speaker: a clause that turns to someone else ("I
# know you offer…") is about them.
_NOT_ANOTHER = r"(?:(?!\b(?:you|your|they|their|he|his|she|her|it|its|we|our)\b)[^.!?;])"
_NOT_THING = (
    r"(?:(?!\b(?:you|your|they|their|he|his|she|her|it|its|we|our|pay|pay's|rate|money|price|"
    r"wages?|salary|hours|deal|offer|package|benefits|job|company|place)\b)[^.!?;])"
)
# Which humblebrag hits are praise announced as modesty, not a weakness that flatters.
MODEST_BRAG = re.compile(r"brag|boast|show off|trumpet|horn|look easy", re.IGNORECASE)
HUMBLEBRAG = rx(
    # "I don't like to brag but it comes naturally", "people say I make it look easy".
    r"(?:don't|do not) (?:like|want|mean) to (?:brag|boast|show off|blow my own (?:trumpet|"
    r"horn)),? but",
    r"(?:people|everyone|they|colleagues|customers|clients|my (?:manager|team|boss)) (?:always )?"
    r"(?:say|says|tell me|said|told me) i make (?:it|this|that) look easy",
    r"perfectionis[tm]",
    r"(?:care|cares|caring) (?:so|too) much",
    r"too (?:eager|keen|willing|quick) to (?:help|please)",
    r"work(?:s|ing)? too (?:hard|much|many hours)",
    r"too (?:much of a )?(?:hard[- ]working|dedicated|committed|driven|passionate|"
    r"detail[- ]oriented|thorough|organi[sz]ed|honest|loyal|generous|conscientious|ambitious|"
    r"invested|nice|helpful|competitive|reliable|hard on myself|fussy|particular|picky|exacting|"
    r"meticulous|precise)",
    r"(?:expect|demand|ask) too much (?:of|from) (?:myself|me)",
    # Too good for the others, said as the weakness: "I probably work too fast for some people".
    r"(?:work|am|i'm|i am) (?:just |probably |maybe )?too (?:fast|quick|efficient|productive|"
    r"thorough|driven) for (?:some|most|other|a lot of) (?:people|colleagues|of them|of the \w+)",
    r"(?:my|the) standards are (?:too|very|really|so) high",
    r"(?:set|hold) (?:myself|the bar|my standards) (?:to )?(?:too|very|really) high",
    r"(?:a|almost a|nearly a|bit of a) curse\b[^.!?]{0,40}?\b(?:want|wants|ask for|asks for|need|"
    r"needs) me",
    r"(?:say|says|said|tells? me|told me) (?:that )?i(?:'m| am| was) the (?:only |main )?reason",
    r"(?:say|says|saying|said|tells? me|told me) (?:that )?i make (?:the rest|everyone|everybody|"
    r"the others|other people|them)\b[^.!?]{0,25}? look\b",
    # A "weakness" that is a higher bar than others keep: "I hold myself to a higher standard
    # than most people", "my standards are higher than everyone else's".
    r"(?:hold|holding|set|setting) (?:myself|my work|the bar) (?:to )?(?:a )?(?:much |far |way )?"
    r"higher (?:standards?|bar) than",
    r"(?:my )?standards? (?:is|are) (?:much |far |way )?higher than (?:most|other|everyone|"
    r"anyone|the rest|my)",
    r"(?:i )?(?:don't|do not) (?:really )?have (?:any |many |real )?weaknesses",
    r"i (?:just )?(?:give|put) too much",
    r"i'm too good",
    # "I'm probably just too good at what I do", said as the weakness.
    r"(?:i'm|i am) (?:probably |maybe |just |simply |honestly )*too good at (?:what i do|my job|"
    r"it|this|everything)",
    # False modesty before praise: "I'm rubbish at talking about myself, but my boss says…".
    r"(?:rubbish|terrible|awful|bad|hopeless|not great|no good|useless) at (?:talking about|"
    r"selling|bigging up|blowing my own trumpet(?: about)?) (?:myself|meself|me)\b[^.!?]{0,30}?"
    r"\bbut\b",
    r"(?:my|the) (?:only|biggest) weakness is (?:probably )?(?:that )?i(?:'m| am)? (?:too |just )?"
    r"(?:good|great|dedicated|passionate|committed)",
    # False modesty that sets up the boast: "nothing special, really, but I did…".
    r"(?:nothing special|pure luck|just luck|dumb luck|no big deal|not a big deal)(?:,? really)?,? "
    r"(?:but|and yet)",
    r"made (?:an? |such an? )?(?:embarrassing|silly|ridiculous) fuss",
    # Success passed off as a problem: "I've outgrown it", "the awards are getting awkward".
    r"(?:i've|i have|i'd|i) (?:probably |honestly |kind of |just )?outgrown",
    r"(?:keep|keeps|kept) (?:winning|topping|beating)[^.!?]{0,60}(?:embarrassing|awkward)",
)
# Doubt just before the boast turns it round: "I'm not sure I'm the best person to ask", "I
# don't think I was the strongest".
DOUBTED = re.compile(
    r"\b(?:not sure|unsure|don't think|do not think|doubt|whether|wonder if|if)\b[\w\s',]{0,12}$",
    re.IGNORECASE,
)
ARROGANCE = rx(
    r"(?:i'm|i am|i was)(?: honestly| probably| easily| simply| just| clearly| by far| usually|"
    r" often| always| definitely| genuinely)? the "
    r"(?:best|smartest|strongest|most talented|most capable|most skilled)",
    # ("Better than any sales target I've hit" compares a feeling, not people.)
    r"better than (?:most|anyone|everyone|everybody|all|the rest|any(?! (?:[\w-]+ )?(?:targets?|"
    r"sales|jobs?|feelings?|days?|weeks?|months?|years?|times?|moments?|results?|scores?|bonus\w*|"
    r"awards?|things?|numbers?|figures?)\b)|my (?:colleagues|peers|"
    r"team|teammates|coworkers|co-workers|manager|boss)|other (?:people|candidates|\w+s)|"
    r"(?:a lot of|lots of|loads of|half (?:of )?the|plenty of) (?:people|others|\w+s))",
    r"forgotten more (?:about [\w\s-]{1,40}? )?than",
    r"single[- ]handedly",
    # Others made to look slow beside oneself: "it makes the rest of the desk look a bit slow"
    # (put in a manager's mouth, "she says I make the rest look bad", it is a humblebrag).
    r"(?<!saying i )(?<!says i )(?<!said i )(?<!tells me i )(?<!told me i )makes? "
    r"(?:the rest of (?:the|my|our) [\w-]+|everyone else|everybody else|the others|other "
    r"people|them|my (?:colleagues|team|peers)) look (?:a bit |quite |really |so )?(?:slow|bad|"
    r"lazy|average|useless|amateur\w*|ordinary)",
    r"(?:nobody|no one|no-one) else (?:[\w'’-]+ ){0,4}?(?:would have|would've|could have|could've|"
    r"would|could) (?:thought of|spotted|noticed|done|managed|caught|fixed)",
    r"i (?:was|am|'m) (?:still |easily |always )?(?:the )?top (?:performer|seller|biller|producer|"
    r"earner|rep)",
    r"i (?:usually |generally |often |always )?know better than",
    r"(?:not|never) (?:on|at) (?:my|our) level",
    r"(?:said|says|say|told me) (?:that )?my work (?:was|is) (?:always )?the best",
    r"(?:have|had) to do (?:their|everyone's|everybody's|other people's|the others') "
    r"(?:part|work|job|bit|share)s?",
    r"(?:don't|do not|never) (?:really )?need (?:a team|anyone|anybody|other people)",
    r"i(?:'m| am) better (?:off )?(?:on my own|by myself|alone|working alone)",
    r"(?:don't|do not|never) suffer fools",
    r"(?:faster|quicker|smarter|sharper|harder[- ]working|more capable) than (?:most|anyone|"
    r"everyone|everybody|the rest|others|other people|any|my (?:colleagues|peers|team))",
    # "a better tester than anyone", "a tighter ship than anyone", "a better eye than most"
    # …said of oneself: "a stronger pension contribution than most" praises an offer.
    r"(?:i|i'm|i've|i'd|me|my)\b" + _NOT_ANOTHER + r"{0,40}?(?:a |an )?(?:better|faster|sharper|"
    r"smarter|stronger|"
    r"tighter|quicker) (?:[\w'’-]+ ){1,2}than (?:anyone|anybody|most|everyone|everybody|all|"
    r"the rest|any other|the others|any (?:[\w'’-]+ ){1,2}(?:i've|i have|i) (?:ever )?(?:worked|"
    r"met|seen|known|had))",
    # Peers put below oneself: "most of them wouldn't even have spotted it".
    r"(?:most|half|none|the rest|a lot) of (?:them|the others|those \w+) (?:wouldn't|would not|"
    r"couldn't|could not|would never|can't|cannot) (?:even )?(?:have )?(?:spotted|noticed|caught|"
    r"seen|known|found|thought of|managed|spot|notice|catch|see|know)",
    r"not to (?:boast|brag|blow my own trumpet)",
    r"(?:without|not) (?:wanting to )?(?:sound(?:ing)?|be(?:ing)?) (?:arrogant|big-headed|cocky)",
    r"most (?:[\w'’-]+ ){0,2}(?:would|will) (?:panic|struggle|give up|freeze|fold|fall apart)",
    # "contacts nobody else has" (not "nobody else had commented on it")
    r"(?:contacts|skills?|knowledge|experience|connections|talent|an eye) (?:that )?(?:nobody|"
    r"no one|no-one) else (?:has|had|have)",
    r"(?:i'm|i am|i was) the only one (?:[\w'’]+ ){0,3}?(?:who|that) (?:disnae|doesn't|does not|"
    r"didn't|did not|never|can't) (?:panic|flap|lose it|crack)",
    r"(?:\w+ )?would never (?:have )?(?:spot|notice|catch|see|find|think of|spotted|noticed|"
    r"caught|seen|found|thought of)",
    # Alone in caring: "I was the only one in my group who even looked" (not "the only one who
    # spoke Polish", a fact about the speaker).
    r"the only (?:one|person) (?:[\w'’-]+ ){0,4}?(?:who|that) (?:even|actually|bothered|ever "
    r"bothered)\b",
    # Others' way of working written off: "most people just open it in Excel, which is kind of
    # amateur".
    r"(?:which|that)(?:'s| is| was) (?:kind of |kinda |pretty |so |a bit |just |quite |really )?"
    r"amateur(?:ish)?\b",
    r"carr(?:y|ied|ying) (?:both sides|both of us|the shift|the ward|the whole shift)",
    # Others ranked below oneself in general shapes: "none of the juniors could handle it",
    # "quicker than waiting for someone to get up to my speed", "students respect me more
    # than the others", "nobody else there reads invoices like I do".
    r"none of (?:the |my )?(?:[\w-]+ )?(?:juniors|others|team|rest|colleagues|staff|lads|girls|"
    r"them|trainees|apprentices) (?:could|can|would|were able to|was able to) (?:handle|manage|"
    r"do|cope|keep up|deal)",
    r"(?:up to|keep up with|match|reach|get to) my (?:speed|pace|level|standards?)",
    r"(?:respect|like|trust|listen to|prefer|rate) me more than (?:the )?(?:others|other \w+|"
    r"anyone|everyone|my colleagues|the rest)",
    r"(?:nobody|no one|no-one) else (?:[\w'’-]+ ){0,8}?like i (?:do|did|can)\b",
    # The room ranked and won over in advance: "I'm usually the most experienced person in the
    # room, so people tend to come round to my view".
    # Ahead of the team one would join: "most of what your team is doing now I was doing ten
    # years ago", "I'd probably be the most experienced person on it", "the methodology is more
    # for the newer reps".
    r"(?:what|most of what|everything|all of what) (?:your|the|their) (?:[\w-]+ )?(?:team|people|"
    r"staff|juniors|engineers|reps) (?:is|are) doing (?:now |today )?i (?:was|did|had been) "
    r"(?:doing )?(?:[\w-]+ )?years ago",
    r"(?:i'd|i would|i'll|i will) (?:probably |easily |likely |definitely )?be the most "
    r"(?:experienced|senior|qualified|knowledgeable) (?:person|one|member|engineer|rep) (?:on|in) "
    r"(?:it|the team|your team|there)",
    r"(?:is|are) (?:more |really |mainly )?for the (?:newer|junior|less experienced|new|younger) "
    r"(?:reps|staff|people|ones|members|engineers|managers|starters)\b",
    r"the most (?:experienced|senior|qualified|knowledgeable) (?:[\w-]+ ){0,2}?(?:person|one|"
    r"people) in the room",
    r"(?:people|they|everyone|everybody|others) (?:tend to |always |usually |eventually |"
    r"generally )?come (?:round|around) to my (?:view|way of thinking|side|point of view|way)",
    r"(?:the one|the only one) (?:they|everyone|people|the \w+) (?:always )?(?:rang|called|came "
    r"to|asked for|went to|relied on)(?:[^.!?]{0,20}?),? (?:because|cause|'cause|as) (?:the "
    r"others|nobody else|no one else|the rest)",
    # (Not days or stock: "can you carry them over into next year".)
    r"carr(?:y|ied|ying) (?:them|my team|the others|the rest of them|the (?:whole )?team|"
    r"the (?:back|front)[- ]end|everyone|the "
    r"(?:whole )?(?:project|department|shop|ward|store|office))(?! (?:over|forward|across)\b)",
    r"(?:don't|do not|never|didn't) (?:really )?need (?:much |any )?(?:direction|supervision|help|"
    r"guidance|hand-holding|training|managing|to be managed)",
    # (Not access: "a deadline nobody else can see" is a fact about a calendar.)
    r"(?:no one|nobody|no-one) else (?:could|can|was able|knew|understood|would|bothered)"
    r"(?! (?:see|access|open|read|reach|use|log|hear|get (?:in|to|at))\b)",
    r"(?:i was|i'm|i am) the only one (?:[\w'’]+ ){0,3}?(?:who|that) (?:can |could )?(?:actually|"
    r"really|could|knew|bothered|cared|understood)",
    r"the one who actually (?:understands|knows|gets)",
    # Outdoing others at their expense: "two other sparks had given up, and I found it".
    r"(?:embarrassing|awkward|humbling) for (?:them|him|her|the others|the rest)",
    r"(?:had|have|'d) (?:\w+ ){0,3}?given up(?: on it)?,? (?:and|but|then|so) i (?:found|fixed|"
    r"sorted|solved|cracked|spotted)",
    # Everyone else, not one group described: "the others were all too slow" ("they were just
    # slow", of new starters one had placed badly, describes them).
    r"(?:everyone|everybody|the rest of (?:the|my) team|my colleagues|others) (?:else )?"
    r"(?:was|were|are) (?:too |just |so |all )?(?:slow|lazy|behind|slower)",
    r"they (?:were|are) all (?:too |just |so )?(?:slow|lazy|behind|slower)",
    r"i(?:'m| am) (?:always|never) (?:right|wrong)",
    r"i (?:never|don't|do not|rarely) make mistakes",
    # "You'd be lucky to have me", not a complaint ("you'd be lucky if your bus had heating").
    r"(?:you'd|you would|they'd|they would|you'll|you will) be lucky to (?:have|get|find|hire|"
    r"keep) (?:me|someone like me|somebody like me)\b",
    # The disclaimer that announces the boast, a rank among the candidates, others who could
    # not keep pace, and the team to be lifted by oneself: "I don't want to sound arrogant,
    # but…", "one of the stronger paralegals you could hire", "a few of them couldn't keep up
    # with me", "I'd raise the standard of the team".
    r"(?:don't|do not) (?:want|mean) to sound (?:arrogant|big-headed|cocky|full of myself|"
    r"boastful),? but",
    r"one of the (?:stronger|strongest|best|top) [\w-]+ you(?:'ll| will| could| can| would)? "
    r"(?:hire|find|get|meet|interview|see)\b",
    r"(?:couldn't|can't|could not|cannot) keep up with me\b",
    r"(?:raise|lift|improve) the (?:standard|level|bar|game|quality) of (?:the|your) (?:whole )?"
    r"(?:team|department|practice|office|firm|ward|kitchen|shop|department)\b",
    r"one of the (?:stronger|strongest|best|top) (?:people|engineers|members|performers|\w+) "
    r"(?:on|in|at) (?:your|the|any)",
    r"i know (?:better|more) than (?:them|him|her|my|the|most|anyone)",
    r"head and shoulders above",
    # Peers ranked below, or one's pull as the fault: "not many joiners round here could've
    # done it", "I just notice things the others walk straight past", "everyone wants my
    # chair", "my clients just love me".
    r"not (?:many|a lot of|every|all) (?:[\w'’-]+ ){0,4}?(?:could|would|can)(?:'ve| have)? "
    r"(?:have )?(?:done|managed|pulled off|handled|fixed) (?:it|that|this)\b",
    r"things (?:that )?(?:the )?(?:others|other people|everyone else|the rest|most people) "
    r"(?:just )?(?:walk|go|look|drive|step) (?:straight |right )?(?:past|by|over)\b",
    r"things (?:that )?(?:the )?(?:others|other people|everyone else|the rest|most people) "
    r"(?:just )?(?:miss|don't see|don't notice|never see|never notice|overlook)\b",
    r"(?:everyone|everybody) wants (?:me|my (?:chair|table|section|round|van|shift))\b",
    r"(?:closer to|more at|up to|beneath) my level\b",
    r"(?:send|give|pass|bring|leave) me (?:all )?their (?:hard|difficult|tricky|awkward|tough|"
    r"problem) ones\b",
    r"(?:was|were|is|it's|always) obvious to me\b",
    r"(?:quick|fast|good|careful|tidy|neat) like me\b",
    r"(?:my |the )?(?:clients|customers|patients|residents|kids|guests|regulars) (?:just |all )?"
    r"(?:love|adore) me\b",
    # Peers' care written off as fuss, and one's own way proved by one's own record: "some
    # developers overcomplicate security", "I've never had an issue, so the approach clearly
    # works" (a result shown by others' checks is evidence; certainty from oneself is not).
    r"(?:some|most|a lot of|lots of|loads of|other|many) (?:[\w-]+ )?(?:people|developers|"
    r"engineers|nurses|teachers|managers|colleagues|designers|mechanics|chefs|[a-z]+ers) "
    r"(?:just |really |tend to |like to )?(?:over-?complicate|over-?think|over-?engineer)\w*",
    r"so (?:the|my|this|that) (?:approach|method|way|system) (?:clearly|obviously|evidently) "
    r"works\b",
    r"above (?:everyone|everybody|the rest)",
    r"(?:a )?(?:natural|born) genius",
    r"out ?perform(?:ed|ing)? (?:everyone|everybody|all of them|the whole)",
    r"i(?:'m| am) (?:just )?(?:a )?(?:really |very |incredibly |extremely )?(?:brilliant|gifted|"
    r"exceptional|outstanding) (?:\w+ )?(?:engineer|developer|nurse|manager|leader|teacher|"
    r"salesperson|person|professional|\w+er)",
    r"pick (?:things|it|stuff) up faster than",
    r"(?:nobody|no one|no-one) (?:[\w'’]+ ){1,5}(?:except|apart from|but|other than|besides) me",
    # Said of oneself ("I was the quickest on the line by a mile"), not of a thing one made
    # ("the new routes were faster by a long way").
    r"(?:i|i'm|i've|me|my)\b" + _NOT_ANOTHER + r"{0,60}?by (?:a mile|miles|a country mile|"
    r"a long way)",
    r"i know (?:exactly )?what i'm worth",
    r"(?:never|not once) (?:had|met|found|seen|come across) a (?:[\w-]+ ){0,2}i (?:couldn't|"
    r"can't|could not|cannot) (?:fix|solve|handle|sell|crack)",
    r"i can (?:usually |always |just )?tell (?:what it is|straight away|right away) ",
    r"(?:not|never) (?:really )?bother with (?:all )?(?:the|that)",
    # Ranking oneself above a named group of colleagues: "much faster than the other lads" (the
    # speaker, not the job's pay or hours: "the pay's a pound an hour better than the others").
    r"(?:i|i'm|i've|me|my|someone who|somebody who|the one who)\b" + _NOT_THING + r"{0,60}?"
    r"(?:faster|quicker|smarter|better|sharper|stronger|harder[- ]working) than (?:the|all the|"
    r"some of the|most of the|half the|"
    r"any of the) (?:other |rest of the )?(?:[\w'’-]+ )?(?:guys|lads|girls|people|ones|staff|"
    r"workers|colleagues|team leaders|managers|associates|seniors|partners|trainees|\w+ers)",
    r"(?:no one|nobody|no-one) else (?:there|here|on (?:the|my) team|in (?:the|my) \w+) "
    r"(?:could|can|was able|were able|is able|knew|understood)",
    r"(?:they're|they are|he's|he is|she's|she is|they were|he was|she was) (?:just )?not "
    r"(?:so|very|that|too|as) (?:smart|clever|bright|sharp|quick)",
    r"the other (?:[\w'’-]+ ){1,3}(?:could|can|would) never (?:do|manage|match|hit)",
    r"more (?:of (?:these|them|those) |\w+ )?than (?:most|all|any) (?:[\w'’-]+ ){1,4}put together",
    # Better than the very people whose work it is, and always right first time: "better than
    # whoever wrote it", "my first idea is usually the right one", "I'd be surprised if there
    # was one I couldn't find", "which three people before me had missed", "my colleagues tend
    # to give up and bring it to me".
    r"better than (?:whoever|the (?:person|people|one|ones) who|they (?:do|did|can|could))\b",
    r"my first (?:[\w-]+ ){1,2}?(?:is|was) (?:usually|always|nearly always|almost always|"
    r"generally) (?:the )?(?:right|best|correct)",
    r"(?:i'd|i would) be surprised if (?:there (?:was|were|is)|i|it)\b[^.!?]{0,40}?\bi (?:couldn't|"
    r"can't|could not|cannot|didn't)",
    r"(?:which|that) (?:\w+ )?(?:people|others|colleagues|engineers|accountants|staff|of them) "
    r"(?:before me |ahead of me )?had (?:all )?(?:missed|overlooked|failed)",
    r"(?:give|gave|giving) up and (?:bring|brought|pass|passed|hand|handed|send|sent) (?:it|them|"
    r"everything|the \w+) (?:to|over to) me",
)
