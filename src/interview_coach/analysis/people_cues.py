"""Phrase patterns behind the judgement of running people down: insults next to people,
put-downs whatever the noun, sneers and sarcasm in their general shapes, and people named as
the problem (matched case-insensitively on the transcript). Ownership and self-presentation
are in `cues.py`, whose words for people these share.
"""

from __future__ import annotations

import re

from interview_coach.analysis.cues import PEOPLE, PEOPLE_NOUN
from interview_coach.analysis.patterns import Cue, rx
from interview_coach.analysis.sneer_cues import IDIOM_SNEERS

_INSULT = (
    r"(?:incompetent|clueless|useless|lazy|idiots?|idiotic|stupid|morons?|moronic|hopeless|impossible|"
    r"pathetic|inept|spineless|two-faced|backstabb\w*|toxic|deadweight|dead weight|amateurs?|"
    r"amateurish|a joke|a shambles|a circus|a mess|unprofessional|sloppy|arrogant|rude|"
    r"micromanag\w*|control freak|bull(?:y|ies|ying)|dinosaurs?|dumb|a nightmare|"
    # ("That poor nurse" is pity, not a verdict on her.)
    r"terrible|awful|horrible|appalling|dreadful|lousy|rubbish|the worst|bad|"
    r"(?<!that )(?<!the )(?<!this )(?<!those )(?<!these )poor|weak|"
    r"disorgani[sz]ed|chaotic|political|clueless|unreliable|a circus|a zoo|a madhouse|"
    r"cowboys?|entitled|rudest|thick|dim|numpties|numpty|muppets?|chancers?|jobsworths?|"
    r"bone[- ]idle|idle|work-?shy|a pigsty|a dump|a disgrace|a tip|a liability|greedy|"
    r"not (?:very |too |that |the most )?bright|"
    r"a bunch of (?:kids|children|clowns|idiots|amateurs|dinosaurs|cowboys|muppets))"
)
# An insult next to a person or organisation, either way round.
INSULT_NEAR_PEOPLE = Cue(
    # the insult describes the people ("useless bloody managers"), not a thing near them
    # ("a bad night for everybody")
    r"\b"
    + _INSULT
    + r"\s+(?:(?!(?:for|to|of|with|from|at|in|on|by)\b)[\w'’-]+\s+){0,2}?"
    + PEOPLE_NOUN
    # (Not a place's measures: "poor mystery shop scores" judges the figures, not the shop.)
    + r"\b(?!\s+(?:scores?|figures?|numbers|ratings?|results?|sales|targets?|audits?|reports?|"
    r"data|metrics|reviews?|returns|attendance|grades|marks|records?|hygiene|"
    r"conditions|performance)\b)"
    # (Not a condition on someone's state: "if they're really bad, lying down".)
    r"|(?<!\bif )(?<!\bwhen )(?<!\bunless )\b"
    + PEOPLE
    + r"(?:(?:'s|’s|'re|’re)\s+|(?:\s+(?:who|that))?\s+(?:was|were|is|are|seemed|"
    r"being|got|had been|has been)\s+)"
    r"(?:(?:so|just|completely|totally|really|absolutely|frankly|honestly|pretty|very|a bit|"
    r"kind of|quite)\s+)*(?:an? (?:right|real|proper|total|complete|absolute|utter) )?"
    + _INSULT
    + r"\b",
)
# Insults that are about people whatever the noun.
PERSONAL_INSULT = rx(
    r"incompetent",
    r"(?:lazy|useless|idle) so[- ]and[- ]so",
    r"(?:had been|has been|been|was|were) coasting (?:for|along|through)",
    r"tyre[- ]kickers?",
    r"time[- ]?wasters?",
    r"clueless",
    r"idiots?",
    r"morons?",
    r"(?:couldn't|could not|can't) organi[sz]e a",
    r"(?:had|have|has) no (?:idea|clue) what (?:they|he|she) (?:were|was|are|is) doing",
    r"(?:didn't|don't|doesn't) have a clue",
    r"(?:couldn't|couldnae|could not|can't|cannae|canna) (?:be bothered|care less)",
    r"(?:stuck|living) in the (?:past|dark ages|stone age|(?:\w+ )?(?:sixties|seventies|"
    r"eighties|nineties))",
    r"(?:stuck|living) in (?:about |around |roughly )?(?:19|20)\d\d",
    # Nouns that are put-downs of people whatever is said around them.
    r"(?:box|tick)[- ]?tickers?",
    # Sneers in their general shapes: "has a knack for winding people up", "half the customers
    # couldn't find the power button", "if it was left up to them", "some cowboy outfit",
    # "hiding in the office as per usual", "hadn't clocked a thing", "never had a grip on them".
    r"(?:has|have|had|does have) (?:a (?:real )?knack|a talent|a gift) for (?:winding|annoying|"
    r"upsetting|causing|making (?:things|it) worse|getting (?:it|things) wrong)",
    r"half (?:of )?(?:them|the \w+) (?:couldn't|can't|cannot|could not|wouldn't know how to|"
    r"didn't|did not|don't) (?:even )?(?:find|use|work|read|spell|tell|listen|follow|count)",
    r"if (?:it was|it were|it's|it had been) left (?:up )?to (?:them|him|her)",
    r"cowboy (?:outfit|firm|builders?|company|companies|lot|operation|traders?)",
    r"(?:hiding|skiving|asleep|sleeping|napping)[^.!?]{0,25}?as (?:per )?usual",
    r"(?:hadn't|had not|didn't|did not|haven't|never) (?:clocked|noticed|spotted|seen) a (?:thing|"
    r"single thing)",
    r"(?:never (?:really )?had|had no|didn't have) (?:a |any )?(?:grip|control|handle) (?:on|of|"
    r"over) (?:them|the (?:class|group|team|kids|situation))",
    r"(?:pen|paper)[- ]?pushers?",
    r"bean[- ]?counters?",
    r"clock[- ]?watchers?",
    r"low[- ]?li(?:fes?|ves)",
    r"scroungers?",
    r"freeloaders?",
    r"dead[- ]?beats?",
    r"layabouts?",
    r"skivers?",
    r"fusspots?",
    r"nit[- ]?pickers?",
    r"busybod(?:y|ies)",
    r"know[- ]it[- ]alls?",
    r"drama queens?",
    r"whingers?",
    r"(?:a right|a real|a proper|an absolute|a total) (?:wee |little |old |bit of a )?(?:pain|"
    r"misery|grump|moaner|piece of work|"
    r"snob|bully|tyrant|dictator|headache|handful|diva)",
    # Someone's work run down: "the supervisor's handwriting on the form was appalling".
    r"(?:the|my|our|their|his|her) (?:[\w'’-]+ )?" + PEOPLE_NOUN + r"(?:'s|’s) (?:[\w'’-]+ ){1,4}?"
    r"(?:was|were|is|are) (?:so |just |completely |frankly |absolutely |totally )?(?:appalling|"
    r"terrible|awful|useless|rubbish|illegible|dreadful|shocking|atrocious|sloppy|lousy|a mess|"
    r"a joke|a disgrace|a shambles)",
    # Sneers at what others think passes: "managers who think clip art counts as branding".
    r"(?:who|they|he|she) (?:think|thinks|thought|reckon|reckons|believe|believes) "
    r"(?:[\w'’-]+ ){1,4}?(?:counts? as|passes for|qualifies as|is good enough)",
    # Not caring about anyone, said of others: "they don't care about nobody".
    r"(?:they|he|she|management|the company|head office|the \w+ team) (?:don't|doesn't|didn't|"
    r"dinnae|disnae|never|do not|does not|did not|ain't) (?:really |even )?care (?:about|for) "
    r"(?:nobody|no one|no-one|anybody|anyone|us|me|people|their (?:staff|team|people|"
    r"customers|patients|tenants)|the (?:staff|customers|patients|tenants|residents))\b",
    # "He didn't really know what he was doing" (not "what they'd do without me").
    r"(?:doesn't|don't|didn't|does not|do not|did not) (?:really |even |actually )?know what "
    r"(?:he's|she's|they're|he was|she was|they were|he is|she is|they are) doing",
    r"(?:screams|screamed|shouts|shouted|yells|yelled|swears|swore) at (?:everyone|everybody|"
    r"people|staff|us|the team|me)",
    r"(?:the|my|our|those|these|all|most) (?:[\w'’-]+ ){0,3}?\w+s (?:are|were) (?:all |just |"
    r"completely |totally |absolutely )?(?:useless|incompetent|clueless|hopeless|lazy|idiots|"
    r"a joke|rubbish|pathetic)",
    r"all (?:[\w-]+ )?and no (?:common sense|clue|brains)",
    r"(?:are|were) (?:mostly |all |just )?animals",
    r"to save (?:their|his|her|its) li(?:fe|ves)",
    r"can (?:barely|hardly) (?:[\w'’-]+ ){0,2}(?:park|read|write|count|spell|tie)",
    # "can't even read a rota" belittles; "he couldn't read his screen" reports a problem.
    r"(?:can't|cannot|couldn't) even (?:read|write|count|spell) (?:a|the|their|his|her)",
    # The same in dialect spellings, and "can barely keep track of her own cases": a
    # person's ability run down, whatever the task.
    r"(?:cyaan|caan|cannae|canna|cant|couldnae|cudnae) even \w+",
    r"can (?:barely|hardly|scarcely) (?:even )?(?:keep (?:track|up|on top)|manage|organi[sz]e|"
    r"remember|find|cope|handle|use|work|do) ",
    # Sneers in general shapes: "writing them on bits of paper like it was 1995", "which for her
    # was a small miracle", "a retailer that treats its staff like stock", "some of that lot
    # would do nothing at all if you let them", "cared more about pleasing the client than
    # engineering".
    r"like (?:it was|it's|it is|it were) (?:still )?(?:19\d\d|the (?:dark ages|stone age|"
    r"fifties|sixties|seventies|eighties|nineties))",
    r"for (?:him|her|them)(?:,)? (?:was |is |would be )?(?:a |an )?(?:small |minor |bit of a |"
    r"absolute )?miracle",
    r"treats? (?:its|their|his|her|the|us|people|everyone|staff) (?:[\w'’-]+ )?like (?:stock|"
    r"cattle|sheep|dirt|robots|numbers|children|kids|slaves|machines|furniture|rubbish|a number)",
    r"(?:some|half|most|all|the rest) of (?:that|those|them|this) lot\b",
    r"(?:would|'d) do (?:absolutely )?nothing (?:at all )?(?:if|unless) (?:you|we|they|nobody)",
    r"cared? more about (?:pleasing|looking|keeping|covering|impressing|getting) "
    r"(?:[\w'’-]+ ){0,4}?than\b",
    r"badly (?:written|run|managed|organi[sz]ed|led) by",
    r"such as (?:it is|they are|they were|it was)",
    r"somebody competent",
    r"someone competent",
    r"(?:do|does|did) (?:absolutely |literally )?nothing (?:about|to|for)",
    # A negative generalisation ("most customers who complain just want something free"),
    # not a fair one ("most people are fine once you've explained it").
    r"most (?:customers|people|clients|patients|parents|students|users|guests|managers|"
    r"colleagues)(?: who [\w'’]+)? (?:(?:are|were) (?:just |only |all )?(?:trying|after|out to|"
    r"liars|lazy|rude|idiots|stupid|useless|chancers|entitled|difficult|the problem|"
    r"clueless|selfish)|(?:just|only) want(?! to (?:feel|be (?:heard|listened|understood|"
    r"respected|safe|valued|treated)|know|understand|talk|someone))|don't care|"
    r"can't be bothered|never)",
    r"(?:their|his|her) problem,? not mine",
    # Said with no "is", as in many dialects ("he lazy as they come"): the same put-down.
    r"(?:he|she|they) (?:so |real |proper |just |too |mad )?(?:lazy|useless|incompetent|clueless|"
    r"hopeless|sloppy|thick)\b",
    r"thinks? (?:he|she|they) owns? the (?:place|shop|site|ward|warehouse|building|floor|yard)",
    r"like (?:he|she|they) (?:can't|cannot|couldn't|can not) (?:even )?(?:read|count|see|spell)",
    r"(?:never|not|wasn't|weren't|isn't|aren't|ain't) (?:exactly |really )?the (?:brightest|"
    r"sharpest|quickest|fastest|most (?:able|capable|competent|switched[- ]on))",
    # Praise or care withheld by understatement: "lovely people but not exactly switched on",
    # "they weren't exactly fussy about test certificates" (not "I wasn't exactly quick").
    r"(?<!\bi )(?<!\bwe )(?:not|wasn't|weren't|isn't|aren't) (?:exactly|all that|terribly|"
    r"particularly|the most) (?:switched on|bright|sharp|quick|competent|approachable|helpful|"
    r"organi[sz]ed|supportive|reliable|on the ball|with it|clued up|hard[- ]working|technical|"
    r"fussy|careful|particular|strict|thorough|rigorous|fast|keen|decisive|patient)",
    # …and kindness granted only to take skill away: "who are nice but not very quick".
    r"(?:nice|lovely|kind|sweet|friendly|decent|pleasant)(?: enough| people| lads| folk)?,? but "
    r"not (?:very|that|too|exactly|all that|the most) (?:quick|fast|bright|sharp|clever|"
    r"competent|capable|good|reliable|organi[sz]ed|switched on)\b",
    r"(?:nice|lovely|kind|sweet|friendly|decent|great)(?: enough)?,? but (?:she's|he's|they're|"
    r"she is|he is|they are) not (?:a|much of a|really a) (?:details?|numbers|detail|people|"
    r"planning|paperwork) (?:person|people|type)\b",
    r"(?:giving orders|doing nothing|on (?:his|her|their) phones?) and (?:getting|got) in the way",
    r"(?:who|he|she|they) (?:mostly |just |only |always |kept |was |were )?(?:got|get|gets|"
    r"getting) in (?:the|our|my|everyone's) way",
    # Condescension dressed as affection or wit: "bless her", "about as gentle as a cheese
    # grater", "all the subtlety of a fire alarm", "let's be generous".
    r"(?:bless|god love|gawd love|love) (?:him|her|them|'em)(?! (?:for|because|to bits for))",
    r"(?:about |roughly )?as (?:gentle|subtle|useful|quick|helpful|sharp|bright|tactful|"
    r"organi[sz]ed|calm) as a",
    r"(?:all|about) the (?:subtlety|tact|charm|warmth|patience|urgency|grace) of a",
    # "The principal's idea of prevention was…" is said of those in charge; "the client's
    # idea of done was a prototype" only reports a view.
    r"(?:whose|his|her|their|the (?:[\w-]+ )?(?:manager|boss|owner|principal|director|"
    r"supervisor|head|management|gaffer|foreman|company|firm|council)(?:'s|’s)) "
    r"(?:whole |only |entire )?(?:idea|answer|approach|solution|notion) (?:of|to) "
    r"(?:[\w'’-]+ ){1,3}(?:is|was)",
    r"let's be (?:generous|kind|charitable|polite|nice)",
    # Stereotypes and sneers in general shapes: "one of those relatives who…", "the type who
    # stopped reading anything new", "famous for ticking boxes blind", "treats it as beneath
    # them", "would approve anything with a PO number", "if you knew that lot", "enough said",
    # "Miss Warm-and-Friendly herself", "slow resolution, the technical team's speciality".
    r"one of those (?:\w+ )?(?:relatives|customers|clients|managers|people|parents|patients|"
    r"families|guests|bosses|types|tenants|students|drivers|landlords) who",
    r"(?:is|was|'s|are|were|,) the (?:type|sort|kind) (?:of (?:\w+ ){1,2})?who (?:stopped|never|"
    r"thinks?|can't|won't|doesn't|likes?|loves?|would|'d)",
    r"(?:famous|known|notorious|legendary) for (?:ticking|cutting|skipping|moaning|complaining|"
    r"losing|forgetting|dodging|ignoring|never|not|disappearing|vanishing|passing the buck)",
    r"beneath (?:them|him|her)\b",
    r"(?:who|he|she|they)(?:'d| would| will) (?:happily )?(?:approve|sign|believe|buy|agree to) "
    r"(?:anything|whatever)",
    r"(?:if you knew|if you know|you know|knowing) (?:that|those) lot\b(?! of)",
    r"for (?:that|those) lot\b(?! of)",
    r"enough said",
    r"(?:miss|mr|mister|mrs|saint|lord|lady) [\w]+-and-[\w-]+",
    r"little miss [\w-]+",
    r"mr\.? (?:know-it-all|perfect|grumpy|angry|important|nice guy|big shot)",
    r", (?:the|their|his|her|our) [\w' -]{1,25}?(?:'s|’s)? speciality\b",
    r"complains? (?:even )?about (?:everything|anything|even)",
    r"(?:can't|cannot|cyaan|couldn't|can not) (?:even )?(?:remember|manage|handle|do|hold) two "
    r"things",
    r"(?:sharp|bright|useful|quick|clever) as a (?:bag|box|sack|bucket|brick|plank|"
    r"chocolate teapot)",
    # Sarcasm about people in three general shapes: a leisurely arrival ("the engineer
    # eventually wandered in"), a claim undone in the same breath ("assures us it's resilient,
    # usually shortly before it falls over"), and the one in charge out-panicked by those in
    # their care ("our director panics more than the actors").
    r"(?:eventually|finally|at last) (?:wandered|strolled|sauntered|ambled|rolled|drifted|"
    r"turned up|showed up|graced us)",
    r"graced (?:us|the \w+) with (?:his|her|their) presence",
    r"usually (?:just |right |shortly |about \w+ minutes )?before (?:it|they|he|she) (?:falls? "
    r"over|crash\w*|break\w*|goes? down|fall apart|blows? up)",
    r"(?:panics?|flaps?|moans?|whinges?|complains?|cries|sulks?) more than (?:the|a|our|any|his|"
    r"her|their) \w+",
    r"(?:anything|something) (?:newer|more modern|more recent|more complicated) than a (?:fax|"
    r"typewriter|abacus|pen|calculator|\w+ machine)",
    r"to put it (?:politely|kindly|nicely|charitably)",
    r"if you can call it (?:that|a)",
    r"(?:reckons?|thinks?) (?:they|he|she) knows? (?:[\w'’-]+ ){0,3}better than",
    r"likes? you to know it",
    r"(?:can't|cannot|couldn't|before (?:he|she|they) (?:can|could)) count past",
    r"(?:has|have)(?:n't| not) (?:opened|read|touched|updated|looked at) (?:a|the|any) \w+ since",
    r"(?:aren't|weren't|isn't|wasn't) much better",
    r"like a (?:bunch|load|pack) of (?:kids|children|clowns|idiots|amateurs|sheep)",
    r"(?:proper|total|complete|right) (?:cowboy|joke|clown|nightmare|liability)",
    r"half (?:of )?(?:them|the \w+) (?:are |were )?(?:just )?(?:trying (?:it on|to scam|to con)|"
    r"chancers|liars|useless)",
    r"(?:the )?(?:rudest|worst|laziest|most entitled) (?:[\w,'’-]+ ){0,3}?(?:people|customers|"
    r"clients|callers|staff|colleagues|managers)",
    r"(?:the young ones|young people|kids these days|people these days|the new ones) "
    r"(?:\w+ )?(?:don't|can't|cannot|won't|are)",
    # A generation written off ("these young ones nowadays…"), not the young of a pest or a
    # brood ("the scales, the young ones").
    r"(?:the|these) young ones,? (?:nowadays|these days|today)",
    # A group written off in one breath, and sarcasm about someone's skill.
    r"(?:they|them|those \w+) all think (?:they're|they are|they know)",
    r"(?:it's|it is|that's|that is) typical of (?:the |a |those |these )?\w+",
    r"(?:the|that) [\w-]+ lot,? (?:they|who|are|were|just|never)",
    r"with (?:his |her |their )?eyes (?:closed|shut)",
    r"(?:coming from|this from) (?:a|someone|somebody|a man|a woman|the \w+) (?:who|whose)",
    r"even (?:they|he|she) (?:couldn't|can't|could not|cannot)",
    r"(?:don't|doesn't|didn't) know half (?:of )?(?:what|the)",
    r"(?:been|set foot) (?:on|near|in|behind) (?:a|the) \w+ since (?:19|20)\d\d",
    # A person filed under a type, and the type at fault: "one of those guys who never tells you
    # anything" (not "one of those nurses who never stops smiling", "the kind of person who
    # always asks", praise in the same shape).
    r"one of those (?:[\w'’-]+ ){0,3}?(?:who|that) (?:never (?:tells?|listens?|reads?|answers?|"
    r"replies|turns? up|shows? up|says?|thinks?)|can't be bothered|won't listen|thinks|treats|"
    r"fights|moans|complains|whinges|(?:had been |has been |was |were )?coasting)\b",
    # Treated as less than a person: "treats TAs like her personal servants", "talks to
    # undergrads like we're lab furniture", "treats anything not on her schedule like a
    # personal insult".
    r"(?:treat(?:s|ed|ing)?|talk(?:s|ed|ing)? to|spoke to|speaks? to) (?:[\w'’-]+ ){1,6}?like "
    r"(?:(?:we're|we are|we were|they're|they are|i'm|i was|her|his|their|a|an) )?"
    r"(?:[\w'’-]+ ){0,2}?(?:furniture|servants?|slaves?|dirt|idiots?|children|kids|robots?|"
    r"insult|rubbish|garbage|trash|cattle|numbers?)\b",
    # The worst of a kind: "easily the most nitpicky person in that building".
    r"the (?:most|biggest) (?:nitpicky|petty|useless|lazy|annoying|difficult|arrogant|clueless|"
    r"incompetent|rude|smug|pompous|disorgani[sz]ed|unhelpful|awkward) (?:person|man|woman|"
    r"manager|boss|guy|people|colleague|customer|client|teacher|lecturer|professor)\b",
    # Labels that file a person under a put-down: "a bunch of cowboys", "who were, honestly,
    # clowns", "some jumped-up MBA type", "a fussy woman who…".
    r"(?:a bunch|a load|a pack|a band|a crew|a pair|a couple|a gang) of (?:absolute |total |"
    r"complete |utter |right )?(?:cowboys|clowns|amateurs|idiots|muppets|jokers|chancers|monkeys|"
    r"numpties|leeches|vultures|sharks|crooks)",
    r"(?:real|absolute|proper|total|complete|utter) (?:butchers|cowboys|clowns|amateurs|muppets|"
    r"jokers|chancers)\b",
    r"bridezillas?",
    r"(?:were|are|was|is),? (?:honestly,? |frankly,? |basically |just |total |complete )?"
    r"(?:clowns|cowboys|amateurs|muppets|jokers|a circus|a clown show)\b",
    r"jumped[- ]up",
    r"(?:a|an|some|this|that) (?:fussy|grumpy|nosy|stroppy|pushy|moody|bossy|snooty|smug|"
    r"lazy|rude|useless|clueless|bitter|whiny|miserable) (?:old |little )?(?:woman|man|lady|"
    r"bloke|guy|person|type|sort|fella|git)\b",
    # A lifetime of not doing the job: "never pulled a shot of coffee in her life", "never
    # read a paper in their life" (not "she had never been in hospital in her life").
    r"(?:never|hasn't|has not|haven't|have not|hadn't|had not) (?:done|did|worked|pulled|read|"
    r"lifted|run|ran|managed|sold|served|cooked|made|written|built|fixed|touched|opened|used|led|"
    r"picked|packed|driven|taught|coded|designed|stocked|cleaned) (?:[\w'’-]+ ){0,4}?in (?:his|"
    r"her|their) (?:whole |entire )?(?:li(?:fe|ves)|careers?)",
    # Incompetence as a joke: "couldn't have found a forklift if you parked it on his desk".
    r"(?:couldn't|could not|can't|cannot)(?: have)? (?:find|found|spot|spotted|see|seen|"
    r"organi[sz]e|run|sell|fix|lead|manage)\b[^.!?]{0,40}?\bif (?:you|it|someone|somebody)",
    # A person's fault called a habit: "slowly, as always", "panicked like always", "as
    # clueless as ever" (not "the bus was late as usual": things are late too).
    r"(?:slowly|panicked|panicking|panics|moaning|moaned|complained|complaining|grumbling|"
    r"sulking|unhelpful|rude|clueless|disorgani[sz]ed|lazy|flapping),? (?:as|like) (?:always|"
    r"ever|usual)",
    r"as (?:lazy|rude|unhelpful|clueless|disorgani[sz]ed|difficult|unreliable) as (?:ever|always|"
    r"usual)",
    r"(?<=, )typical(?= *[.!?,]| so\b)",
    r"(?<=[.!?] )typical(?=[.!])",  # "…that never happened. Typical."
    # Presumption mocked: "who's watched three videos and thinks he's an electrician".
    r"(?:who|and|but) (?:honestly |really |still )?thinks (?:he|she)(?:'s| is) (?:an?|the) "
    r"(?:[\w'’-]+ )?(?:expert|electrician|engineer|doctor|designer|lawyer|genius|chef|mechanic|"
    r"architect|pro|professional|manager|boss|consultant|plumber|builder|developer|teacher)\b",
    # Incompetence as a joke: "about as much use as a chocolate teapot", "couldn't tell cyan
    # from a carrier bag", "about as stimulating as it sounds".
    r"(?:about )?as much use as (?:a|an)",
    r"about as (?:useful|helpful|much help|reliable|sharp|bright|quick|organi[sz]ed) as (?:a|an)",
    r"(?:customers|clients|people|users|they|he|she|managers|most of them) (?:couldn't|could "
    r"not|can't|cannot) tell (?:[\w'’-]+ ){1,3}?from (?:a|an|the|their)",
    r"about as (?:[\w'’-]+ ){1,2}?as (?:it sounds|you'd (?:think|expect)|you can imagine)",
    # Neglect as a habit: "the directors, who honestly never read past the first page".
    r"who,? (?:honestly,? |frankly,? |probably )?never (?:read|reads) (?:past|beyond|more than|"
    r"anything)",
    r"who,? (?:honestly,? |frankly,? )?never (?:listen|listens|listened|bother|bothers|"
    r"bothered)\b",
    r"(?<!\bi )(?<!\bwe )never knew what (?:they|he|she) (?:wanted|were doing|was doing|"
    r"were on about)",
    # Entitlement mocked: "think a gold card makes them royalty".
    r"(?:thinks?|thought) (?:[\w'’-]+ ){0,5}?(?:makes? (?:them|him|her)|(?:they're|they are|"
    r"he's|she's|he is|she is)) (?:royalty|god|god's gift|untouchable|special|above (?:the|"
    r"everyone|us)|better than)",
    r"allergic to (?:any |hard |making )?(?:decisions?|work|change|effort|responsibility|"
    r"paperwork|emails?|deadlines?|planning)",
    # Ignorance of the trade as a joke: "wouldn't know a croissant from a pasty"; "a nice
    # fella but hopeless"; "a useless pair".
    r"(?:wouldn't|would not|wouldnae) know (?:a|an|the) [\w'’-]+ from",
    r"(?:who|he|she|they) (?:couldn't|can't|cannot|could not) tell (?:a|an|the) [\w'’-]+ from",
    r"(?:nice|lovely|decent|good|sound) (?:\w+ ){0,2}?(?:fella|guy|bloke|man|woman|lady|person|"
    r"people|lad|girl|chap|folk)s?,? but (?:\w+ )?(?:hopeless|useless|clueless|incompetent|"
    r"lazy|thick|dim|a nightmare|no use)",
    r"(?:useless|hopeless|clueless|lazy|incompetent|idle|pathetic) (?:pair|bunch|lot|crowd|"
    r"shower|gang|duo)\b",
    r"whiners?",
    r"moaners?",
    r"professional (?:whingers|moaners|complainers|whiners|victims|time-wasters)",
    r"overpaid (?:[\w-]+ )?(?:interns|consultants|contractors|managers|executives|suits|kids|"
    r"people|staff|directors|agency|lot|bosses|team)",
    r"on an? (?:\w+ )?power trip",
    r"power[- ]hungry",
    r"self[- ]important",
    r"glorified (?:babysitter|secretary|receptionist|intern|tea boy|clerk|typist)",
    # Sarcasm markers and spite: "like, duh", "eye roll", "acts all shocked", "just because
    # he could", "every shiny thing he sees".
    r"\bduh\b",
    r"eye[- ]?roll",
    r"acts? all (?:shocked|surprised|innocent|offended|hurt|confused)",
    r"just because (?:he|she|they) (?:could|can)\b",
    r"every shiny (?:new )?\w+",
    # Out of touch, said of someone: "hasn't set foot in a family's home in fifteen years",
    # "has never spoken to a real customer", "lives in her spreadsheets".
    r"(?:who|he|she|they) (?:hasn't|hadn't|haven't|has not|had not|has never|had never|never) "
    r"(?:even )?set foot (?:in|on)",
    r"(?:who|he|she|they) (?:has |have |had )?never (?:actually |even )?(?:spoken|talked|met|"
    r"seen|dealt|worked) (?:to |with )?(?:a|one|any) real (?:customers?|users?|patients?|"
    r"clients?|person|people|kids?|students?|pupils?|guests?|famil(?:y|ies))",
    # Handled like a child or an animal, a label in passing, griping as a habit: "I have to
    # push him like a child", "chase him like a goat", "bit of a dinosaur", "some chancer with
    # a van", "a bunch of leeches", "the first-shift clowns", "crib about everything", "can
    # barely open an Excel sheet", "couldn't find their own backsides".
    # (Matched from the person on, so "I have to…" before it is not read as the subject.)
    r"(?:(?<=push )|(?<=chase )|(?<=drag )|(?<=herd )|(?<=pushed )|(?<=chased )|(?<=babysit ))"
    r"(?:him|her|them) like (?:a |an )?(?:child|kid|baby|toddler|goat|dog|sheep|cattle|children|"
    r"kids|puppy)",
    # (Only labels for people: "the exhibits were a bit of a nightmare" is about things.)
    r"bit of a (?:dinosaur|clown|numpty|muppet|tyrant|cowboy|diva|snob|bully|waste of space)",
    r"chancers?\b",
    r"leeches",
    r"(?:the|those|these|them) [\w-]+ clowns\b",
    r"(?:cribs?|gripes?|whinges?|moans?|complains?|bitch(?:es)?) about (?:absolutely )?everything",
    r"can (?:barely|hardly|scarcely) (?:even )?(?:open|use|send|switch on|turn on|log on|log in)",
    r"(?:couldn't|could not|can't|cannot) find (?:their|his|her) own (?:backsides?|arses?|asses?|"
    r"bums?|feet)",
    r"(?:a|an|some|this|that) (?:lazy|useless|clueless|rude|sloppy|idle) (?:fellow|chap|lad|lass|"
    r"sod|article)\b",
    # Low expectations as a jab: "which from her was no surprise", "whatever lets him coast".
    r"(?:from|for|with) (?:him|her|them),? (?:that )?(?:was|is|were|came as) (?:no|hardly a|"
    r"not a|not much of a) surprise",
    r"lets? (?:him|her|them) coast\b",
    r"worthless (?:[\w-]+ )?(?:youths?|kids?|lot|people|bunch|m[ae]n|boys?|girls?|staff|"
    r"managers?|boss|team|crew|idiots?)",
    # A kind of people written off: "them kind never have fare for nothing".
    r"(?:them|that|their|those) kind (?:never|always|don't|can't|won't|just)\b",
    r"(?:who|he|she|they) (?:lives?|lived) (?:to show off|in (?:his|her|their) (?:spreadsheets?|"
    r"inbox|office|bubble|ivory tower|own world))",
    # Incompetence as an idiom, idleness, contempt for a hire, motives impugned, and sarcasm:
    # "wouldn't know a seam if it bit them", "which frankly a child could have followed", "who
    # honestly couldn't bone out a chicken", "they just sit and drink tea all day", "does nowt
    # all day", "I don't know why they hired her", "a man who would complain about the colour
    # of the sky", "complain about one hair just to get free breakfast", "every week it is
    # something with her", "wonders never cease".
    r"(?:wouldn't|would not|couldn't|could not) know (?:a|an|the) [\w'’-]+(?: [\w'’-]+)? if "
    r"(?:it|one|they) (?:bit|hit|slapped|kicked)",
    r"a (?:child|kid|five-year-old|six-year-old|toddler|monkey|trained monkey) could(?: have|'ve)? "
    r"(?:done|followed|understood|managed|worked|figured|read|used|do|follow|understand)",
    r"(?:who|he|she|they),? (?:honestly|frankly|genuinely|literally) (?:couldn't|could not|can't|"
    r"cannot) (?!believe|imagine|wait|thank|stop|understand|remember|sleep|afford|say|tell|see|"
    r"hear|breathe|walk|speak|move|eat|help)[\w'’-]+",
    r"(?:just (?:sits?|sat|sitting) (?:around|about|there|and (?:drink|chat|gossip|scroll)\w*)|"
    r"(?:sits?|sat|sitting) (?:around|about) (?:on (?:their|his|her) [\w'’-]+ )?)"
    r"(?: [\w'’-]+){0,3}? ?all day",
    r"(?:does|do|did|doing) (?:nowt|nothing|sod all|bugger all|naff all|damn all|zilch) all "
    r"day",
    # (From the hire on: "I don't know" before it is not the speaker running themself down.)
    r"(?:(?<=n't know why )|(?<=not know why )|(?<=no idea why ))(?:they|we|anyone|he|she) "
    r"(?:ever )?(?:hired|employed|promoted|took on|keeps?|kept) (?:him|her|them)",
    r"(?:who|he|she|they) (?:would|'d) (?:complain|moan|whinge|argue) about (?:anything|"
    r"everything|the colou?r of|the weather)",
    r"(?:complain|moan|whinge|kick off|shout)\w*\b[^.!?]{0,40}?just to get",
    r"(?:always|every (?:week|day|time|shift)(?: it is| it's)?) something with (?:him|her|them)\b",
    r"wonders never cease",
    r"(?:he|she|they)(?:'s|'re| is| are| was| were) (?:so|really|very|just|always|too|incredibly) "
    r"careless",
    r"one of those (?:grumpy|miserable|entitled|stroppy|rude|awkward|nosy|pushy|lazy|useless|"
    r"clueless|know-it-all|jumped-up) ",
    r"those people (?:at|in|from|on) (?:the )?[\w'’-]+(?: [\w'’-]+)? (?:will|would|always|never|"
    r"just|can't|don't)\b",
    r"(?:a|the) (?:load|bunch|pack|gang) of (?:[\w'’-]+ ){1,2}?who (?:can't|cannot|couldn't|"
    r"don't|never)\b",
    r"gossip(?:ing|y) (?:[\w'’-]+ )?(?:mums|mothers|women|staff|colleagues|lot|bunch|people)",
    *IDIOM_SNEERS,
)
# Insults that cannot be said of a patient or a pupil as a fact ("a resident who was weak"):
# after "who is", only these run someone down ("the RAs, who are usually useless", "our
# president, who, honestly, is a total dinosaur").
_WHO_INSULT = (
    r"(?:incompetent|clueless|useless|lazy|hopeless|pathetic|inept|spineless|two-faced|toxic|"
    r"arrogant|rude|unprofessional|sloppy|dinosaurs?|idiots?|morons?|stupid|dumb|entitled|"
    r"unreliable|a (?:joke|nightmare|liability|clown|dinosaur|idiot|waste of space))"
)
WHO_INSULT = Cue(
    r"\bwho,?(?: [\w'’-]+,)? (?:is|are|was|were|'s|'re|has been|have been|had been)\s+"
    r"(?:(?:so|just|usually|always|often|completely|totally|really|absolutely|frankly|honestly|"
    r"pretty|very|a bit|kind of|quite|basically)\s+)*(?:a (?:total|complete|real|right|proper|"
    r"bit of a|absolute) )?" + _WHO_INSULT + r"\b",
)
# A person or organisation named as the problem ("the client itself was the problem").
PEOPLE_AS_PROBLEM = Cue(
    r"\b(?:the|my|our|their) (?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r" (?:itself |themselves |"
    r"himself |herself )?(?:was|were|is|are) the (?:real |whole |main |actual )?problem\b",
)
# People who "never listened / didn't care".
DISMISSED_BY = Cue(
    r"\b(?:my|the|our|their) (?:[\w'’-]+ ){0,2}?" + PEOPLE + r" (?:never|didn't|don't|"
    r"doesn't|wouldn't|couldn't|did not|do not|would not) (?:even |really |actually )?"
    # ("didn't know what they'd do without me" is praise reported, not a dismissal.)
    r"(?:listen|care|bother|support|appreciate|value|respect|"
    r"know what(?! (?:they|he|she|i|we|you)(?:'d|’d| would))|understand what|"
    r"have a clue|back (?:me|us) up)\w*",
)
# Someone summed up by a presumption or a grumble ("a day-tripper who thinks the hi-vis makes
# me a steward", "the client, who complains even about the mop smell"), or written off as not up
# to the job ("our manager was not technical at all"). Not "the kind of person who thinks…",
# which describes the speaker.
CHARACTERISED = Cue(
    # (Not finding out who thinks what: "see who still thinks a bigger denominator…".)
    r"(?<![\w'’-])(?<!\bof )(?!(?:see|find|check|spot|know|ask|identify|notice|tell|gauge|"
    r"assess|out)\b)(?:[a-z][\w-]*)(?:,)? who "
    r"(?:always |just |still |honestly |really |even )?(?:thinks|assumes|reckons|complains|"
    r"moans|whinges|whines|acts like|talks to (?:us|everyone|people) like)\b"
    r"|\b(?:he|she|they|" + PEOPLE_NOUN + r") (?:was|were|is|are) (?:not|never) (?:\w+ )?"
    r"(?:technical|competent|qualified|capable|interested|bothered|fussed|up to (?:it|the job)|"
    r"a [\w-]+ person)"
    r"(?: at all| in the slightest| whatsoever)"
    # "She is not a real scientist", "he doesn't understand assays at all", "she never listens
    # to technicians", "more interested in impressing the directors than in her staff".
    r"|\b(?:he|she|they)(?:'s| is| was|'re| are| were) not (?:a |an )?real [a-z-]+"
    r"|\b(?:he|she|they) (?:doesn't|does not|don't|didn't|did not) (?:understand|know) "
    r"(?:[\w'’-]+ ){1,3}?at all\b"
    r"|\b(?:he|she|they) never (?:listens|listened|listen) to\b"
    r"|\b(?:he|she|they) (?:was|were|is|are) (?:more |only )?interested (?:only )?in "
    r"(?:impressing|looking good|covering|protecting|pleasing) ",
)
# Condescension: "bless her", "God love them", "our so-called team lead", "his idea of a
# handover". Said of someone, each talks down to them.
CONDESCENSION = rx(
    r"bless (?:him|her|them|'em)",
    r"god love (?:him|her|them)",
    r"so[- ]called (?:\w+ )?(?:manager|boss|supervisor|lead|expert|experts|professionals?|team|"
    r"colleagues?|engineers?|training|management|help|support|charit(?:y|ies)|organi[sz]ations?|"
    r"compan(?:y|ies)|firms?|agenc(?:y|ies)|consultants?|leaders?|leadership|specialists?|sparks|"
    r"tradesmen|tradespeople|electricians?|plumbers?|builders?|mechanics?|contractors?|"
    r"journalists?|reporters?|editors?|lawyers?|solicitors?|vets?|dentists?|doctors?|nurses?|"
    r"teachers?)",
    r"in words of one syllable",
    r"(?:his|her|their) (?:idea|version) of (?:a |an )?(?:plan|training|help|support|handover|"
    r"management|cleaning|checking|urgent)",
)
# "I'm a really proactive self-starter who always thinks…": the speaker, described.
SELF_DESCRIBED = re.compile(
    r"\b(?:i'?m|i am|i was|i'?ve (?:always )?been|call myself|see myself as)\s+(?:a|an|the|"
    r"someone|somebody)\b[^.,;!?]{0,40}$",
    re.IGNORECASE,
)
# A put-down that starts with the person it is about ("a colleague who was bone idle"): the
# speaker before it ("I worked with…") is not its subject.
ABOUT_SOMEONE = re.compile(r"^" + PEOPLE + r"\b", re.IGNORECASE)
# "I was lazy" is honesty about oneself, not running anyone down.
# ("I don't think he's been on a till since 2009" is about him: another subject in between.)
SELF_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|myself|me)\s+(?:(?!(?:he|she|they|he's|she's|they're|his|her|their)\b)"
    r"[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
