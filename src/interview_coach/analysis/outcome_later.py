"""Phrase patterns for where things stood after a story: a trouble that has not come back,
custom kept, thanks given later, a practice others took up, harm that never came, a level
held or beaten. Part of `outcome_cues.OUTCOME`, kept here so each module reads in one
sitting."""

from __future__ import annotations

# "Done by Friday", "paid in full", "fixed in two days": a time or a completeness, not who
# did it ("the accounts were done by one lady") or where it went ("paid in the April
# valuation").
_BY_TIME = (
    r"by (?:\d[\w:.]*|the (?:end|deadline|due date|time|next|following|close|weekend|morning|"
    r"afternoon|evening)|(?:the )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midday|"
    r"lunch(?:time)?|tomorrow|close of|end of|half past|(?:[\w-]+ ){0,2}?(?:past|to) (?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight))"
)
_IN_TIME = (
    r"in (?:(?:about |around |roughly |just |only )?(?:\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|a couple of|under|less than|just over)(?: and a half)? (?:\w+ )?"
    r"(?:minutes?|hours?|days?|weeks?|fortnights?|months?|"
    r"years?|shifts?|visits?|sessions?)|time|full|record time|the end)"
)
# Trouble that a fix can end: trips, faults, complaints, falls and the like.
TROUBLE = (
    r"(?:issues?|problems?|complaints?|errors?|mistakes?|faults?|incidents?|trips?|breakdowns?|"
    r"failures?|outages?|leaks?|falls?|injuries|injury|accidents?|delays?|callbacks?|"
    r"call-?outs?|comebacks?|returns?|rejects?|near misses|near miss|escalations?|tickets?|"
    r"crashes|crash|jams?|stoppages?|no-shows?|mix-?ups?|disputes?|claims?|double[- ]bookings?|"
    r"overbookings?)\b"
)
AFTERWARDS = (
    # Where things stood afterwards, in any words: a trouble that has not come back ("I've had
    # no wheel comebacks since"), custom kept ("he's still a customer", "now she comes to me
    # every six weeks"), thanks given later ("rang me a year later to say thanks"), someone
    # trained now working alone ("one is now running the small press alone"), work out on
    # its date ("the batch still went out the Friday like it was meant to"), a patient home
    # ("home within the week"), exams passed.
    r"(?:had|been|seen) no (?:[\w'’-]+ ){0,3}?(?:since|after that|ever since)\b",
    # …said the other way round: "ten year since and I've never had another one".
    r"never (?:had|made|seen|done) (?:another|a repeat|a second)\b",
    r"never (?:had|seen|got) (?:this|that|it|one|the same) (?:again|since)\b",
    # Custom kept by name, a target met, someone home later: "she asks for me by name every
    # year now", "we reported all 140 inside the 48-hour target", "the kids went home about
    # five months later".
    r"(?:ask|asks|asked|request|requests|requested) for me (?:by name|personally)\b(?=[^.!?]"
    r"{0,30}?\b(?:now|since|again|every|ever since|after that)\b)",
    r"(?:reported|delivered|finished|completed|cleared|shipped|processed|returned|submitted|"
    r"signed off|got (?:[\w'’-]+ )?(?:out|done|back)) (?:[\w'’-]+ ){0,4}?(?:inside|within|under|"
    r"ahead of|before) (?:the |our |their |a )?(?:[\w-]+ ){0,2}?(?:target|deadline|time limit|"
    r"sla|turnaround)\b",
    r"(?:went|came|got|were back|was back) (?:back )?home (?:about |around |roughly |nearly |"
    r"just |only )?(?:[\w-]+ ){1,2}?later\b",
    r"(?:is|are|'s|'re) (?:actually )?still (?:a |our |my )?(?:customers?|clients?|regulars?)\b",
    r"now (?:she|he|they) (?:comes?|books?|orders?|asks? for me)\b",
    # (Also the bare verb of speakers who drop the ending: "he call the depot after to say
    # thank you"; and thanks brought: "came back the next week with a box of chocolates".)
    r"(?:rang|called|call|wrote|emailed|texted|came back|came in|came round|came by|popped in|"
    r"stopped by)(?: [\w'’-]+){0,5}? to (?:say )?(?:thanks|"
    r"thank)\b",
    r"(?:came|come|popped) (?:back|in|round|by)(?: [\w'’-]+){0,5}? with (?:a |some )?(?:box of "
    r"chocolates|chocolates|flowers|(?:a )?(?:thank[- ]you )?card|cake|biscuits|a bottle)\b",
    # Run dry no more, in the story's close: "so we never ran out of plates all night".
    r"(?:we|they|i) never (?:ran|run|went|got) (?:out|short|dry|behind)\b",
    r"(?:is|are) now (?:running|leading|managing|training|in charge of)\b",
    r"(?:went|go|goes) out (?:[\w'’-]+ ){0,3}?(?:like|as) (?:it|they) (?:was|were) (?:meant|"
    r"supposed|planned|due) to\b",
    r"(?:home|back at work|back on (?:his|her|their) feet|discharged) within\b",
    r"passed (?:both|all|all (?:my|the)|my|the|their|his|her) (?:[\w-]+ )?(?:exams?|"
    r"assessments?|modules?|sign-?offs?|inspections?|audits?)(?: first time)?",
    # A change by a share: "we reduced the ferric sulphate use about twelve percent", "it
    # dropped nearly twenty percent".
    r"(?:reduced|cut|increased|improved|raised|lowered|grew|saved|boosted|lifted|dropped|fell|"
    r"rose|went (?:up|down)|came down) (?:the |our |"
    r"their |its )?(?:[\w-]+ ){0,4}?(?:by )?(?:about |around |roughly |nearly |almost |over )?"
    r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?) ?(?:%|percent|per cent)",
    r"there (?:was|were|have been|has been) no (?:\w+ )?(?:grievances?|complaints?|errors?|"
    r"incidents?|issues?|problems?|delays?|escalations?|injur(?:y|ies)|claims?|repeats?)",
    r"(?:went ahead|went live|went smoothly|went well)",
    r"(?:as planned|on budget|under budget|within budget|(?:on|ahead of) schedule)",
    # (Not in a relative clause, "the form that he signed", nor a stay's length, "he stayed
    # two nights with us".)
    r"(?<!that )(?<!what )(?:they|he|she|both sides|both parties|everyone|the "
    r"(?:client|customer|family|patient|manager|board|council|panel|buyer|seller|broker|tenant|"
    r"owner)) (?:agreed|accepted|chose|signed|approved|came back|stayed(?! (?:in|for|a|an|one|"
    r"two|three|four|five|six|seven|\d+) (?:[\w-]+ )?(?:nights?|days?|weeks?|hours?))|renewed|"
    r"booked)",
    # (Also the bare verb of speakers who drop the ending: "she calm down, she thank me".)
    r"thank(?:ed|ing|s)? (?:me|us|the team)",
    r"book(?:ed|s)? (?:them|him|her|it|us|me) back in\b",
    # The relationship kept: "she's still one of my better contacts", "they are still a regular
    # customer", "she appreciated the call".
    r"(?:is|are|'s|'re) still (?:one of (?:my|our) (?:best|better|closest|biggest|most loyal|"
    r"most reliable|favourite) |(?:a|our|my) (?:regular |loyal |good )?)(?:contacts?|clients?|"
    r"customers?|regulars?|accounts?|suppliers?|partners?|friends?)\b",
    r"(?:he|she|they|the (?:client|customer|family|patient|guest|tenant|parent)s?) appreciated "
    r"(?:the|that|it|my|our|being)",
    # Thanks sent afterwards: "later she wrote to customer relations to thank me by name".
    r"to thank (?:me|us|the team|our team)",
    # Custom that came back is an outcome: "the party booked again for their summer do",
    # "the client's since booked us for three more".
    r"(?:has|have|'s|'ve) since (?:booked|ordered|hired|used|asked for|recommended|referred|"
    r"renewed|signed|come back)",
    r"booked (?:us|me) (?:for|on) (?:\w+ )?(?:more|another|other|again)",
    # ("came back" alone is anyone's return, or a system's: "once the system came back".)
    r"(?:booked|ordered|bought|came|signed up|hired us) again\b",
    r"(?:booked|ordered|bought|signed up|hired us) back\b",
    r"came back (?:to (?:us|me|the (?:shop|store|salon|practice|restaurant|pub|garage|"
    r"gym|clinic|centre))|again|for more|every)\b",
    r"\b(?:rebooked|re-booked|reordered|re-ordered)\b",
    r"(?:nobody|no one|no-one) (?:raised|made|filed|lodged|put in) (?:a |any )?(?:grievance|"
    r"complaint|claim)",
    r"(?:was|were|got) (?:all |fully )?(?:recovered|refunded|repaid|restored|reinstated)",
    r"(?:stable|normal|steady|back to normal|working|better) again",
    r"(?:kept|keeps) (?:all (?:of )?)?(?:her|his|their|its) (?:money|savings|job|home|licence|"
    r"place|tenancy)",
    r"settled (?:at|for|on)",
    r"held (?:steady|up|firm)",
    r"(?:was|were) (?:kept|approved|adopted|rolled out|extended|reversed|scrapped|signed off)",
    r"(?:survived|pulled through|made a (?:full )?recovery)",
    r"(?:we|they|the \w+) now (?:have|has|use|uses|run|runs|do|does)",  # a change that stayed
    # A fix others kept, or damage contained: "the team kept that step", "we rolled it back".
    r"(?:we|they|the (?:team|office|ward|site|firm|shop|company)|everyone) (?:kept|still uses?|"
    r"adopted|took up) (?:that|this|my|the) (?:new )?(?:step|check|checklist|process|template|"
    r"rule|routine|system|sheet|fix)",
    r"(?:we|i|they) rolled (?:it|that|the \w+|everything) back",
    r"cleared (?:it|them|the (?:\w+ )?(?:backlog|queue|list)) (?:by|within|in|before)",
    # The other person's turn: "he even said sorry for shouting", "it was signed in twenty
    # minutes".
    r"(?:he|she|they|the (?:patient|customer|client|resident|caller|parent|man|woman|guest)) "
    r"(?:even )?(?:apologi[sz]ed|said sorry|thanked)",
    # Finished within a time: "it was corrected within a few weeks", "signed by Friday".
    r"(?:was|were|got) (?:all |fully )?(?:\w+ed|paid|sorted|done|won|rebuilt|sent) "
    r"(?:" + _IN_TIME + r"|within|" + _BY_TIME + r"|that (?:day|week|night|morning|afternoon)|"
    r"the same (?:day|week|night|morning|afternoon)|before (?:the|it|they|anyone|we))",
    # Everyone or everything seen to within a time: "every wean fed by twenty five past twelve",
    # "we had all three tipped in about two and a half hours".
    r"(?:every|all|each|both)(?: [\w'’-]+){0,3}? (?:\w+ed|fed|done|seen|paid|sent|served|sorted|"
    r"run|back)(?: (?:in|out|off|away|up|through))? (?:" + _IN_TIME + r"|within|" + _BY_TIME + r")",
    # "Since then I check…" is a lesson; "since then we've had no falls" is a result.
    r"(?:since then|from then on),? (?:there|we|we've|they|it|the|no|nobody|none|not|our|"
    r"every|he|she)\b",
    r"(?:has|have) (?:stayed|remained) ",
    # A change stated against what came before: "was down sixty percent", "against our usual
    # twenty", "compared with last year".
    r"(?:was|were|is|are|went|came|been) (?:\w+ )?(?:down|up|lower|higher|faster|quicker) "
    r"(?:by |to |from |about |around |roughly |almost |nearly |over |more than |less than )?"
    r"(?:\d|a (?:third|quarter|half|fifth)|half|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)\b)",
    r"(?:against|compared (?:to|with)|down from|up from|instead of) (?:our|the|a|last|previous|"
    r"their) "
    r"(?:usual|normal|average|typical|target|previous|year|month|week|quarter)",
    # The new way against the old: "quotes go out the same day now instead of a week later".
    r"now,? instead of (?:a|an|one|two|three|four|five|six|several|\d+) (?:[\w-]+ )?(?:days?|"
    r"weeks?|hours?|months?|minutes?)\b",
    # A problem that did not happen: "not one dish came back", "no flights were delayed".
    r"(?:not (?:one|a single)|nothing|none|no) (?:\w+ ){0,3}(?:came |was |were |got |had been )?"
    r"(?:sent back|came back|rejected|returned|lost|missed|held up|delayed|cancelled|damaged|"
    r"late|reopened|repeated)",
    r"(?:didn't|did not|never) (?:have|get|see|lose|miss|drop) (?:a single|one|any)\b",
    r"(?:haven't|havenae|hasn't|hasnae|have not|has not|i've not|we've not) (?:had|seen|got|"
    r"lost|missed|dropped|needed|\w+ed) (?:a|any|one|a single|them|it|him|her) (?:[\w-]+ ){0,5}"
    r"since\b",
    # The same trouble not seen again, said of the place, not promised by oneself ("we did not
    # have same problem again", not "I'll never make that mistake again").
    r"(?:we|they|it|there) (?:did not|didn't|never|haven't|hasn't|have not|has not) (?:had |have "
    r"|get |got |see |seen |face |faced )?(?:[\w'’-]+ ){0,2}?(?:problems?|issues?|mistakes?|"
    r"errors?|faults?|complaints?|incidents?) (?:[\w'’-]+ ){0,4}?again\b",
    # The trouble did not come back: "it never cut out on me again after that".
    r"(?:it|they|he|she|that|this|the \w+) never (?:[\w'’-]+ ){1,4}?again",
    # A suggestion taken up, a thanks or a reward: "they added it to the system", "which was my
    # suggestion", "she asked for me by name at the next review", "we all got a free lunch".
    r"(?:they|the \w+|management|head office) (?:then |later |eventually )?(?:added|built|put|"
    r"included|adopted|wrote) (?:it|that|this|my \w+) (?:in)?to (?:the|our|their) (?:system|"
    r"process|checklist|procedure|policy|handbook|template|training|induction)",
    r"(?:which|that) was my (?:suggestion|idea|proposal)",
    r"asked for me (?:by name|again|specifically|personally)",
    r"(?:we|i|the team|everyone) (?:all )?got (?:a|an) (?:free |team |little |small )?(?:lunch|"
    r"bonus|award|shout-out|shout out|thank-you|mention|voucher|prize|card)",
    r"(?:(?:with|had|saw|have had|has had) (?:no|zero)|zero|without(?: any| a single| a)?) "
    r"(?:\w+ )?(?:delays?|complaints?|"
    r"errors?|incidents?|injur(?:y|ies)|falls|rejections?|losses|damage|gaps?|downtime|"
    r"breach(?:es)?|escalations?|cancellations?|mistakes|mix-ups|no-shows|returns|outages?|"
    r"failures?|breakdowns?|stoppages?|accidents?|leaks?|defects?|call-backs?|callbacks?)",
    # Any trouble counted as none: "with zero restows at the next port" (not a start made
    # "with zero experience").
    # …with a word before the trouble: "had zero false dispatches in the first six months".
    r"(?:with|had|saw|have had|has had|we've had) zero (?:(?:false|failed|missed|lost|late|"
    r"repeat|wasted|unplanned|serious|reportable|major|minor|further|new) )?(?!experience|"
    r"knowledge|training|budget|idea|notice|warning|help|money|staff|time|clue|qualifications|"
    r"skills|contacts|savings|resources|support|guidance|english)[\w'’-]+s\b",
    # Harm avoided, said as what was not needed: "he came out, no force used".
    r"(?:no |without (?:any )?)(?:force|restraint|injur(?:y|ies)|damage) (?:was |were )?(?:used|"
    r"needed|required|caused|done)\b",
    # A level reached: "that approach got us to around 32 moves per crane hour", "I got it to
    # around twelve milliseconds"; a count moved "from seven a week to three"; a rate held
    # ("our brake comeback rate was under two percent"); trouble that never came in any
    # dialect ("didnae have a single squeal in either set").
    r"(?:reduced|cut|brought|got|took|increased|raised|lowered|grew|lifted|moved) (?:[\w'’-]+ )"
    r"{0,10}?from (?:about |around )?(?:\d[\d,.%]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|forty|fifty|sixty)\b(?: [\w%]+){0,3} (?:to|down to|up to) (?:about |"
    r"around )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|zero|none)",
    # (A rate "at" a level is as often the trouble at the start: "absence was at 12 percent
    # when I joined"; held under, or a good one held over, is the result.)
    r"[\w-]+ rates? (?:was|were|is|stayed|stays|came in|sat|ran) (?:at |around |about |just |"
    r"well )*(?:under|below) (?:\d|a |one|two|three|four|five)",
    r"(?:retention|pass|first-time fix|fix|completion|satisfaction|attendance) rates? (?:was|were|"
    r"is|stayed|stays|came in|sat|ran) (?:at |around |about |just |well )*(?:above|over) \d",
    r"(?:didn't|did not|didnae|didna|never) (?:have|get|hear|see|had) (?:a single|one single) "
    r"[\w'’-]+",
    r"(?:got|brought|took) (?:it|that|this|us|them|the (?:[\w-]+ )?(?:team|site|shop|store|ward|"
    r"line|crew|terminal|depot)) (?:up |down )?to (?:around |about |roughly |nearly |over |under "
    r"|just "
    r"over |just under |a steady )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|a hundred)",
    # What an inspection found when it came: "the client engineer come inspect, him no find
    # any single fault" (not "I couldn't find the fault", a search in a story).
    r"(?:inspect\w*|engineer|auditor|assessor|surveyor|client|him|he|she|they) (?:[\w'’-]+ ){0,3}?"
    r"(?:no|never|didn't|did not|couldn't|could not) find (?:any|a|one|even one)(?: single)? "
    r"(?:fault|defect|problem|issue|error|snag|mistake)s?",
    # Harm that did not come, said bare, and work done before its limit, and the decision
    # backed: "No injuries, no damage to cargo or crane", "still completed the discharge
    # before the tide", "the duty manager backed the decision fully in the debrief".
    r"no (?:injur(?:y|ies)|damage to|harm (?:done|to)|one (?:was )?(?:hurt|injured))",
    r"(?:finished|completed|delivered|handed over) (?:[\w'’-]+ ){0,3}?(?:before|ahead of|inside|"
    r"within) (?:the |our |their )?(?:tide|deadline|cut-?off|window|target|schedule|handover)",
    r"backed (?:me|my|the|our) (?:decision|call|choice|plan)",
    r"(?:we|i|they|it|that|this) (?:avoided|prevented|averted|headed off)",
    r"(?:recommended|referred) (?:me|us|(?:\w+ ){1,3}to (?:me|us))",
    r"(?:finished|completed|delivered|opened|landed|arrived) (?:\w+ )?(?:early|on time|ahead)",
    r"(?:which|that|this|it|and) led (?:\w+ ){0,2}to\b",
    # A gain with its size: "we saved roughly 180,000 litres", "it brought in £12,000".
    r"(?:saved|cut|reduced|raised|generated|recovered|gained|freed up|brought in|won) "
    r"(?:us |the \w+ |them |it )?(?:roughly |about |around |(?:just |well )?over |nearly |almost |"
    r"more than |just under )?"
    r"(?:[$£€]?\d[\d,.]*|a (?:third|quarter|half)|half|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands)\b)",
    # Where things stood after a while, and what lasted: "by the second week I was…", "which
    # the lads still use", "she still comes to the group", "he's since adopted a rescue".
    r"by (?:the|my|our|his|her|their) (?:second|third|fourth|fifth|sixth|next|following|end of "
    r"the) (?:day|week|month|shift|term|quarter|year|season)",
    r"(?:still|now) (?:use|uses|using|in use|comes|come|attends|runs|works|calls|visits|"
    r"stands|there)\b",
    r"(?:he|she|they|it)(?:'s|'ve| has| have) (?:\w+ )?since (?:\w+ed|been|become|got|made|"
    r"taken|come|gone|grown|bought|brought|sent|won|kept|told|signed)",
    r"(?:got|was|were) (?:done|finished|fixed|sorted|resolved|accepted|approved|adopted) "
    r"(?:" + _IN_TIME + r"|within|" + _BY_TIME + r"|on (?:time|the day|schedule)|that|the|and)\b",
    r"(?:kept|adopted|used|made) (?:it|my \w+|the \w+|them|that) as (?:the|our|a|his|her|"
    r"their) (?:standard|default|norm|template|plan|process|practice)",
    r"rolled (?:it |that |this )?out",
    r"(?:it|that|this) worked",
    # What the action changed in someone or something, a while after it: "within about a
    # fortnight he was accepting his wash", "the baby started crying", "the sore was healing".
    r"within (?:about |around |roughly |just |only )?(?:a|an|one|two|three|four|five|six|a "
    r"couple of|a few|\d+) (?:days?|weeks?|fortnights?|months?|shifts?|terms?|visits?|sessions?)"
    r",? (?:he|she|they|it|we|the|our|his|her|their|every|all|most)\b",
    # (Not the weather or a queue: "the wind started picking up".)
    r"(?<!wind )(?<!rain )(?<!storm )(?<!weather )(?<!queue )(?<!traffic )(?<!snow )"
    r"(?:started|began) (?:to )?(?:cry|crying|breathe|breathing|talk|talking|eat|eating|"
    r"improve|improving|recover|recovering|accept|accepting|engage|engaging|attend|attending|"
    r"respond|responding|smile|smiling|settle|settling|trust|trusting|open(?:ing)? up|"
    r"coming back|picking up|turning up|hand(?:ing)? (?:it |work |homework )?in)",
    r"(?:was|were|is|are) (?:now |slowly |gradually |steadily )?(?:healing|improving|"
    r"recovering|settling in|back on track|back to (?:normal|full|his|her|their))",
    r"(?:was|were) (?:happy|pleased|satisfied|delighted|relieved|grateful)",
    r"on time",
    r"(?:got|brought) (?:it|them|him|her|the \w+) (?:back|done|fixed|approved|signed|down)",
    # A measure said to have moved, with or without its size: "open rates were up on all
    # three", "sickness was down", "the lapsed group had the biggest jump".
    r"(?:rates?|numbers|sales|scores?|figures|attendance|complaints|errors|turnover|costs?|"
    r"revenue|bookings|footfall|engagement|productivity|output|waste|sickness|absence|"
    r"retention|conversions?|margins?|returns|response times?|wait(?:ing)? times?) "
    r"(?:\w+ )?(?:were|was|went|are|is|came|had gone|have gone|has gone) (?:\w+ )?(?:up|down|"
    r"higher|lower|better)\b",
    r"(?:the )?(?:biggest|largest|sharpest|best|steepest) (?:jump|rise|drop|fall|improvement|"
    r"increase|decrease|gain|change)",
    # Someone on the other side took to it: "she liked it so much she put it on the board".
    r"(?:he|she|they|the (?:supervisor|manager|client|customer|team|boss|head|director|"
    r"owner|ward|site)) (?:really )?(?:liked|loved) (?:it|the idea|that|the plan)",
    # What came of it later, in the passive: "he was later charged", "it was eventually
    # approved", "she was finally discharged".
    r"(?:was|were|got) (?:later|eventually|finally|subsequently|successfully|since) "
    r"(?:[\w-]+ed|[\w-]+en|paid|sold|built|won|kept|made|put)\b",
    # A fix made the rule for others: "the manager made this standard in all three branches".
    r"made (?:(?:it|this|that|them) |(?:the|my|our|this|that) (?:[\w-]+ ){1,2}?)(?:the )?"
    r"(?:standard|policy|mandatory|compulsory|norm|rule|default|standard practice)\b",
    # Things that arrived whole, and the customer's verdict: "the table arrived undamaged",
    # "she left us a four-star review that mentioned me by name".
    r"(?:arrived|was delivered|were delivered|came|went out|got there|turned up) (?:\w+ )?"
    r"(?:undamaged|intact|safely|safe and sound|in one piece|complete|on time)",
    r"left (?:us|me|the (?:team|shop|store|company)) (?:a |an )?(?:[\w-]+ ){0,2}?(?:review|rating|"
    r"comment|note|card|compliment)",
    r"(?:mentioned|named|thanked|praised|asked for|requested) (?:me|us) by name",
    # Relief at how it turned out: "fortunately the daughter noticed before…", "thank God".
    r"(?:fortunately|luckily|thankfully|thank god|thank goodness)\b",
    # A place in a field, a time gained, an objection that never came, a trouble that never came
    # back: "we placed second out of fourteen teams", "served them a day early", "opposing counsel
    # never raised any issue", "the truck ain't stalled since", "in the eighteen months since".
    r"(?:placed|finished|came|ranked) (?:first|second|third|fourth|fifth|top|\d+(?:st|nd|rd|th)) "
    r"(?:out of|of|in|among|across)\b",
    r"(?:a|an|one|two|three|four|five|\d+|a few|a couple of|half an?) (?:days?|weeks?|hours?|"
    r"months?|shifts?) (?:early|ahead of (?:schedule|time|the deadline))",
    r"(?:never|didn't|did not|hasn't|has not) (?:raise|raised|make|made|file|filed|lodge|lodged) "
    r"(?:a |an |any |one )?(?:issue|objection|complaint|grievance|claim|concern|appeal)s?\b",
    r"(?:ain't|hasn't|haven't|has not|have not|hadn't|had not|never)(?: once| even)? "
    r"(?:\w+ed|been|come|gone|happened|broken|failed|leaked|had|seen) (?:[\w'’-]+ ){0,3}?"
    r"since\b(?! (?:i|we|the|then|my|our|last|\d))",
    r"in the (?:[\w-]+ ){0,2}?(?:days?|weeks?|months?|years?|shifts?|terms?|seasons?) since\b",
    # …said of nobody: "nobody's picked the wrong shade since".
    r"(?:nobody|no one|no-one|none of (?:us|them))(?:'s| has| have)? (?:\w+ed|made|had|been|got|"
    r"sent|taken|given|lost|broken|done|fallen|slipped) (?:[\w'’-]+ ){0,4}?since\b(?! (?:i|we|"
    r"the|then|my|our|last|\d))",
    # Money back where it belonged, and a person who came through: "he returned the money the
    # next morning", "he was totally fine".
    r"(?:returned|paid back|gave back|refunded|repaid) (?:the |all the |all of the |every )?"
    r"(?:money|cash|funds|difference|amount|deposit)",
    r"(?:he|she|they|everyone|everybody|the (?:patient|customer|client|child|kid|baby|dog|cat|"
    r"horse|resident|passenger|guest)) (?:was|were) (?:totally |completely |perfectly |"
    r"absolutely |all |just )?(?:fine|okay|ok|safe|unharmed|unhurt)\b(?! (?:with|about|by|to))",
    # Praise from the panel: "the committee said it was one of the more honest pitches".
    r"said (?:it|that|this|ours|mine|we|i) (?:was|were|had) (?:one of )?the (?:best|most|more|"
    r"strongest|clearest|only)\b",
    # Where things stood when time ran out: "by the deadline we had forty-one sign-ups".
    r"by the (?:deadline|close|finish|end of (?:the )?(?:day|week|month|term|semester|year|season|"
    r"quarter|shift|project|drive|campaign)),? (?:we|i|they|it|the|our) (?:had|got|were|was|hit|"
    r"reached|made|signed|raised)\b",
    # Custom that came to stay: "that fella brings all three of his vehicles to us now".
    r"(?:brings?|sends?|refers?) (?:[\w'’-]+ ){1,5}?to (?:us|me) now\b",
    # A before and after, a new state kept, a tool taken up, a check passed clean: "we went
    # from binning a crate a day to hardly nothing", "they've now got a marked no-storage
    # zone", "the team started actually using it again", "an audit with no findings", "got
    # antibiotics within the hour".
    r"(?:we|it|that|this|they|which|\w+ (?:rates?|times?|numbers|costs?)|followers|sales|bookings|"
    r"visits|sign-?ups|complaints|errors|calls|tickets|orders|covers|scores|attendance|members|"
    r"downloads|subscribers|enquiries|referrals) (?:went|dropped|fell|"
    r"rose|jumped|climbed) from (?:[\w'’$£€.,%-]+ ){1,8}?to\b",
    r"(?:they|we|he|she|it)(?:'ve| have| has|'s) now (?:got|put|added|made|started|introduced|"
    r"switched|moved)\b",
    r"(?:started|began) (?:actually |properly |really )?(?:using|trusting|relying on|asking for) "
    r"(?:it|them|the \w+|that|this)",
    r"with (?:no|zero) (?:findings|actions|issues|problems|queries|discrepancies|disputes|"
    r"corrections|"
    r"comments|changes|non-?conformances|snags)\b",
    r"(?:got|received|had|was given|were given) (?:[\w'’-]+ ){0,2}?within (?:the|an|one|the "
    r"first) (?:hour|day)\b",
    # A measure moved by a share, service restored, where things stood by a season, a thing
    # done in time, someone changed since, and being asked to stay: "cut support tickets by
    # roughly a third", "everybody was back online", "by spring he'd stopped being sent out",
    # "he got his medication in time", "he's been much friendlier since", "asked if I could
    # stay on".
    r"(?:dropped|fell|rose|came down|went up|went down|cut|reduced|raised|increased|decreased|"
    r"grew|improved)\b[^.!?]{0,40}?\bby (?:about |roughly |around |nearly |almost |over |just "
    r"over |more than )?(?:a third|a quarter|half|a fifth|a tenth|\d|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty)",
    r"(?:was|were|got|is|are) (?:all )?back (?:online|up and running|running|on (?:track|line|"
    r"schedule)|to normal|in business|at work|in class)\b",
    r"by (?:spring|summer|autumn|fall|winter|christmas|easter|half[- ]term|the (?:spring|summer|"
    r"autumn|winter)|the end of (?:the )?(?:term|year|month|week|season)),? (?:he|she|they|we|i|"
    r"it|the|most|all|every|our|his|her|their)\b",
    r"(?:got|made|arrived|finished|delivered|caught|had|signed) (?:[\w'’-]+ ){0,3}?in time\b",
    r"(?:has|have|'s|'ve) been (?:much |a lot |far |way )?(?:\w+er|more \w+) (?:[\w'’-]+ ){0,3}?"
    r"since\b",
    r"(?:was|were|is|are) (?:all )?(?:working|running|online|back up|up) again\b",
    # A whole batch come out right, and a check that keeps earning: "the run finished with every
    # payslip correct", "all 300 staff were paid correctly", "an alert which has caught two
    # faults since" ("I made sure every form was correct" is the effort, not the outcome).
    r"(?:with|and) (?:every|each|all(?: the)?) (?:[\w'’-]+ ){1,2}?(?:correct|accurate|accounted "
    r"for|intact)\b",
    r"(?:was|were|got) (?:all )?(?:paid|filed|delivered|processed|shipped|dispensed|returned) "
    r"(?:correctly|accurately|in full|on time)\b",
    r"(?:has|have|'s|'ve) (?:caught|flagged|stopped|prevented|saved|picked up|spotted|blocked) "
    r"(?:[\w'’-]+ ){0,3}?(?:since|so far)\b",
    # The trouble absent for a while after: "there were no duplicate payments in the next
    # quarter", "we had no more falls for the rest of the year".
    r"(?:there (?:were|was|have been|has been|'ve been)|(?:we|they|i) (?:had|saw|got)) (?:no|zero|"
    r"not one|not a single) (?:more |further )?(?:[\w'’-]+ ){1,3}?(?:in|for|over|during|across|"
    r"throughout) (?:the )?(?:next|following|rest of the) (?:[\w'’-]+ )?"
    r"(?:days?|weeks?|fortnight|months?|quarters?|years?|terms?|seasons?|shifts?|audits?|runs?)\b",
    r"(?:they|he|she|the (?:client|customer|school|firm|practice)) renewed\b",
    r"dropped (?:that|the|this) (?:finding|issue|point|complaint|claim|objection)",
    # A run of time with the trouble gone: "my shift then went eight months without a single
    # misload".
    r"(?:went|gone|go|goes|ran|run|had|has had|have had) (?:[\w'’-]+ ){1,3}?without (?:a single|"
    r"one|any) [\w-]+",
    # A measure moved, its object between: "I reduced the unreconciled items from over 200 to
    # under 10"; a test passed first time, and a top mark: "all passed their bend tests first
    # time", "got the top mark in our group".
    r"(?:reduced?|cut|brought|bring|got|get|increased?|raised?|improved?|grew|grow|took|take|"
    r"lifted|lift) (?:[\w'’-]+ ){1,8}?"
    # (A figure after "from": "got a roofer from Llandybie to come" moves nothing.)
    r"from (?:about |around |over |under |nearly |almost |just )?(?:[\d$£€][\w$£€.,%-]*|(?:one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|half|a third|a quarter)\b[\w-]*) "
    r"(?:[\w'’%-]+ ){0,2}?to (?:about |around |over |under |nearly |almost |just |only )?"
    r"[\w$£€.,%-]+",
    r"passed (?:[\w'’-]+ ){0,4}?(?:first time|first go|at the first attempt|with (?:a )?(?:"
    r"distinction|merit|honours|flying colours))",
    # A check passed, harm averted, praise for the thing made, a backlog cleared, a figure
    # brought within a margin, a tool now used: "we fixed it the next week and it passed",
    # "appointments that would otherwise have gone to the eye hospital", "the vet said it is
    # much clearer", "cleared a backlog of 340", "got our average sale to within 2%", "now the
    # owner uses it for all the dogs", "we no get that kind mix-up again".
    r"(?:and|so) (?:it|they|we|the \w+) passed\b(?! (?:on|to|away|through|by|over|it|them|the))",
    r"(?:that|which|who) would otherwise have\b",
    r"said (?:it|that|this|the new \w+) (?:is|was) (?:much |so |a lot |far |way )?(?:clearer|"
    r"better|easier|safer|quicker|faster|simpler)\b",
    r"cleared (?:a|the|our|my) (?:[\w-]+ )?backlog",
    r"to within (?:about |around )?(?:[\d.]+ ?(?:%|percent|per cent)|\d|a |one |two |three |five |"
    r"ten )",
    r"now (?:the|our|my|every|all(?: the)?) (?:[\w-]+ ){0,2}?(?:uses?|follows?) (?:it|them|this|"
    r"that|my|the)\b",
    r"(?:we|they|it|there) (?:no|never|didn't|did not|haven't|hasn't) (?:get|got|have|had|see|saw) "
    r"(?:that|this|the same|any) (?:kind (?:of )?)?(?:mix-?ups?|problems?|issues?|errors?|"
    r"mistakes?|faults?|complaints?) (?:[\w'’-]+ ){0,3}?again\b",
    r"(?:got|won|earned|achieved|had) (?:the )?(?:top|highest|best) (?:mark|score|grade|result)",
    r"asked (?:if i could|me to|whether i could|me if i could) (?:stay on|come back|lead|run|"
    r"train|take over|do it again|join)",
    # The trouble gone after the fix, said with "no more" or "another": "after we changed it we
    # had no more trips that month", "we had nae mair issues wi' them", "we didn't have another
    # change-related outage the rest of the year".
    r"(?:had|have had|'ve had|has had|saw|got|there (?:were|was)) (?:no|nae|zero) (?:more|mair|"
    r"further) (?:[\w'’-]+ )?" + TROUBLE,
    r"(?:didn't|did not|never|haven't|hasn't|have not|has not) (?:have|had|get|got|see|seen) "
    r"(?:another|any more|any other|any further|one more) (?:[\w'’-]+ ){0,2}?" + TROUBLE,
    # Someone's state changed by what was done, service restored, people helped to a goal, and
    # reviews earned: "he became much calmer", "everything came back up", "I helped five of them
    # move into their own tenancies", "more than four hundred reviews, average four point nine".
    r"(?:became|become|got|grew|was getting) (?:much |far |a lot |a bit |noticeably |visibly |"
    r"so much )?(?:calmer|happier|quieter|friendlier|safer|easier|quicker|faster|smoother|"
    r"better|more (?:confident|settled|relaxed|engaged|independent|cooperative|co-operative|"
    r"open|positive|reliable))\b",
    r"(?:everything|it|they|all|the (?:[\w-]+ )?(?:system|systems|site|service|servers?|app|"
    r"line|network|phones|tills)) came back (?:up|online|on ?line)\b",
    r"helped (?:[\w'’-]+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|dozens|hundreds|a dozen|most|all|half) (?:of (?:them|"
    r"my|our|the) )?(?:[\w'’-]+ )?(?:to )?(?:move|get|find|pass|return|go|stay|start|win|secure|"
    r"land|gain|qualify|back|into|off)\b",
    r"(?:\d[\d,]*|hundreds of|[a-z]+ hundred|a thousand|thousands of) (?:[\w-]+ )?(?:reviews?|"
    r"ratings?)\b",
    r"(?:average|averaging|rated|rating of|scored?) (?:of )?(?:[4-5]|four|five)(?:[.,]\d| point "
    r"\w+| stars?| out of)",
    # Results in plain words with no "by" or "from…to": trouble that faded ("the complaints
    # dried up"), a check passed or come back clean, work running again, a measure that doubled
    # or moved a lot, a share reached, people pleased or happier, someone discharged, a
    # rating or award won, a complaint withdrawn, nobody let down, zero incidents.
    r"(?:dried up|tailed off|died down|fell away|petered out)\b",
    r"passed (?:her|his|their|my|our|the|its) (?:[\w'’-]+ ){0,2}?(?:probation|review|"
    r"inspection|audit|assessment|exams?|tests?|mot|checks?|appraisal|observation)",
    r"(?:came|come|comes) back (?:clean|clear|negative|fine|spotless|with no (?:findings|actions|"
    r"issues|problems|errors|points))",
    r"(?:got|had|have|get) (?:the|it|them|everything|him|her|our|my) (?:[\w'’-]+ )?(?:running|"
    r"working|moving|open|flowing|trading|back up) again\b",
    r"(?<!-)\b(?:doubled|tripled|trebled|quadrupled|halved)\b(?! (?:the|my|our|his|her|their|"
    r"up|as|it)\b)",
    r"(?:noticeably|significantly|massively|dramatically|sharply|substantially) (?:cut|reduced|"
    r"improved|increased|raised|lowered|shortened|sped up|speeded up)\b",
    r"(?:dropped|fell|rose|improved|increased|decreased|went up|went down|came down|picked up|"
    r"shot up) (?:noticeably|sharply|a lot|dramatically|significantly|massively|hugely|"
    r"straight away|right away|overnight|steadily|almost immediately)",
    r"(?<!to )(?:hit|reached|achieved|got to|averaged) (?:[\d.]+|[a-z-]+(?: [a-z-]+)?) "
    r"(?:per ?cent|%)",
    r"(?:got|saw|pulled|carried) (?:us|me|them|him|her|the (?:team|site|unit|ward|shop)) "
    r"through (?:the|our|its|their|an?)\b",
    r"(?:was|were|got) (?:safely |finally |eventually )?discharged\b",
    r"(?:nobody|no one|no-one|not one (?:person|customer|patient|member|resident|child|client|"
    r"guest)) (?:[\w'’-]+ ){0,2}?(?:missed|lost|was hurt|got hurt|was injured|complained|was "
    r"late|was affected|fell|went without)\b",
    r"zero (?:[\w'’-]+ ){0,2}?(?:injuries|incidents|complaints|errors|accidents|defects|returns|"
    r"breaches|findings|mistakes|callbacks|absences)",
    r"(?:they|he|she|everyone|everybody|the (?:client|customer|manager|owner|family|parents|"
    r"residents|guests|team|head|boss|board)) (?:was|were) (?:really |very |so |absolutely |"
    r"more than )?(?:pleased|happy|delighted|chuffed|thrilled|made up) with (?:it|the|that|"
    r"how|what|them|the result)\b",
    r"(?:was|were|are|is|felt|seemed) (?:(?:much|far|a lot|so much|noticeably|visibly) "
    r"(?:happier|calmer|more confident|more settled|less anxious|less stressed)\b|(?:happier|"
    r"calmer|more confident|more settled|less anxious|less stressed) (?:with|after|since|now)\b)",
    r"(?:got|earned|received|achieved|won|were given|was given) (?:a|an|the|our) (?:[\w'’-]+ )"
    r"{0,2}?(?:rating|award|certificate|commendation|distinction|nomination)\b",
    r"withdrew (?:the|his|her|their|its) (?:complaint|claim|objection|notice|grievance|appeal)",
    # Uptake and referral: "forty-odd people came in the first month", "the council now sends
    # people to us".
    r"(?:\d+|[a-z]+-odd|dozens of|hundreds of|over [\w-]+|more than [\w-]+|about [\w-]+) "
    r"(?:people|customers|residents|families|students|patients|clients|members|parents|guests|"
    r"users|volunteers) (?:came|turned up|signed up|joined|attended|booked|used it|took part|"
    r"came along)\b",
    r"(?:now|since|still) (?:sends?|refers?|recommends?|points?|passes?) (?:people|customers|"
    r"clients|patients|them|everyone|families|tenants|new starters) (?:to us|to me|our way|my "
    r"way|to our)",
    # A success rate and a clean check: "every room ready on 25 out of 26 days", "41 of them
    # were granted", "the decon room got no actions at the inspection".
    r"\b\d+ out of (?:the )?\d+\b",
    r"\b\d+ of (?:the |our |those )?\d+ (?:days|shifts|weeks|months|nights|jobs|runs|audits|"
    r"inspections|deadlines|cases|claims|applications|orders|deliveries|sessions|visits)\b",
    r"\b(?:\d+|all|most|every one) of (?:them|those|these|the \w+) (?:were|was|got) (?:granted|"
    r"approved|accepted|placed|passed|signed|renewed|resolved|housed|hired|offered)\b",
    r"(?:got|had|with|received|came back with) (?:no|zero) (?:actions|findings|"
    r"non-?conformities|issues raised|recommendations|advisories|defects)\b",
    # Trouble that did not come over a stretch of time, and a clean record kept: "we've had
    # nae false alarms in eight month", "no SFSs bounced back in the last year", "in the last
    # year we've had zero entries without a permit", "a clean record the whole ten years".
    r"\b(?:no|zero|nae|not (?:a single|one)) (?:[\w'’-]+ ){0,5}?(?:in|over|during|across) (?:the "
    r"|those |that |my )?(?:(?:last|past|whole|next|following) )?(?:[\w-]+ )?(?:weeks|"
    r"months?|month|years?|quarters?|seasons?)\b",
    r"(?:in|over) the (?:last|past) (?:[\w-]+ )?(?:year|years|months?|weeks|quarters?),? "
    r"(?:we've|i've|we have|i have|we|i|there've|there have) (?:had|seen|been|got) (?:no|zero|"
    r"nae|not a single|not one)\b",
    r"(?:a |my |our )?clean (?:record|sheet|audits?|inspections?) (?:the whole|for|over|across|in "
    r"all)\b",
    # A measure moved by a share said without "by": "the yield increased around 4%".
    r"(?:dropped|fell|rose|grew|increased|decreased|reduced|improved|cut|went up|went down|came "
    r"down|saved) (?:[\w'’-]+ ){0,3}?(?:about |around |roughly |nearly |almost |over |some )?"
    r"\d+(?:\.\d+)?(?: ?percent| ?per cent|(?=%))",
)
