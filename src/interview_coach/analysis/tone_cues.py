"""Phrase patterns for tone: swearing, strong complaint, and negativity about a job or the
people in it. Companion of `cues.py` (people, ownership, self-presentation)."""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

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
    # Slang for bad ("it sucks", "that sucked", "you suck"), not the verb: "cover it, and
    # not suck it" is first aid.
    r"sucks",
    r"(?:it|that|this|which|they|he|she|you|we) (?:really |just |totally )?suck(?:ed)?",
    r"screw (?:that|them|it|this)",
    r"as hell",
    r"the hell",
)
# Fed up ("I'd had enough of the place", "I'd had enough."), not a quantity ("we still had
# enough from his statement to identify him", "had enough stock to cover it").
_FED_UP = (
    r"had enough(?=\s*(?:[.,;:!?]|$|and\b|now\b|by then\b|of (?:it|this|that|them|him|her|"
    r"being|working|everything|everyone|people|the (?:place|job|way|company|management|"
    r"shifts?|stress|politics|hours|lies|pay)\b)))"
)
# Said once, these already set a negative tone about a job or people.
STRONG_NEGATIVITY = rx(
    # Not a feeling imagined in someone else's place: "I'd probably have hated that too".
    r"(?<!have )(?<!'d )(?<!would )hate[ds]? (?:it|my|the|working|that|this|every)",
    r"hating",
    r"sick (?:and tired )?of",
    r"(?:i|i'm|i am|i was|i got|i get|i've been|i'd had) (?:\w+ )?(?:so |really |a bit )?fed up",
    r"(?:can't|couldn't|cannot) stand",
    _FED_UP,
    r"soul[- ]destroying",
    r"(?:can't|cannot) wait to (?:get out|leave|be out)",
    r"i(?:'m| am| was) (?:just |so )?done with",
    r"(?:does|did|doing|do) my head in",
    r"drives? me (?:mad|crazy|nuts|up the wall|round the bend|insane)",
    r"(?:wonder|ask myself) why (?:i|you|we) (?:even )?bother",
    r"(?:sick|tired) to death",
    r"(?:so|really|just) tired of (?:these|this|the|my|it|them|all)",
    # The whole workplace or trade written off, not one problem in it.
    r"(?:the )?(?:whole|entire) (?:system|place|industry|sector|company|department|trade|"
    r"profession|thing) (?:is|was|'s) (?:broken|rotten|a mess|a shambles|a joke|corrupt)",
    # Cynicism and sarcastic asides about the job, the employer or the people in it.
    r"not that (?:it|it'll|it will|it would|anyone|anybody|they|he|she|some(?: of)? (?:the )?"
    r"\w+) (?:\w+ ){0,3}?(?:ever|will|would|'ll|cares?|notices?|matters?|last|values?|"
    r"appreciates?|rates?)\b",
    r"not that (?:the )?\w+(?: \w+)? (?:ever )?(?:makes?|helps?|gives?|listens?|bothers?|cares?)",
    r"good luck (?:to (?:them|him|her|you)|with that)",
    r"funny how (?:that|it|they|he|she) (?:always|never)",
    r"\?\s*(?:of )?course not",
    r"all (?:they|he|she|head office|management|anyone|anybody|everyone|everybody|the \w+) "
    r"(?:ever )?cares? about",
    r"(?:that's|that is) (?:just )?how (?:the \w+|they|this place|management|people) (?:is|are)",
    r"(?:they|he|she) always (?:do|does)(?=[.!])",
    r"if (?:he|she|they)(?:'s| is|'re| are) even (?:at|in|there|around|awake)",
    r"what else (?:can|could) you do",
    r"nobody(?:'s| is) paid enough",
    r"(?:for|on) (?:this|that|such a) (?:small|tiny|pathetic|rubbish|crap|measly) (?:salary|wage|"
    r"pay|money)",
    # Wanting someone hurt or shamed: a hiring manager hears how conflict would be handled.
    r"(?:needs?|needed|deserves?|deserved) to be (?:embarrassed|humiliated|shamed|punished|"
    r"put in (?:their|his|her) place|taught a lesson|sacked|fired)",
    r"teach (?:him|her|them|that \w+) a lesson",
    # Contempt for those in charge, and sarcasm about one's lot.
    r"(?:gives?|giving|gave) a (?:toss|damn|monkey's|stuff|hoot|flying \w+|rat's \w+)",
    r"muggins(?: here)?",
    r"put (?:him|her|them) in (?:his|her|their) place",
    r"make an example (?:of|out of) (?:him|her|them)",
    r"get (?:my |me )?(?:own )?(?:back at|revenge|even with)",
    # The work itself written off as worthless: a hiring manager hears someone who will go
    # through the motions ("the OOS process is a box-ticking exercise", "the paperwork in this
    # game is a farce", "this job's a joke", "reports nobody reads").
    r"(?:is|was|'s|are|were|it's all) (?:just |all |only |basically |really |such |a total |an "
    r"utter |a complete |one big |a big )?(?:a )?(?:farce|joke|pantomime|circus|racket|"
    r"box-ticking(?: exercise)?|tick-box(?: exercise)?|box ticking(?: exercise)?|tick box"
    r"(?: exercise)?)",
    r"(?:all|just|only) about covering (?:yourself|your back|your arse|your backside|"
    r"themselves|ourselves|their backs)",
    r"for what (?:they|he|she|you|we) (?:pay|paid|are paying|get paid)",
    r"(?:reports?|forms?|paperwork|emails?|minutes|policies|documents|updates) (?:that )?"
    r"(?:nobody|no one|no-one) (?:ever )?(?:reads?|looks? at|checks?|opens?)",
    # The trade or its employers written off as a class, in passing: "let's be honest care
    # doesn't pay anywhere", "nobody does nights in this game for the love of it", "child
    # protection's a sinking ship", "a job's a job", "the bus companies are all much of a
    # muchness", "I'm not under any illusions", "these places say it's about the customer
    # but really…", "most of them won't still be teaching in five years", "before I burn out
    # like everyone does". A panel hears someone who expects little and will not stay.
    r"(?<!\bi )(?<!\bwe )(?:doesn't|does not|don't|do not|never) pay (?:anywhere|well anywhere|"
    r"much anywhere)\b",
    r"(?:nobody|no one|no-one|not)\b[^.!?]{0,50}?\bfor the love of it\b",
    r"\ba sinking ship\b",
    # "A job's a job", "a kitchen's a kitchen at the end of the day": the work as any other.
    # (Not the wrong assumption owned: "I just assumed a bun's a bun".)
    r"(?<!assumed )(?<!thought )(?<!figured )(?<!reckoned )(?<!assume )"
    r"\ba (?!(?:deal|promise|rule|law|fact|bet|mistake|friend|person|child|kid|human|life|"
    r"man|woman|pound)\b)([a-z]+)(?:'s|’s| is) a \1\b",
    r"(?:it's|it is|it's no|it's not|it isn't|it's hardly) (?:like )?(?:you're|ye're|you are|we're|"
    r"we are|i'm|i am) (?:exactly )?(?:changing|saving) the world",
    r"much of a muchness",
    # Every employer alike, the work dull, the effort unseen, enthusiasm refused: "all call
    # centres are the same thing", "the same as everywhere else", "the only difference is the
    # logo on the lanyard", "realistically it's a dull job", "nobody notices what you do but
    # okay it's a job", "I'm not going to sit here and pretend I've always dreamed of…".
    r"\ball (?:the )?(?:[\w'’-]+ )?(?:companies|firms|agencies|places|centres|centers|hotels|"
    r"warehouses|depots|jobs|employers|managers|schools|sites|kitchens|shops|stores|banks|"
    r"hospitals|homes|garages|salons|restaurants|bosses|contracts|hauliers|councils) (?:are|is) "
    r"(?:all )?(?:just )?(?:the same|alike)\b(?!-| (?:size|layout|model|make|type|kind|colou?r|"
    r"shape|price|system|process|format|length|height|way|rules?)\b)",
    r"(?:they're|they are) all the same\b(?!-| (?:size|layout|model|make|type|kind|colou?r|"
    r"shape|price|system|process|format|length|height|way|rules?|as)\b)",
    r"(?:it's|it is|its) (?:just )?(?:the )?same as (?:everywhere|anywhere) else\b",
    r"(?:this|that|it's this|it's that|it was this|it was that) or (?:i )?pack (?:it|the (?:trade|"
    r"job|work)) in\b",
    r"(?:the same|doesn't change(?: much)?|never changes) (?:wherever|whoever|whichever|"
    r"everywhere|anywhere) (?:you go|you work|you are)?",
    r"the only difference is the (?:logo|uniform|name|badge|lanyard|colou?r|sign|branding|"
    r"postcode)\b",
    r"(?:it's|it is|its|it can be) (?:a )?(?:bit of a |pretty |really |very |quite |fairly )?"
    r"(?:dull|boring|tedious|mind-numbing|soul-destroying) (?:job|role|work|shift)\b",
    # The work easy or dull: "childcare is easy really", "QS is quite boring".
    r"(?:the job|this job|the work|this work|child ?care|caring|cleaning|driving|cooking|baking|"
    r"retail|admin|factory work|warehouse work)(?:'s| is) (?:really |pretty |quite |dead |so )?"
    r"(?:easy|a doddle|a piece of cake|easy money)\b(?! to\b)",
    r"(?:work|job|role|trade|industry|qs|surveying|cleaning|driving|retail)"
    r"(?:'s| is) (?:a bit |quite |pretty |really |very |bit |kind of |kinda )?(?:boring|dull|"
    r"tedious|mind-numbing)\b",
    r"(?:nobody|no one|no-one) (?:ever )?notices? what (?:you|we|i) do\b",
    r"(?:ok|okay|oh well|still|anyway),? (?:it's|its|it is) (?:just )?a job\b(?! (?:i|that|"
    r"where|which|with|you|in)\b)",
    r"(?:don't|do not) (?:really )?(?:mind|care) who i (?:work|drive|clean|cook|deliver) for\b",
    r"(?:not going to|won't|not gonna|am not) (?:sit here and |come here and )?(?:pretend|tell "
    r"you)\b[^.!?]{0,60}?\b(?:dream|dreamed|dreamt|always wanted|love|passion)",
    r"(?:not under any|under no) illusions?\b",
    r"(?:say|says|said|claim|claims|tell you) (?:it's|it is) (?:all )?about (?:the )?[\w'’-]+"
    r"(?: [\w'’-]+)?,? but (?:really|actually|in reality)\b",
    r"(?:most|half|a lot|all) of them (?:won't|will not|wouldn't) (?:still )?(?:be (?:here|"
    r"teaching|nursing|working|doing (?:it|this))|last|stay|stick it)\b",
    r"burn(?:s|ed|t)? out like (?:everyone|everybody|the rest|all the others|the others|most)\b",
    r"(?:management|managers|employers|companies|bosses|councils|trusts) everywhere (?:just |"
    r"only )?(?:wants?|cares?|cares? about|looks? after)\b",
    # Showing a customer the door: "if you don't like it go somewhere else".
    r"if (?:you|they|he|she) (?:don't|doesn't|do not|does not) like it,? (?:(?:you|they|he|she) "
    r"can )?(?:go|shop|take (?:it|your \w+|their \w+)) (?:somewhere else|elsewhere)",
)
# A grievance aside about pay, thanks or the trade: once is enough, said in passing or not
# ("up at four for peanuts", "nobody pays teachers for any of this", "that's farming for
# you", "in these places you are just a number", "pay never moves").
# The work as just itself, in any speaker's words: "factory is factory" (kept apart from the
# long list above, which is tried only where one of its known openings stands).
WORK_AS_ITSELF = rx(
    r"(?!(?:time|enough|business|life|safety|family|money|that|this|what|which|there|here|"
    r"whatever|then|when|where|none|some|each|either|neither|mine|yours|ours|theirs)\b)"
    r"([a-z]{4,}) is \1"
)
GRIEVANCE = rx(
    r"(?:for|fi|fe) (?:peanuts|pennies|buttons|next to nothing|bugger all|sod all|"
    r"(?:likkle|little|no|hardly any) money)",
    r"(?:at night|on nights|at weekends|at 3 ?a\.?m\.?|after hours) for (?:nothing|free)",
    r"for all the good (?:[\w'’-]+ ){0,3}?(?:ever )?(?:does|did|will do|do)",
    r"(?:nobody|no one|no-one|naebody)(?:'s| is| ever| was| were)? (?:\w+ )?(?:grateful|"
    r"pays (?:\w+ ){0,2}for|thanks (?:you|us|anyone))",
    r"(?:the )?pay never (?:moves|goes up|changes|rises|budges)",
    r"(?:the )?pay (?:hasn't|has not|never) (?:moved|gone up|changed|risen|budged)",
    # "that's farming for you", not "that's fine for you".
    r"that's (?:the |life in the |life in )?(?!(?:fine|good|okay|ok|easier|easy|better|best|great|"
    r"convenient|possible|enough|alright|right|worse|harder|hard|available|suitable|free|ready|"
    r"done|new|nice|perfect|useful|helpful|important|quicker|cheaper|safer|open|there|it|all|"
    r"something|what|one|up|on|not)\b)[\w-]+ for you",
    r"(?:you're|you are|we're|we are|i'm|i am) (?:just|only) a number",
    r"squeez\w* (?:\w+ ){0,3}(?:till|until) (?:they|we|you|people) (?:break|drop|crack)",
    r"(?:squeeze|bleed|suck) (?:you|us|people|them) dry",
    r"work(?:s|ed)? (?:you|us|people|them) into the ground",
    r"(?:is|was) becoming impossible",
    r"(?:everybody|everyone) wants (?:it|everything) (?:cheap|for nothing|yesterday|for free)",
    r"(?:everybody|everyone) dumps (?:their|all their|everything)",
    r"(?:fix|solve|sort) one (?:thing|problem|issue)[^.!?]{0,30}?(?:two|three|four|more) "
    r"(?:more |others? )?(?:break|appear|go wrong|pop up)",
    r"the usual (?:box-ticking|tick-box|paper|paperwork) (?:exercise|nonsense)?",
    r"thankless (?:job|task|work|trade|role|business)",
    r"(?:clients?|customers?|people) (?:still )?(?:haggle|beat|knock|grind) (?:you|us) down",
    # Work heaped on by those above: "given the workload they pile on us", "with everything
    # management loads onto us".
    r"(?:they|management|head office|the (?:\w+ )?(?:company|office|managers?|bosses)) "
    r"(?:just |keep |always )?(?:piles?|piled|loads?|loaded|heaps?|heaped|dumps?|dumped|throws?|"
    r"threw) (?:[\w'’-]+ ){0,3}?on(?:to)? (?:us|me)\b",
    r"(?:had|have had|'ve had) it up to (?:here|my eyeballs|the neck)",
    # Money withheld by those in charge, and the work wearing one down: "nobody will pay to fix
    # them units", "the hotel won't give you enough staff", "which frankly wore me down".
    r"(?:nobody|no one|no-one) (?:will|would) (?:pay|spend|fund)",
    r"(?:won't|will not|wouldn't|would not) (?:pay|spend|fund) (?:to|for|on|out|a penny)",
    r"(?:won't|will not|never) give (?:you|us) enough",
    r"(?:wore|wears|wearing|ground|grinds|grinding) (?:me|you|us|people) down",
    r"(?:i'm|i am|i was|i got) (?:so |really |just )?(?:tired|sick|weary) of (?:fighting|arguing|"
    r"chasing|banging my head)",
    # Unthanked and ill-used: "nurses here are treated badly and paid badly and nobody
    # appreciates us".
    r"(?:nobody|no one|no-one) (?:ever |really )?(?:appreciates|values|respects|thanks|rates) "
    r"(?:us|me|you|staff|the staff|nurses|carers|drivers|the team|what we do|what i do)",
    r"(?:treated|paid) (?:so |really )?(?:badly|poorly|like (?:dirt|rubbish|muck|slaves|a number))",
    # Worn out as the reason to move, the work without end, and the cynic's shrug: "because I am
    # tired", "it never stops", "for whatever difference that makes", "nobody even notices
    # housekeeping".
    r"because (?:i am|i'm) (?:so |really |just |very )?(?:tired|exhausted|burnt out|burned out|"
    r"worn out|fed up)\b",
    r"(?:it|this|that|the (?:work|job|paperwork))(?:'s| is)? never (?:stops|ends|lets up|gets "
    r"(?:any )?(?:better|easier))\b",
    r"(?:for )?whatever (?:difference|good) (?:that|it|this) (?:makes|does)\b",
    r"(?:nobody|no one|no-one) (?:even |ever )?(?:notices|cares about|appreciates) "
    r"(?:[\w'’-]+ ){0,3}?(?:unless|until)\b",
    # Worn down and expecting nothing: "frankly, I'm worn out", "so I've stopped expecting
    # much", "you just pick somewhere and kind of survive it", "it's pretty grim everywhere".
    r"(?:i'm|i am|i've been|i feel) (?:just |so |completely |totally |pretty |a bit )?(?:worn out|"
    r"burnt out|burned out|worn down|jaded|disillusioned)\b",
    r"(?:i've|i have|i'd|i had) (?:kind of |sort of |pretty much )?(?:stopped|given up) "
    r"(?:expecting|hoping|caring|trying)\b",
    r"(?:just |kind of |sort of )?survive (?:it|the (?:day|week|shift|job|place))\b",
    r"(?:pretty|really|so|fairly) grim\b",
)
# Talking oneself out of the job: other candidates ranked above oneself, the interviewer
# invited to pick someone else, oneself written off as behind or "just a student". Modesty
# names a limit and what is done about it; this argues the other side's case.
# Not inside words quoted as said to someone else.
_UNQUOTED = r"(?<!['\"‘“])(?<!['\"‘“] )(?<!like, )(?<!say )(?<!said )(?<!say, )(?<!said, )"
SELF_DOUBT = rx(
    r"(?:i'm|i am) (?:not sure|not convinced|unsure) (?:that )?(?:i'm|i am|i'd be|i would be) "
    r"(?:the |a )?(?:best|right|ideal|strongest|good) (?:person|candidate|fit|choice|applicant)",
    r"(?:i'm|i am|i'm probably|i am probably) (?:probably |definitely |honestly )?not the "
    r"(?:best|strongest|most qualified|most experienced|ideal|right) (?:candidate|person|"
    r"applicant|fit)",
    r"(?:the )?other (?:candidates|applicants|people (?:applying|you're seeing|you are seeing))"
    r" (?:[\w'’-]+ ){0,2}?(?:have|had|are|will be|will have) (?:got )?(?:better|more|stronger|"
    r"higher)",
    r"(?:i'd|i would|i will|i'll) (?:totally |completely |fully )?(?:understand|get it) if you "
    r"(?:went|go|chose|choose|picked|pick|hired|hire|decided|prefer)",
    r"(?:i'm|i am) (?:probably|definitely|a bit|way|quite|so) behind\b",
    r"(?:i'm|i am) (?:just|only) (?:a|an) (?:student|graduate|grad|junior|trainee|apprentice|"
    r"beginner|intern|school leaver)\b",
    r"why (?:would|should|'d) you (?:hire|pick|choose|take) me\b",
    r"(?:i'm|i am) (?:just |only )?(?:an? )?(?:ordinary|average|normal) [\w-]+(?: really)?\b",
    r"(?:i|i've) (?:don't|do not|didn't|never) (?:really )?(?:do|did|done) (?:anything|much) "
    r"special\b",
    r"(?:she's|he's|they're|she is|he is|they are) (?:just )?being kind\b",
    r"(?:i'm|i am) not really the (?:type|kind of person|sort) to (?:lead|manage|take charge)",
    r"(?:probably|mostly|just) (?:that was |it was )?(?:mostly |just )?(?:luck|lucky)\b",
    r"(?:i|i'd) (?:doubt|don't think) (?:i(?:'d| would| will|'ll)? )?(?:get (?:it|the job|"
    r"picked|chosen)|stand a chance|be (?:picked|chosen|hired|your first choice))\b",
    r"someone (?:with )?(?:more experience|better qualified|more qualified|better) than me "
    r"(?:would|will|might)\b",
    # Apologising to the panel for one's own history (a gap, a slow year): said, it asks them
    # to hold it against you. Not an apology in a story ("so I tell her, this part is my
    # fault, I'm sorry"): only one followed by what the speaker knows looks bad.
    # (Nor one quoted: "say something like, 'I'm really sorry, I know it's tempting'".)
    _UNQUOTED + r"(?:i'm|i am) (?:really |so |very |truly )?sorry(?=,? i know| for (?:the|this|"
    r"that|my) (?:gap|break|time))",
    # "um sorry, yes, I know it's a long time": the bare word, not the end of a quoted "I'm
    # really sorry".
    _UNQUOTED + r"(?<!i'm )(?<!i am )(?<!really )(?<!so )(?<!very )(?<!truly )sorry,? (?:yes,? "
    r"|yeah,? )?i know",
    r"sorry about that,? i know",
    r"i know (?:it|this|that) (?:looks|sounds|seems) (?:bad|terrible|awful|odd|strange|weird)",
    r"hope you (?:won't|will not|don't|do not|wouldn't) hold (?:it|that|this) against me",
    r"(?:i )?(?:really )?(?:don't|do not) have (?:a|any) (?:good|real) (?:reason|excuse)",
    r"(?:that's|that is) not what you (?:want|wanted) to hear",
    r"(?:i've|i have) let (?:it|things|myself) slide",
    r"not what you(?:'d| would)? (?:normally|usually) (?:look|be looking) for",
    r"(?:don't|do not) know if anyone (?:will|would|is going to) (?:want|hire|take|have) me",
    # Age or a new field set against "the younger ones" or the usual hire, and a plea for a
    # chance in place of the evidence.
    r"not as (?:up to date|quick|fast|sharp|good with [\w ]{1,20}?) as (?:some of )?the "
    r"(?:younger|other)",
    r"(?:give|take) (?:an old timer|an oldie|someone like me|me) a chance|take a chance on me",
    r"(?:hit the ground running|pick (?:it|that|things) up) (?:a lot |much |so )?(?:faster|"
    r"quicker) than me",
)
NEGATIVITY = rx(
    r"(?<!have )(?<!'d )(?<!would )hate[ds]?",
    # Gloom about the road ahead: "stuck in jobs they hate", "it takes forever to get promoted".
    r"stuck in (?:a |dead[- ]end |jobs?\b|their jobs?|the same job)",
    # Given up on the job they are in: "why am I bothering", "I've been counting down since".
    r"why (?:am|was|should) i (?:even )?(?:bothering|bother)\b",
    r"(?:been |just )?counting down (?:since|the days|till|until|to)\b",
    r"takes? (?:forever|ages|years and years) to (?:get promoted|get anywhere|move up)",
    r"(?:he|she|they|the \w+|\w+s) only cares? about (?:money|profit|the money|numbers|targets|"
    r"commission|their commission|bonus(?:es)?|their bonus|themselves)",
    # A trade's people written off as a type: "sellers are greedy".
    r"(?:[a-z]+s|people|everyone) (?:here |round here |in this (?:game|trade|industry) )?are "
    r"(?:all |just |so )?(?:greedy|lazy|useless|crooks|sharks|cowboys|clueless|liars|snakes)",
    r"how not to (?:run|manage|lead|treat|do)",
    # Praise said in irony of a burden: "which, as you can imagine, is a joy", "oh joy".
    r"as you (?:can|might|may) (?:imagine|guess),? (?:is|was|has been|'s) (?:a (?:real |pure |"
    r"sheer |total )?(?:joy|treat|delight|laugh|barrel of laughs)|(?:great |such |loads of )?"
    r"fun)\b",
    r"\b(?:oh|what) joy\b",
    r"(?:finished|done) with (?:that|this) (?:place|job|company|lot)",
    r"(?:nobody|no one|no-one) (?:ever )?(?:says|said) thank(?:s| you)",
    r"thankless",
    r"underpaid",
    r"paid peanuts",
    r"(?:drowning|buried) in",
    r"(?:forever|always) (?:moaning|complaining|whinging|trying it on)",
    r"moan(?:s|ing|ed)? about",
    r"yet another",
    r"pointless",
    r"waste of (?:my |our |everyone's |everybody's |people's |their |your )?time",
    # Weary asides: "not that anyone's listening at quarter to eight", "because apparently
    # that's what you have to do", "which was as painful as it sounds".
    r"not that (?:anyone|anybody)(?:'s| is| was| were)? (?:\w+ )?(?:listening|bothered|"
    r"interested|reading|paying attention|watching)",
    r"(?:because|cause|'cause) apparently (?:that's|that is|it's|it is) what you (?:have|need|"
    r"are supposed) to",
    r"as (?:painful|boring|dull|tedious|grim) as it sounds",
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
    _FED_UP,
    r"i'm done with",
    r"unbearable",
    r"a joke",
    r"whatever,",
    r"honestly,? who cares",
    r"not my problem",
    # Cynicism about the job: "it's not my job to fix the pricing", "half the time control
    # don't answer", "police, who won't come anyway", "messed us about", "all mixed up, as usual".
    r"(?:(?:it's|it is|that's|that is|it was|that was) not|should not be|shouldn't be|isn't|"
    r"wasn't) (?:really )?my job\b",
    r"half the time (?:[\w'’-]+ ){1,3}?(?:don't|doesn't|won't|can't|never|isn't|aren't|late|"
    r"missing|wrong|absent|off sick)\b",
    r"won't (?:even )?(?:come|turn up|bother|answer|do anything) anyway\b",
    r"mess(?:ed|es|ing)? (?:us|me|people|everyone) (?:about|around)\b",
    r"(?:mixed up|wrong|late|missing|messed up|in a mess),? as (?:usual|always|per usual)\b",
    r"not worth (?:it|the money)",
    r"(?:is|was|are|were) killing me",
    r"people like (?:that|him|her|them)",
    r"(?:would be|is) a (?:great|good|nice) (?:job|place) (?:without|if it wasn't for)",
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
    r"(?:thankless |daily |endless |same old |soul-destroying )grind",
    r"farce",
    r"(?:i|you|we) (?:may|might) as well",
    r"dragged into",
    r"(?:always |just )?a (?:bit of a )?game",
    r"nobody else wants",
    r"for no extra (?:pay|money)",
    r"not like my last (?:place|job|company|employer)",
    # Complaint and weariness about the work itself.
    r"(?:frankly |totally |completely )?insane",
    r"brutal",
    r"depressing",
    r"(?:is|was|'s|which is|it's) a (?:real )?drag",
    r"taken for granted",
    # Discouragement and resignation: "coming back has been pretty demoralising", "apparently
    # eight years' experience counts for nothing", "at this point I'll take what I can get".
    r"demoralis(?:ing|ed)|demoraliz(?:ing|ed)|disheartening|soul[- ]crushing",
    r"counts? for nothing",
    r"(?:i'll|i will|i'd) take (?:what|whatever|anything) (?:i|i'm) can get",
    r"ruined (?:my|the|our|everyone's) (?:day|week|month|weekend|evening|night)",
    r"(?:have|had|got|gotta|just) (?:to )?suck it up",
    # Contempt for the people served, as a class: "people have got no manners anymore", "most
    # of them are just trying to get a free cut", "I'm not going to be spoken to like that".
    r"(?:people|customers|clients|guests|kids|parents|the public|they)(?: [\w'’-]+){0,2}? (?:have "
    r"got|'ve got|have|got) no (?:manners|respect|patience|common sense)\b",
    r"(?:most|half|all|some) of (?:them|these|those|the (?:customers|clients|guests|public)) "
    r"(?:are |were )?(?:just |only )?(?:trying (?:it on|to get (?:[\w'’-]+ ){0,2}?(?:free|for "
    r"nothing))|after (?:a freebie|something for nothing)|chancers)",
    r"(?:not going to|not gonna|won't|refuse to) (?:stand (?:there )?and )?be (?:spoken|talked) to "
    r"like that",
)


# Another person's words reported in the same sentence: "he said … that he wouldn't pay a penny
# until it was sorted" is the customer's temper, which the candidate is describing.
_REPORTED_BEFORE = re.compile(
    r"\b(?:he|she|they|who|(?:the|my|our|his|her|their|a|one) [\w'’-]+) (?:said|says|told "
    r"(?:me|us)|shouted|complained|claimed|insisted|yelled|screamed|threatened)\b[^.!?]*$",
    re.IGNORECASE,
)


def own_words(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits not inside speech the answer reports as someone else's."""
    return [(s, e) for s, e in hits if not _REPORTED_BEFORE.search(text[max(0, s - 200) : s])]
