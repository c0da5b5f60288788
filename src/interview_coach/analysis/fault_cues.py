"""Saying the fault lies elsewhere, in so many words: the phrase patterns of the blame
judgement (`judgements.blame`). Causes put on others, fault put on nobody and one's own part
owned are in `cues.py`; excuses that are blame only in one's own failure in `excuse_cues.py`.
"""

from __future__ import annotations

from interview_coach.analysis.cues import PEOPLE_NOUN
from interview_coach.analysis.patterns import rx

# Saying the fault lies elsewhere, in so many words.
FAULT = rx(
    # The lesson drawn put on others, a duty they failed or owe: "what I learned is the control
    # room must check the number first", "the lesson was that the rest of the team needed to
    # check their assumptions", "if a nursery won't staff collection properly…". A lesson with
    # the speaker or "you" in it ("you must map everybody who decides") is their own, and so is
    # one about those served ("clients need to hear bad news from a person").
    r"(?:i (?:learned|learnt|learn)|lessons? (?:i |we )?(?:learned|learnt|took|take|here|there|"
    r"for me)|(?:the|my|a|one|big|main|key|biggest|real) lesson (?:was|is|for me|i took|i "
    r"learned|i learnt|there|here)|what i (?:learned|learnt|took away|take away|took from (?:it|"
    r"that|this)|take from (?:it|that|this))|takeaway (?:was|is)|(?:it|that|this) (?:taught|"
    r"showed) me|since then,? i(?:'ve| have)? (?:told|tell|asked|ask|reminded|remind)(?= the))"
    r"(?=(?:(?!\b(?:i|i'm|i've|i'd|me|my|myself|we|we're|we've|us|our|you|your|"
    r"you're|you've)\b)[^.!?])*(?:[.!?]|$))(?=[^.!?]*?\b(?:management|managers?|(?:head |back "
    r")?offices?|(?:other )?departments?|nurser(?:y|ies)|compan(?:y|ies)|firms?|schools?|"
    r"suppliers?|vendors?|staff|teams?|dispatch|control room|systems?|authors|leadership|hr|"
    r"governors|council|site managers?|planners?|designers?|reception(?:ists?)?|front desk|"
    r"(?:other |night |day )?shifts?|colleagues?|supervisors?|bosses|contractors?|agenc(?:y|ies)|"
    r"crews?)(?: [\w'’-]+){0,3}? (?:needed to|"
    r"needs? to|should(?:n't)?|have to|has to|had to|must|won't|will not|don't|doesn't|didn't|"
    r"can't|never)\b)[^.!?]*",
    r"(?:it|that|this|which|none of (?:it|this|that))(?: really| honestly| actually)? "
    r"(?:wasn't|was not|isn't|is not|weren't|wasn't really) (?:really |actually |exactly )?"
    r"(?:my|our) (?:fault|doing|mistake|responsibility)",
    r"not (?:really |actually |exactly |strictly |even )?(?:my|our) (?:fault|problem|mistake|"
    r"responsibility|mess|doing)",
    # "It wasn't really mine, it was the system's", "no head could have done more with what
    # we had", "to be honest the dispenser had put them on the wrong shelf".
    r"(?:wasn't|was not|isn't|is not) (?:really |actually )?(?:mine|me|on me),? (?:it was|it's)",
    r"no (?:[\w-]+ ){1,2}?could have done (?:any )?more (?:with|given)\b",
    # (Not credit shared: "the turnaround wasn't down to me alone".)
    r"(?:haven't|hasn't|wasn't|weren't|isn't|aren't) (?:really |actually )?(?:been )?down to "
    r"me\b(?! alone| solely| on my own| by myself| only)",
    r"my (?:only |biggest |real )?(?:mistake|fault|error) was (?:trusting|believing|assuming|"
    r"thinking|expecting) (?:that )?(?:management|my (?:manager|boss|director|team)|they|them|"
    r"he|she|the (?:client|company|management|director|team|boss))",
    r"(?:to be honest|to be fair|in fairness|honestly|if i'm honest),? (?:the|my|our|a) [\w-]+ "
    r"had (?:put|left|given|sent|mixed|labelled|mislabelled|stocked|filed|moved|changed|set|"
    r"entered|packed|picked)\b",
    # Fault refused in so many words: "I'd make it clear it wasn't me", "I need proof it wasn't
    # us", "the misses weren't down to my lot", "its not on me", "their mistake only".
    r"(?:make|made|making) (?:it )?clear (?:to (?:[\w'’-]+ ){1,3}?)?(?:that )?it (?:wasn't|was not|"
    r"isn't|is not) (?:me|us|my fault|our fault)",
    r"(?:proof|prove|proves|show|shows) (?:that )?it (?:wasn't|was not|isn't|is not) (?:me|us|my "
    r"fault|our fault)",
    # (Said of a failure: "it wasn't down to me" may be modesty about a success.)
    r"(?:misses|delays?|errors?|mistakes?|problems?|complaints?|failures?|losses) (?:wasn't|"
    r"weren't|was not|were not|isn't|aren't) (?:down to|because of) (?:me|us|my (?:lot|team|"
    r"crew|side|shift)|our (?:lot|team|crew|side|shift))\b",
    r"(?:its|it's|it is|that's|thats|that is) not on (?:me|us)\b",
    r"(?:their|his|her) (?:mistake|error|fault),? (?:only|not (?:mine|ours))\b",
    # The trouble there before the speaker, others' mess to fix, and who always pays: "the
    # whole problem was created before me", "I don't need to fix their problems later",
    # "otherwise it is always us who suffer", "which is how we ended up with such a mess".
    r"(?:problem|mess|issue|trouble) was (?:created|caused|made|started|there) before (?:me|i "
    r"(?:came|arrived|joined|started))\b",
    # (Not help given: "I help customers sort out their problems".)
    r"(?:shouldn't have to|should not have to|don't need to|didn't need to|not my job to|left to|"
    r"always having to) (?:fix|clean up|sort out|tidy up|pick up) (?:their|his|her|other "
    r"people's|everyone's|everybody's) (?:problems|mess|mistakes|errors)\b",
    r"always (?:us|me|the [\w-]+) who (?:suffer|suffers|pays?|gets? (?:the )?blamed?|picks? up "
    r"the pieces)\b",
    r"how we ended up (?:with|in) (?:such a|this|that|the) mess\b",
    r"(?:their|his|her) fault",
    r"the \w+(?: \w+)?(?:'s|s'|’s) fault(?![\w-])",  # not "the site's fault-code sheet"
    r"(?:that|this)(?: part| one| bit)?(?:'s| is| was) (?:really |all |entirely |totally |"
    r"squarely |kind of |kinda |sort of |mostly |partly |more )?on (?:them|him|her|how (?:they|"
    r"he|she|management|the office))\b",
    # Someone else's part left undone, set beside the fault: "their manager was supposed to
    # confirm timings and he did not", "whoever did the last service filled the sheet in wrong".
    r"(?<!\bi )(?<!\bwe )(?:was|were) supposed to (?:[\w'’-]+,? ){1,8}?(?:and|but),? (?:he|she|"
    r"they|it) (?:did not|didn't|never|hadn't|had not|forgot|wasn't|was not)\b",
    r"whoever (?:[\w'’-]+,? ){1,8}?(?:wrong|wrongly|incorrectly|badly|didn't|did not|forgot|never|"
    r"hadn't|had not)\b",
    r"(?:not|wasn't|was not|isn't) (?:from|on) my (?:side|end)",
    r"(?:pinned|blamed) on (?:me|my)",
    r"if (?:they|he|she)'d (?:just |only |actually )?(?:listened|done|read|told|checked|given|"
    r"followed|bothered|said|mentioned|flagged|warned|asked|passed)",
    r"(?:was|is) (?:all |entirely |totally |completely |really )?down to "
    r"(?:them|him|her|their|his)",
    r"(?<!don't )(?<!didn't )(?<!dont )(?<!didnt )(?<!not )"
    # (Not a blame resisted: "I wanted to blame the driver, but the check was mine".)
    r"(?<!wanted to )(?<!want to )(?<!tempted to )(?<!easy to )(?<!not to )(?<!never )"
    r"(?:i )?blame[ds]? (?:the|them|him|her|my|our|it on)",
    r"(?:nothing|not much|very little|little) (?:i|anyone|we) could (?:have )?do(?:ne)?",
    # "there wasn't a whole lot I could do", "not a lot else we could have done"
    r"(?:wasn't|was not|isn't|is not|not) (?:a whole lot|a lot|a great deal|anything|much)"
    r"(?: more| else)? (?:i|we) could (?:have |'ve )?do(?:ne)?",
    # The cause placed on a party in so many words: "mostly it was the agency", "it was
    # mainly the contractor" (not "mostly it was the weather").
    r"(?:(?:mostly|mainly|largely|really) it was|it was (?:mostly|mainly|largely)) (?:the|our|my|"
    r"their) (?:[\w'’-]+ )?" + PEOPLE_NOUN + r"\b",
    r"(?:out of|beyond) (?:my|our) (?:hands|control)",
    r"not (?:really |exactly |entirely )?in (?:my|our) hands",
    r"my hands were tied",
    r"set (?:me|us|them|(?:the |our |all the |new )?(?:tas|" + PEOPLE_NOUN + r")) up (?:to fail|"
    r"for (?:failure|that|this)\b)",
    r"thr[eo]wn? (?:me|us) under the bus",
    r"left (?:me|us) (?:holding the baby|in the lurch|high and dry|to clean up)",
    r"(?:nobody|no one|no-one)(?: ever)? (?:told|tell|tells|warned|showed|trained|helped|"
    r"bothered to tell|"
    r"gave|informed) (?:me|us)",
    r"if (?:only )?(?:they|he|she|my (?:manager|boss|team|colleagues?|lead)|the (?:client|"
    r"customer|manager|team|developers?|supplier|vendor)s?) (?:had|would have|'d)(?: just| "
    r"only| actually)? (?:listened|done|read|told|checked|given|followed|bothered)",
    r"(?:'s|is|was)(?: not|n't)(?: even| really| actually)? on (?:me|us)\b",
    r"(?:nothing|not much|little) to do with (?:us|me|my team|our team|our side)",
    r"(?:that|this|it)(?: part| one| bit)?(?:'s| is| was) (?:really |all |entirely |totally |"
    r"squarely )?on (?:the|our|my) (?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r"\b",
    # (A desk named for its people: "reception really should've caught that".)
    r"(?:(?:the|our|my) )?(?:[\w'’-]+ )?(?:" + PEOPLE_NOUN + r"|reception|dispatch|rostering|"
    r"payroll|admin|floor|front of house|pre-?press|sales|marketing|finance|legal|procurement|"
    r"accounts|operations) (?:really |honestly |definitely |"
    r"clearly )?(?:should|could)(?: have|'ve) (?:flagged|told|warned|caught|spotted|(?:double-?)?"
    r"checked|raised|mentioned|shared)",
    # Another's act disowned in passing: "she'd left hers there too, which she shouldn't have",
    # "which to be honest she should've done before service", "which they're not supposed to
    # do".
    r"(?:which|that) (?:he|she|they) (?:really |honestly )?(?:shouldn't|should not|should never) "
    r"have\b",
    r"(?:which|that),? (?:(?:to be honest|to be fair|frankly|honestly),? )?(?:he|she|they|the "
    r"[\w-]+) (?:really |honestly |frankly )?should(?:'ve|’ve| have) (?:done|checked|caught|"
    r"spotted|flagged|told|noticed|picked up|sorted|fixed|cleared|sent|passed on|thought of)\b",
    r"(?:which|that),? (?:(?:to be honest|to be fair|frankly|honestly),? )?(?:he|she|they)"
    r"(?:(?:'re|’re|'s|’s| are| is| were| was)(?: really)? not| aren't| isn't| weren't| wasn't) "
    r"supposed to\b",
    # Fault set on how others run things: "if the on-call rota was managed properly you'd
    # always get someone", "this is what happens when you rush a boat out".
    r"if (?:the|our|my|their) (?:[\w'’-]+ ){0,3}?(?:was|were|had been|'d been) (?:managed|run|"
    r"staffed|planned|organi[sz]ed|maintained|resourced|looked after) (?:properly|right|"
    r"correctly|better)\b",
    r"(?:this|that)(?:'s|’s| is) what happens when (?:you|they|management|people|the \w+|"
    r"someone|somebody) (?:rush|cut|skip|don't|ignore|push|won't|refuse)",
    # The fault kept off one's own side: "and that's not on the crew".
    r"(?:'s|’s|is|was)(?: not|n't) on (?:the|my|our) (?:crew|team|lads|shift|staff|floor|"
    r"operators|drivers|workers)\b",
    r"(?:clear|know|see|show)s? (?:afterwards |later |after |exactly )?whose (?:fault|failures?|"
    r"mistakes?|errors?|screw-?ups?|mess|problem)\b",
    # The trouble handed back to others: "that wouldn't be on me", "really is for them and the
    # family to sort out", "they is the ones who set up the care plan".
    r"(?:wouldn't|would not|won't|will not) (?:really )?be on (?:me|us)\b",
    r"(?:is|was|it's|it is|it was|'s) (?:really )?(?:for|up to) (?:them|the (?:[\w'’-]+ )?"
    r"(?:agency|family|office|client|company|council|management|manager|school|landlord|firm|"
    r"supplier|contractor))(?: and the [\w'’-]+)? to sort\b",
    # (Not praise: "the nurses are the ones who set the standard".)
    r"(?:they|he|she|the [\w'’-]+) (?:is|are|was|were|'s|'re) the ones? (?:who|that) (?:set "
    r"up|caused|booked|messed|broke)\b",
    r"(?:was|is|were|are) (?:all |entirely |totally |completely |really )?down to (?:the|my|our) "
    r"(?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN,
    # (Not what something is doing: "what the traffic's doing on the Parkway".)
    r"(?<!what )(?<!how )(?:the|my|our) \w+(?:'s|’s) doing(?! (?:on|in|at|now|today|well|ok))",
    r"responsibility (?:lay|lies|rested|rests|was|sat|sits) with (?:the|them|him|her|their)",
    r"(?:nobody|no one|no-one) could have (?:finished|done|met|made|hit|managed|delivered|"
    r"caught|stopped)",
    r"(?:they|the \w+(?: \w+)?|other \w+) (?:had |have )?held (?:it|us|me|everything|things) up",
    r"dumped (?:[\w'’-]+ ){0,6}?on (?:us|me)",
    r"(?:qa|they|he|she|someone|somebody|the (?:\w+ )?(?:team|testers?|developers?|reviewers?)) "
    r"should (?:have|'ve) (?:caught|spotted|picked up|noticed|checked|tested|flagged)",
    # Any duty another failed, in any verb, and a request another left waiting: "the manufacturer
    # should've picked that up under warranty", "the firm before us should have logged it",
    # "my manager sat on it for two months" (not "waited longer than she should have", "the
    # team should have more training", a wish, or "should have arrived", a schedule).
    r"(?<!than )(?:he|she|they|(?:the|our|my|their|his|her|that|this) (?:[\w'’-]+ ){0,2}?"
    r"(?:" + PEOPLE_NOUN + r"|manufacturer|maker|factory|installer|builder|fitter|landlord|"
    r"council|insurer|outfit|previous [\w'’-]+)) (?:really |honestly |frankly |clearly |"
    r"definitely |obviously |probably )?should(?:'ve| have) (?:(?:just|at least|already) )?"
    r"(?!(?:arrived|received|been told|been given)\b)(?:[\w'’-]+(?:ed|en)|done|caught|known|"
    r"told|sent|seen|brought|thought|put|set|left|kept|made|said|picked up|taken|given|paid)\b",
    # The cause moved off one party onto another: "it is not really the technician. It is the
    # company", "it's not the lads, it's the management"; a fix another owed from the start.
    r"(?:it|this|that)(?:'s| is| was)(?:n't| not) (?:really |actually |usually |always )?(?:the|"
    r"his|her|their) [\w'’-]+(?:'s fault)?[.,;:]? (?:(?:it|this|that)(?:'s| is| was) )(?:the|"
    r"their|his|her) (?:[\w'’-]+ )?(?:" + PEOPLE_NOUN + r"|system|schedule|training|rota|"
    r"process|culture|pressure)\b",
    r"(?:which|what) (?:they|he|she|the [\w'’-]+) should(?:'ve| have)? (?:been )?(?:do|done|"
    r"doing|had) (?:from the (?:start|beginning|off)|in the first place|all along)\b",
    r"(?:he|she|they|(?:the|our|my|their|his|her) (?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r") sat "
    r"on (?:it|that|this|(?:my|our) (?:[\w'’-]+ )?(?:request|email|form|application|report|"
    r"proposal|idea|plan|quote|claim|order|ticket|case))\b",
    r"whose (?:change|fault|mistake|code|deploy\w*|error) (?:caused|broke|it was)",
    # The fault placed on another's side, or their discretion: "so that was a gap on his
    # side", "she should've kept her mouth shut", "I can't control what other folk do".
    r"(?:gap|failure|mistake|problem|issue|error|slip|miss|fault|oversight|breakdown)s? on "
    r"(?:his|her|their|the (?:[\w'’-]+ )?(?:team|client|vendor|supplier|agency)(?:'s|’s)?) "
    r"(?:side|end|part)\b",
    r"(?:he|she|they) (?:really |honestly |just )?should(?:'ve| have) kept (?:his|her|their) "
    r"(?:mouth|trap|gob) shut",
    r"(?:can't|cannot|can not) control what (?:other (?:folk|people|staff)|others|people|they|"
    r"he|she|anyone else) (?:do|does|did|say|says)",
    r"(?:records?|find out|work out|know) who (?:deployed|broke|caused|did|pushed) "
    r"(?:it|this|that)",
    # Disowning the cost or cleaning up after others: "none of it down to me", "left to me to
    # catch everybody else's mistakes".
    r"(?:none|not one bit|no part) of (?:it|this|that|which) (?:was )?(?:down to|on|caused by) "
    r"(?:me|us)",
    r"(?:everybody|everyone|somebody|someone|other people)(?:'s|’s)? else(?:'s|’s) "
    r"(?:mistakes?|errors?|mess|fault|problems?|slip-ups)",
    r"(?:they|he|she|the [\w'’-]+(?: [\w'’-]+){0,2}) (?:usually |always |even )?(?:hadn't|had not|"
    r"haven't|have not|hasn't|has not|didn't|did not|don't|doesn't|never) (?:even )?bother(?:ed)? "
    r"to",
    # Denying one's part outright: "it wasn't really an error on my part", "the mistake was the
    # system's, not mine". ("The fault was with the boiler" is a diagnosis, not blame.)
    r"(?:wasn't|was not|isn't|is not|not)(?: really| actually| strictly)? (?:an? )?(?:error|"
    r"mistake|fault|oversight) on (?:my|our) part",
    r"(?:the )?(?:fault|blame) (?:lay|lies|rested|rests) (?:entirely |squarely |really |all )?"
    r"with (?!me\b|us\b|myself)",
    r"(?:fault|mistake|error)(?: was)? (?:the [\w'’-]+(?:'s|’s)|theirs|his|hers),? not "
    r"(?:mine|ours)",
    # Placing the start of the fault with others, or their carelessness as its cause.
    r"(?:errors?|problems?|mistakes?|trouble|mess) (?:really |actually |all )?(?:started|began|"
    r"came|originated) (?:with|from) (?:them|him|her|the (?:[\w'’-]+ )?" + PEOPLE_NOUN + r"s?)\b",
    r"(?:that|this|it) was (?:just )?(?:the [\w'’-]+|them|him|her) being (?:careless|lazy|sloppy|"
    r"slow|difficult|useless)",
    # Whose job it was, said to put the fault there: "which the day team should have caught",
    # "which Year 2 should've flagged", "that's the early shift's job, not ours", "the morning
    # crew is who's supposed to check that", "that was the head chef's order, not me".
    r"(?:which|that|who) (?:(?!i |we |i'd |we'd )[\w'’-]+ ){1,3}should(?:'ve| have) (?:caught|"
    r"flagged|spotted|checked|noticed|picked (?:it |that )?up|warned|told|raised|sorted)",
    r"(?:job|responsibility|remit|problem|work),? not (?:mine|ours|my job|our job|"
    r"my own|our own)\b",
    r"(?:crew|team|shift|staff|department|office|manager|supervisor|nights|days|lot) (?:is|are|"
    r"was|were) (?:the ones? )?(?:who(?:'s| is| are)? )?supposed to (?:check|do|catch|flag|sort|"
    r"order|tell|look|clean|fill)",
    r"(?:order|orders|instruction|instructions),? not (?:me|mine)\b",
    r"(?:only|just) (?:copying|following|doing|going by) what (?:the|my|our|his|her|their) "
    r"(?:[\w'’-]+ ){0,3}?(?:did|said|told me|showed me|had done|wanted)",
    r"how (?:was|were|am|is) (?:i|we|anyone) (?:meant|supposed|expected) to know",
    r"(?:nobody|no one|no-one|naebody) could(?:'ve| have) (?:\w+ )?(?:called|predicted|"
    r"foreseen|known|seen|spotted|guessed)",
    r"to be fair to (?:me|myself|us)",
    r"(?:had|have|has) (?:already )?overloaded (?:me|us)",
    r"dropped (?:things|it|work|jobs|stuff|everything) on (?:us|me)",
    r"(?:aren't|isn't|wasn't|weren't|is not|was not) really (?:my|our|the tills'?|the \w+'s) "
    r"(?:area|job|remit|department)",
    r"(?:look after|deal with|handle|check|cover|own|do) (?:those|that|them|it|these),? not "
    r"(?:us|me)\b",
    # The job named as someone else's, and the cause put outside oneself: "it's the office that
    # does the sheets, not us lot", "down to whoever did that survey", "nobody had mentioned
    # that", "rather than anything I did", "not something I controlled".
    r"(?:that|who|which) (?:does|do|did|handles?|handled|looks after|deals with|sorts|runs|"
    r"manages)\b[^.!?]{0,40}?,? not (?:us|me|mine|ours)\b",
    r"down to (?:whoever|the (?:person|one|people|lot|team) (?:who|that))",
    r"(?:nobody|no one|no-one) (?:had |ever )?(?:mentioned|flagged|said|warned) (?:that|it|this|"
    r"anything)",
    r"rather than (?:anything|something) (?:i|we) did",
    # …and in other words: "rather than anything in how I've done it", "it's really on them,
    # not us".
    r"rather than (?:anything|something) (?:in|about|to do with) (?:how|what) (?:i|we)\b",
    r"(?:its|it's|it is|that's|thats|that is|so it's) (?:really |all |totally |entirely )?on "
    r"(?:them|him|her),? not (?:on )?(?:us|me)\b",
    r"not (?:really |exactly |actually )?(?:something|anything) (?:i|we) (?:controlled|could "
    r"control|had control over|could "
    r"(?:have |'ve )?(?:known|seen|controlled|caught|spotted|prevented|stopped|foreseen))",
    # "there was no way I could know that from my side"
    r"no way (?:i|we) could (?:have |'ve )?(?:known|know|seen|see|caught|catch|spotted|spot|"
    r"prevented|prevent|foreseen|predicted)",
    # Others' silence made the cause: "nobody on their side thought to mention it"
    r"(?:nobody|no one|no-one)(?: [\w'’-]+){0,3}? (?:thought|bothered) to (?:mention|tell|flag|"
    r"warn|check|ask|say)",
    # Training left undone as the cause: "…and expected the rest of us to guess" (not "expected
    # us to know the protocols by week two", a fact)
    r"expected (?:me|us|the rest of us|everyone|everybody) to (?:just )?(?:guess|read (?:their|"
    r"his|her) minds?|(?:figure|work) (?:it|things) out (?:ourselves|myself|on (?:our|my) own|"
    r"alone|for ourselves))",
    # The shrug after an excuse: "so what can I do, everybody sells like this" (not "so what
    # could we do? First…", a problem about to be solved)
    r"so what (?:else )?(?:can|could) (?:i|you|one) do,? (?:everybody|everyone|that's|it's|they|"
    r"nothing|honestly)",
    # …or after deferring to rank: "what can you do, he is the boss"
    r"what (?:can|could) (?:i|you|one) do,? (?:he|she|they)(?:'s| is|'re| are| was| were) the "
    r"(?:boss|manager|owner|client|customer|one (?:in charge|paying))",
    # Another's act named against oneself: "research had recruited that sample, not me"
    r"(?<!\bi )(?<!\bwe )(?:[\w'’-]+ )had (?:[\w'’-]+ ){1,5}?[\w'’-]+, not (?:me|us)\b",
    # Sarcasm about others' pace: "before operations had bothered to send anything"
    r"before (?:the |our |their )?[\w'’-]+(?: [\w'’-]+)? (?:had |even )?bothered to",
    # The cost put on others' work: "really came down to the juniors turning things in late"
    # (not "it came down to the team pulling together")
    r"(?:came|comes|come) down to (?:the|my|our) (?:[\w'’-]+ ){0,2}?(?:junior|trainee|intern|"
    r"colleague|staff|team|contractor|supplier|vendor)s?\b(?! and (?:me|i)\b)[^.!?]{0,40}?"
    r"\b(?:late|wrong|half[- ]done|missing|never|didn't|did not|failed|forgot|mistakes?|errors?|"
    r"sloppy|slow)\b",
    r"(?:obviously|clearly|apparently) never (?:been )?(?:tested|checked|maintained|serviced|"
    r"updated|looked at|read)",
    r"(?:my predecessor|the (?:[\w-]+ )?(?:manager|person|lead|guy|woman|man|team|one) before "
    r"me)\b[^.!?]{0,60}?\b(?:mess|wrong|out of date|incomplete|broken|chaos|shambles|never)",
    r"(?:the|our|their) (?:[\w-]+ ){0,2}(?:team|crew|staff|department|office|supplier|caterers?|"
    r"kitchen|warehouse|agency|contractors?|venue|printers?) had (?:[\w'’-]+ ){1,5}?(?:wrong|"
    r"in the wrong|incorrectly|the wrong)",
    # Someone else's mistake named as what it was: "so it was their mistake", "the error was
    # the night shift's" (not "we learned from their mistakes").
    r"(?:it|that|this|which)(?: was|'s| is)(?: really| all| entirely| clearly| obviously)? "
    r"(?:their|his|her|the [\w'’-]+(?:'s|’s)) (?:own )?(?:mistake|error|oversight|slip|cock-up|"
    r"screw-up)",
    # The cost put on another desk, said against one's own: "that's really on HR, not on us",
    # "this is decision for the senior, not for me" (not a decision left to whoever makes it:
    # "that's for the judge to decide, not me").
    r"(?:'s|is|was|are|were) (?:really |all |entirely |squarely |more )?(?:on|for|up to|down to) "
    r"(?!(?:[\w'’-]+ ){1,3}?to (?:decide|say|judge|rule|choose|approve|authori[sz]e|sign off)\b)"
    r"(?:[\w'’-]+ ){1,3}?(?:[\w'’-]+),? not (?:on |for |up to |down to )?(?:us|me|mine|ours)\b",
    # The trouble placed before it reached the speaker: "the error started upstream",
    # "shouldn't land on the evening shift", "this is what happens when head office cuts…".
    r"(?:errors?|problems?|mistakes?|issues?|trouble) (?:really |actually |all )?(?:started|began|"
    r"came|originated) (?:upstream|elsewhere|higher up|before (?:it|they) (?:got|reached|came) "
    r"to (?:me|us))",
    r"(?:shouldn't|should not|doesn't|does not|didn't) (?:have to )?(?:land|fall|come down) on "
    r"(?:me|us|the (?:[\w-]+ )?(?:shift|team|staff|crew|floor|kitchen|office|desk|ward))",
    r"(?:this|that|it)(?:'s| is| was) what happens when (?:[\w'’-]+ ){0,3}?(?:"
    + PEOPLE_NOUN
    + r"|they|he|she)\b",
    # Work dropped on the speaker, and nobody telling them: "dropped a one-off analysis on me",
    # "nobody had told me it could wait" ("nobody had flagged it as urgent" only narrates).
    r"dropped (?:[\w'’-]+ ){1,5}?on (?:me|us)\b",
    r"(?:nobody|no one|no-one)(?: there| here| else)?(?: had| ever| had ever)?(?: actually| "
    r"properly| really)? (?:told|warned|informed|showed|trained) (?:me|us)\b",
    # Another's change made behind one's back, the speaker unable to know, and the employer
    # told it had it coming: "somebody in IT had changed the view without telling anyone",
    # "there was no way I could know that from my side", "this is what they get".
    r"(?<!\bi )(?<!\bwe )(?:had|has|have|[a-z]+s) (?:[\w'’-]+ ){1,5}?(?:without|never) (?:telling|"
    r"informing|warning|notifying|consulting|asking) (?:anyone|anybody|us|me|the \w+)",
    # Another's duty left undone or fumbled, the trouble inherited, and what would not have
    # happened had they acted: "like they supposed to", "they dropped the ball there", "the
    # staging the previous administrator left us", "the onboarding team's mess, not mine", "it
    # was kind of on her to stick to it", "if he'd paid for a new boiler when I asked, we'd
    # never have been in that mess" (not "if he'd still wanted it, I'd have refused").
    r"(?:like|as) (?:they|he|she)(?:'re|'s| are| is| was| were)? (?:supposed|meant) to\b",
    r"(?:they|he|she|the \w+) (?:really |kind of |sort of )?dropped the ball",
    r"(?:previous|last|old|former) (?:[\w-]+ )?(?:administrator|admin|engineer|manager|owner|team|"
    r"developer|contractor|guy|person|supervisor|tenant|crew)s? (?:had )?left (?:us|me|behind)\b",
    r"(?:'s|’s) (?:mess|problem|fault|screw-?up|cock-?up|mistake|error),? not (?:mine|ours)\b",
    r"(?:their|his|her) own (?:[\w'’-]+ ){0,2}?should(?:'ve| have)\b",
    r"(?:it was|it's|that was|that's) (?:kind of |sort of |really |all |partly )?on (?:her|him|"
    r"them) to\b",
    r"if (?:he|she|they|the \w+|management|my boss)(?:'d| had) (?:[\w'’-]+,? ){1,8}?(?:we|i|us|"
    r"it)(?:'d| would)(?: never| not|n't) (?:have|'ve)\b",
    r"no way (?:i|we) could (?:have )?(?:known|know|seen|spotted|caught|noticed)\b",
    r"this is what (?:they|you|management|companies|employers|bosses) get\b",
    r"(?:nobody|no one|no-one)(?: had| ever| had ever)? passed (?:[\w'’-]+ ){1,4}?(?:on )?to "
    r"(?:me|us)\b",
    # Another desk's silence made the cause: "nobody from that department told the front desk
    # anything".
    r"(?:nobody|no one|no-one) (?:from|in|on) (?:that|the|their) (?:[\w'’-]+ ){1,2}?(?:had )?"
    r"(?:told|warned|informed|let) (?:me|us|anyone|the (?:[\w'’-]+ )?(?:desk|team|floor|ward|"
    r"shift|office))\b",
    # One's part denied in a word, the trouble named as another's, the speaker set up to fail,
    # others not to be relied on, and the cause put on others' omission: "that one was not
    # from me", "then it is his problem", "I was kind of set up to fail", "I can't count on the
    # forms I'm given", "came from the planner not giving us enough time", "agency staff who
    # don't know the residents", "none of the partners backed me up", "the night staff had
    # simply not noticed".
    # (Not "that is not really my call", said to leave a decision to those who own it.)
    r"(?:wasn't|isn't|was not|is not)(?: really| exactly| actually)? (?:from me|my doing)\b",
    r"(?:it|that)(?:'s| is| was) (?:really |then |just |simply )?(?:his|her|their) problem\b",
    r"(?:his|her|their|management's|the [\w'’-]+(?:'s|s'|’s)) (?:decision|rule|call|choice|"
    r"policy),? not (?:mine|me|ours|my (?:call|decision))\b",
    # (Said of people or of what they did, not of a part being checked: "first I check the
    # wheel is really the problem".)
    r"(?:which|that|it|this|he|she|they|" + PEOPLE_NOUN + r") (?:is|was) (?:really|honestly|"
    r"actually) (?:the|their|his|her) (?:[\w'’-]+(?:'s|s'|’s) )?problem\b",
    r"(?:i was|we were|i'd been|we'd been|i've been|we've been)(?: [\w'’-]+){0,2}? set up to "
    r"fail",
    r"(?:can't|cannot|can not|couldn't|cor|cannae|canny) (?:count on|rely on|depend on|trust) "
    r"(?:what )?(?:people|anyone|anybody|others|other (?:people|shifts?|teams?|departments?|staff)|"
    r"the [\w'’-]+ (?:i'm|i am|i was|we're|we are|we were) (?:given|sent|handed))",
    r"(?:came|comes|stemmed|was) (?:from|down to) (?:the|our|my|their) [\w'’-]+(?: [\w'’-]+)? "
    r"(?:not|never|failing to) [\w'’-]+ing\b",
    r"(?:comes?|came|coming) down to (?:the )?(?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r" (?:who|"
    r"that) (?:don't|didn't|do not|did not|never|can't|won't)\b",
    r"(?:none|nobody|no one|no-one) (?:of (?:the|my|our) [\w'’-]+ )?(?:backed|supported) (?:me|"
    r"us)\b",
    r"(?<!\bi )(?<!\bwe )(?:had|has|have) (?:simply|just) (?:not|never) (?:noticed|checked|"
    r"read|bothered|looked|followed|passed|told|flagged)\b",
    r"not (?:a|our|my) (?:failing|failure|fault) (?:on|of) (?:the |our |my )?[\w'’-]+ (?:side|"
    r"part|end)\b",
    # The lesson that others cannot be trusted: "it taught me you can't leave agency lads to do
    # the checks", "what I took from it is you can't rely on what the day shift hands over".
    r"(?:taught me|took from (?:it|that|this)|learn(?:ed|t)|lesson (?:was|is))[^.!?]{0,20}?\b"
    r"(?:you|one|i) (?:can't|cannot|can never|shouldn't|should never|mustn't) (?:just |ever )?"
    r"(?:(?:rely on|trust|count on|depend on)\b[^.!?]{0,40}?\b(?:" + PEOPLE_NOUN + r"|shifts?|"
    r"lads|others|anyone|anybody|them)\b|leave (?:[\w'’-]+ ){1,4}?to (?:do|check|run|handle|sort|"
    r"deal with|manage)\b)",
    # The trouble put down to those in charge: "most of the aggression's the company's own
    # doing", "these errors are happening only because management is giving one nurse ten".
    r"(?:company|management|council|firm|office|agency|school|hospital|trust|client|"
    r"customer)(?:'s|’s) own (?:doing|fault|making)",
    r"(?:happen\w*|made|errors?|mistakes?) (?:[\w'’-]+ ){0,2}?(?:only|just|all|mostly) because "
    r"(?:the )?(?:management|managers|bosses|head office|the company|the trust|the council)\b",
    # The fault handed on in advance, or said to be others' habit: "so if the reo's wrong it's
    # on them", "pours go wrong when the engineer or supplier stuffs up", "because sales
    # overpromise", "it's usually their IT team dragging their feet", "I copped the blame".
    r"(?:it's|it is|that's|that is|it was|that was|it'll be|it would be) (?:all |squarely )?on "
    r"(?:them|him|her|the (?:[\w'’-]+ )?" + PEOPLE_NOUN + r")(?! to\b)",
    r"(?:when|because|if|whenever|cause|'cause) (?:the |their |our |my )?(?:[\w'’-]+ ){0,3}?"
    + PEOPLE_NOUN
    + r" (?:stuffs?|messes?|screws?|cocks?|fouls?|stuffed|messed|screwed|cocked|fouled) "
    r"(?:it |things |something |everything )?up\b",
    r"(?:sales|they|the (?:[\w'’-]+ )?" + PEOPLE_NOUN + r") (?:always |usually |often |"
    r"constantly )?over-?promis(?:e|es|ed|ing)\b",
    r"(?:their|the|his|her) (?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r"(?: was| were| is| are)? "
    r"dragg(?:ing|ed) (?:their|his|her|its) (?:feet|heels)",
    r"i (?:copped|got|carried) the (?:blame|flak|rap|heat)(?! for (?:it|my|that|this)\b)",
    # Others named as the cause, what would have been had they acted, one's own part said to
    # be done, and the trouble placed elsewhere: "the warehouse lads are the reason we were
    # late", "if the buyer had signed off on time we'd have been fine", "I'd done my bit", "the
    # problem was further down the line", "I can only work with what I'm given", "knowing full
    # well", "if I'd been left alone".
    PEOPLE_NOUN + r" (?:are|were|was|is) (?:the|to) (?:real |main |only |whole )?(?:reason|cause)"
    r"\b",
    r"if (?:the|my|our|their|his|her) (?:[\w'’-]+ ){0,2}?" + PEOPLE_NOUN + r" had(?:n't| not)? "
    r"[^.!?]{0,60}?,? (?:we|i|it|everything)(?:'d| would)(?: have|'ve) (?:been )?(?:fine|ok|"
    r"okay|on time|finished|made it|hit|sorted)",
    r"i(?:'d| had)? done my (?:bit|part)(?=[;,.]| and\b| but\b| so\b)",
    r"the (?:real |main |whole )?(?:problem|issue|fault|hold-up) (?:was|lay|lies|is) (?:further "
    r"(?:down|up) the line|elsewhere|upstream|downstream|with (?:them|the (?:[\w'’-]+ )?"
    + PEOPLE_NOUN
    + r")|(?:the )?(?:people|managers|management|bosses) above (?:me|us))",
    r"(?:i|you) can only work with what (?:i'm|i am|i was|you're|you are|you were) given",
    r"knowing full well",
    r"if i(?:'d| had) been left (?:alone|to it|to get on with it)",
    # Others' failing told as their habit, and what the speaker is left with: "the dentist was
    # running late as usual", "no thanks to the rest of them", "if I don't, nobody else does",
    # "half these breakdowns wouldn't happen if engineering didn't keep sending out buses",
    # "which on that job he often didn't", "when the site team actually let you".
    r"(?:the|our|my|their) (?:[\w'’-]+ )?" + PEOPLE_NOUN + r" (?:[\w'’-]+ ){1,6}?as usual\b",
    r"no thanks to (?:the|them|him|her|my|our|their|anyone|anybody)\b",
    r"if i (?:don't|didn't|do not|did not)(?: do it)?,? (?:nobody|no one|no-one) (?:else )?"
    r"(?:does|will|did|would)\b",
    r"(?:wouldn't|would not|would never) (?:happen|have happened) if (?:the |our |my )?(?:[\w'’-]+"
    r" ){0,2}?(?:didn't|did not|would|had|hadn't|kept|stopped|actually|just|bothered)\b",
    r"which (?:on that \w+ |usually |mostly |most of the time )?(?:he|she|they) (?:often|usually|"
    r"mostly|rarely|never) (?:didn't|did not|don't|doesn't|did)\b",
    r"when (?:the|they|he|she)(?: [\w'’-]+){0,2} (?:actually|finally|eventually) (?:let|lets|"
    r"bother|bothers|turn up|turns up|show up|shows up)\b",
    # The error handed down: "so how I was to know?", "it should've been flagged before it
    # ever got to me", "reception never put it on the notes, did they", "this loss is not
    # from my people", "if they send me the good people, I don't have this problem".
    r"how (?:was )?i (?:was )?(?:to|supposed to|meant to) know\b",
    r"should(?:'ve| have) been (?:flagged|caught|checked|spotted|picked up|sorted|done)"
    r"(?: [\w'’-]+){0,4}? before it (?:ever )?(?:got|came|reached|went) to (?:me|us)\b",
    r"never [^.!?,]{3,50}, (?:did|do|does|would|could) (?:they|he|she)\b",
    r"(?:not|wasn't|was not|isn't|is not) (?:from|on|because of) my (?:people|team|lot|crew|"
    r"shift|staff)\b",
    r"if (?:they|he|she) (?:send|sent|give|gave|gives|sends) (?:me|us) (?:the )?(?:good|right|"
    r"proper|decent|better) (?:people|staff|ones|team)\b",
    r"(?:honestly|really|to be fair),? (?:that|this|it)(?: one| bit)? (?:wasn't|was not|isn't) "
    r"(?:really )?down to (?:me|us)\b",
    # The cause put on others' kit, habits or acts in any story: "the cheap bits they give us",
    # "he could've shown me before", "they're always rushing", "the customer's own doing",
    # "when they botched the restructure", "longer than needed thanks to the boss",
    # "the visits team went and cancelled his visit", a lesson that is others' duty ("what I
    # took from it is, the office has got to put proper details on").
    r"(?:cheap|rubbish|useless|knackered|dodgy|crap|budget|worn-out) (?:[\w'’-]+ ){0,2}?(?:they|"
    r"the (?:company|firm|office|depot)|management) (?:give|gave|buy|bought|supply|supplied|"
    r"provide|provided|issue|issued) (?:us|me)\b",
    r"(?<!if )(?<!asked )(?:he|she|they|someone|somebody|the (?:[\w'’-]+ )?[\w'’-]+) could(?:'ve| "
    r"have) (?:shown|told|warned|mentioned|explained|taught|trained) (?:me|us)\b",
    r"(?:they|he|she|the (?:[\w'’-]+ )?[\w'’-]+s)(?:'re|'s| are| is) always (?:rushing|rushin'?|"
    r"late|moaning|skiving|messing about|losing|forgetting|cutting corners)\b",
    r"(?:customer|client|driver|owner|tenant|patient|user|their|his|her)(?:'s|’s)? own (?:doing|"
    r"doin'?|fault|making)\b",
    r"(?:they|he|she|management|the (?:[\w'’-]+ )?(?:company|firm|office|council|management|"
    r"contractors?|builders?)) (?:completely |totally |had |just )?(?:botched|bodged|butchered|"
    r"cocked up|screwed up)\b",
    r"(?:longer than (?:needed|necessary)|later than (?:needed|planned)|delayed|held up)(?: "
    r"[\w'’-]+){0,3}? thanks to (?:the|my|our|his|her|their|them|him)\b",
    r"(?:they|he|she|the (?:[\w'’-]+ ){0,2}?(?:team|office|desk|manager|boss|management|lads|"
    r"lot)) (?:just )?went and (?:cancelled|changed|moved|sold|lost|broke|deleted|binned|"
    r"scrapped|promised|double-booked|overbooked|reversed|gave away)\b",
    # (A duty laid on them, not a need: "what I learned is the customer needs to feel heard".)
    r"(?:took|take|learned|learnt|lesson)(?: [\w'’-]+){0,3}? (?:is|was),? (?:like,? )?(?:the|"
    r"our|my) (?:[\w'’-]+ ){1,2}?(?:(?:has|have|'s|'ve) got to|should(?:'ve| have))\b",
    # Others' part made the condition of things going right, others' change made behind one's
    # back, others' silence called half the trouble, and a person on one's back: "if the other
    # shifts and IT did their part", "the supplier had switched us to a new seal without
    # saying", "half the friction is nobody explaining it to them", "the account manager was
    # on mi back". (Not a shared duty: "if everyone does their bit, the shift runs smooth".)
    r"if (?!everyone\b|everybody\b|each\b|every\b|all\b|we\b|i\b|you\b)(?:the )?"
    r"(?:[\w'’-]+ ){1,4}?(?:did|do|does|had done|would do|just did) (?:their|his|her) (?:part|"
    r"job|bit|jobs)\b",
    r"(?<!\bi )(?<!\bwe )(?<!\bi had )(?<!\bwe had )(?<!i'd )(?<!we'd )(?<!\bid )(?:had )?"
    r"(?:switched|changed|swapped|moved) (?:[\w'’-]+ ){0,6}?without (?:saying|telling|warning|"
    r"mentioning|asking|letting (?:us|me|anyone|anybody) know)\b",
    # Cost-cutting by those in charge made the cause: "that month the owner change to a cheaper
    # gel" (not one's own saving: "I got the owner to switch to a cheaper supplier").
    r"(?<!\bto )(?:owner|company|management|boss|office|firm|they|he|she) (?:had )?(?:change|"
    r"changed|switch|switched|swap|swapped|went|moved)(?: us)?(?: over)? to (?:a |the |some )?"
    r"cheap(?:er|est)?\b",
    r"half (?:the|of the|our) (?:friction|problem|problems|trouble|issue|issues|battle) (?:is|was)"
    r" (?:nobody|no one|no-one|them|they)\b",
    r"(?:he|she|they|the (?:[\w'’-]+ )?" + PEOPLE_NOUN + r") (?:was|were|is|are|kept|had been|"
    r"been) (?:on|at) (?:my|mi|me|our) backs?\b",
    # Teammates who did not pull their weight, said gently: "it would have been a first if
    # everyone had pulled their weight", "two of the pairs did very little, so most of it fell
    # to me", "two of my teammates struggled to meet deadlines", "I don't blame them, but…".
    r"(?:if|had) (?:everyone|everybody|they|the others|the rest(?: of (?:them|the team|the "
    r"group))?|he|she|all of them) (?:had )?pulled (?:their|his|her) weight",
    r"(?:didn't|did not|never|wasn't|weren't|not) (?:really )?pull(?:ing|ed)? (?:their|his|her) "
    r"weight",
    r"(?:two|three|some|half|a couple|most|one|both) of (?:my |the |our )?(?:teammates|team|group|"
    r"pairs|others|members|colleagues|classmates|partners)(?: [\w'’-]+){0,2}? (?:did (?:very |"
    r"really )?little|did (?:nothing|hardly anything|next to nothing|the bare minimum)|struggled "
    r"to (?:meet|hit|keep|finish|deliver)|kept missing|never (?:turned|showed) up)\b",
    r"(?:most|all|the bulk|the majority|the rest) of (?:it|the work|the project) (?:fell|landed) "
    r"(?:to|on) me\b",
    r"i (?:don't|do not|didn't|did not) blame (?:them|him|her)\b[^.!?]{0,80}?\bbut\b",
    r"(?:would|'d) (?:never|not) have (?:got|gone|come|gotten) (?:that far|this far|to that|to "
    r"this)[^.!?]{0,40}? if (?:our|my|the|he|she|they|someone|somebody)\b",
    r"which meant (?:i|we) (?:had to|ended up having to) (?:redo|re-do|fix|correct|sort out|"
    r"check) (?:them|it|all of (?:it|them)|her work|his work|their work)\b",
)
