"""Sneers in everyday idiom, for `people_cues.PERSONAL_INSULT`: incompetence and idleness
said as a figure of speech ("couldn't find the lobby with a map"), people ranked below the
speaker, or below children, in passing ("not that the apprentices would know"), and digs and
sarcasm dropped into a sentence about something else ("the duty manager, if he's even awake",
"which isn't hard"). Each is a string, joined into that pattern, so they are matched as one
with the rest. Sarcasm (`SARCASM`) is a pattern of its own, read by the disparaging judgement
whoever the sentence's subject is.
"""

from __future__ import annotations

from interview_coach.analysis.cues import PEOPLE_NOUN
from interview_coach.analysis.lesson_cues import DISTRUST_LEARNED
from interview_coach.analysis.patterns import rx

# Feedback reported, not given: "he said, no offence, that my report was long".
_NOT_REPORTED = r"(?<!said )(?<!said, )(?<!says )(?<!says, )(?<!told me )(?<!told me, )"
# The words that announce a put-down.
_ANNOUNCED = r"(?:no offen[cs]e|not to be rude|not being funny)"

# Sarcasm in any trade: a word held up in scare quotes ("her \"admin.\"", "plenty of \"senior\"
# techs"; not a name or a term), a failing expected of someone ("because of course she
# did", "which is kind of her specialty", "you'd think a grown man could manage", "took his sweet
# time", "which tells you how carefully the contractor was doing it"), a word dismissed ("she
# said she was fine, for what that's worth") and a group run down ("some people here still
# cannot tell the difference", "cards for people who don't read", "the senior ones are sometimes
# worse", "not much more mature"). Matched on its own: who says it ("I've watched plenty of
# \"senior\" techs wing it") does not make it a remark about oneself.
SARCASM = rx(
    r"surprise,? surprise",
    # Others' mess cleared up as a complaint ("I was tired of cleaning up after him", "I spent
    # half my shifts tidying up after the day crew"; not a carer's "I clean up after them"), and
    # a failure everyone foresaw ("the client cancelled, which everyone saw coming").
    r"(?:tired of|sick of|fed up (?:of|with)|had to keep|always|forever|constantly|spent (?:my|"
    r"half my|all my|most of my) (?:time|days|shifts|evenings)) (?:cleaning|tidying|mopping|"
    r"sweeping) up after (?:him|her|them|everyone|everybody|other people|the others|the rest|"
    r"my (?:boss|manager|colleagues?|team)|the (?:[\w'’-]+ )?(?:crew|shift|team|lads|staff))\b",
    r"which (?:everyone|everybody|we all|anyone|the whole (?:team|site|office)) (?:saw|could "
    r"see|had seen) coming\b",
    r"(?:i'm not saying|not that i'm saying|without saying) i told (?:you|them|him|her) so",
    r"(?:he|she|they) just (?:didn't|don't|doesn't|did not|do not|does not) get it\b",
    r"(?:quite |really |very |so |pretty )?badly run\b",
    # (Only what someone does or is called: a term quoted, "the \"quiet hour\"", is no sneer.)
    r"(?:his|her|their) [\"“][a-z][a-z-]*(?: [a-z-]+){0,2}[.,!?]?[\"”](?!\w)",
    r"(?:of|the|some|our|their|these|those|all) [\"“](?:senior|expert|experts|professional|"
    r"professionals|experienced|qualified|manager|managers|boss|team|leader|leaders|help|"
    r"support)[\"”] (?:[\w'’-]+ )?(?:"
    + PEOPLE_NOUN
    + r"|techs?|technicians?|ones|types|guys|lads|staff)\b",
    r"because of course (?:he|she|they|the [\w'’-]+) (?:did|does|do|was|were|is|are|would|had|"
    r"has)\b",
    r"for what (?:that|those)(?:'s| is| are| was) worth\b",
    # Those in charge written off: "nobody up top seems to know what they're doing", "the
    # leadership over there has gotten pretty sloppy".
    r"(?:nobody|no one|no-one) (?:up top|in charge|at the top|upstairs|in management|above me)"
    r"(?: really)? (?:seems? to |seem to )?knows? what (?:they're|they are|he's|she's) doing\b",
    r"(?:leadership|management|the bosses|head office|senior management)(?: over there| there| "
    r"here)? (?:has|have|had|'s) (?:gotten|got|become|gone|been) (?:pretty |really |so |very |"
    r"a bit )?(?:sloppy|lazy|clueless|useless|chaotic|complacent|shambolic)\b",
    # A junior measured against oneself: "she found it hard to keep up with the standard the
    # rest of us were working to".
    r"(?:keep up with|meet|reach) the standards? (?:the rest of us|everyone else|we all|the rest "
    r"of the team) (?:were|are|was) (?:working|used) to\b",
    r"(?:which|that)(?:'s| is| was) (?:kind of |sort of |kinda |basically |pretty much )?(?:his|"
    r"her|their) (?:speciality|specialty|forte|party trick)\b",
    r"you'd think (?:a|an|any|most|the) (?:grown (?:wo)?man|grown-up|adult|professional|"
    + PEOPLE_NOUN
    + r") (?:could|would|should|might)\b",
    r"(?:his|her|their|your) (?:own )?sweet time\b",
    r"(?:which|that|this) tells you (?:how|what|all|everything|something)\b(?=[^.!?]{0,50}\b(?:"
    + PEOPLE_NOUN
    + r"|he|she|they)\b)",
    r"(?:some|half|most|a lot|plenty) (?:of )?(?:the )?(?:people|guys|folk|ones|lads|girls|"
    r"staff|of them|of the [\w'’-]+)(?: here| on (?:our|the|my) [\w'’-]+)? (?:still )?"
    r"(?:can't|cannot|can not|don't|won't|never|wouldn't) (?:tell|spell|follow|"
    r"be bothered|bother|listen|think)\b",
    r"for (?:people|those|folk|anyone|staff) who (?:don't|can't|cannot|won't) (?:read|think|"
    r"listen)(?=\s*[.,;!?]|\s*$)",  # not "…who can't read English", a need
    r"the (?:senior|older|younger|new|newer|old|experienced|agency|day|night) (?:ones|lot|guys|"
    r"lads|girls|staff) (?:are|were) (?:sometimes |often |usually |even |actually )?(?:worse|the "
    r"worst)\b",
    r"(?:was|is|were|are) (?:honestly |frankly |barely )?not much more (?:mature|grown-up|sensible|"
    r"competent|experienced|use)\b",
    r"(?:i(?:'ve| have) )?(?:learned|learnt) " + DISTRUST_LEARNED,
    # A whole trade written off in an aside, a colleague's work done "for her", a lapse "as
    # usual": "he didn't understand cost planning, engineers rarely do", "she hadn't read the
    # file properly, as usual, so I ended up doing her job for her".
    r"(?:didn't|doesn't|don't|did not|does not) (?:really )?(?:understand|know|get)\b[^.!?]{0,60}?"
    r"[—–,-]+ ?[a-z]+s (?:rarely|seldom|hardly ever|never|usually don't) do\b",
    r"(?:doing|do|did|done) (?:his|her|their) (?:job|work) for (?:him|her|them)\b",
    r"(?:he|she|they|(?:the|my|our) [\w'’-]+) (?:[\w'’-]+ ){0,2}?(?:hadn't|had not|didn't|did "
    r"not|never|forgot|wasn't|weren't)\b[^.!?]{0,40}?,? (?:as usual|like usual|as always|as per "
    r"usual|per usual)\b",
)

