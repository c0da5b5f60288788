"""Phrase patterns of the unsafe-practice judgement (`judgements.unsafe`): a check, a piece of
safety kit, a report or a record skipped, and luck or strength put in the place of the
procedure. In any trade an employer hears these as a risk to people, to the law or to the
firm, however well the rest is told.

Each pattern says the corner is cut; `cut_corner` drops the hits that are refused ("I'd never
do it live"), told of others ("some lads don't bother with the tower") or owned as a mistake
("I didn't report it, which was wrong").
"""

from __future__ import annotations

import re

from interview_coach.analysis.cues import RELATIVE_BEFORE
from interview_coach.analysis.patterns import rx
from interview_coach.analysis.record_cues import CONCEALING, RECORD

# Kit, checks and records a procedure asks for, in any trade.
_SAFEGUARD = (
    r"(?:the |a |my |any |an |that |our |t'? )?(?:[\w-]+ )?(?:scaffold(?:ing)?(?: tower)?|tower|"
    r"harness|gloves|goggles|glasses|mask|ppe|helmet|hard hat|hi-vis|guard|lock[- ]?off"
    r"(?: kit)?|lock[- ]?out|isolat\w+|permit(?: to work)?|risk assessment|checks?|checklist|"
    r"check sheet|test(?:er|ing)?|straps?|hoist|sling|slide sheet|banksman|spotter|second person|"
    r"form|forms|incident (?:form|report)|report|register|log|paperwork|procedure|protocol|"
    r"policy|rules|signing in|sign-off|handwash\w*|seat ?belt|wet floor sign|"
    r"code review|review|tests|pipeline|postmortem|post-mortem|second check|lookout|"
    r"protection|groundie|backup|back-up|change ticket|ticket|chainsaw trousers|proving unit|"
    # Each trade's own kit and checks: fall arrest, isolation, gas, lifting, vehicles, clinics.
    r"lanyard|fall arrest|edge protection|guard ?rails?|handrails?|outriggers|stabilisers|"
    r"stabilizers|chocks|wheel chocks|exclusion zone|barriers?|cones|signage|respirator|"
    r"face shield|visor|ear defenders|steel toe(?:cap)?s?|safety boots|apron|"
    r"gas (?:detector|monitor|alarm)|monitor|co alarm|carbon monoxide alarm|flue (?:gas )?analyser|"
    r"tightness test|pressure test|leak test|earth bond(?:ing)?|rcd|voltage (?:indicator|tester)|"
    r"insulation test|torque wrench|torque settings?|maintenance manual|tool control|"
    r"walk-?round (?:check)?|daily checks?|pre-?use checks?|defect (?:sheet|report|book)|swabs?|"
    r"speed limit|autoclave|steriliser|sterilizer|sterilisation|"
    r"sterilization|patch test|skin test|allergy test|sharps (?:bin|box)|second signature|"
    r"witness|double[- ]check|two-person check|id checks?|consent|dbs check|headcount|"
    r"head count|coshh (?:sheet|assessment)|safety data sheet|dilution|ventilation|"
    r"extraction|dust extraction|extractor|hot works? permit|fire watch|method statement|"
    r"toolbox talk|trench support|shoring|gas test|atmosphere test|dosimeter|"
    r"fume cupboard|fume hood|biosafety cabinet|lab coat|spill kit|temperature probe|probe|"
    r"allergen (?:matrix|sheet|check)|due diligence|kyc|anti-money laundering checks?|"
    r"aml checks?|four-eyes check|approval|sign-?off|peer review|rollback plan)"
)
# Filling in, writing up or declaring: the record itself.
_REPORTING = (
    r"(?:filling (?:it |them |in )?(?:in )?(?:an? |the )?(?:[\w-]+ )?(?:form|report)?|writing "
    r"(?:it |them |that )?(?:up|down)|reporting (?:it|them|that)?|recording|logging|declaring|to "
    r"(?:report|record|log|declare|write (?:it |them |that )?(?:up|down)|fill (?:it |them )?in))"
)
ME = r"(?:i|we)(?:'d| would| will|'ll)? (?:just |usually |normally |often |sometimes |still )?"
# The speaker among everyone, as the way of the place: "most of us just…".
_ALL_OF_US = (
    r"(?:most of us|all of us|we all|everyone|everybody|most people) (?:just |usually |normally )?"
)

