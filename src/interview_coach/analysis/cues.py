"""Phrase patterns behind the judgements (matched case-insensitively on the transcript).

Written from what hiring managers and coaches name as red flags and good signs (sources in
docs/scoring.md), not from any one set of answers. Each pattern is a plain regular
expression so that a finding can always be quoted back to the user.
"""

from __future__ import annotations

import re


def rx(*parts: str) -> re.Pattern[str]:
    """One case-insensitive pattern from alternatives, bounded at word edges."""
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


# People and organisations an answer may talk about (singular or plural).
PEOPLE_NOUN = (
    r"(?:manager|boss|supervisor|lead|director|colleague|co-?worker|teammate|team|staff|"
    r"management|leadership|company|employer|firm|client|customer|vendor|supplier|"
    r"contractor|developer|engineer|department|head office|organi[sz]ation|business|"
    r"people|everyone|everybody|partner|agency|nurse|doctor|teacher|chef|crew|recruiter|hr|"
    r"owner|head|council|school|hospital|ward|store|office|site|user|patient|parent|guest|"
    r"student|tenant|member|person|isp|provider|place|workplace|shop|crew|night crew|"
    r"day crew|tutor|trainer|contractor|landlord|council|dude|guy|bloke|lad|fella|woman|man|"
    r"girl|boy|folk|lot)s?"
)
# With pronouns: only where the words around them already point at people.
PEOPLE = r"(?:" + PEOPLE_NOUN + r"|they|he|she|them|him|her|you're|you are|you)"
_OTHERS = r"(?:the|my|our|his|her|their|that|those|this|these)"
_NEG_ACT = (
    r"(?:hadn't|had not|didn't|did not|never|failed to|wouldn't|would not|couldn't|could not|"
    r"refused to|forgot|ignored|messed|screwed|dropped the ball|missed|kept (?:changing|missing|"
    r"moving)|changed their minds?|let (?:me|us) down|wasn't|weren't)"
)

# ---------------------------------------------------------------- ownership and blame
# Saying the fault lies elsewhere, in so many words.
FAULT = rx(
    r"(?:it|that|this|which|none of (?:it|this|that))(?: really| honestly| actually)? "
    r"(?:wasn't|was not|isn't|is not|weren't|wasn't really) (?:really |actually |exactly )?"
    r"(?:my|our) (?:fault|doing|mistake|call|responsibility)",
    r"not (?:my|our) (?:fault|problem|mistake|responsibility)",
    r"(?:their|his|her) fault",
    r"the \w+(?: \w+)?(?:'s|s'|’s) fault",
    r"(?:that|this)(?: part)?(?:'s| is| was) on (?:them|him|her)",
    r"(?:was|is) (?:all |entirely |totally |completely |really )?down to "
    r"(?:them|him|her|their|his)",
    r"(?<!don't )(?<!didn't )(?<!not )(?:i )?blame[ds]? (?:the|them|him|her|my|our|it on)",
    r"(?:nothing|not much|very little|little) (?:i|anyone|we) could (?:have )?do(?:ne)?",
    r"(?:out of|beyond) (?:my|our) (?:hands|control)",
    r"my hands were tied",
    r"set (?:me|us) up to fail",
    r"thr[eo]wn? (?:me|us) under the bus",
    r"left (?:me|us) (?:holding the baby|in the lurch|high and dry|to clean up)",
    r"(?:nobody|no one|no-one)(?: ever)? (?:told|warned|showed|trained|helped|bothered to tell|"
    r"gave|informed) (?:me|us)",
    r"if (?:only )?(?:they|he|she|my (?:manager|boss|team|colleagues?|lead)|the (?:client|"
    r"customer|manager|team|developers?|supplier|vendor)s?) (?:had|would have|'d)(?: just| "
    r"only| actually)? (?:listened|done|read|told|checked|given|followed|bothered)",
)
# Putting the cause on others ("because the client's team hadn't read it").
CAUSE_ON_OTHERS = re.compile(
    r"\b(?:because|since|cause|due to the fact that|(?:started|began|happened|came) when|"
    r"(?:was )?caused by)(?: of)? (?:" + _OTHERS + r" )?"
    r"(?:[\w'’-]+ ){0,3}?" + PEOPLE_NOUN + r"(?:'s|’s|s')? (?:[\w'’-]+ ){0,4}?" + _NEG_ACT + r"\b"
    r"|\b(?:mainly|mostly|entirely|all|only|purely) because of (?:them|him|her|"
    + _OTHERS
    + r" (?:[\w'’-]+ ){0,2}?"
    + PEOPLE
    + r")\b",
    re.IGNORECASE,
)
# Reported speech: "she said I should have…" is someone else's view, not the speaker's.
REPORTED = re.compile(
    r"\b(?:said|says|told me|tells me|telling me|asked|asks|thinks|thought|reckons?)"
    r"(?: that)?\s*$",
    re.IGNORECASE,
)
# Saying one's own part.
OWN_PART = rx(
    r"(?:that|this|it)(?: part| one)?(?:'s| is| was) on me",
    r"my (?:fault|mistake|error|responsibility|part in|bad|own doing)",
    r"i (?:should|could) have",
    r"i (?:should|could)'ve",
    r"i take (?:full )?(?:responsibility|ownership)",
    r"i own(?:ed)? (?:it|that|the|my)",
    r"i (?:missed|misjudged|misread|underestimated|overlooked|overpromised|assumed)",
    r"i got (?:[\w'-]+ ){0,3}wrong",
    r"i (?:didn't|did not|hadn't|had not) (?:check|ask|flag|test|plan|escalate|push|"
    r"double-check|read|raise|speak up|prepare|follow up)\w*",
    r"(?:the )?(?:mistake|error|fault) was (?:mine|my own)",
    r"i was (?:partly |partially |largely )?(?:to blame|responsible for (?:the|that|this) "
    r"(?:mistake|delay|error|problem))",
    r"i (?:made|caused) (?:a|the|that) (?:mistake|error|wrong call|bad call|problem)",
    r"i dropped the ball",
    r"i messed up",
)

