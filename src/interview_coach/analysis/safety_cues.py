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

from interview_coach.analysis.patterns import rx

# Kit, checks and records a procedure asks for, in any trade.
_SAFEGUARD = (
    r"(?:the |a |my |any |an |that |our )?(?:[\w-]+ )?(?:scaffold(?:ing)?(?: tower)?|tower|"
    r"harness|gloves|goggles|glasses|mask|ppe|helmet|hard hat|hi-vis|guard|lock[- ]?off"
    r"(?: kit)?|lock[- ]?out|isolat\w+|permit(?: to work)?|risk assessment|checks?|checklist|"
    r"check sheet|test(?:er|ing)?|straps?|hoist|sling|slide sheet|banksman|spotter|second person|"
    r"form|forms|incident (?:form|report)|report|register|log|paperwork|procedure|protocol|"
    r"policy|rules|signing in|sign-off|handwash\w*|seat ?belt|wet floor sign|"
    r"code review|review|tests|pipeline|postmortem|post-mortem|second check|lookout|"
    r"protection|groundie|backup|back-up|change ticket|ticket|chainsaw trousers|proving unit)"
)
# Filling in, writing up or declaring: the record itself.
_REPORTING = (
    r"(?:filling (?:it |them |in )?(?:in )?(?:an? |the )?(?:[\w-]+ )?(?:form|report)?|writing "
    r"(?:it |them |that )?(?:up|down)|reporting (?:it|them|that)?|recording|logging|declaring|to "
    r"(?:report|record|log|declare|write (?:it |them |that )?(?:up|down)|fill (?:it |them )?in))"
)
# A record: what a false entry, a tick or a figure goes into.
_RECORD = (
    r"(?:chart|log|logs|sheet|boxes|box|certificate|record|records|register|form|notebook|"
    r"notes|system|book|timesheet|report|deck)"
)
_ME = r"(?:i|we)(?:'d| would| will|'ll)? (?:just |usually |normally |often |sometimes |still )?"