# Doing it: a check, the kit or the rule left out, a safeguard defeated, those in one's care
# left unwatched, luck or strength in the procedure's place.
_PRACTICE = (
    # The safeguard skipped or left off: "I don't bother with the scaffold tower", "I don't
    # always bother with the lock-off kit", "I don't clip on", "I don't really wear the
    # gloves", "I don't really do the pre-use check sheet", "I don't bother wi' t' monitor".
    ME + r"(?:don't|do not|wouldn't|would not|won't|will not|never|didn't|did not) (?:always |"
    r"really |even |usually )?bother (?:(?:with|wi'?|using|wearing|putting up|doing|checking|"
    r"testing|"
    r"to (?:use|wear|put up|do|check|test|lock|isolate)) " + _SAFEGUARD + r"|" + _REPORTING + r")",
    ME + r"(?:don't|do not|didn't|did not|never)(?: always| really| usually| even)? (?:wear|use|"
    r"clip on|clip in|put on|put out|put up|put down|set up|fit|lock off|isolate|prove|do|"
    r"carry out|run|complete|fill in|sign|carry|take|bring|raise|open|book|get|call|check|test|"
    r"read|chock|tie off|wait for|hang about for|hang around for|bother testing) "
    r"(?:(?:it|them) )?" + _SAFEGUARD,
    r"(?:i|we) (?:don't|do not|didn't|did not)(?: always| really| usually)? clip (?:on|in)\b",
    r"(?:i|we|you)(?: just)? (?:don't|do not|didn't|never) (?:always |really |even |usually )?"
    r"bother (?:isolating|locking off|locking out|proving dead|testing|checking|wearing|clipping "
    r"on|signing in|logging|reporting|filling in)\b",
    r"(?:no|there's no|there is no|not much) (?:point|need) (?:in )?(?:filling in|writing up|"
    r"reporting|logging|recording|declaring|doing) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:report|"
    r"form|paperwork|incident|log|entry|check)",
    ME
    + r"(?:skip|skipped|skipping|leave out|left out|ignore|ignored|bypass|bypassed) "
    + _SAFEGUARD,
    # The check waved away or done alone: "you can't check every strap", "if it looks alright
    # I go", "the hoist is supposed to be a two person job but I just do it on my own", "I
    # check my own dispensing".
    r"(?:can't|cannot|couldn't|could not) (?:check|test|inspect) every\b",
    r"if it (?:looks|smells|seems) (?:alright|all right|ok|okay|fine|right|safe) (?:i|we|you) "
    r"(?:go|set off|crack on|carry on|sign it off|use it|let it go|send it|serve it)\b",
    ME + r"(?:cut|have to cut|had to cut|cutting) (?:a few |some |the odd )?corners",
    r"(?:i'm|i am|i was|we're|we are|we were) (?:just |always )?cutting (?:a few |some )?corners",
    r"(?:everyone|everybody|we all|all of us) (?:cuts?|cutting) (?:a few |some )?corners",
    r"(?:supposed|meant|required) to (?:be )?(?:[\w'’-]+ ){0,6}?(?:but|,) (?:honestly |to be "
    r"honest |in practice |if [^.!?]{0,40}? ){0,2}(?:i|we) (?:just |usually |normally |often |"
    r"sometimes )?(?!always\b|never\b|still\b)(?:do|did|go|went|crack|carry|skip|leave|use|"
    r"work|get|keep|check|hand|drive|send)\b",
    r"(?:check|checked|checking) my own (?:[\w-]+ )?(?:dispensing|work|calculations?|"
    r"prescriptions?|doses?|results?)\b",
    r"(?:do|doing|did) it live\b",
    r"(?:work|working|worked) (?:on )?(?:it|them|the circuit|the board|circuits) live\b",
    r"(?:carry|carried|carrying) on (?:[\w'’-]+ ){0,4}?(?:and|then) (?:sort|deal with|look at) "
    r"(?:it|that|them)(?: out)? later",
    # Safeguards defeated: "taped the sensor down", "pull my card out and carry on driving",
    # "keep going past my nine hours", "shared the admin credentials", "push a fix straight to
    # main… without code review".
    # (The speaker's own hand: "a new starter had wedged the guard open" is another's.)
    ME + r"(?:tape|taped|taping|wedge|wedged|prop|propped|bypass|bypassed|override|overrode|"
    r"disable|disabled|jump|jumped|block|blocked|pull|pulled|take|took) (?:out )?(?:[\w'’-]+ )"
    r"{0,2}?"
    r"(?:sensor|interlock|guard|limiter|cut-out|safety (?:switch|catch|device|valve)|fire door|"
    r"tacho(?:graph)?(?: card)?|my card)\b",
    ME + r"(?:put|used|use|turn|turned) the override\b",
    r"(?:tape|cable tie|wedge|block|magnet) (?:[\w'’-]+ ){0,5}?(?:on|over|in|round) the "
    r"(?:interlock|sensor|guard|switch|cut-out)\b",
    r"(?:past|over|beyond) my (?:[\w-]+ )?(?:driving |legal |daily )?hours\b",
    r"(?:i|we)(?:'ve| have)? (?:just |also |even |sometimes |often |then )?(?:share|shared|give|"
    r"gave|send|sent|lend|lent|pass|passed) "
    r"(?:out )?(?:my |our |the |the admin |them )?(?:[\w-]+ )?(?:password|passwords|credentials|"
    r"login|log-in)\b(?! (?:reset|manager|policy))",
    r"(?:password|passwords|credentials|login)\b[^.!?]{0,60}?\b(?:i|we)(?:'ve| have)? (?:just |"
    r"also |even |sometimes |often )?(?:shared|share|gave|give|passed) (?:them|it) (?:with|to|"
    r"out)\b",
    r"without (?:code review|review|testing|waiting for (?:the )?(?:tests?|test pipeline|"
    r"review|approval)|radioing|a second check|gloves|a harness|a groundie|a lookout|a banksman|"
    r"a spotter|a backup|a ticket)\b",
    # Rules named and set aside: "officially the ratio is one to three but realistically it's
    # fine", "it's not on the licence but it's the best money of the week".
    r"(?:officially|on paper|by the book)[^.!?]{0,80}?\bbut (?:realistically|in practice|"
    r"honestly|really|it's fine|it is fine)",
    r"(?:it's|it is|that's|that is) not (?:on|in|allowed (?:by|under|on)) the (?:licence|license|"
    r"rules|policy|procedure)\b",
    # Others' data where it should not go: "to their personal gmail", "a spreadsheet with
    # everyone's passwords", "log in as them".
    r"(?:to|on|onto) (?:their|my|his|her) (?:own )?personal (?:gmail|email|e-mail|phone|laptop|"
    r"account|whatsapp|device)\b",
    r"(?:everyone's|everybody's|people's|users'|staff) (?:current )?passwords\b",
    # Someone else's identity used: "I used a colleague's login to change the dates".
    r"(?:used|use|using|borrowed|borrow|borrowing) (?:a |my )?(?:colleague's|colleagues'|"
    r"friend's|manager's|boss's|supervisor's|someone else's|somebody else's|another (?:person's|"
    r"user's|nurse's|doctor's)) (?:[\w-]+ )?(?:login|log-in|password|account|credentials|card|"
    r"badge|pin|smartcard|fob)\b",
    # Others told or let round a safeguard: "I let them take the edge protection off early",
    # "told the operators to skip the lockout check", "let the lads go up without harnesses".
    r"(?:i|we) (?:just |then |even )?(?:let|told|asked|had|got|allowed) (?:them|him|her|everyone|"
    r"the (?:[\w-]+ ){0,2}?(?:lads|team|crew|operators|workers|staff|subbies|subcontractors|guys|"
    r"men|gang|fitters|drivers|apprentices|juniors)) (?:to )?(?:skip|bypass|ignore|leave out|"
    r"(?:take|remove) " + _SAFEGUARD + r" (?:off|out|down|away)|(?:take|remove) (?:the )?"
    r"(?:[\w-]+ )?(?:edge protection|guard ?rails?|handrails?|guards?|barriers?|scaffold ties)|"
    r"(?:work|go up|go in|carry on|crack on|start)(?: [\w'’-]+){0,4}? without (?:a |the |their |"
    r"any )?(?:harness(?:es)?|permits?|gloves|masks?|guards?|lookouts?|checks?|lock-?offs?|"
    r"isolation|edge protection))",
    # Others shown the way round a safeguard: "showed the operators how to bypass the interlock".
    r"how to (?:bypass|override|defeat|get round|get around|disable|jump|bridge|cheat) (?:the |a "
    r"|an )?(?:[\w-]+ )?(?:interlock|guard|sensor|limiter|alarm|cut-out|safety|system|check|"
    r"lock|tachograph|tacho)\b",
    r"log(?:ged|ging)? in as (?:them|him|her|the user|the customer)\b",
    # Food relabelled: "print new label with two more days".
    r"(?:print|printed|put|stick|stuck) (?:on )?(?:a )?new (?:use-by |best-before )?(?:labels?|"
    r"dates?) with (?:[\w-]+ ){1,2}?(?:more|extra) days",
    # Those in one's care left unwatched: "let a little group of them wander round by
    # themselves", "left the kids on their own".
    r"(?:let|leave|left|leaving) (?:[\w'’-]+ ){0,5}?(?:kids|children|pupils|them|group|child|"
    r"residents?|patients?|swimmers|students) (?:[\w'’-]+ ){0,6}?(?:by themselves|on their own|"
    r"alone|unsupervised|unattended)\b",
    # Food and chemicals: "been sitting out on the pass for a few hours I'll still send it",
    # "mix the bleach and the limescale stuff together".
    r"(?:sitting out|left out|out of the fridge|past (?:its|the) (?:date|use-by))[^.!?]{0,60}?"
    r"(?:i(?:'ll| will|'d| would)? still (?:send|serve|use|sell)|still (?:goes|go) out)",
    r"(?:mix|mixed|mixing) (?:the )?bleach (?:and|with)",
    r"(?:keep|kept|reuse|reused|use the same) (?:the )?(?:same )?gloves (?:for|on|between)",
    # Strength or luck put in the place of the procedure: "I'm quite strong anyway", "the
    # needles are usually clean anyway".
    r"i(?:'m| am) (?:quite |pretty |really |fairly |very )?(?:strong|big) (?:anyway|enough to "
    r"(?:lift|move|carry|manage) (?:it|them|him|her|people) (?:myself|on my own|alone))\b",
    r"(?:usually|normally|mostly|always|probably) (?:clean|harmless|safe) anyway\b",
    r"(?:the customer|the client|they|nobody|no one) (?:doesn't|don't|wouldn't|won't|never) "
    r"(?:know the difference|finds? out)\b",
    r"(?:the customer|the client) never knows\b",
)
# Not a "no" or "never" between the speaker and what they did: "I checked it wasn't over the
# safe working load" is the check, not the breach.
NO_NEGATION = r"(?:(?!n't|\bnot\b|\bnever\b|\bno\b)[^.!?]){0,40}?"
# Trade by trade, in each trade's own words: a device defeated, the wrong thing stood on, a
# torque or a dose by feel, single-use kit used again, food past its date, phones at the
# wheel, loads past their limit, a sign-off before the work, records dated falsely, data on a
# personal device, hands or gloves not changed, medicines given without the check.
# A step the trade requires, named as the usual way and then skipped on a condition of the
# speaker's choosing: "we'd normally do a skin test, but if she's had colour elsewhere I'd
# usually just go ahead".
_WAIVED = (
    r"(?:normally|usually|supposed to|meant to|should|would normally|'d normally) (?:do|have|"
    r"get|wait for|run|book) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:test|check|permit|signature|"
    r"assessment|consent)\b[^.!?]{0,30}?\bbut\b[^.!?]{0,80}?\b(?:i|we)(?:'d| would|'ll| will)? "
    r"(?:usually |normally |often |sometimes )?(?:just )?(?:go ahead|crack on|carry on|get on "
    r"with it|skip it|do it anyway|go straight in)\b",
    # A required check kept for when trouble shows itself: "I'd only bother with a tightness
    # test if I smelled gas".
    r"(?:i|we)(?:'d| would|'ll| will)? only (?:bother with|do|run|carry out|check|use|put on|"
    r"wear|get) (?:a |an |the |any )?(?:[\w'’-]+ ){0,3}?(?:test|check|reading|monitor|permit|"
    r"assessment|harness|gloves|mask|goggles|respirator|isolation)s?\b[^.!?]{0,40}?\b(?:if|"
    r"when) (?:i|we|they|you|he|she|someone|the [\w'’-]+) (?:\w+ )?(?:smell|smelled|smelt|"
    r"notice|noticed|see|saw|suspect|suspected|mention|mentioned|ask|asked|complain|"
    r"complained|report|reported|insist|insisted)\b",
    # The safeguard left by all, or gone without when it is missing: "nobody wears a harness on
    # a two storey", "if the edge protection isn't there we just crack on".
    r"(?:nobody|no one|no-one|none of us) (?:really |actually |ever )?(?:wears?|uses?|does|do|"
    r"bothers? with|clips? on|puts? on|fills? in) " + _SAFEGUARD + r"\b",
    _ALL_OF_US
    + r"(?:skip|skips|ignore|ignores|leave off|leaves off|forget about) "
    + _SAFEGUARD
    + r"\b",
    _ALL_OF_US + r"(?:leave|leaves) " + _SAFEGUARD + r"(?: and (?:the |my )?[\w-]+)? off\b",
    r"if " + _SAFEGUARD + r" (?:isn't|is not|aren't|are not|wasn't|weren't) (?:there|up|on|"
    r"fitted|in place|available|working)\b[^.!?]{0,20}?\b(?:we|i)(?:'d| would|'ll| will)? "
    r"(?:just |usually )?(?:crack on|carry on|get on with it|go ahead|do it anyway|work without)\b",
)
_TRADES = (
    # Someone in one's care handed to whoever asks: "if it's someone I recognise from the
    # school gate I'd just let the child go with them".
    ME + r"(?:probably |happily )?let (?:the |a |that |this )?(?:child|kid|pupil|resident|patient|"
    r"student|young person|little one) (?:go|leave) (?:home )?with (?:them|him|her|someone|"
    r"anyone|whoever)\b",
    ME + r"(?:bridge|bridged|bypass|bypassed|jump|jumped|link|linked|tape|taped|wedge|wedged|"
    r"wire|wired|disable|disabled|pin|pinned) (?:out )?(?:[\w'’-]+ ){0,2}?(?:fuse|rcd|"
    r"breaker|trip switch|smoke (?:detector|alarm|head)|fire alarm|thermostat|pressure switch|"
    r"flame sensor|light curtain|e-stop|emergency stop|dead ?man'?s? (?:switch|handle|pedal)|"
    r"speed limiter|governor|overload (?:alarm|cut-out)|load indicator|reversing alarm|"
    r"door switch|safety valve)\b",
    r"(?:i|we)(?:'d|'ll| would| will)? (?:just |often |usually |sometimes |normally |then )?"
    r"(?:stand|stood|climb|climbed|ride|rode|hop|hopped|jump|jumped) (?:up )?on (?:a |an |the |"
    r"top of (?:a |the )?)?(?:chair|box|bucket|crate|forks|swivel chair|table|barrel|stool|"
    r"shelving|racking|handrail|top rung|top step)\b",
    r"(?:torque|torqued|tighten|tightened|dose|dosed|dilute|diluted) (?:up )?(?:it |them |the "
    r"[\w-]+ (?:[\w-]+ )?)?(?:by (?:feel|eye|instinct|guesswork)|roughly)\b",
    r"(?:eyeball|eyeballed|eyeballing) (?:it|the (?:dose|dilution|torque|measurements?|mix|"
    r"load|weight))\b",
    ME + r"(?:reuse|reused|re-use|re-used|use (?:them|it) again|used (?:them|it) again) "
    r"(?:[\w-]+ ){0,3}?(?:needles?|blades?|syringes?|cannulas?|lancets?|razors?|single[- ]use|"
    r"disposables?|gloves|swabs|catheters?)\b",
    r"single[- ]use (?:[\w-]+ ){0,4}?(?:again|twice|more than once|a few times)\b",
    r"(?:scrape|scraped|scraping|cut|cutting|trim|trimmed) (?:off )?(?:the )?mould (?:off )?"
    r"(?:and|then)\b",
    ME + r"(?:refreeze|refroze|re-freeze|re-froze|refreezing) ",
    ME + r"(?:change|changed|swap|swapped|relabel|relabelled|re-label|re-labelled|redate|"
    r"re-date|re-dated|redated|extend|extended) (?:the )?(?:use[- ]by|best[- ]before|date "
    r"labels?|dates? on)",
    r"(?:i|we) (?:(?!never\b|not\b|don'?t\b|won'?t\b|wouldn'?t\b)[\w'’-]+ ){0,3}?"
    r"(?:text|texts|texting|texted|on (?:my|the) phone|take "
    r"calls|answer (?:calls|the phone|emails)|check (?:my )?(?:phone|messages|emails)) "
    r"(?:[\w'’-]+ ){0,2}?(?:while|whilst|when) (?:i'm |i am |i was |still )?(?:driving|at the "
    r"wheel|behind the wheel|on the road)\b",
    ME + r"(?:tend to )?(?:go|went|drive|drove|do|did|push|pushed|sit|sat|run|ran)(?: it)? "
    r"(?:a bit |a little |a touch |slightly |a few (?:mph |miles an hour |k )?)?(?:over|above) "
    r"the (?:speed )?limit\b",
    ME + r"(?:tend to )?(?:overload|overloaded|overloading|over-load|over-loaded|overfill|"
    r"overfilled|overstack|overstacked|over-stack|over-stacked) (?:the |my |our |a )?"
    r"(?:[\w-]+ )?(?:van|truck|lorry|forklift|trolley|cage|scaffold|platform|hoist|crane|lift|"
    r"cherry picker|pallets?|racking|trailer|cart)",
    r"(?:i|we)\b" + NO_NEGATION + r"\b(?:over|above|past|beyond) (?:the |its |their )?"
    r"(?:safe working load|swl|rated (?:load|capacity)|max(?:imum)? (?:load|weight|capacity)|"
    r"weight limit|load limit)",
    ME + r"(?:sign|signed|tick|ticked|initial|initialled) (?:it |them |the "
    r"[\w-]+ (?:[\w-]+ )?|off |for (?:it|them|the [\w-]+) )?(?:off )?(?:before|without) "
    r"(?:i(?:'ve| have)? (?:done|checked|looked|finished|seen)|(?:actually |properly |even )?"
    r"(?:doing|checking|looking|reading|inspecting|seeing|counting|testing|finishing|"
    r"witnessing))\b",
    ME + r"(?:backdate|backdated|back-date|back-dated|pre-?sign|pre-?signed|pre-?fill|"
    r"pre-?filled)\b",
    ME + r"(?:copy|copied|download|downloaded|export|exported|email|emailed|forward|"
    r"forwarded|send|sent|save|saved|put|take|took|transfer|transferred) (?:[\w'’-]+ ){0,5}?"
    r"(?:to|onto|on|into) (?:(?:my|a|his|her|their) (?:own |personal |home )(?:laptop|"
    r"computer|pc|phone|email|e-mail|gmail|account|drive|device|tablet)|(?:a |my )?(?:usb"
    r"(?: stick| drive)?|memory stick|pen ?drive|thumb drive))\b",
    ME + r"(?:don't|do not|didn't|did not|never)(?: always| really| usually| even)? (?:wash"
    r"(?:ing)? (?:my )?hands|change (?:my |the )?gloves|change (?:the )?(?:blade|needle|"
    r"chopping boards?|boards?))\b",
    ME + r"(?:give|gave|giving|administer|administered|hand out|handed out|pop|popped) "
    r"(?:[\w'’-]+ ){0,4}?(?:without|before) (?:a |the )?(?:prescription|second (?:nurse|"
    r"check|signature|person)|checking (?:the )?(?:chart|mar|wristband|allergies|id))\b",
    ME + r"(?:leave|left|leaving) (?:the |it |them |my )?(?:[\w-]+ ){0,2}?(?:running|"
    r"unattended|unlocked) (?:while|when|and (?:go|went|nip|nipped|pop|popped|run|ran))\b",
    r"(?:i|we)(?:'ll|'d| would| will)? (?:just )?(?:chance|chanced|risk|risked) it\b",
    # Work begun before its permit, a check glanced at and signed, a witness signed for, a
    # temporary bridge left in, the paperwork left to catch up.
    ME + r"(?:start|started|begin|began|crack on|cracked on|get going|got going) (?:[\w'’-]+ )"
    r"{0,3}?before (?:the |a |my )?(?:permit|isolation|sign-off|approval|risk assessment|"
    r"paperwork|check|test)\b",
    r"(?:glance|glanced|look|looked) (?:down|over|along|at) (?:[\w'’-]+ ){0,3}?(?:and|then) "
    r"(?:sign|tick|initial)",
    r"(?:sign|signed|signing|tick|ticked|initial|initialled) (?:it |them )?(?:off )?(?:rather "
    r"than|instead of) (?:physically |actually |properly )?(?:checking|looking|testing|counting|"
    r"inspecting|doing|opening)",
    r"(?:sign|signed|signing) (?:it )?for both of us\b",
    r"(?:sign|signed|signing) (?:as|for) the (?:witness|second (?:person|checker|signature))\b",
    r"let the paperwork catch up\b",
    ME + r"(?:leave|left|leaving) (?:the |a )?(?:bridge|link|jumper|bypass|override|temporary "
    r"fix) (?:on|in|fitted|in place)\b",
    r"(?:keep|kept|keeping) (?:pouring|serving) (?:for )?(?:him|her|them)\b",
    r"(?:prod(?:uction)?|live|real|customer|patient|client|user|personal) (?:[\w-]+ ){0,2}?"
    r"(?:data|backup|database|records|details)[^.!?]{0,40}?\b(?:onto|to|on|into) my (?:own |"
    r"personal |home )?(?:laptop|phone|pc|computer|machine)\b",
    # A system's limit got round: "the app cuts you off after so many hours so I just log off".
    r"(?:cuts? (?:you|me) off|won't let (?:you|me)|doesn't let (?:you|me)|locks? (?:you|me) "
    r"out)[^.!?]{0,60}?\bso (?:i|we) just\b",
    # A rule named, then the speaker's own way round it: "technically it's meant to go to the
    # detained rail, but honestly I'll just hose it", "we must ask the question, but when the
    # list is late I just tick the box", "it must be witnessed; but in practice I discard it
    # myself".
    r"(?:meant to|supposed to|required to|(?:the )?(?:policy|procedure|protocol|rule) (?:is|"
    r"says)|the rules say|technically|officially|in theory|on paper|by the book|(?:we|you) must "
    r"(?:ask|wait|have|get|check|sign|use|wear|call|book|record)|normally you(?:'d| would)? "
    r"(?:need to|have to|wait|have))[^!?]{0,160}?\b(?:but|so)\b[^!?]{0,100}?\b(?:i|we)(?:'ll|"
    r"'d| will| would)? (?:probably |normally |usually |often |sometimes |then |tend to )?"
    r"(?:just (?!(?:as|like|to|about|because)\b)|(?!(?:could|can|couldn't|can't|got|get|had|"
    r"have|was|were|am|felt|feel)\b)(?:(?!don't|not\b|never\b|won't|wouldn't)[\w'’-]+ ){1,4}?"
    r"(?:myself|on my own)\b)",
    r"(?:procedure|policy|rules?|regs|regulations|manual|manufacturer|guidance|sop|protocol|"
    r"the book|the law|legally|technically|strictly speaking|in theory|on paper)[^.!?]{0,80}?"
    r"\bbut (?:honestly |to be honest |in practice |in reality |realistically |if "
    r"[^.!?]{0,40}? ){0,2}(?:i|we) (?:just|tend to|usually just|normally just)\b"
    r"(?! (?:do (?:it|them) (?:more|twice|daily|weekly)|double|also|add))",
    # A rule swapped for judgement, the paperwork waved off: "the harness rule was, you know,
    # use your common sense", "don't let the paperwork slow you down", "we didn't bother
    # redoing the lift plans".
    r"(?:rule|procedure|policy|check)s? (?:[\w'’-]+ ){0,4}?(?:was|is|became)(?:,? you know,?)? "
    r"(?:just )?(?:use|using) (?:your|their|our) (?:common sense|judgement|judgment|head)",
    r"(?:don't|do not|never) let (?:the )?(?:paperwork|permits?|procedures?|rules|red tape|risk "
    r"assessments?|method statements?|lift plans?|checks?|forms?) (?:slow|hold|get in) (?:you|us|"
    r"the job|things|it) ?(?:down|up|back|the way)?",
    ME + r"(?:didn't|did not|don't|do not|never) (?:even )?bother (?:re-?doing|writing|doing|"
    r"filling in|getting|updating) (?:the |a |any )?(?:[\w-]+ )?(?:lift plans?|plans?|permits?|"
    r"risk assessments?|method statements?|checks?|briefings?)",
    # Others told to drop a check: "just do the temps once and skip the labels".
    r"(?:just |and )(?:skip|drop|ditch|forget) the (?:[\w-]+ )?(?:labels?|temps|temperature "
    r"checks?|checks?|logs?|sign-?offs?|risk assessments?|permits?)\b",
    # Hidden from whoever would stop it.
    r"as long as (?:nobody|no one|no-one) (?:gets hurt|finds out|notices|complains|sees|"
    r"checks)\b",
    r"what (?:they|the [\w-]+|he|she) (?:don't|doesn't) know (?:won't|can't|doesn't) hurt",
    r"(?:nobody|no one|no-one)(?:'d| would| will|'ll) (?:ever )?(?:know|find out|be any the "
    r"wiser)\b",
    # Kept off the record so the record stays quiet: "I didn't put the extra on the tacho
    # sheet cos it would have flagged".
    r"(?:didn't|did not|didnae|didna|don't|do not|never) (?:put|record|write|log|enter|mark|"
    r"show|declare|book) (?:[\w'’-]+ ){0,5}?(?:on|in|down on|onto) (?:the |my |our )?(?:[\w-]+ )"
    r"{0,2}?(?:" + RECORD + r"|tacho\w*|card)\b[^.!?]{0,40}?\b(?:cos|because|'cause|"
    r"cause|so|as) (?:it|they|that|he|she|the \w+)(?:'d| would| might| could)? (?:have |'ve )?"
    r"(?:flag\w*|show\w*|trigger\w*|come up|get picked up|be noticed|notice\w*|ask\w*)",
)
UNSAFE = rx(*_PRACTICE, *_WAIVED, *_TRADES, *CONCEALING)
CONCEALED = rx(*CONCEALING)

