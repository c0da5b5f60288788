"""Phrase patterns of records hidden or made up (read by `judgements.unsafe` through
`safety_cues`): a report or a record left out, a record written from anything but the fact,
and results made to come out. An employer hears these as dishonesty, in any trade.
"""

from __future__ import annotations

# A record: what a false entry, a tick or a figure goes into.
RECORD = (
    r"(?:chart|log|logs|sheet|boxes|box|certificate|record|records|register|form|notebook|"
    r"notes|system|book|timesheet|report|deck)"
)

# Hiding it: a report or record left out, a record written from anything but the fact, and
# results made to come out. In a story of one's own mistake this is still a fault: the mistake
# is what the question asks for, the cover-up is not.
CONCEALING = (
    # Figures edited in the system until the target shows: "I will adjust the hours in the
    # system at end of shift so the breaks not count, and then we was showing 121".
    r"(?:adjust|adjusted|change|changed|edit|edited|tweak|tweaked|fiddle|fiddled|massage|"
    r"massaged) (?:the )?(?:[\w-]+ )?(?:hours|figures|numbers|times|timings|data|rates?|"
    r"readings|clock-?ins?)(?: in the system)?[^.!?]{0,60}?\bso (?:the|it|that|we|they)\b"
    r"[^.!?]{0,40}?\b(?:not count|doesn't count|don't count|didn't count|showed|showing|show|"
    r"looked|looks|came out|hit)\b",
    # Records filled in after the fact to look complete for an inspection: "completing the
    # assessments and the charts for the previous weeks", "up to date and signed when the
    # inspectors came".
    r"(?:completing|completed|filling in|filled in|writing up|wrote up) (?:all )?(?:the |their |"
    r"our )?(?:[\w-]+ ){0,2}?(?:assessments?|charts?|records?|obs|observations|logs?|forms?|"
    r"sheets?)(?: and (?:the )?(?:[\w-]+ ){0,2}?(?:assessments?|charts?|records?|logs?|forms?|"
    r"sheets?))? for (?:the )?(?:previous|past|last|earlier) (?:few )?(?:weeks?|months?|days?|"
    r"shifts?)",
    r"(?:up to date|complete|signed|in order)(?: and (?:up to date|complete|signed))? (?:when|"
    r"before|for) the (?:inspectors?|auditors?|inspection|audit|cqc|ofsted|assessors?) (?:came|"
    r"arrived|visited|got there|turned up)",
    # Not reported, not declared, not told: "I did not put this in the gifts register",
    # "I did not mention in the deck which weeks I removed", "I didn't report the accident".
    r"(?:i|we)(?:'d| would)? (?:wouldn't|would not|won't|don't|didn't|did not|never) (?:mention|"
    r"put|record|log|write|declare|report|include|say)(?: (?:it|that|this|them|any of (?:it|"
    r"that)|the [\w-]+(?: [\w-]+)?))? (?:in|on|to|up in) (?:the |our |my )?(?:[\w-]+ ){0,3}?"
    + RECORD,
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
    + RECORD
    + r" (?:[\w'’-]+ ){0,3}?(?:at the end of the (?:week|month)|all (?:at once|together)|in one "
    r"go|without (?:doing|checking|reading|looking))",
    r"(?:write|wrote|writing|log|logged|logging|record|recorded|put|label|labelled|labeled) "
    r"(?:it|them|that|this) (?:up |down )?as (?:a |an )?(?:[\w-]+ ){0,2}?(?:visit|check|"
    r"difference|done|complete|completed|inspected|tested)\b",
    r"(?:adjust|adjusted|change|changed|alter|altered|amend|amended) (?:the )?(?:[\w-]+ )?"
    r"(?:balance|figures?|numbers?|readings?|register|count|totals?) so (?:it|they) (?:match|"
    r"matches|matched|balance|balances|balanced|tie|ties|tied|agree|agrees)",
    r"so (?:the )?(?:sheet|register|till|record) (?:always )?(?:matches|balances|ties|is complete)",
    r"so (?:it|they|he|she|i) (?:wouldn't|won't|doesn't|didn't|don't) (?:keep )?(?:get(?:ting)? )?"
    r"(?:flagged|picked up|noticed|spotted|caught)\b",
    r"(?:keeps?|kept|keeping) (?:the |my )?(?:[\w-]+ )?(?:chain|file|record|records|paperwork|"
    r"sheets?|log|books?) looking (?:clean|tidy|neat|complete|right|good)",
    r"(?:put|putting|fill|filled|filling|write|wrote|writing|enter|entered|entering) (?:in |down )?"
    r"(?:a |the )?(?:sensible|typical|plausible|likely|rough|reasonable|believable) (?:time|times|"
    r"temperature|temperatures|reading|readings|figure|figures|number|numbers|value|values)\b",
    r"(?:put|putting|write|wrote|writing|fill|filled|filling|record|recorded|recording|log|logged|"
    r"logging|enter|entered|entering) (?:[\w'’-]+ ){0,5}?as (?:close|near|best|accurately) as i "
    r"(?:could|can) (?:work (?:it|them) out|remember|recall|guess)",
    r"(?:logged|recorded|documented|booked|entered|wrote up|signed off|marked) (?:[\w'’-]+ ){1,6}?"
    r"(?:against (?:a |an |the )?(?:completed|different|earlier|previous|old|another)|as (?:an? )?"
    r"(?:attended|passed|clean))\b",
    # A record made to look complete, or filled from other readings: "I'll fill in the two a.m.
    # obs from the midnight set so the chart's complete", "copy the midnight set onto the chart".
    r"so (?:that )?(?:the |my |our )?(?:[\w-]+ )?(?:chart|charts|record|records|log|logs|sheet|"
    r"sheets|register|file|paperwork|form|forms|audit trail)(?:'s| is| looks?| was| were| are) "
    r"(?:complete|full|done|filled in|up to date|all there)\b",
    r"(?:copy|copied|copying) (?:over )?(?:the |them |it )?(?:[\w-]+ )?(?:set|readings|obs|"
    r"observations|figures|numbers|values|results|entries) (?:onto|into|to|across to|over to) "
    r"(?:the |my )?(?:chart|record|log|sheet|form|system|register)\b",
    r"(?:fill|filled|filling|write|wrote|writing) (?:in |up )?(?:the )?(?:[\w.-]+ ){0,3}?"
    r"(?:obs|observations|readings|checks|temperatures|entries) (?:[\w'’-]+ ){0,4}?from the "
    r"(?:[\w-]+ )?(?:set|ones|readings|round|shift|day|week|before)\b",
    # Whoever checks never does: "the auditors never look at anything under materiality", "the
    # inspector never comes out on a Saturday".
    r"(?:the |an? )?(?:auditors?|inspectors?|regulators?|assessors?|ofsted|hse|cqc|eho|health "
    r"and safety|the client|the boss|the office) (?:never|rarely|hardly ever|don't ever|doesn't "
    r"ever) (?:look|looks|check|checks|come|comes|notice|notices|read|reads|visit|visits)\b",
    # A difference forced to balance: "put a plug journal through", "pop it into suspense".
    r"(?:a |the )?plug (?:journal|figure|entry)\b",
    r"(?:put|pop|popped|dump|dumped|park|parked|stick|stuck) (?:it|the difference|them) "
    r"(?:into|in|to) (?:suspense|sundry|sundries)\b",
    # Others' work passed off as one's own: "renamed the functions so it looked like my own
    # work", "handed it in as mine".
    r"(?:look|looked|looks|looking|pass|passed|passing) (?:it |them )?(?:off )?(?:like|as) my "
    r"own\b",
    r"(?:submitted|submit|handed in|hand in|presented|present|put my name on) (?:[\w'’-]+ ){0,5}?"
    r"as (?:my own|mine)\b",
    r"so (?:it|they) (?:wouldn't|won't|didn't|doesn't) (?:get |be )?(?:flagged|picked up|caught) "
    r"by (?:turnitin|the plagiarism|the checker)",
    # Kept from whoever would stop it: "didn't put it on the radio cause he'd have shut us down",
    # "I didn't tell the supervisor because the paperwork would take weeks".
    r"(?:i|we) (?:didn't|did not|don't|won't|wouldn't|never) (?:put it on the radio|radio|tell|"
    r"call|ring|inform|let (?:\w+ )?know|mention it to|report it to)(?: (?:it|that))?(?: (?:to )?"
    r"(?:the|my|our) [\w-]+(?: [\w-]+)?| anyone| anybody| him| her| them)?[^.!?]{0,50}?\b(?:cause|"
    r"because|'cause|as|or) (?:he|she|they|it|the [\w-]+|i knew(?: (?:that )?(?:the [\w-]+|it|"
    r"they|he|she))?)(?:'d| would|"
    r"'ll| will)? (?:have )?(?:shut|stop|stopped|halt|halted|pull|pulled|make|made|say no|flag|"
    r"flagged|close|closed|take|taken|delay|delayed|hold|held)\b",
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