# Hiding it: a report or record left out, a record written from anything but the fact, and
# results made to come out. In a story of one's own mistake this is still a fault: the mistake
# is what the question asks for, the cover-up is not.
_CONCEALING = (
    # Not reported, not declared, not told: "I did not put this in the gifts register",
    # "I did not mention in the deck which weeks I removed", "I didn't report the accident".
    r"(?:i|we)(?:'d| would)? (?:wouldn't|would not|won't|don't|didn't|did not|never) (?:mention|"
    r"put|record|log|write|declare|report|include|say)(?: (?:it|that|this|them|any of (?:it|"
    r"that)|the [\w-]+(?: [\w-]+)?))? (?:in|on|to|up in) (?:the |our |my )?(?:[\w-]+ ){0,3}?"
    + _RECORD,
    # Not told, not disclosed: "I didn't say anything to my manager", "I didn't mention he was
    # family", "so nobody really noticed".
    # (As a habit or a plan: "I did not tell anyone early" is how a missed deadline went wrong.)
    r"(?:i|we) (?:never|wouldn't|won't|don't) (?:say anything|tell anyone|tell "
    r"(?:my|the) (?:manager|supervisor|boss|team leader|line manager|sergeant|nurse in charge|"
    r"pharmacist)|let (?:anyone|my manager|my supervisor) know)\b",
    r"(?:didn't|did not|never|wouldn't) (?:mention|say|tell (?:them|the \w+)|disclose|declare) "
    r"(?:that )?(?:he|she|they|it) (?:was|were|is|are) (?:family|related|a friend|my [\w-]+)\b",
    r"so (?:nobody|no one|no-one) (?:really |ever )?(?:noticed|knew|found out)\b",
    r"(?:don't|didn't|do not|never) ask (?:too many |many |any |much )?(?:questions? )?(?:about )?"
    r"where (?:the )?(?:money|cash|deposit|funds)",
    r"(?:i|we) (?:wouldn't|would not|don't|didn't|did not|never) report (?:it|that|this|them|the "
    r"(?:accident|incident|error|near miss|injury|fall|spill|mistake))\b",
    # Kept from those who must know: "the superintendent doesn't need to know about every small
    # thing", "sorting it out quietly", "keep it between us".
    r"(?:doesn't|don't|does not|do not|wouldn't|would not) need to know (?:about )?(?:every|each|"
    r"all the) (?:small |little |minor )?(?:thing|slip|mistake|error|incident|near miss)",
    r"(?:sort|sorting|sorted|deal with|dealing with|fix|fixing|handle|handling) (?:it|them|that|"
    r"things|this)(?: out)? quietly\b",
    r"keep (?:it|this|that) between (?:us|ourselves|you and me)",
    r"(?:turn|turned|turning) a blind eye",
    # A record written from anything but the fact: "signed the chart as if it had gone in",
    # "fill the temperature log in at the end of the night from memory", "tick all the boxes at
    # the end of the week", "put typical numbers on the certificate", "write it up as a home
    # visit", "labelled it as a timing difference so the numbers tied".
    r"(?:sign|signed|signing|tick|ticked|ticking|fill|filled|filling|write|wrote|writing|put|"
    r"putting|log|logged|record|recorded|mark|marked|label|labelled|labeled) (?:[\w'’-]+ ){0,5}?"
    r"(?:as if|from memory|(?:typical|usual|normal|sensible|plausible|made-up|made up) "
    r"(?:numbers|readings|figures|values|temperatures|results))\b",
    r"(?:tick|ticked|ticking|sign|signed|signing) (?:[\w'’-]+ ){0,4}?"
    + _RECORD
    + r" (?:[\w'’-]+ ){0,3}?(?:at the end of the (?:week|month)|all (?:at once|together)|in one "
    r"go|without (?:doing|checking|reading|looking))",
    r"(?:write|wrote|writing|log|logged|logging|record|recorded|put|label|labelled|labeled) "
    r"(?:it|them|that|this) (?:up |down )?as (?:a |an )?(?:[\w-]+ ){0,2}?(?:visit|check|"
    r"difference|done|complete|completed|inspected|tested)\b",
    r"(?:adjust|adjusted|change|changed|alter|altered|amend|amended) (?:the )?(?:[\w-]+ )?"
    r"(?:balance|figures?|numbers?|readings?|register|count|totals?) so (?:it|they) (?:match|"
    r"matches|matched|balance|balances|balanced|tie|ties|tied|agree|agrees)",
    r"so (?:the )?(?:sheet|register|till|record) (?:always )?(?:matches|balances|ties|is complete)",
    r"(?:rerun|re-run|repeat|run) (?:it|them|the [\w-]+) (?:again )?until (?:it|they|one) "
    r"(?:comes? in|passe?s|falls? in)\b",
    r"only (?:record|log|report|write down|keep) the (?:passing|good|best|clean) (?:runs?|results?|"
    r"ones?|readings?)",
    r"so (?:the )?(?:numbers?|figures|accounts|books|batch record|record|chart|trend|results?|"
    r"data) (?:tied|balanced|matched|looks? (?:tidy|clean|cleaner|better|right|fine)|looked "
    r"(?:tidy|clean|cleaner|better|right|fine))",
    # Results made to come out: "rerun until one falls inside", "changed the comparison group
    # until the result became positive", "until something comes out as significant", "leave
    # the failed runs out", "removed some of the weeks that looked bad".
    r"until (?:the (?:result|results|numbers?|figures?|data)|it|one|something|anything) "
    r"(?:became|becomes|looked|looks|came out|comes out|falls?|fell|passe[sd]|went|turns? out|"
    r"shows? up) (?:as )?(?:positive|inside|in range|within|(?:statistically )?significant|"
    r"right|better|clean)",
    r"(?:leave|left|leaving|drop|dropped|remove|removed|delete|deleted|exclude|excluded) "
    r"(?:out )?(?:some of )?(?:them|those|it|the (?:[\w-]+ )?(?:runs?|results?|weeks?|points?|"
    r"data|samples?|readings?|months?|outliers)) (?:as outliers so|out of the|that (?:looked|"
    r"were) (?:bad|odd|wrong|off))",
)
# Doing it: a check, the kit or the rule left out, a safeguard defeated, those in one's care
# left unwatched, luck or strength in the procedure's place.
_PRACTICE = (
    # The safeguard skipped or left off: "I don't bother with the scaffold tower", "I don't
    # always bother with the lock-off kit", "I don't clip on", "I don't really wear the
    # gloves", "I don't really do the pre-use check sheet".
    _ME + r"(?:don't|do not|wouldn't|would not|won't|will not|never|didn't|did not) (?:always |"
    r"really |even |usually )?bother (?:(?:with|using|wearing|putting up|doing|checking|testing|"
    r"to (?:use|wear|put up|do|check|test|lock|isolate)) " + _SAFEGUARD + r"|" + _REPORTING + r")",
    _ME + r"(?:don't|do not|didn't|did not|never)(?: always| really| usually| even)? (?:wear|use|"
    r"clip on|clip in|put on|put out|put up|lock off|isolate|prove|do|fill in|sign|carry|take|"
    r"bring|raise|open|book|wait for|hang about for|hang around for|bother testing) "
    r"(?:(?:it|them) )?" + _SAFEGUARD,
    r"(?:i|we) (?:don't|do not|didn't|did not)(?: always| really| usually)? clip (?:on|in)\b",
    r"(?:no|there's no|there is no|not much) (?:point|need) (?:in )?(?:filling in|writing up|"
    r"reporting|logging|recording|declaring|doing) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:report|"
    r"form|paperwork|incident|log|entry|check)",
    _ME
    + r"(?:skip|skipped|skipping|leave out|left out|ignore|ignored|bypass|bypassed) "
    + _SAFEGUARD,
    # The check waved away or done alone: "you can't check every strap", "if it looks alright
    # I go", "the hoist is supposed to be a two person job but I just do it on my own", "I
    # check my own dispensing".
    r"(?:can't|cannot|couldn't|could not) (?:check|test|inspect) every\b",
    r"if it (?:looks|smells|seems) (?:alright|all right|ok|okay|fine|right|safe) (?:i|we|you) "
    r"(?:go|set off|crack on|carry on|sign it off|use it|let it go|send it|serve it)\b",
    _ME + r"(?:cut|have to cut|had to cut|cutting) (?:a few |some |the odd )?corners",
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
    _ME + r"(?:tape|taped|taping|wedge|wedged|prop|propped|bypass|bypassed|override|overrode|"
    r"disable|disabled|jump|jumped|block|blocked|pull|pulled|take|took) (?:out )?(?:[\w'’-]+ )"
    r"{0,2}?"
    r"(?:sensor|interlock|guard|limiter|cut-out|safety (?:switch|catch|device|valve)|fire door|"
    r"tacho(?:graph)?(?: card)?|my card)\b",
    _ME + r"(?:put|used|use|turn|turned) the override\b",
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
UNSAFE = rx(*_PRACTICE, *_CONCEALING)
CONCEALED = rx(*_CONCEALING)

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


def cut_corner(text: str, start: int, sentence: str, following: str) -> bool:
    """Whether the hit at `start` describes the speaker's own way of working: not refused
    just before it, not said of others, and not owned as a mistake in its sentence or the
    next."""
    if _REFUSED.search(text[max(0, start - 40) : start]):
        return False
    return not OWNED_MISTAKE.search(sentence) and not OWNED_MISTAKE.search(following)
