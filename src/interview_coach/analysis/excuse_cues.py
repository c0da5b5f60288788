"""Excuses that count as blame only where the candidate's own mistake was asked for and no part
of it is owned (`judgements.blame`): in a story about a problem solved, the same words
describe the problem.
"""

from __future__ import annotations

import re

from interview_coach.analysis.cues import PEOPLE_NOUN
from interview_coach.analysis.patterns import rx

# Another's duty left undone ("his kitchen staff were meant to clear it and never did"), wrong
# material handed over ("the control room sent me the fault log from the wrong turbine"),
# orders followed ("I was only doing what I was told"), the agent hidden ("the key date was
# somehow never updated", "it wasn't flagged") and conditions made the cause ("management had
# us on a skeleton rota").
FAILURE_EXCUSE = rx(
    r"(?<!\bi )(?<!\bwe )(?:was|were|are|is) (?:meant|supposed|expected) to (?:[\w'’-]+,? ){1,8}?"
    r"(?:and|but),? (?:(?:he|she|they|it) )?(?:just |simply )?(?:never did|didn't|did not|never|"
    r"forgot|hadn't)\b",
    r"(?:sent|gave|given|handed|passed|supplied) (?:me|us) (?:[\w'’-]+ ){0,5}?(?:wrong|bad|"
    r"incorrect|out-of-date|out of date|faulty|old|rubbish|junk|useless|dodgy)\b",
    # The reason put on others: "mostly 'cause our president signed off on it", "because the
    # front desk had already marked his form" (not "because I'd…" nor "just because it's
    # obvious to you", a lesson).
    r"(?:mostly|mainly|largely|really|honestly|partly|just),? (?:because|'cause|cause|cos) "
    r"(?!i\b|i'd\b|i'm\b|i've\b|we\b|we'd\b|my\b|me\b|of me\b|of my\b|it\b|its\b|it's\b|you\b|"
    r"you're\b)",
    r"(?:because|'cause|cause|cos|since) (?:the|our|my|their) (?:[\w'’-]+ ){0,2}?(?:"
    + PEOPLE_NOUN
    + r"|vendor|system|software|update|rota|roster)(?:'s|’s)? (?:[\w'’-]+ ){0,3}?(?:had|was|were|"
    r"did|didn't|kept|sent|marked|reset|changed|booked|put|gave|told|signed)\b",
    r"(?<!\bi )(?<!\bwe )(?:never|didn't|did not|hadn't|had not) (?:flagged|mentioned|passed|"
    r"communicated|sent) (?:[\w'’-]+ ){0,5}?to (?:me|us)\b",
    # Whose call it was, said of one's own mistake ("it wasn't my call"); in a method answer
    # the same words defer to whoever decides ("that's not really my call").
    r"(?:it|that|this|which)(?: really| honestly| actually)? (?:wasn't|was not|isn't|is not) "
    r"(?:really |actually |exactly )?(?:my|our) (?:call|decision)",
    r"(?:only|just) (?:doing|following|did) what (?:i was|we were|i'd been|i had been|we'd been) "
    r"(?:told|asked)",
    r"(?:was|were)(?: somehow| just)? never (?:updated|passed on|logged|flagged|recorded|sent|"
    r"checked|entered|booked|chased|set up)",
    r"(?:wasn't|was not|weren't|were not)(?: ever)? (?:flagged|logged|passed on|updated|measured|"
    r"recorded|booked|chased)\b",
    r"(?:but|and) (?:he|she|they) (?:forgot|neglected|failed) to (?:tell|warn|inform|mention|"
    r"pass)\b",
    # The error filed under another desk: "I explained it was an agency issue", "to be fair it
    # started with HR", "because HR sent over the file with the codes mixed up".
    r"(?:it|this|that) (?:was|is|'s) (?:an? )?(?:agency|hr|payroll|supplier|vendor|management|"
    r"office|contractor|planning|client|customer|[\w-]+ team)(?:'s|’s)? (?:issue|problem|error|"
    r"fault|mistake|thing)\b",
    r"(?:it|the (?:error|problem|mistake|issue|mix-up)) (?:all )?(?:started|began|came) (?:with|"
    r"from) (?:the )?(?:hr|payroll|agency|supplier|vendor|planners?|office|management|"
    r"contractors?|other shift|day shift|night shift)\b",
    r"(?:because|'cause|cause|cos) (?:hr|payroll|finance|accounts|dispatch|planning|management|"
    r"head office|procurement) (?:had |have |has )?(?:sent|gave|given|put|changed|booked|kept|"
    r"messed|mixed|forgot|didn't|never)\b",
    r"had (?:me|us) on (?:a )?skeleton",
    # Short hands and no time, and another's word taken for the check: "we were two down that
    # day, so there just wasn't time", "so I signed it off on their word", "because day shift
    # hadn't checked it".
    r"(?:we were|we're|we are|i was) (?:two|three|four|a (?:couple|few)|one|several|\d+) "
    r"(?:people |staff |hands |bodies )?(?:down|short)\b",
    r"there (?:just |simply |really )?(?:wasn't|was not|weren't|was no|were no) (?:the )?time "
    r"to\b",
    r"(?:signed|passed|took|accepted|cleared) (?:it |that |them |the [\w-]+ )?(?:off |through )?"
    r"on (?:their|his|her|the [\w'’-]+(?:'s|’s)) word\b",
    r"(?:because|'cause|cause|cos) (?:(?:the|our|my|their) )?(?:day|night|other|early|late|"
    r"previous|last|back) shift (?:had |has |have )?(?:hadn't|had not|didn't|did not|never|forgot|"
    r"left|missed)\b",
    r"(?:won't|wouldn't|don't|doesn't|didn't) (?:staff|resource|fund) (?:[\w'’-]+ ){0,3}?properly",
    # Another's hand on the error: "the dispenser picked the wrong one", "night shift loaded it
    # and did not recalibrate", "the plan I was handed was simply wrong".
    r"(?:the|our|my|their) (?:[\w'’-]+ ){0,2}?(?:" + PEOPLE_NOUN + r"|shift|dispenser|planners?|"
    r"driver|picker|packer|porter|cashier|agent) (?:had )?(?:picked|loaded|sent|put|entered|keyed|"
    r"booked|gave|wrote|labelled|ordered|packed|fitted|used|set) (?:in )?(?:the |a )?(?:wrong|"
    r"incorrect)",
    r"(?:the|our|my|their|that) (?:[\w'’-]+ ){0,2}?(?:" + PEOPLE_NOUN + r"|shift) (?:[\w'’-]+ )"
    r"{0,3}?(?:and|but) (?:then )?(?:did not|didn't|never|forgot to|failed to) (?:[\w'’-]+ )?"
    r"(?:check|recalibrate|calibrate|tell|pass|update|label|confirm|flag|record|log|test|"
    r"sign|lock|clean)\w*",
    r"(?:i was|we were) (?:handed|given|sent|passed)\b[^.!?]{0,50}?\b(?:was|were) (?:simply |"
    r"just |completely |totally |plainly )?(?:wrong|incorrect|out of date|inaccurate)",
    r"(?:the )?(?:plan|figures?|numbers?|data|information|brief|handover|list|sheet|notes?) "
    r"(?:i|we) (?:was|were) (?:handed|given|sent) (?:[\w'’-]+ ){0,4}?(?:was|were) (?:simply |"
    r"just |completely |totally )?(?:wrong|incorrect|out of date|inaccurate)",
    # Another party the subject of what went wrong, in any words: "my manager sat on the
    # approval for a week", "head office changed the spec twice and didn't tell us", "the night
    # shift never finished their share", "maintenance took two days to turn up".
    r"(?:(?:the|my|our|their|his|her) (?:(?!i\b|we\b)[\w'’-]+ ){0,2}?(?:" + PEOPLE_NOUN + r"|"
    r"shift|foreman|buyer|purchasing|maintenance|dispatch|planning|starter|warehouse|driver|"
    r"lads)s?|\b(?:head office|management|purchasing|procurement|maintenance|dispatch|planning|"
    r"payroll|finance|hr|reception)) (?:(?!i\b|we\b|and\b)[\w'’-]+ ){0,2}?(?:(?:never|didn't|"
    r"did not|"
    r"hadn't|had not)(?! (?:have|has|had|know|need|want|like|mind|get|see|realise|realize|expect|"
    r"think|understand|said a word|worth|easy|a good idea)\b)|failed to|forgot|"
    r"refused to|ignored|messed|screwed|dropped the ball|let (?:me|us) down|sat on|hogged|kept "
    r"(?:changing|moving|missing|adding|pulling)|changed (?:the|their) (?:spec|plan|order|brief|"
    r"minds?)|took (?:[\w'’-]+ ){1,2}?(?:days|weeks|hours) to|cut (?:[\w'’-]+ ){0,3}?wrong)\b",
    # Said politely, it is the same: "so it wasn't really down to me", "we can only go off what
    # we're given", "the office needs to make sure the lists are right" (the fix put on others).
    r"(?:it|that|this|which)(?:,? (?:really|honestly|to be honest|to be fair|in fairness),?)? "
    r"(?:wasn't|was not|isn't|is not) (?:really |exactly |entirely |all |totally )?down to "
    r"(?:me|us)\b",
    r"(?:we|i) (?:can|could) only (?:go|work|act) (?:off|on|with|from) what (?:we're|we are|we "
    r"were|we get|we got|i'm|i am|i was|i get|i got) (?:given|told|sent|handed)\b",
    r"(?:the|our) (?:[\w'’-]+ )?(?:office|management|" + PEOPLE_NOUN + r"|shift) (?:really )?"
    r"(?:needs? to|should|has to|have to|must) (?:make sure|check|ensure|double-check)\b",
    r"(?:i|we) (?:wasn't|was not|weren't|were not|was never|were never|never got) (?:given|"
    r"trained|told|shown|warned|allocated|offered)\b",
    r"(?:nobody|no one|no-one)(?: else)? (?:(?:in|from|at|on) (?:[\w'’-]+ ){1,2}?)?(?:had |has |"
    r"'d )?(?:even )?(?:bothered|thought|remembered)(?: to\b| [a-z]+ing\b)",
    # Others' neglect as the cause: "nobody in the office had bothered asking her", "set wrong
    # by whoever had it last", "because management is not doing proper searching", "because
    # the chief pharmacist never checked stock".
    r"(?:wrong|wrongly|badly|incorrectly) by (?:whoever|someone|somebody)\b",
    r"(?:because|cause|'cause|since) (?:the )?(?:management|head office|company|office|senior "
    r"management|they)(?: [\w'’-]+){0,2}? (?:is|are|was|were)(?:n't| not) (?:doing|checking|"
    r"following|searching|training|staffing|listening)\b",
    r"because (?:the|my|our|his|her|their) (?:[\w'’-]+ ){0,2}?[\w'’-]+ never (?:checked|told|"
    r"did|bothered|read|looked|followed|signed|trained|showed|sent|answered|updated|passed)\b",
    # Helpless after what others did, slow to back one, booked back to back, and whose
    # decision it was in any words: "so I could not finish with proper checking", "the
    # governors were slow to give me the backing", "the office had me booked back to back",
    # "is not me decide that".
    r"so (?:i|we) (?:could not|couldn't|couldnae|was unable to|were unable to|had no (?:way|"
    r"chance|choice) (?:but )?to)\b",
    r"(?<!\bi )(?<!\bwe )(?:was|were) (?:too |very |so )?slow to (?:give|respond|reply|act|"
    r"approve|sign|send|get back)\b",
    r"had (?:me|us) (?:booked|running|scheduled|rostered|doing) back[- ]t[oa]e?[- ]back",
    r"(?:is|it's|it is|was|that's) not (?:me|mine) (?:to )?(?:decide|decision|call)\b",
    # The failure put on those who judged it: "I think the markers just didn't fully get it".
    r"(?<!\bi )(?<!\bwe )(?<!\bi just )(?:just )?(?:didn't|did not|couldn't|could not) (?:fully |"
    r"really |quite )?(?:get|understand|appreciate|see) (?:it|what i was|the point|the idea|my)\b",
    # Pressure from others made the cause, a target that was never fair, and the lesson to
    # resist others rather than to change: "we'd been put under pressure to hand it back",
    # "they push us to rush", "they were on at the office every day", "a quota that was never
    # realistic", "don't let other people rush you on floors".
    r"(?:i|we)(?:'d| had| was| were)(?: been)? (?:put|placed) under (?:a lot of |real |huge )?"
    r"pressure\b",
    r"(?<!\bi )(?<!\bwe )(?:rush|rushed|rushes|pressured|pressure|pressures|hurried) (?:us|me) "
    r"(?:to|into)\b",
    r"(?:push|pushed|pushes|pushing) (?:us|me) to (?:rush|hurry|cut corners|skip)\b",
    # …a recurrence put on others, and others' silence: "if management don't fix the timing,
    # sure will happen again", "nobody on the ward had passed that on".
    r"if (?:the )?(?:management|managers?|bosses|boss|office|company|head office|they|council|"
    r"client|landlord|owner) (?:don't|doesn't|do not|does not|won't|will not|never) (?:fix|sort|"
    r"address|deal with)\b",
    r"(?:nobody|no one|no-one)(?: (?:on|in|at|from) (?:the|their|our) [\w'’-]+)? (?:had |has )?"
    r"passed (?:it |that |this |them )?on\b",
    r"(?:was|were|had been|kept) on at (?:me|us|the office|the team) (?:every|all|constantly|about)"
    r"\b",
    r"(?:quota|target|deadline|timeline|budget|estimate|plan|schedule)s? (?:that |which )?(?:was|"
    r"were|is|are|had been) never (?:realistic|achievable|doable|fair|going to (?:work|happen))\b",
    r"(?:don't|do not|never) let (?:other people|others|anyone|anybody|them|people|the "
    r"[\w'’-]+) (?:rush|push|pressure|hurry) (?:you|me|us)\b",
)
# The cause or the duty handed on in a mistake story, blame even beside a fact owned ("I didn't
# notice till the morning, but to be fair the alarm had been faulty for weeks").
DUTY_HANDED_ON = rx(
    # The cause handed on politely: "in fairness the drawings I'd been given had the circuits
    # numbered different", "the bookkeeper, who to be fair was very stretched, sent her
    # figures in late". Kindness to the one named does not take the cause off them; one's own
    # failing inside the same words ("to be fair, I hadn't checked it") is owning it.
    r"(?:in fairness|to be fair)\b(?:(?!\bi (?:didn't|did not|hadn't|had not|forgot|missed|"
    r"should|was wrong|rushed)\b|\bmy (?:fault|mistake|error)\b)[^.!?]){0,100}?\b(?:late|wrong|"
    r"different(?:ly)?|faulty|missing|incorrect|out of date|inaccurate|unclear|confusing|"
    r"stretched|kept changing|(?:wasn't|weren't|was not|were not) (?:the best|great|clear|"
    r"right|accurate|updated|ready)|(?:nobody|no one|no-one) had|(?:hadn't|had not|didn't|"
    r"did not|never) (?:really )?(?:been )?(?:shown|told|given|trained|updated|checked|sent|"
    r"passed|flagged|mentioned))\b",
    # The duty put on another desk: "it's really the responsibility of the equipment person",
    # "the person on the late shift should have checked the log".
    r"(?:it's|it is|it was|that's|that is|that was) (?:really |actually |technically |strictly "
    r")?(?:the )?(?:responsibility|job|duty) of (?:the|our|my|their)\b",
    r"(?:it's|it is|it was|that's|that was) (?:really |actually |technically )?(?:the|our|"
    r"their|his|her) (?:[\w'’-]+ ){0,2}?[\w'’-]+(?:'s|’s|s') (?:responsibility|job|duty)\b",
    r"(?:the|our|their|his|her) (?:(?!i\b|we\b)[\w'’-]+ ){1,4}?should(?:'ve| have) (?:checked|"
    r"spotted|caught|told|noticed|flagged|picked|seen|warned|reported|looked)\b",
    # The one it was left with excused by their load: "the parts lad's got a lot on".
    r"(?:he|she|they|(?:the|our) (?:[\w'’-]+ ){0,2}?(?:lad|lass|guy|girl|bloke|man|woman|fella|"
    r"team|office|department|manager|supervisor|person))(?:'s|'ve| has| have)? (?:got|had) "
    r"(?:a lot|loads|so much|too much|enough) on(?: (?:his|her|their) plate)?\b",
    # No part left to own: "I don't think there was much more I could have done".
    r"(?:don't|do not|didn't) think there (?:was|is) (?:much |anything )?(?:more|else) (?:that )?"
    r"(?:i|we) (?:could|can)(?:'ve| have)?(?: done| do)?\b",
)


# Others' failing told as what one's own act led to: "I kept re-making the beds myself, so my
# checks finished late and the team didn't learn" owns the cause.
CONSEQUENCE_OF_OWN = re.compile(r"\b(?:i|my)\b[^.!?]*\bso\b[^.!?]*$", re.I)
# Something not yet done, said as luck: "the owner hadn't given the first dose yet, thank
# goodness" tells that no harm came, not that the owner failed.
HARM_AVOIDED = re.compile(r"[^.!?]{0,60}?\b(?:yet|thank (?:god|goodness|heavens))\b", re.I)


def not_a_failing(text: str, start: int, end: int) -> bool:
    """Whether the excuse found at `text[start:end]` is no failing of others: what one's own
    act led to, or harm that never came."""
    return bool(
        CONSEQUENCE_OF_OWN.search(text[max(0, start - 160) : start])
        or HARM_AVOIDED.match(text[end : end + 80])
    )
