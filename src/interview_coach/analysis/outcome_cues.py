"""Phrase patterns for how a story ends: its outcome (the lesson taken from it is in
`lesson_cues.py`).

A result can be said in many ways without "as a result": a change against what came before,
a problem that did not happen, what lasted.
"""

from __future__ import annotations

import re

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.outcome_later import AFTERWARDS, TROUBLE
from interview_coach.analysis.patterns import rx

# Where a measure or a state stood after the work, said without "by" or "to": a level that
# has moved ("my reopened-ticket rate has dropped since", "prescribing dropped about a
# third"), a time against the old one ("now takes four hours instead of three days"), a
# ranking earned ("the fewest errors in the audit out of six wards"), a trouble that did not
# come back ("it hasn't happened again"), a way of working that stayed ("which is now
# standard for the team"), people who chose it ("two drivers have asked to be on my shift").
LEVELS = (
    r"(?:has|have|'s|'ve) (?:\w+ )?(?:dropped|fallen|risen|improved|halved|doubled|gone "
    r"(?:down|up)|come down|shrunk)\b",
    r"(?:dropped|fell|rose|grew|went (?:up|down)|came down|shrank) (?:by )?(?:about |around |"
    r"roughly |nearly |almost |over |more than )?(?:a|one|two) (?:third|quarter|half|fifth|"
    r"tenth)s?\b",
    r"(?:went|dropped|fell|came down|got (?:it|them) down) to (?:zero|nil|none|nothing)\b",
    r"(?:improved|rose|fell|came down) from (?:[\w'’.,-]+ ){1,4}?to\b",
    r"(?:takes?|took|costs?|runs?|lasts?) (?:about |around |roughly |under |less than |just |"
    r"only )?(?:[\w-]+ ){1,2}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|pounds|dollars|"
    r"euros) instead of\b",
    r"(?:things|it|everything|that|work|shifts?|service|the (?:\w+ )?(?:team|shift|ward|"
    r"kitchen|rota|handover|process)) (?:\w+ )?(?:improved|got (?:a lot |much |far )?better|"
    r"ran (?:a lot |much |far )?(?:smoother|better)|went (?:a lot |much |far )?(?:better|"
    r"smoother))",
    r"(?:had|has|have|was|were|got|is|are|came|finished|ranked) (?:among |one of )?the (?:highest|"
    r"lowest|fewest|best|top|quickest|fastest|most improved)\b(?: [\w'’-]+){0,4}? (?:in|on|of|"
    r"across|out of) (?:the|our|my|their|its|all)\b",
    r"(?:hasn't|has not|haven't|have not|never|didn't|did not) (?:happened|happen|come back|"
    r"recurred|returned) (?:again|since)\b",
    # …or said of the one who erred: "I've not been down since", "never been short since".
    r"(?:i've not|i have not|i haven't|i have never|i've never|we've not|we haven't|we've never"
    r"|it's not|it hasn't) (?:been|gone|come up|run) (?:[\w'’-]+ ){0,2}?(?:down|short|over|"
    r"out|wrong|late|missing|again)(?: [\w'’-]+){0,3}? since\b",
    # A trouble that has stayed away, a target met, thanks received, a fix others reuse: "I
    # never missed a variation again", "has run without a pitch trip for eight months", "he
    # hit all his targets that quarter", "attendance held at 33", "we got forty two thank you
    # messages", "the guide has since been used on two more turbines".
    r"(?:i|we|he|she|they) never (?:missed|lost|had|dropped|made|got) (?:a|an|one|another|any) "
    r"(?:[\w'’-]+ ){0,3}?again\b",
    r"(?:has|have|'s|'ve) (?:run|gone|worked|operated|been running|been working) without (?:a|an|"
    r"any) (?:[\w'’-]+ ){1,2}?(?:for|since)\b",
    r"(?:hit|met|made|reached|beat|smashed|exceeded) (?:all |every one of )?(?:his|her|their|my|"
    r"our|the) (?:[\w-]+ )?(?:targets?|numbers|kpis?|quota|sla)\b",
    r"(?:held|stayed|remained) (?:steady )?(?:at|above|over) (?:about |around |nearly |over )?\d",
    r"(?:got|received|had) (?:[\w'’-]+ ){1,3}?(?:thank[- ]you (?:messages|cards|notes|emails|"
    r"letters)|compliments|five[- ]star reviews)\b",
    r"(?:has|have) since been (?:used|adopted|rolled out|taken up|copied)\b",
    r"put (?:it|that|this|them) (?:in|into) the (?:training|induction) (?:folder|pack|manual|"
    r"programme|program)",
    # "since then I've not missed a diversion once", "we haven't lost a booking since".
    r"(?:i've|i have|we've|we have|he's|she's|they've) (?:not|never) (?:missed|lost|had|dropped|"
    r"failed|broken|made) (?:a|an|one|any|another|the) (?:[\w'’-]+ ){0,3}?(?:once|since)\b",
    r"(?:didn't|did not|wasn't|was not|never) (?:get |got |need to be |needed to be )?"
    r"(?:re-?admitted|readmitted)\b",
    r"(?:is|are|became|has become) (?:now )?(?:standard|(?:standard|normal|common) practice|"
    r"policy|the norm|routine) (?:for|on|across|in)\b",
    r"(?:has|have) asked to (?:be|stay|join|work) (?:on|in|with) (?:my|our) (?:shift|team|"
    r"crew|ward|class|rota)\b",
    r"(?:got|had|received|there were|there was) no (?:[\w-]+ ){0,2}?(?:findings|actions|"
    r"defects|snags|non-?conformances|recommendations|comebacks)\b",
    r"(?:nobody|no one|no-one) (?:[\w'’-]+ ){0,3}?(?:waited|missed|lost|went without) "
    r"(?:over|more than|longer|for|a|an|any|their|his|her)\b",
    r"(?:got|came|went) back (?:up |down )?to (?:about |around |nearly |over )?(?:[\w-]+ ){1,2}?"
    r"(?:percent|per cent)\b",
    r"(?:didn't|did not|never) lose (?:the|a|any|our|their|that) (?:[\w-]+ )?(?:payment|money|"
    r"client|customer|account|contract|data|sale|booking|order)s?\b",
    r"(?:made|caught) (?:her|his|their|the|our|my) (?:flight|train|connection|ferry|"
    r"appointment|wedding)\b",
    r"(?:mother and baby|both|the patient|he|she|they) (?:both )?(?:did|recovered|went on to do) "
    r"(?:well|fine)\b",
    r"now (?:trains|runs|leads|mentors) (?:the|our|my|new)\b",
    # The work done without the trouble, others taking up one's work, a change others saw:
    # "ran the desk on my own with no double bookings", "the manager gave my cheat sheet to
    # the other receptionists", "the duty team had noticed the difference".
    r"with (?:no|zero|nae) (?:[\w'’-]+ )?" + TROUBLE,
    r"(?<!\bi )(?:gave|sent|shared|passed|handed|rolled) (?:out )?(?:my|our) (?:[\w'’-]+ ){1,2}?"
    r"(?:to|out to|round to|with) (?:the other|all the|all our|every|everyone|the whole|other)\b",
    r"(?:noticed|seen|saw|could see|could tell|felt) (?:the|a) (?:big |real |huge |clear )?"
    r"difference\b",
    # A test passed on the next try, custom moved over: "I passed the second time with two
    # minors", "moved all the family's prescriptions to us".
    r"passed (?:it |them )?(?:on )?(?:the |my )?(?:second|third|next|first|following) "
    r"(?:time|attempt|go|try)\b",
    r"(?:moved|switched|transferred|brought) (?:all )?(?:of )?(?:the |their |her |his )?"
    r"(?:[\w'’-]+ ){0,3}?(?:to us|over to us|to me|over to me)\b",
    # People kept on, a figure against the one before, a trouble gone in a stated time: "we
    # kept most of them on into January", "it sold about a third more than the year before",
    # "the monitors were clear within three weeks".
    r"kept (?:me|him|her|them|us|(?:most|all|both|half|some) of (?:them|us)) on\b",
    r"(?:more|less|fewer|better|higher|lower|faster|quicker) than (?:the (?:year|month|week|"
    r"season|term|quarter) before|before|last (?:year|month|season|term|quarter))\b",
    r"(?:was|were|had been|got) (?:all )?(?:clear|fixed|sorted|resolved|gone|cleared|back up|"
    r"done) (?:within|in under|in less than)\b",
    r"(?:are|is) (?:still |now |all )?using (?:it|them|that|this)(?: (?:now|right now|every "
    r"(?:day|week)|daily|today))?\b",
)
# What the work earned and what lasted, said plainly: "we haven't had an allergen near miss
# since", "the head chef brought both in for the whole kitchen", "owner give us both a bonus
# after", "I got employee of the month", "we only got one complaint all day", "school opened
# Monday as normal", "he's been in every week since", "after that no more pallets in the
# aisle", "me and Dave, we are good".
EARNED = (
    r"(?:haven't|have not|hasn't|has not|never|didn't|did not) (?:had|seen|got) (?:a |an |any |"
    r"another )?(?:(?:[\w'’-]+ )?" + TROUBLE + r"|one)(?: [\w'’-]+){0,3}? since\b",
    r"brought (?:it|them|both|that|this|these|those)(?: [\w-]+)? in (?:for|across|on|at) "
    r"(?:the whole|all|"
    r"every|each|both)\b",
    r"(?:gave|got|earned|won|received) (?:us |me |them |him |her )?(?:both |all )?(?:a |an |my |"
    r"our )?(?:[\w-]+ )?(?:bonus|pay rise|promotion|commendation|award)\b",
    r"(?:give|gives) (?:us|me|them|him|her) (?:both |all )?(?:a |an )?(?:bonus|pay rise|"
    r"promotion|commendation|award)\b",
    r"(?:employee|colleague|staff member|driver|nurse|carer|apprentice|volunteer|learner|student)"
    r" of the (?:month|quarter|year)\b",
    r"only (?:got|get|had|have|received) (?:one|a single|two|three) (?:[\w-]+ )?(?:complaints?|"
    r"errors?|mistakes?|returns?|callbacks?|comebacks?|rejects?)\b",
    r"(?:served|serve|got out|sent out) every (?:single )?(?:ticket|order|table|cover|parcel|"
    r"delivery|plate)s?\b",
    r"(?:opened|reopened|went ahead|went out|left|departed|arrived|sailed|finished|delivered) "
    r"(?:[\w'’-]+ ){0,3}?(?:as normal|as usual|on time)\b",
    r"(?:he|she|they)(?:'s| has| have|'ve) been (?:back |in |coming (?:in |back ))?(?:in |back )?"
    r"every (?:week|day|month|fortnight|year) since\b",
    r"brought (?:us|me|the (?:team|staff|ward|shop|office|crew)) (?:all )?(?:a|some) (?:box|card|"
    r"cake|tin|bunch|bottle)\b",
    r"(?:put|featured|mentioned) (?:it |me |us |the story )?in the (?:[\w-]+ )?(?:newsletter|"
    r"bulletin|magazine|paper)\b",
    r"(?:after that|since then|from then on|after that day),? (?:there (?:were|was) |we had |"
    r"we've had |i had |i've had )?no more\b",
    r"(?:me and \w+|and (?:i|me)),? (?:we )?(?:are|get on|got on|were) (?:good|fine|well|"
    r"great|friends|mates)\b",
    r"(?:he|she|they) even (?:helps?|helped|thanked|apologi[sz]ed|says? sorry|said sorry|"
    r"recommended)\b",
)