# ---------------------------------------------------------------- running people down
_INSULT = (
    r"(?:incompetent|clueless|useless|lazy|idiots?|idiotic|stupid|morons?|moronic|hopeless|"
    r"pathetic|inept|spineless|two-faced|backstabb\w*|toxic|deadweight|dead weight|amateurs?|"
    r"amateurish|a joke|a shambles|a circus|a mess|unprofessional|sloppy|arrogant|rude|"
    r"micromanag\w*|control freak|bull(?:y|ies|ying)|dinosaurs?|dumb|a nightmare|"
    r"terrible|awful|horrible|appalling|dreadful|lousy|rubbish|the worst|bad|poor|weak|"
    r"disorgani[sz]ed|chaotic|political|clueless|slow|unreliable|a circus|a zoo|a madhouse)"
)
# An insult next to a person or organisation, either way round.
INSULT_NEAR_PEOPLE = re.compile(
    r"\b" + _INSULT + r"\s+(?:[\w'’-]+\s+){0,2}?" + PEOPLE_NOUN + r"\b"
    r"|\b" + PEOPLE + r"(?:'s|’s)?\s+(?:(?:was|were|is|are|seemed|being|got|had been|has been)\s+)"
    r"(?:(?:so|just|completely|totally|really|absolutely|frankly|honestly|pretty|very|a bit|"
    r"kind of|quite)\s+)*" + _INSULT + r"\b",
    re.IGNORECASE,
)
# Insults that are about people whatever the noun.
PERSONAL_INSULT = rx(
    r"incompetent",
    r"clueless",
    r"idiots?",
    r"morons?",
    r"(?:couldn't|could not|can't) organi[sz]e a",
    r"(?:had|have|has) no (?:idea|clue) what (?:they|he|she) (?:were|was|are|is) doing",
    r"(?:didn't|don't|doesn't) have a clue",
    r"(?:couldn't|could not|can't) (?:be bothered|care less)",
    r"(?:stuck|living) in the (?:past|dark ages|stone age)",
    r"(?:doesn't|don't|didn't|does not|do not|did not) know what (?:he's|she's|they're|he "
    r"was|she was|they were|he is|she is|they are) doing",
    r"(?:screams|screamed|shouts|shouted|yells|yelled|swears|swore) at (?:everyone|everybody|"
    r"people|staff|us|the team|me)",
    r"(?:the|my|our|those|these|all|most) (?:[\w'’-]+ ){0,3}?\w+s (?:are|were) (?:all |just |"
    r"completely |totally |absolutely )?(?:useless|incompetent|clueless|hopeless|lazy|idiots|"
    r"a joke|rubbish|pathetic)",
    r"all (?:[\w-]+ )?and no (?:common sense|clue|brains)",
    r"(?:are|were) (?:mostly |all |just )?animals",
    r"to save (?:their|his|her|its) li(?:fe|ves)",
    r"can (?:barely|hardly) (?:[\w'’-]+ ){0,2}(?:park|read|write|count|spell|tie)",
    r"(?:can't|cannot|couldn't) (?:even )?(?:read|write|count|spell) (?:a|the|their|his|her)",
    r"badly (?:written|run|managed|organi[sz]ed|led) by",
    r"such as (?:it is|they are|they were|it was)",
    r"somebody competent",
    r"someone competent",
    r"(?:do|does|did) (?:absolutely |literally )?nothing (?:about|to|for)",
    r"(?:was|were|is|are) the (?:real |whole |main |actual )?problem",
    r"most (?:customers|people|clients|patients|parents|students|users|guests|managers|"
    r"colleagues)(?: who [\w'’]+)? (?:are|just want|only want|don't|can't)",
    r"(?:their|his|her) problem,? not mine",
    r"(?:the young ones|young people|kids these days|people these days|the new ones) "
    r"(?:\w+ )?(?:don't|can't|won't|are)",
)
# People who "never listened / didn't care".
DISMISSED_BY = re.compile(
    r"\b(?:my|the|our|their) (?:[\w'’-]+ ){0,2}?" + PEOPLE + r" (?:never|didn't|don't|"
    r"doesn't|wouldn't|couldn't|did not|do not|would not) (?:even |really |actually )?"
    r"(?:listen|care|bother|support|appreciate|value|respect|know what|understand what|"
    r"have a clue|back (?:me|us) up)\w*",
    re.IGNORECASE,
)
# "I was lazy" is honesty about oneself, not running anyone down.
SELF_SUBJECT = re.compile(r"\b(?:i|i'm|i've|myself|me)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)

# ---------------------------------------------------------------- self-presentation
HUMBLEBRAG = rx(
    r"perfectionis[tm]",
    r"(?:care|cares|caring) (?:so|too) much",
    r"too (?:eager|keen|willing|quick) to (?:help|please)",
    r"work(?:s|ing)? too (?:hard|much|many hours)",
    r"too (?:much of a )?(?:hard[- ]working|dedicated|committed|driven|passionate|"
    r"detail[- ]oriented|thorough|organi[sz]ed|honest|loyal|generous|conscientious|ambitious|"
    r"invested|nice|helpful|competitive|reliable|hard on myself)",
    r"(?:expect|demand|ask) too much (?:of|from) (?:myself|me)",
    r"(?:my|the) standards are (?:too|very|really|so) high",
    r"(?:set|hold) (?:myself|the bar|my standards) (?:to )?(?:too|very|really) high",
    r"(?:i )?(?:don't|do not) (?:really )?have (?:any |many |real )?weaknesses",
    r"i (?:just )?(?:give|put) too much",
    r"i'm too good",
    r"(?:my|the) (?:only|biggest) weakness is (?:probably )?(?:that )?i(?:'m| am)? (?:too |just )?"
    r"(?:good|great|dedicated|passionate|committed)",
)
ARROGANCE = rx(
    r"(?:i'm|i am|i was)(?: honestly| probably| easily| simply| just| clearly| by far| usually|"
    r" often| always| definitely| genuinely)? the "
    r"(?:best|smartest|strongest|most talented|most capable|most skilled)",
    r"better than (?:most|anyone|everyone|everybody|all|the rest|any|my (?:colleagues|peers|"
    r"team|teammates|coworkers|co-workers|manager|boss)|other (?:people|candidates|\w+s))",
    r"(?:faster|quicker|smarter|sharper|harder[- ]working|more capable) than (?:most|anyone|"
    r"everyone|everybody|the rest|others|other people|any|my (?:colleagues|peers|team))",
    r"carr(?:y|ied|ying) (?:the (?:whole )?team|the (?:back|front)[- ]end|everyone|the "
    r"(?:whole )?(?:project|department|shop|ward|store|office))",
    r"(?:don't|do not|never|didn't) (?:really )?need (?:much |any )?(?:direction|supervision|help|"
    r"guidance|hand-holding|training|managing|to be managed)",
    r"(?:no one|nobody|no-one) else (?:could|can|was able|knew|understood|would|bothered)",
    r"(?:i was|i'm|i am) the only one (?:[\w'’]+ ){0,3}?(?:who|that) (?:can |could )?(?:actually|"
    r"really|could|knew|bothered|cared|understood)",
    r"the one who actually (?:understands|knows|gets)",
    r"(?:everyone|everybody|the rest of (?:the|my) team|my colleagues|others|they) (?:else )?"
    r"(?:was|were|are) (?:too |just |so |all )?(?:slow|lazy|behind|slower)",
    r"i(?:'m| am) (?:always|never) (?:right|wrong)",
    r"i (?:never|don't|do not|rarely) make mistakes",
    r"(?:you'd|you would|they'd|they would|you'll|you will) be lucky",
    r"one of the (?:stronger|strongest|best|top) (?:people|engineers|members|performers|\w+) "
    r"(?:on|in|at) (?:your|the|any)",
    r"i know (?:better|more) than (?:them|him|her|my|the|most|anyone)",
    r"head and shoulders above",
    r"above (?:everyone|everybody|the rest)",
    r"(?:a )?(?:natural|born) genius",
    r"out ?perform(?:ed|ing)? (?:everyone|everybody|all of them|the whole)",
    r"i(?:'m| am) (?:just )?(?:a )?(?:really |very |incredibly |extremely )?(?:brilliant|gifted|"
    r"exceptional|outstanding) (?:\w+ )?(?:engineer|developer|nurse|manager|leader|teacher|"
    r"salesperson|person|professional|\w+er)",
    r"pick (?:things|it|stuff) up faster than",
    r"(?:nobody|no one|no-one) (?:[\w'’]+ ){1,5}(?:except|apart from|but|other than|besides) me",
    r"by (?:a mile|miles|a country mile|a long way)",
    r"i know (?:exactly )?what i'm worth",
    r"(?:never|not once) (?:had|met|found|seen|come across) a (?:[\w-]+ ){0,2}i (?:couldn't|"
    r"can't|could not|cannot) (?:fix|solve|handle|sell|crack)",
    r"i can (?:usually |always |just )?tell (?:what it is|straight away|right away) ",
    r"(?:not|never) (?:really )?bother with (?:all )?(?:the|that)",
)
# Clichés that claim a quality instead of showing it.
CLICHE = rx(
    r"hard[- ]?working",
    r"hard worker",
    r"team player",
    r"passionate",
    r"results[- ](?:driven|oriented|focused)",
    r"detail[- ]oriented",
    r"self[- ]starter",
    r"(?:fast|quick) learner",
    r"people person",
    r"go[- ]getter",
    r"(?:go|going|went) above and beyond",
    r"(?:think|thinking) outside the box",
    r"dynamic",
    r"(?:highly |self[- ])?motivated",
    r"dedicated",
    r"(?:strong|great|good) work ethic",
    r"(?:excellent|great|strong|good) (?:communication|interpersonal|organi[sz]ational|"
    r"leadership|people|problem[- ]solving|customer service) skills",
    r"(?:great|excellent|strong|good) (?:communicator|problem[- ]solver|leader|listener)",
    r"problem[- ]solver",
    r"110 ?%",
    r"give (?:it )?(?:my all|100 ?%|everything)",
    r"wear many hats",
    r"synerg\w+",
    r"proactive",
    r"can-do attitude",
    r"positive attitude",
    r"(?:very |highly |really )?driven",
    r"reliable",
    r"perfect fit",
    r"ideal candidate",
    r"work well under pressure",
    r"thrive (?:under|on) pressure",
    r"i love (?:a )?challenges?",
    r"love working with people",
    r"(?:always )?(?:willing|eager) to learn",
    r"committed",
    r"(?:a )?natural leader",
    r"best version of myself",
    r"(?:take|takes|taking) (?:real |great |a lot of )?pride in (?:my|our|everything)",
    r"known for being",
    r"(?:extremely|very|incredibly|super) (?:careful|thorough|organi[sz]ed|professional|"
    r"hard-working|friendly|punctual|conscientious)",
    r"people skills",
    r"(?:great|good) with people",
)
FIRST_PERSON = rx(r"i", r"i'm", r"i've", r"i'd", r"me", r"my", r"myself")
EXAMPLE_CUE = rx(
    r"for example",
    r"for instance",
    r"e\.g\.",
    r"when i",
    r"last (?:year|month|week|summer|spring|autumn|fall|winter|quarter)",
    r"(?:in|back in) (?:19|20)\d\d",
    r"one time",
    r"at my (?:last|previous|current|old) (?:job|role|company|school|store|hospital)",
)

# ---------------------------------------------------------------- tone
PROFANITY = rx(
    r"fuck\w*",
    r"shit\w*",
    r"bullshit",
    r"crap(?:py)?",
    r"damn(?:ed)?",
    r"goddamn",
    r"bloody",
    r"arse\w*",
    r"ass(?:hole)?s?",
    r"piss(?:ed)?(?: off)?",
    r"bastards?",
    r"bitch\w*",
    r"sucks?",
    r"sucked",
    r"screw (?:that|them|it|this)",
    r"as hell",
    r"the hell",
)
# Said once, these already set a negative tone about a job or people.
STRONG_NEGATIVITY = rx(
    r"hate[ds]? (?:it|my|the|working|that|this|every)",
    r"hating",
    r"sick (?:and tired )?of",
    r"fed up",
    r"(?:can't|couldn't|cannot) stand",
    r"had enough",
    r"soul[- ]destroying",
    r"(?:can't|cannot) wait to (?:get out|leave|be out)",
    r"i(?:'m| am| was) (?:just |so )?done with",
)
NEGATIVITY = rx(
    r"hate[ds]?",
    r"pointless",
    r"waste of (?:my |our )?time",
    r"ridiculous",
    r"miserable",
    r"soul[- ]destroying",
    r"dread(?:ed|ing)?",
    r"nightmare",
    r"boring",
    r"dead[- ]end",
    r"going nowhere",
    r"drove me (?:mad|crazy|nuts|up the wall)",
    r"(?:can't|cannot) wait to (?:get out|leave|be out)",
    r"had enough",
    r"i'm done with",
    r"unbearable",
    r"a joke",
    r"whatever,",
    r"honestly,? who cares",
    r"not my problem",
    r"not worth (?:it|the money)",
    r"underpaid",
    r"exhausting",
    r"waste of (?:an? |my |our |everyone's )?\w+",
    r"(?:don't|didn't|can't|couldn't|do not) (?:really )?see the point",
    r"insult\w*",
    r"i(?:'m| am| was) (?:just |so )?done",
    r"(?:not|never) (?:dealing|putting up) with",
    r"out of there",
    r"won't get out of bed",
    r"what a (?:joke|mess|nightmare)",
    r"lumbered with",
    r"dragged into",
    r"(?:always |just )?a (?:bit of a )?game",
    r"nobody else wants",
    r"for no extra (?:pay|money)",
    r"not like my last (?:place|job|company|employer)",
)

# ---------------------------------------------------------------- results and lessons
OUTCOME = rx(
    r"as a result",
    r"in the end",
    r"the (?:outcome|result|upshot) (?:was|is)",
    r"ended up",
    r"which meant",
    r"that meant",
    r"turned (?:it )?around",
    r"(?:stopped|disappeared|went away|settled down|calmed down|cleared up)",
    r"went (?:from|down|up)",
    r"(?:dropped|fell|rose|grew|increased|decreased|reduced|halved|doubled|tripled|saved|"
    r"improved|cut|came down|went down) (?:by|to|from)",
    r"(?:we|they|it|i|she|he) (?:finished|delivered|launched|shipped|hit|met|beat|exceeded|"
    r"reached|passed|won|kept|renewed|signed|recovered|closed|cleared)",
    r"(?:thanked|praised|promoted|recogni[sz]ed|commended)",
    r"(?:feedback|reviews?|scores?) (?:was|were|went|came back)",
    r"by the end",
    r"no (?:more|further) (?:complaints|errors|incidents|delays|falls|issues|problems)",
    r"since then",
    r"from then on",
    r"(?:has|have) (?:stayed|remained) ",
    r"(?:it|that|this) worked",
    r"(?:was|were) (?:happy|pleased|satisfied|delighted|relieved|grateful)",
    r"on time",
    r"(?:got|brought) (?:it|them|him|her|the \w+) (?:back|done|fixed|approved|signed|down)",
)
LESSON = rx(
    r"i (?:learned|learnt|learn|realised|realized|discovered|understood)",
    r"(?:taught|showed|reminded) me",
    r"(?:the |a |my |big |main |key |biggest )?lessons?",
    r"what (?:stuck|stays|stayed) with me",
    r"since then",
    r"from then on",
    r"(?:now|these days|nowadays|today) i (?:always|make sure|check|ask|start|plan|build|"
    r"keep|try|set|write|flag|book|block|use|run|do|send|double-check)",
    r"next time",
    r"looking back",
    r"in hindsight",
    r"with hindsight",
    r"if i (?:did|had|could do) (?:it|that) (?:again|over)",
    r"i(?:'d| would) do (?:it |things |that )?differently",
    r"(?:changed|change) (?:how|the way) i",
    r"i(?:'ve| have) (?:since|started|changed|learned|learnt|become|got into the habit)",
    r"i take (?:away|from)",
    r"takeaway",
    r"made me (?:realise|realize|more|better|a better)",
    r"i now",
    r"i still (?:use|do|apply)",
)

# ---------------------------------------------------------------- salary
MONEY = re.compile(
    r"[$£€]\s?\d[\d,.]*\s?(?:k|m|bn|grand|thousand)?\b"
    r"|\b\d[\d,.]*\s?(?:k|grand|thousand|dollars|pounds|euros|quid|bucks|an hour|per hour|"
    r"base|basic|in commission|commission|an hour|hourly|a week|per week|"
    r"p/?h|/hr|/hour|a year|per year|per annum|pa|a month|per month|a day|per day|an hr)\b"
    r"|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: \w+)? ?(?:thousand|k|grand)\b"
    r"|\b(?:low|mid|high|upper|lower|early|late)[- ](?:to[- ](?:low|mid|high|upper|late)[- ])?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:the )?(?:low |mid |high )?[1-9]0s\b",
    re.IGNORECASE,
)
CURRENT_PAY = rx(
    r"i (?:get|got) (?:now |currently |paid )?(?=[$£€\d]|about|around|roughly|just)",
    r"(?:i'm|i am|i was|i'm currently|currently|right now|at the moment|at present|presently|"
    r"now|today) (?:[\w'’-]+ ){0,3}?(?:on|earning|making|paid|getting|taking home|bringing in)",
    r"my (?:current|present|last|previous|existing) (?:salary|pay|rate|wage|package|base|"
    r"compensation|hourly rate)",
    r"i (?:currently |now )?(?:earn|make|get paid|take home)",
)
OFFER_LESS = rx(
    r"(?:take|accept|go|work|settle) (?:for )?(?:a (?:bit|little|lot|touch) )?(?:less|lower|"
    r"below|under|a (?:pay )?cut|a reduction)",
    r"(?:can|could|would|'d) go (?:a (?:bit|little|lot) )?lower",
    r"(?:take|accept) (?:whatever|anything)",
    r"whatever you (?:can |could )?(?:offer|think|pay|decide)",
    r"i(?:'d| would) (?:take|do|accept) anything",
    r"(?:don't|do not) need (?:much|a lot|that much|a big salary)",
    r"money (?:isn't|is not|doesn't|does not) (?:really )?(?:important|matter)",
    r"(?:below|under|less than) (?:your|the) (?:range|budget|advertised)",
    r"(?:bottom|lower end|low end|minimum) of (?:the|your) (?:range|band|scale) (?:is|would be) "
    r"(?:fine|ok|okay|plenty|enough)",
    r"happy (?:to take|with) (?:less|a cut|the minimum|anything|whatever)",
    r"even (?:for )?less",
)
NEGATED = re.compile(
    r"\b(?:wouldn't|won't|not|never|couldn't|can't|cannot|no|unwilling|rather not)\b"
    r"(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)
DEFER = rx(
    r"before (?:i|we) (?:talk|discuss|name|put|settle|agree|give|share|quote|commit)",
    r"once (?:i|we) (?:know|understand|have|learn|hear|see)",
    r"(?:understand|learn|know|hear) (?:a bit |a little )?more about (?:the|this|your) (?:role|"
    r"position|job|responsibilities|scope|package|team)",
    r"what (?:is|'s) (?:the|your) (?:budget|budgeted|range|band|salary band)",
    r"(?:share|tell me|give me) (?:the|your) (?:range|budget|band)",
    r"open to (?:discuss|discussing|talking|a conversation)",
    r"depend(?:s|ing)? on the (?:whole|full|total|overall) package",
    r"(?:the )?(?:whole|full|total) package",
    r"flexible depending",
    r"(?:happy|glad) to (?:discuss|talk about) (?:it|this|that|salary|pay)",
)
PAY_REASON = rx(
    r"based on",
    r"research\w*",
    r"market",
    r"in line with",
    r"for (?:this|a|the) (?:level|role|position|kind of role|type of role|grade)",
    r"given (?:my|the)",
    r"typical\w*",
    r"benchmark\w*",
    r"surveys?",
    r"data",
    r"going rate",
    r"similar (?:roles|positions|jobs)",
    r"comparable",
    r"(?:advertised|posted|listed) (?:range|salary|rate)",
    r"industry",
    r"my experience",
    r"the scope",
    r"years of experience",
    r"qualifications?",
    r"(?:pay )?scales?",
    r"band \w+",
    r"agenda for change",
)

# ---------------------------------------------------------------- does it answer the question?
# What an answer to each kind of question must contain, whatever its topic. Embedding
# similarity alone cannot tell a strong self-introduction (concrete work, none of the
# question's words) from a stray story, so every kind has its own signs.
ANSWERS_KIND: dict[str, re.Pattern[str]] = {
    "self_intro": rx(
        r"i(?:'ve| have) (?:\w+ed|driven|taught|run|led|done|grown|built|been|spent|worked|made)",
        r"(?:\w+ )?years? (?:ago|now|of|as|in|at|on|with)",
        r"i'm applying",
        r"i'm an?",
        r"i am an?",
        r"i work(?:ed)? (?:as|at|in|for|on|with)",
        r"i(?:'ve| have) (?:been|spent|worked|run|led|managed)",
        r"i'm currently",
        r"i am currently",
        r"currently",
        r"my background",
        r"i started (?:my|out|as|in)",
        r"i studied",
        r"i graduated",
        r"i trained",
        r"i qualified",
        r"years? (?:of experience|as|in|at)",
        r"my (?:career|role|job|current)",
        r"i (?:run|manage|lead|look after|specialise|specialize|teach|support)",
        r"before that",
        r"i moved (?:into|to)",
        r"i'm (?:now )?looking",
        r"i am looking",
        r"which is why",
        r"that's why i",
    ),
    "weakness": rx(
        r"weakness\w*",
        r"i (?:struggle|struggled)",
        r"i(?:'ve| have) struggled",
        r"i (?:tend|tended) to",
        r"i used to",
        r"not (?:very |always |that |naturally |particularly )?(?:good|great|strong|confident|"
        r"comfortable|patient|organi[sz]ed) (?:at|with|about|when)",
        r"i find (?:it )?(?:hard|difficult|tricky)",
        r"i (?:can )?(?:get|be|am|was) (?:too |a bit |quite |very )?(?:impatient|nervous|anxious|"
        r"quiet|blunt|distracted|disorgani[sz]ed|defensive|shy|slow|reluctant)",
        r"(?:an? )?area (?:i'm|i am|i've been|of) (?:working on|improving|development|improvement)",
        r"i need(?:ed)? to (?:get better|improve|work on|learn)",
        r"i(?:'ve| have) been working on",
        r"(?:i'm|i am) working on",
        r"(?:held|hold) me back",
        r"(?:feedback|told me) (?:that|was)",
        r"i avoid(?:ed)?",
        r"i'm not (?:naturally|great|good|the best)",
    ),
    "strength": rx(
        r"strengths?",
        r"i(?:'m| am) (?:good|strong|great|best|known|at my best)",
        r"i (?:can|could|always|often|usually)",
        r"(?:colleagues|manager|team|people) (?:would |often |always )?(?:say|describe|call|come)",
        r"i bring",
        r"i'm the person",
    ),
    "motivation": rx(
        r"your (?!own\b)\w+",
        r"you(?:'ve|'re| have| are| do| offer| run| use| seem| were| did)",
        r"(?:this|the) (?:role|job|position|company|organi[sz]ation|post|vacancy|opportunity)",
        r"(?:this|the) (?:team|school|hospital|store|trust|practice|firm) (?:here|you|is|has)",
        r"here",
        r"join(?:ing)? (?:you|your|the|this)",
        r"i applied",
        r"attract\w*",
        r"drawn to",
        r"excit\w*",
        r"appeal\w*",
        r"(?:a|the) (?:good |great |right |natural )?fit",
        r"why i (?:want|applied|chose)",
    ),
    "why_leaving": rx(
        r"leav\w+",
        r"left",
        r"mov(?:e|ing) on",
        r"looking for",
        r"next step",
        r"grow\w*",
        r"progress\w*",
        r"opportunit\w+",
        r"challeng\w+",
        r"develop\w*",
        r"redundan\w+",
        r"contract (?:ended|ends|ending)",
        r"relocat\w+",
        r"restructur\w+",
        r"ready for",
        r"want(?:ed)? to",
    ),
    "closing": rx(
        r"i(?:'d| would) (?:like|love) to (?:know|ask|hear|understand|learn)",
        r"i was wondering",
        r"(?:could|can) you (?:tell|share|walk|describe)",
        r"what (?:does|do|would|is|are|was)",
        r"how (?:does|do|would|is|are|will)",
        r"who (?:would|will|does)",
        r"i(?:'m| am) (?:curious|interested)",
    ),
    "technical": rx(
        r"first(?:ly)?",
        r"then",
        r"next",
        r"after that",
        r"finally",
        r"steps?",
        r"i'd",
        r"i would",
        r"i'll",
        r"i will",
        r"i (?:check|use|start|make sure|test|look|measure|run|confirm|follow)",
        r"make sure",
        r"the way i",
        r"my approach",
        r"process",
        r"method",
        r"because",
    ),
    "story": rx(
        r"when i",
        r"one time",
        r"last (?:year|month|week|summer|spring|autumn|fall|winter|quarter|term|christmas)",
        r"(?:at|in) my (?:last|previous|old|current|first|second) (?:job|role|company|team|"
        r"school|store|hospital|placement|internship|position)",
        r"there was (?:a|one|this)",
        r"i remember",
        r"(?:a|two|three|a few|several|six) (?:days|weeks|months|years) ago",
        r"back in",
        r"in (?:19|20)\d\d",
        r"i was (?:working|on|in|at|the|a|an|leading|asked|responsible)",
        r"we had",
        r"i had",
    ),
    "situational": rx(
        r"i'd",
        r"i would",
        r"i'll",
        r"i will",
        r"first(?:ly)?",
        r"my first",
        r"i (?:start|check|ask|talk|speak|make sure)",
        r"then",
    ),
}

# Tangents: the speaker notices they have wandered off.
TANGENT = rx(
    r"anyway",
    r"a (?:whole )?(?:other|different) story",
    r"long story short",
    r"where was i",
    r"on a side note",
    r"by the way",
    r"i digress",
    r"going off on a tangent",
    r"(?:sorry|anyway),? (?:that was|i'm) (?:a lot|rambling|going on)",
    r"but that's (?:another|a different) (?:thing|story|matter)",
    r"completely different world",
    r"funny story",
    r"fun fact",
    r"side note",
    r"which (?:everyone|everybody|we all) (?:jokes?|laughs?|talks?) about",
    r"but (?:that's|thats) (?:a |another )?(?:tangent|digression)",
    r"i'm getting off (?:track|topic)",
)
# General statements that talk about a topic instead of doing what was asked (a method,
# a procedure): "quality is very important", "trust is the foundation of everything".
GENERAL = rx(
    r"(?:is|are) (?:very |really |so |extremely |super |absolutely )?(?:important|key|crucial|"
    r"essential|vital|the foundation|everything|huge|paramount|critical)",
    r"i (?:always|never) (?:was|am|have been)",
    r"i(?:'m| am| was) (?:always )?(?:a )?(?:very )?(?:careful|good|hard-working|reliable) "
    r"(?:person|worker|with)",
    r"in general",
    r"generally speaking",
    r"it depends",
)
# A procedural step: what the speaker would do, or does, in order.
STEP = re.compile(
    r"\b(?:i'd|i would|i'll|i will|i wouldn't|i would not|we'd|we would|i'd then)\s+(?!be\b|"
    r"have\b|think\b|feel\b|say\b|like\b|love\b|want\b|hope\b|imagine\b|guess\b|probably\b|"
    r"really\b|just\b|need\b|expect\b|prefer\b)[a-z]+"
    r"|\b(?:first(?:ly)?|then|next|after that|finally|second(?:ly)?|once (?:that's|it's|i've))\b"
    r"[,\s]+(?:[a-z]+,?\s+)?(?:i|i'd|i'll|i'm|we|we'd|you|you'd)\b"
    r"|\bstep (?:one|two|three|\d)\b",
    re.IGNORECASE,
)
# Questions that ask for a method (how you would do something), not knowledge or a story.
ASKS_METHOD = rx(
    r"how (?:would|do|will|should|could) you",
    r"what (?:would|do|will|should) you do",
    r"walk (?:me|us) through how",
    r"talk (?:me|us) through how",
    r"what steps",
    r"what(?:'s| is) your (?:approach|process)",
    r"how you(?:'d| would)",
    r"what happens if",
    r"what if",
)