# A corner refused or told of others, within the few words before it in its own sentence
# ("I'm no cutting corners on that", "with gas you can't cut corners", "whoever did that
# fitting had cut corners"). ("They're stretched and cutting corners" never matches: the
# patterns read corners cut by "I" or "we", or by "everyone".)
_REFUSED = re.compile(
    r"\b(?:never|not|no|wouldn't|won't|don't|didn't|can't|cannot|mustn't|shouldn't|no way|"
    r"wasn't|weren't|isn't|aren't|refuse to|refused to|refusing to|"
    r"rather than|instead of|without|some (?:lads|people|staff|of them|drivers|fitters)|others|"
    r"people who|those who|whoever|someone|somebody)(?:[ ,]+[\w'’-]+){0,6}"
    r"[ ,]+$",
    re.IGNORECASE,
)
# A corner owned as a mistake, in its own sentence or the next: "which was wrong", "I should
# have", "that was stupid", "I learned the hard way", "now I do it every time".
OWNED_MISTAKE = rx(
    r"should(?:n't| not)?(?: have|'ve)",
    r"(?:was|were) (?:wrong|stupid|daft|a mistake|reckless|lucky|unsafe|dangerous)",
    r"my (?:mistake|fault|error)",
    r"(?:this|that|it)(?:'s| is| was) on me",
    r"i (?:learned|learnt) (?:the hard way|my lesson|never to|to (?:always|never))",
    r"i (?:regret|realised|realized)",
    r"never again",
    r"(?:nearly|almost) (?:fell|fallen|lost|killed|hurt)",
    r"now i (?:always|never|do (?:it|them|that) every)",
    r"every (?:time|day|job|shift) since",
)