IDIOM_SNEERS = (
    # Idle and ignorant in plain words, and a second person tarred the same: "they don't
    # understand the chemistry, they just want to drink tea", "and the manager is not much
    # better".
    # (Not "they just want to go home" or "to chat", said kindly of patients or customers.)
    r"(?:they|he|she|them) (?:just|only) wants? to (?:drink tea|sit (?:around|about|there)|"
    r"gossip|do nothing|have a brew|clock off|get paid)\b",
    r"(?:they|he|she) (?:don't|doesn't|didn't|do not|does not) (?:even )?(?:understand|know|get) "
    r"(?:the )?(?:chemistry|basics|science|first thing about|difference between)\b",
    r"(?:manager|boss|supervisor|rest of them|others|office|management|owner|foreman) (?:is|was|"
    r"are|were)(?:n't| not) (?:much|any|a lot) better\b",
    # Others as unable, careless or a nuisance to deal with: "the editor before me didn't even
    # know how to use it", "some of them clearly prescribe on autopilot", "receptionists, who
    # treat a pharmacist's call like a nuisance", "who doesn't change their filter in a Phoenix
    # summer?".
    r"(?:they|he|she|(?:the|my|our|their) (?:[\w'’-]+ ){0,3}?[\w'’-]+) (?:didn't|did not|doesn't|"
    r"does not|don't|do not) even know how to\b",
    r"(?:they|he|she|(?:some|half|most|many) of them) (?:[\w'’-]+ ){0,2}?on autopilot\b",
    r"treats? (?:[\w'’-]+ ){1,3}?like (?:a |an )?(?:nuisance|inconvenience|bother|annoyance|"
    r"pest)\b",
    r"who (?:doesn't|does not|don't|can't|cannot) (?:even )?(?:change|check|read|clean|lock|label|"
    r"wash|follow|know how to) (?:[\w'’-]+ ){0,6}?[\w'’-]+(?=\?)",
    # Beyond others, and kit left idle by them: "not exactly rocket science, but apparently
    # beyond some people", "which the older staff treated as a very expensive coat stand",
    # "half the staff just click 'first fit' and go for lunch".
    r"(?:apparently |clearly |obviously |evidently )?(?:beyond|too (?:much|hard|difficult) for) "
    r"(?:some|certain|half|most|a few|one or two) (?:people|folk|of (?:them|us|the \w+)|"
    r"colleagues|staff)\b",
    r"(?:treated|used|uses|treat|use) (?:it |them )?as (?:an? )?(?:very |really |rather )?"
    r"(?:expensive )?(?:coat ?stand|paperweight|doorstop|ornament)s?\b",
    r"(?:half|most) (?:of )?(?:the|them|our|these|those) (?:[\w'’-]+ )?(?:just )?(?:[\w'’-]+ )"
    r"{1,5}?and (?:go|went|wander off|disappear|disappeared) (?:for|to|off to) (?:lunch|a brew|a "
    r"smoke|a fag|the pub|the canteen|tea)\b",
    # Incompetence and idleness in everyday idiom: "couldn't find the lobby with a map", "who
    # could barely read a wall section", "too lazy to answer a phone", "whatever genius
    # installed it", "who think they know more than you", "explain it like for a child",
    # "design like it's 1995", "who have never sat on a boda in their lives".
    r"(?<!\bi )(?<!\bwe )(?:couldn't|could not|can't|cannot|wouldn't) find (?:[\w'’-]+ ){1,3}?"
    r"with a (?:map|torch|compass|sat ?nav|search party)",
    r"(?:who|he|she|they|them|the rest|the others)(?: [\w'’-]+){0,4}? (?:could|can) (?:barely|"
    r"hardly) (?:read|write|"
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
    r"which is more than (?:(?:most|half|many|some|a lot) of )?(?:the |my |our |his |her |their |"
    r"most )?(?:[\w'’-]+ )?(?:"
    + PEOPLE_NOUN
    + r"|foreman|foremen)(?: there| here| then)? (?:can|could) say\b",
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
    r"(?:but|though|although) (?:he|she|they)(?: was| were|'re|'s| are| is) (?:very |so |really "
    r"|too |painfully |a bit |quite )?slow\b(?! to| at| in| on| "
    r"from| getting)",
    r"(?:they|he|she|(?:the|my|our|their) (?:[\w'’-]+ ){0,3}?[\w'’-]+) (?:didn't|did not|doesn't|"
    r"does not|don't|do not) even know how to\b",
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
    # Sarcasm in passing, a stereotype and malingering implied: "the duty manager, if he is
    # awake", "if she's not in one of her long meetings", "so even they understand", "you know
    # how this kind of father is", "some people are sick every time there's football on",
    # "not like some managers sitting in the office with coffee", "a spreadsheet drone".
    r"if (?:he|she|they)(?:'s| is|'re| are)? (?:even )?(?:awake|sober|conscious|paying "
    r"attention)\b",
    r"if (?:he|she|they) (?:can|could) (?:be bothered|be arsed|find the time)\b",
    r"if (?:he|she|they)(?:'s| is|'re| are) not (?:in |at |on )?(?:one of )?(?:his|her|their) "
    r"(?:long |endless |usual |many |famous )?(?:meetings|lunches|breaks|naps|coffee breaks|"
    r"days off|holidays|golf days)\b",
    r"so (?:that )?even (?:they|he|she|them|the (?:[\w'’-]+ )?(?:team|shift|managers?|boss|"
    r"lot|crew)) (?:can |could |would |will )?(?:understand|follow|get it|manage|cope)\b",
    r"you know (?:how|what) (?:this|that|these|those) (?:kind|sort|type) of (?:[\w'’-]+ ){1,2}?"
    r"(?:is|are|can be|get)\b",
    r"you know (?:how|what) (?:they|these|those) (?:[\w'’-]+ )?(?:are|get) like\b",
    r"(?:sick|ill|off sick|calls? in sick|called in sick) (?:every time|whenever|funnily enough "
    r"when|conveniently when) (?:there's|there is|there are|it's|the)\b",
    r"not like (?:some|other|most|the other|a lot of) (?:[\w'’-]+ )?(?:managers|supervisors|"
    r"bosses|colleagues|people|staff|leads)(?: who)? (?:just )?(?:sitting|sit|sat|hiding|hide|"
    r"drinking|chatting)\b",
    r"(?:spreadsheet|corporate|office|cubicle|pen-pushing|desk) (?:drones?|monkeys?|zombies?)",
    # Moaning, pretence and not trying put on others, and sarcasm at their expense: "ringing
    # up moaning about nothing", "babysitting grown adults", "those ones wey dey find any excuse
    # to…", "that one wey no sabi HS code from bus ticket", "half of them are trying it on",
    # "watch them backpedal", "hadn't been on a site in twenty years", "which isn't hard",
    # "they don't know nothing about eyes", "they don't even look at the scan", "not that
    # they've ever been known to hurry", "deserve a bit of a scare".
    r"(?:moan|moaning|whinge|whingeing|whinging|complain|complaining) about nothing\b",
    r"babysit(?:ting|s)? (?:grown|adult|grown-up)",
    r"(?:find|finds|found|finding) any excuse to\b",
    r"(?:no sabi|wouldn't know|doesn't know|don't know|couldn't tell|can't tell) (?:a |an |the )?"
    r"[\w'’-]+(?: [\w'’-]+)? from (?:a |an |the )?[\w'’-]+",
    r"(?:are|is|were|was|they're|he's|she's) (?:just |only )?trying it on\b",
    r"watch (?:them|him|her) (?:backpedal|squirm|wriggle|scramble)",
    r"(?:hadn't|hasn't|haven't|hadnt|hasnt|havent|had not|has not) (?:been on|set foot (?:on|in)|"
    r"worked (?:on|in)|touched) (?:a|an|the) [\w'’-]+ in (?:[\w-]+ )?(?:years|decades|a decade)",
    r"which (?:isn't|isnt|wasn't|wasnt|is not|was not) (?:hard|difficult|saying much|a high bar)",
    r"(?:they|he|she|who|the [\w'’-]+) (?:don't|doesn't|dont|doesnt) know (?:nothing|a thing|the "
    r"first thing) about\b",
    r"(?:they|he|she|who|the [\w'’-]+) (?:don't|doesn't|never|dont|doesnt) even (?:look|read|"
    r"check|listen|try|"
    r"bother|open)\b",
    r"not that (?:they|he|she)(?:'ve| have|'s| has|'d| had) ever been known to\b",
    r"deserve(?:s|d)? (?:a (?:bit of a |good )?)?(?:scare|kick|slap|fright|lesson)\b",
    r"(?:he|she|they|who|the [\w'’-]+) (?:was|were|is|are) (?:more|far more|much more) "
    r"interested in (?:his|"
    r"her|their) (?:[\w'’-]+ ){1,2}?than\b",
    # Faint praise, a type exclaimed, backhanded credit, words dismissed, quitting and showing
    # off put on others: "the previous fundraiser, to be kind to her, had never…", "typical
    # copper, honestly", "for once, she actually had…", "'flat', whatever that meant", "some
    # people just fold the second it gets hard", "she obviously couldn't figure that out",
    # "not that most of them know more than I do", "zero self-control", "the sort who swirls
    # for a full minute to show off".
    # (Set off as an aside: "I wanted to be kind to her, so I rang" is kindness.)
    r"(?<=, )to be kind (?:to|about) (?:him|her|them|the [\w'’-]+)\b",
    r"(?<!a )(?<!the )(?<!our )(?<!my )(?<!your )(?<!their )\btypical (?:"
    + PEOPLE_NOUN
    + r"|copper|cop|plumber|builder|sparky|lawyer|bureaucrat|jobsworth|teenager)(?=[,.;!]| "
    r"honestly| really| innit| eh)",
    r"for once,? (?:he|she|they|the [\w'’-]+) (?:actually|had|was|were|did|got|knew|listened)\b",
    r"(?:whatever|whoever) that (?:meant|means|was supposed to mean)\b",
    r"some people just (?:fold|give up|quit|moan|crumble|cave|can't hack it)\b",
    r"(?:obviously|clearly) (?:couldn't|could not|can't|didn't|did not) (?:figure|work|sort) "
    r"(?:that|it|this) out",
    r"not that (?:most|any|many|half) of them (?:know|knows|knew) (?:more|better|anything)\b",
    r"(?:zero|no) self-control",
    r"the (?:sort|kind|type) who [^.!?;]{0,60}?to show off\b",
    # A group written off in an aside, and doubt dressed as a condition: "let's be honest, some
    # of them just love a good moan", "unlike half my team", "unlike some of the newer nurses,
    # who seem to think…", "that's usually what it takes with this kind of client", "assuming
    # the driver can actually work the radio, which is a big if", "not that he'd know a resin
    # anchor if it hit him", "good luck getting one before nine, that lot don't rush", "once
    # they've worked out where the road is", "the first useful thing he'd done all week",
    # "half these shop owners think…", "making a big drama", "very patient also, for once".
    r"let's be honest,? (?:some|half|most|a lot|many) of (?:them|the [\w'’-]+|these|those)\b",
    r"let's be honest,? (?:the |these |those |most )?(?:[\w'’-]+ )?(?:people|customers|clients|"
    r"callers|patients|tenants|students|parents|drivers|guests)\b",
    r"(?:love|loves|like|likes|enjoy|enjoys) a good (?:moan|whinge|grumble|complain|rant)\b",
    r"\bunlike (?:(?:some|most|half|many|a lot|the rest)(?: of)? )?(?:my|our|the) (?:[\w'’-]+ )?"
    + PEOPLE_NOUN
    + r"\b",
    r"(?:who|they) (?:seem|seems) to think\b",
    r"with (?:this|that|these|those) (?:kind|sort|type) of (?:[\w'’-]+ )?(?:client|customer|"
    r"patient|person|people|driver|tenant|caller|guest|parent|student)s?\b",
    r"(?:assuming|if|provided|as long as) (?:the |our |my |a )?(?:[\w'’-]+ ){0,2}?(?:can|could|"
    r"will|would|does|did) actually (?:work|use|read|do|find|turn up|answer|remember|be bothered|"
    r"listen)\b",
    r"(?:is|was|'s) (?:a )?big if\b",
    r"not that (?:he|she|they)(?:'d| would) know (?:[\w'’-]+ ){1,4}?if (?:it|one|they) (?:hit|"
    r"bit|slapped)\b",
    r"good luck (?:getting|finding|trying to get) (?:one|them|him|her|anyone|anything)\b",
    r"\b(?:that|those) lot (?:don't|do not|never|can't|won't|wouldn't)\b",
    r"once (?:they|he|she)(?:'ve| have|'s| has) (?:worked out|figured out|found out|remembered) "
    r"(?:where|how|what)\b",
    r"(?:first|only) (?:useful|decent|sensible|helpful) thing (?:he|she|they|the [\w'’-]+(?: "
    r"[\w'’-]+)?)(?:'d| had|'s| has|'ve| have)? (?:done|said)\b",
    r"half (?:of )?(?:these|those|the) (?:[\w'’-]+ ){0,2}?(?:people|customers|clients|owners|"
    r"managers|drivers|staff|students|parents|users|tenants|patients) (?:think|thinks|reckon|"
    r"believe)\b",
    r"(?:making|made|makes) (?:a )?(?:big |huge |such a |a big )?drama\b",
    r"(?:patient|helpful|useful|on time|nice|polite|quick|calm)(?:,? also)?,? for once\b",
    r"(?:run|managed|staffed|led) by (?:people|idiots|amateurs|clowns|cowboys) who\b",
    r"with a lot of opinions\b",
    r"somewhere (?:that's|that is|which is|that's) actually (?:professional|organised|organized|"
    r"serious|run properly)\b",
    r"nobody (?:dey|is|was) serious\b",
    r"(?:dem|they) no sabi (?:anything|nothing)\b",
    # Favours and meanness put on a boss, kit patched up by an employer, and others set above
    # the rules or baffled by the simplest tool: "my boss, who'd rather hire his nephews", "the
    # principal so cheap he does count the cotton rolls", "half the fleet held together with
    # gaffer tape", "the guys who think they're too cool for rules", "some still think a
    # smartphone is witchcraft", "unlike some of the cowboys round here", "a company with more
    # professional people", "my manager he know nothing about machine".
    r"(?:boss|manager|owner|director|supervisor|foreman|management|gaffer)s?,? who(?:'d| would) "
    r"rather\b",
    # (Not "so tight they" of a deadline, nor "does that mean they".)
    r"(?:so|that|too) (?:cheap|stingy|tight-fisted|lazy|clueless|useless) (?:that )?"
    r"(?:he|she|they)\b",
    r"(?:being |was |were |is |are |all )held together (?:with|by) (?:gaffer tape|duct tape|"
    r"sticky tape|tape|string|cable ties|hope|prayers?)\b",
    r"(?<!\bi )(?<!\bwe )thinks? (?:they're|he's|she's|they are|he is|she is) (?:too (?:cool|good|"
    r"important|clever|senior|grand|posh) for|above (?:the )?(?:rules|procedures?|paperwork|"
    r"checks|it))\b",
    r"(?<!\bi )(?<!\bwe )(?:think|thinks|thought) (?:a |an |the )?[\w'’-]+(?: [\w'’-]+)? "
    r"(?:is|was|are) "
    r"(?:witchcraft|black magic|sorcery|voodoo|some kind of magic)\b",
    r"(?:unlike|not like) (?:some of |a lot of |half (?:of )?)?(?:the |those |these )?cowboys\b",
    r"(?<=with )(?:more|some|actually|properly) professional (?:people|staff|colleagues|"
    r"management)\b",
    r"(?:manager|boss|supervisor|owner|director|management)(?: he| she)? (?:know|knows) nothing "
    r"about\b",
    # Others' incompetence presumed, a named colleague set below the speaker, a group of
    # customers typed, and habits scorned in a relative clause: "assuming anyone there actually
    # picks up the phone", "ideally not Gary, who takes a week", "not like Mr Baptiste in the
    # office, who…", "you know how some of these second wives does be", "these ladies from
    # Clifton", "some of them would complain if you delivered early", "after changing her mind
    # four times", "the sign-out log, which nobody fills in", "which the attorneys mostly
    # ignore", "a black hole where files go to die".
    r"assuming (?:anyone|anybody|someone|somebody|they|he|she|the [\w'’-]+)(?: [\w'’-]+){0,2}? "
    r"(?:actually|even|ever|bothers? to|can be bothered)\b",
    # (Names are matched in lower case, as every cue is: a comma or a title marks them.)
    r"(?:ideally|preferably|hopefully|definitely|certainly) not [a-z]+, who\b",
    r"not like (?:(?:mr|mrs|ms|miss)\.? [a-z]+(?: in the [\w'’-]+)?|[a-z]+ in the [\w'’-]+),? "
    r"who\b",
    r"you know how (?:some of )?(?:these|those) (?:[\w'’-]+ ){0,2}?(?:ladies|women|men|blokes|"
    r"lads|types|wives|husbands|mums|moms|dads|customers|clients|tenants|parents|people|patients|"
    r"students|guests|drivers|callers|families)\b",
    r"you know (?:these|those) (?:[\w'’-]+ ){0,2}?(?:ladies|women|men|blokes|lads|types|wives|"
    r"customers|clients|people) from\b",
    # (A complaint about something good; not "most of the residents would complain about the
    # smell", a reason.)
    r"would (?:complain|moan|whinge|grumble|find fault) (?:even )?if (?:you|we) (?:[\w'’-]+ ){0,3}?"
    r"(?:early|for free|on time|a discount|gold|a medal|a refund)\b",
    r"chang(?:ing|ed|es) (?:her|his|their) minds? (?:[\w'’-]+ )?times\b",
    r"which (?:nobody|no one|no-one|none of them) (?:ever |actually |really |even )?(?:fills|"
    r"reads|follows|uses|checks|bothers|looks at|signs)\b",
    r"which (?:the |our |my )?[\w'’-]+(?: [\w'’-]+)? (?:mostly|always|usually|all|just|happily) "
    r"ignore\b",
    r"where (?:[\w'’-]+ ){1,2}?go(?:es)? to die\b",
    # Skill doubted and a group typed in asides: "a very experienced piercer, or at least he
    # thinks so", "from those clowns", "you know what delivery riders are like", "apparently
    # reading is optional", "knowing that crew", "half of these callers just want someone to
    # shout at", "could just about be trusted with a ticket", "answered like I'd asked him to
    # donate a kidney", "not very good with technology, let's say", "when the studio remembers
    # to order them", "those people say anything to finish the call".
    r"or at least (?:he|she|they) thinks? so\b",
    r"(?:those|these) clowns\b",  # (not "the clowns" an events team books)
    r"you know what (?:[\w'’-]+ ){1,3}?(?:are|is) like\b",
    r"apparently (?:[\w'’-]+ ){1,2}?(?:is|are) optional\b",
    r"knowing (?:that|those|this|them|him|her) (?:crew|lot|lads|team|guys|drivers|bunch)\b",
    r"half (?:of )?(?:these|those|the) (?:[\w'’-]+ ){0,2}?(?:people|customers|clients|callers|"
    r"residents|patients|tenants|parents|users) (?:just )?want\b",
    r"could (?:just about|barely|hardly|only just) be trusted (?:with|to)\b",
    r"like i(?:'d| had) asked (?:him|her|them) to\b",
    r"not (?:very |exactly |the most )?(?:good|great|quick|bright|clever) (?:with|at) "
    r"(?:[\w'’-]+,? ){1,2}?let's say\b",
    r"when (?:the|my|our) (?:[\w'’-]+ )?(?:studio|office|shop|company|management|manager|boss|"
    r"owner|agency|depot|council) (?:remembers|bothers|manages|gets round) to\b",
    r"(?:those|these) people (?:will )?say anything\b",
    # Ignorance and idleness pinned on someone in an aside: "built by someone who's never
    # changed a tyre", "my manager, who'd have let it run forever", "he does nothing himself",
    # "it's about the only tip he's got", "who'd spent two hours sighing at me", "once she'd
    # stopped hovering over my shoulder", "once he'd finished his sarnie", "managers think an
    # elevator is a fancy box on a string", a reason in scare quotes ("got 'sick' on Friday").
    # (Made or run by them, not "people who've never been in a gym before", newcomers.)
    r"(?:by|from) (?:someone|somebody|people|a man|a woman|a guy|a bloke|folk) "
    r"who(?:'s|'ve| has| have) never (?:even )?(?:done|been|seen|used|worked|changed|driven|held|"
    r"set foot|fitted|touched|met|run|picked up)\b",
    r"who(?:'d| would)(?: have|'ve)? (?:let|left) (?:it|them|things|that) (?:[\w'’-]+ ){0,2}?"
    r"(?:forever|for ever|for years|indefinitely)\b",
    r"(?:does|do|did) (?:absolutely )?nothing (?:himself|herself|themselves|all day)\b",
    r"the only (?:tip|idea|trick|advice|thing) (?:he|she|they)(?:'s| has|'ve| have)(?: ever)? "
    r"(?:got|had|given)\b",
    r"(?:sighing|tutting|huffing|eye-rolling) (?:at|over) (?:me|us)\b",
    r"hovering over (?:my|our|everyone's|people's) shoulders?\b",
    r"once (?:he|she|they)(?:'d| had) finished (?:his|her|their) (?:sarnie|sandwich|lunch|tea|"
    r"coffee|brew|fag|cigarette|crossword|breakfast|phone call|nap)\b",
    r"(?:think|thinks|treat|treats|see|sees)(?: [\w'’-]+){0,5}? (?:as|is|'s) (?:just )?a "
    r"(?:fancy|glorified)\b",
    # A delay sighed at as usual ("took ages to answer, as per"; not "as per the manual"), and
    # effort doubted ("if he's actually bothered getting it re-torqued").
    r"\bas per(?: usual| normal)?(?=[,.;!?]|$)",
    r"(?:he|she|they)(?:'s|'ve| has| have) (?:actually|even) bothered\b",
    r"(?:got|was|were|went|called in|phoned in|rang in) ['‘\"“](?:sick|ill|busy|poorly|stuck)"
    r"(?=['’\"”])",
    # Others' word or work called make-believe, their reading or spelling mocked, rivals
    # dismissed, a type named and sarcasm about a choice: "their estimates are fiction", "some
    # of our VPs don't read past the first paragraph", "a manager who couldn't spell
    # 'induction'", "the rest are glorified lash bars", "you know this type", "these ladies
    # always pick and then blame us", "what the college sends you these days".
    r"(?:their|his|her|the) (?:[\w'’-]+ )?(?:estimates?|promises?|deadlines?|timelines?|forecasts?"
    r"|figures|plans?)(?:'re| are| is| were| was) (?:pure |basically |mostly |usually |always )?"
    r"(?:fiction|fantasy|a joke|made up(?! of)|wishful thinking)\b",
    r"(?:don't|doesn't|never|can't|won't) (?:read|get|look) past the first (?:paragraph|line|page|"
    r"sentence|slide|email)\b",
    r"(?:manager|boss|supervisor|director|owner|foreman|someone|somebody|bloke|guy|man|woman) "
    r"(?:who|that) (?:couldn't|can't|could not|cannot|can not) (?:even )?(?:spell|organi[sz]e)\b",
    # …or a trade's basics beyond them: "contractors who couldn't read a contour line" (not a
    # need: "patients who can't read English").
    r"(?:who|that) (?:couldn't|can't|could not|cannot|can not) (?:even )?read (?:a|the) (?:contour|"
    r"map|plan|drawing|schematic|wiring diagram|tape|gauge|spec|spirit level|clock)\b",
    r"(?:the rest|the others|they|those|most of them|all of them)(?:'re| are| were| is)(?: just|"
    r" basically| all| nothing but| mostly)? (?:glorified|fancy)\b",
    r"you know (?:this|that|the) type\b(?! of\b)",
    r"(?:these|those) (?:[\w'’-]+ )?(?:ladies|women|men|guys|lads|types|customers|clients|"
    r"owners|kids|youngsters|managers|bosses|patients|tenants|parents|students|drivers) "
    r"(?:always|never) (?:[\w'’-]+ ){0,4}?(?:and )?"
    r"(?:then )?blame\b",
    r"(?:what|who) (?:the )?[\w'’-]+ (?:sends?|turns? out|churns? out|gives?|hires?) (?:you |us )?"
    r"these days\b",
    # Others' work redone as a habit, a rival put below, a tool someone thinks is ornament: "I
    # always have to redo his wheels", "not like the shop down the road, they…", "he think
    # tension meter is for decoration".
    r"i (?:always |usually |often |still )?(?:have to|end up having to|gotta|got to) (?:redo|"
    r"re-?check|fix|clean up|sort out|tidy up|go over) (?:all )?(?:his|her|their) \w+",
    r"not like (?:the|those|some|that) (?:[\w'’-]+ ){0,3}?(?:shop|firm|company|place|garage|"
    r"practice|clinic|branch|store|crew|team|"
    r"salon|outfit|crowd|lot|guys|people)(?: [\w'’-]+){0,3}?,? (?:they|who)\b",
    r"(?:think|thinks|thought) (?:the |a |an |his |her |their )?[\w'’ -]{1,25}? (?:is|are|was|"
    r"were) (?:just |only )?(?:for decoration|decoration|for show)\b",
)