def closing_half(text: str) -> int:
    """Where an answer's close begins: a result or an outcome is told in its second half."""
    return len(text) // 2


OUTCOME = rx(
    r"as a result",
    r"in the end",
    r"the (?:outcome|result|upshot) (?:was|is)",
    # The outcome announced in other words, and a plan kept: "what came of it was the company
    # relabelled every fill point", "he sailed on the Monday like he'd planned".
    r"what came (?:of|out of) (?:it|that|all that|all of it) (?:was|is)",
    r"(?:just )?(?:like|as) (?:he|she|they|we|the (?:client|customer|owner|skipper|family))"
    r"(?:'d| had) (?:planned|booked|hoped|wanted)\b",
    r"ended up",
    r"(?:it|that|things|everything) turned out (?:all right|alright|fine|well|okay|ok|great)",
    r"which meant",
    r"that meant",
    r"turned (?:it )?around",
    # (Not the pluperfect of a scene: "she'd been ill and had stopped asking for help".)
    # (Nor one's own step: "so I stopped the operation".)
    r"(?<!had )(?<!\bi )(?:stopped|disappeared|went away|settled down|calmed down|cleared up)",
    r"(?:he|she|they) (?:calm|settle) down\b",  # the ending dropped: "she calm down"
    # The patient or client took to what was done: "she responded well over the next hours".
    r"(?:responded|reacted) well",
    # Escalation that was not needed: "didn't need to go to high dependency".
    r"(?:didn't|did not|never) (?:need|have|end up having) to (?:go (?:to|into|back)|be "
    r"(?:admitted|readmitted|transferred|sent|escalated))",
    # A harsher step that was not needed: "so we did not have to do the thermal treatment".
    r"(?:didn't|did not|never) (?:need|have|end up having) to (?:do|use|call (?:out|in)|bring "
    r"in|shut|close|stop|cancel|evacuate|replace|scrap|dump|bin)\b",
    r"went (?:from|down|up)",
    # "attendance had gone from about five a week to twelve", "cancellations were down by a
    # third".
    r"(?:had |has |have |'d |'s )?gone (?:from|down|up) ",
    r"(?:were|was|are|is) (?:down|up) (?:by|from)\b",
    # A mark or a grade earned: "I got 74 percent", "which was a first".
    r"(?:i|we) (?:got|achieved|received|earned|were awarded|was awarded) (?:a |an )?(?:[\w-]+ )?"
    r"(?:percent|per cent|%|first|distinction|merit|top marks|full marks|grade)\b",
    r"which was (?:a|the) (?:first|distinction|top mark|highest mark|best mark)\b",
    r"(?:dropped|fell|rose|grew|increased|decreased|reduced|halved|doubled|tripled|saved|"
    r"improved|cut|came down|went down) (?:by|to|from|fae|frae|tae)",  # Scots "fae … tae"
    # A habit changed for good: "over the next twelve weeks she didnae miss a single session".
    r"(?:didn't|did not|didnae|didna|never) miss(?:ed)? (?:a single|one|another|any)",
    # Done, said of the work: "we shipped", "they renewed". "I signed", "I closed" and "I
    # cleared" are as often one's own steps ("I signed the form", "I cleared the old logs").
    r"(?:we|they|it|i|she|he) (?:finished|delivered|launched|shipped|exceeded|won|renewed|"
    r"recovered)",
    # (Not in a relative clause: "the estimate form that he signed" is the scene.)
    r"(?<!that )(?<!what )(?:we|they|it|she|he) (?:signed|closed|cleared)",
    # "met", "hit" and "reached" are an outcome only with what was met: "we met the deadline",
    # not "we met in the site cabin".
    r"(?:we|they|it|i|she|he) (?:hit|met|beat|reached|passed|made) (?:the|our|my|their|its|"
    r"every|all|each|both|that|this) (?:[\w-]+ ){0,2}?(?:targets?|deadlines?|goals?|dates?|"
    r"budgets?|kpis?|quotas?|sla|slas|numbers|figures?|audits?|inspections?|standards?|"
    r"checks?|tests?|milestones?|forecasts?|plans?|cut-?offs?)\b",
    # Done with time in hand: "with twenty minutes to spare", "handed over two weeks before
    # the deadline", "finished a day early".
    r"with (?:[\w'’-]+ ){1,3}?to spare",
    r"(?:finished|delivered|handed (?:it )?over|completed|shipped|submitted|opened|closed) "
    r"(?:[\w'’-]+ ){0,4}?(?:early|ahead of (?:time|schedule|the deadline)|before (?:the|our|its) "
    r"(?:deadline|due date|opening|launch))",
    # Time or money given back: "it saved them about one full day per week".
    r"saved (?:them|us|me|everyone|the (?:[\w-]+ )?(?:team|office|department|firm|company|"
    r"client|school|ward|store|site)|our (?:[\w-]+ )?team) (?:about |around |roughly |nearly |"
    r"over |more than |at least )?(?:an? |one |two |three |half an? |\w+ )?(?:full )?(?:hours?|"
    r"days?|weeks?|minutes|time|money|shifts?)",
    # What one made, taken up by others: "which twelve teachers at my school used this year",
    # "which the firm kept using after I left".
    r"(?:which|that) (?:the |our |my |\w+ )?(?:[\w-]+ )?(?:teachers|staff|colleagues|users|"
    r"nurses|engineers|teams|departments|schools|sites|stores|branches|clients|customers|firm|"
    r"company|department|school|ward|team|office) (?:[\w'’-]+ ){0,3}?(?:still )?(?:used|uses|"
    r"adopted|kept using|still use|rolled out|took up)\b",
    # Fixed and staying fixed: "the car was fine after", "it has run fine ever since".
    r"(?:was|were|has been|have been|'s been|ran|has run|worked) (?:fine|perfect|perfectly|"
    r"solid|stable|sound|spot on) (?:after|since|ever since|from then on|afterwards)",
    # Harm averted: "reset both accounts before any data left".
    r"before (?:any(?:one|body)?|the) (?:[\w'’-]+ )?(?:data |money |damage |harm )?(?:left|got "
    r"out|went out|was lost|was done|was hurt|got hurt|noticed|was taken)\b",
    # …or before anyone had the faulty thing: "pulled the loaves before anyone bought one".
    r"before (?:any(?:one|body)|a (?:customer|patient|guest|child|pupil|resident|client)) "
    r"(?:had )?(?:bought|ate|eaten|drank|drunk|took|taken|used|received|was served|was given|"
    r"got) (?:one|it|any|them|a (?:single )?\w+)\b",
    # People's reaction afterwards: "they were grand about it" (not "she was fine with it", a
    # plan approved), "they came back a few weeks later" (a return, with the time it took).
    r"(?:they|he|she|the (?:guests?|customers?|clients?|family|patients?|couple|table|parents?)) "
    r"(?:were|was) (?:really |very |totally |actually |pretty |so )?(?:grand|great|lovely|"
    r"understanding|gracious|decent|sound|happy|pleased|relieved) about (?:it|that|the "
    r"(?:outcome|result|fix|solution))",
    r"came back (?:a (?:few|couple of)|two|three|four|several|\w+) (?:days|weeks|months) later",
    # "kept" alone is as often an action ("I kept a list"); kept business is an outcome.
    r"kept (?:the|every|all|our|both|them|him|her|their|its|his) (?:\w+ )?(?:clients?|"
    r"customers?|accounts?|contracts?|business|staff|jobs?|orders?|custom)",
    # A state that came back, or where things stood a while later: "two weeks later my rate
    # was back over a hundred and ten".
    r"(?:was|were|is|are) back (?:up |down )?(?:over|above|to|under|below|on|in|at|"
    r"within|on track|to normal)",
    # "Got back" and "came back" also say where people went ("we got back in the cab"): only a
    # level or a state counts.
    r"(?:got|came) back (?:up |down )?(?:over|above|under|below|within|on track|on target|"
    r"on schedule|to normal|to full|in (?:budget|stock|profit|range))",
    r"(?:a|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?|fortnights?|"
    r"months?|shifts?) (?:later|on),? (?:my|our|the|we|it|he|she|they|his|her|their|every|all)\b",
    # Harm that did not come: "nobody was affected", "the client was never affected".
    r"(?:nobody|no one|no-one|none of (?:them|us|the \w+)) (?:was |were |got |became |fell )?"
    r"(?:\w+ )?(?:affected|hurt|harmed|ill|sick|injured|charged|delayed|out of pocket)",
    # A level brought down, or kept: "by opening night we had it down to fourteen seconds",
    # "mortality stayed normal", "better than the site average".
    r"(?:got|had|brought) (?:it|them|that|this|the [\w-]+(?: [\w-]+)?) down to\b",
    r"(?:stayed|remained|remains|held) (?:normal|stable|steady|low|flat|under|below|within|"
    r"watertight|dry|safe|intact|secure|on "
    r"target|on track|at zero)\b",
    r"(?:better|higher|lower|faster|quicker|fewer|cheaper) than (?:the |our |their |its )?"
    r"(?:[\w-]+ )?(?:average|target|norm|benchmark|forecast|plan|budget|last year)\b",
    r"(?:didn't|did not|never) (?:miss|drop|lose|fail) (?:it|one|a (?:single )?\w+) (?:once|all "
    r"(?:run|season|year|week))\b",
    r"(?:adopted|rolled out|took up|copied) (?:it |them |that |this )?(?:across|in|at|for|to) "
    r"(?:all|every|each|both|the whole|the other (?:[\w-]+ )?(?:sites?|branches|stores?|shops?|"
    r"wards?|teams?|surgeries|depots?|kitchens?|schools?|offices?|practices|homes?|hotels?|units?))\b",
    # Harm that never reached anyone: "so nobody with an allergy ate one".
    r"(?:nobody|no one|no-one|none of (?:them|us|the \w+)) (?:[\w'’-]+ ){0,3}?(?:ate|drank|"
    r"swallowed|took|received|was given|were given|went home with|left with) (?:one|it|any|"
    r"them|a (?:single )?(?:one|dose|bite))\b",
    # A practice taken up by others: "now that's what all the school kitchens in the borough
    # do", "now all the kitchens in the borough do that".
    r"(?:now )?(?:that's|that is|it's|it is) what (?:all|every|the whole|most|both) (?:of )?"
    r"(?:[\w'’-]+ ){0,7}?(?:do|does|use|uses|follow|follows)\b",
    r"now (?:all|every|most|both) (?:of )?(?:the |our )?(?:[\w'’-]+ ){0,6}?(?:do|does|use|uses|"
    r"follow|follows) (?:that|it|this|them)\b",
    # A failure stopped before it did harm: "so it was a near miss, not an error", "we caught
    # it before it went out".
    r"(?:a|the) (?:proper |real |genuine |close )?near[- ]miss",
    r"caught (?:it|that|the (?:error|mistake|problem)) (?:before|in time)",
    r"(?:was|were) never (?:affected|harmed|hurt|charged|delayed|at risk)",
    r"(?:thanked|praised|promoted|recogni[sz]ed|commended)",
    r"(?:feedback|reviews?|scores?) (?:was|were|went|came back)",
    r"by the end",
    r"no (?:more|further) (?:complaints|errors|incidents|delays|falls|issues|problems)",
    *AFTERWARDS,
    *LEVELS,
    *EARNED,
)
DURATION = re.compile(r"\b(?:second|minute|hour|day|night|week|fortnight|month|year)s?\b", re.I)