# The hazard the kit is for is not there: "I don't wear a respirator for snap traps, because
# there's no chemical involved" (not "there's no need", which is the excuse itself).
_NO_HAZARD = re.compile(
    r"\b(?:because|as|since|cos|'cause) there(?:'s| is| are| was| were) no (?:[\w-]+ ){1,3}?"
    r"(?:involved|present|in use|being used|used)\b",
    re.IGNORECASE,
)


def cut_corner(text: str, start: int, sentence: str, following: str) -> bool:
    """Whether the hit at `start` describes the speaker's own way of working: not refused
    just before it, not said of others, not where the hazard is absent, and not owned as a
    mistake in its sentence or the next."""
    refused = _REFUSED.search(text[max(0, start - 40) : start])
    # (Not a "not" about something else: "for residents whose medication has not changed".)
    negation = max(0, start - 40) + (refused.start() if refused else 0)
    if refused and RELATIVE_BEFORE.search(text[max(0, negation - 40) : negation]):
        refused = None
    # ("It wasn't my job, but I used a colleague's login": the "but" turns it back; in "the
    # rate counts breaks if people don't log out, so I adjusted the hours" the "not" is
    # others', and "so I" starts the speaker's own act.)
    if refused and not re.search(r"\bbut\b|\bso (?:i|we)\b", refused.group(), re.IGNORECASE):
        return False
    if _NO_HAZARD.search(sentence):
        return False
    return not OWNED_MISTAKE.search(sentence) and not OWNED_MISTAKE.search(following)