# Faint praise turned into a put-down: "my ward manager's lovely but she's not really one for
# developing people", "a nice man but not one for a difficult conversation", "lovely guy an
# that, but he'd no a clue how tae run a rota". The praise makes it polite, not kind.
FAINT_PRAISE = rx(
    r"(?:lovely|nice|great|good|decent|sound|bright|kind|friendly|pleasant|smart|clever|sweet)"
    r"(?: (?:guy|man|woman|lady|bloke|lad|person|fella|fellow|enough))?(?: an(?:d)? (?:that|all|"
    r"everything))?,? but (?:(?:he|she|they)(?:'s|'d| is| was| had| has| were| are|'re)? )?"
    r"(?:[\w'’-]+ ){0,2}?(?:not (?:really |exactly |the most |much of |ever )?(?:one for|great "
    r"at|good at|organised|organized|interested in|a (?:people|details?|numbers|team) person)|"
    r"no(?: a)? clue|not a clue|hadn't a clue|no idea|clueless|hopeless|useless|out of (?:his|"
    r"her|their) depth|(?:still |quite |very |really |a bit |pretty )*(?:new|green|"
    r"inexperienced)\b)",
    # The lowest rank given: "one of the least competent people I've ever worked with".
    r"the (?:least (?:competent|capable|professional|organised|organized|reliable|helpful|able)"
    r"|most (?:incompetent|useless|disorganised|disorganized|unprofessional|clueless|lazy)|"
    r"worst) (?:[\w'’-]+ ){0,2}?(?:people|person|managers?|bosses?|colleagues?|clients?|"
    r"customers?|supervisors?|staff|teams?|men|women|guys|firms?|companies|agency|agencies) "
    r"(?:i(?:'ve| have)?|i'd|we(?:'ve| have)) (?:ever )?(?:worked (?:with|for|under)|met|had|"
    r"come across|dealt with)\b",
    # A nationality written off: "the english guys in the team they don't work hard".
    r"(?:english|british|scottish|welsh|irish|polish|romanian|bulgarian|lithuanian|indian|"
    r"pakistani|nigerian|chinese|filipino|brazilian|portuguese|spanish|italian|french|german|"
    r"american|eastern european|foreign|local) (?:guys|lads|people|workers|staff|ones|girls|"
    r"women|men|drivers|builders|nurses|cleaners)\b[^.!?]{0,30}?\b(?:don't|do not|doesn't|"
    r"never|won't) (?:\w+ )?(?:work hard|graft|try|care|bother|pull their weight|turn up)\b",
)