def is_head_count(figure: str) -> bool:
    """A count of people or things handled ("a hundred and sixty students", "two people"): the
    scope of the work until a change word makes it an outcome ("down to two people")."""
    words = figure.split()
    return bool(words) and words[-1].lower() in lx.COUNT_UNITS


# Words that make a duration or a count an outcome: "within a week", "down to ten minutes".
CHANGE_BEFORE = re.compile(
    r"\b(?:within|in under|in less than|under|down to|cut to|up to|to|from|instead of|"
    r"against|than|only|just|by|averag(?:e|ed|ing)(?: of)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# "By" is a change word after a change ("cut by two people"), not after the one who did a
# step ("checked by two people", "seen by three doctors").
_BY_AGENT = re.compile(
    r"\b(?!(?:cut|reduced|increased|raised|lowered|dropped|shortened|improved|lifted|"
    r"boosted|trimmed)\b)\w+(?:ed|en|wn) by\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A figure said as how often ("four times a fortnight", "twice per shift") is a routine until a
# change word makes it an outcome ("down to once a month").
_HOW_OFTEN = re.compile(
    r"^\s+(?:a|an|per|every|each)\s+(?:day|night|shift|week|fortnight|month|year|term|"
    r"session|visit|lesson|round)\b",
    re.IGNORECASE,
)

# A figure in what the speaker asked for or planned, or what a rule asks, is part of the
# action, not its outcome: "I asked the kitchen if they'd stagger the starters by ten
# minutes", "the policy asks you to review him within thirty minutes", "I'd like you to
# review him within thirty minutes".
ASKED_FOR = re.compile(
    r"\b(?:asks?|asked|tells?|told|got|had|wants?|wanted|plans?|planned|decided|arranged|"
    r"agreed|suggested|requires?|required|expects?|expected|(?:i'd|i would|we'd|we would) like|"
    r"(?:i|we) (?:want|wanted|needed|need) (?:you|him|her|them))\b[^.;]*?"
    r"\b(?:if|to|they'd|we'd|would|that)\b[^.;]*$",
    re.IGNORECASE,
)


def detail_figure(figure: str, before: str, after: str) -> bool:
    """Whether a figure is a detail of the work rather than its outcome: a duration, a head
    count or a frequency with no change word before it ("booked for forty minutes", "a hundred
    and sixty students", "four times a fortnight"; not "within a week", "down to two people"),
    or a figure in what was asked for. `before` is the figure's sentence up to it, `after` the
    words that follow it."""
    if ASKED_FOR.search(before):
        return True
    count = is_head_count(figure)
    if not (DURATION.search(figure) or count or _HOW_OFTEN.search(after)):
        return False
    near = before[-25:]
    return not CHANGE_BEFORE.search(near) or bool(count and _BY_AGENT.search(near))
