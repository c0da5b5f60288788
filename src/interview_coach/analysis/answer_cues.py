"""Phrase patterns for what an answer contains: tangents, general statements and steps, and
the signs that an answer is of the kind its question asks for. Companions: `cues.py` (people,
ownership, self-presentation), `tone_cues.py` (tone), `outcome_cues.py` (results and lessons)
and `pay_cues.py` (pay).
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import Cue, rx

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
        # (With a word between: "I just graduated", "I've recently qualified".)
        r"i(?:'ve| have)? (?:just |recently |first |originally |then |also )?(?:studied|"
        r"graduated|trained|qualified)",
        r"years? (?:of experience|as|in|at)",
        r"my (?:career|role|job|current)",
        r"i (?:run|manage|lead|look after|specialise|specialize|teach|support)",
        r"before (?:that|this|then|\w+ing)",
        r"i(?:'m| am) (?:the |a |an )?(?:head|lead|senior|junior|chief|deputy|assistant|"
        r"principal|qualified|trained|certified|registered|self-employed|freelance)",
        r"i was (?:an?|the) \w+",
        r"(?:have|'ve) (?:taught|worked|been|led|run|managed|nursed|driven|practised) "
        r"(?:for|at|in)",
        r"i moved (?:into|to)",
        # Career steps however the tense is put ("I start at Dunmore as picker", "they make me
        # team leader", "now I have eleven people"): grammar is not the test.
        r"i (?:came|start|started|joined|became|finished|left) (?:to|at|in|as|with|my|on|the)",
        r"now i (?:have|am|run|lead|work|manage|look after)",
        r"(?:team|shift|site|store|ward|section|project|account|area|office) (?:leader|manager|"
        r"lead|supervisor)",
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
        r"not (?:yet )?(?:very |always |that |naturally |particularly )?(?:good|great|strong|"
        r"confident|comfortable|patient|organi[sz]ed|fast|quick|fluent) (?:at|with|about|when|in)",
        # The weak skill named as one's own: "my english on the paperwork, before".
        r"my (?:english|spelling|grammar|writing|reading|maths|math|typing|computer skills|it "
        r"skills|paperwork)\b",
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
        r"i(?: have|'ve)? tend(?:ed)? to",
        r"(?:it's|it is|that's) (?:probably |mostly |definitely |honestly )?(?:that )?i\b",
        r"i (?:changed|started|began) (?:two|three|a few|how|the way|my)",
        r"i can be (?:too |a bit |quite |overly |sometimes )?\w+",
        r"(?:too|overly) (?:quick|slow|eager|keen|cautious|hesitant|quiet|blunt|direct|hasty)",
        r"(?:saying|say) (?:no|yes)",
        r"(?:one|a|my) (?:real )?weakness",
        # The flaw in other words, and what it cost: "it's not a weak spot anymore", "my
        # handover notes were pretty rough", "that bit me once", "what I've done about it".
        r"weak (?:spot|point|area|side|link)",
        r"my (?:[\w'’-]+ ){1,4}?(?:was|were) (?:pretty |really |quite |a bit |often |always )?"
        r"(?:rough|poor|sloppy|weak|lazy|messy|patchy|rushed|thin|shaky)\b",
        r"(?:that|it) (?:bit|came back to bite) me",
        r"what i(?:'ve| have) done about it",
        # The change a weakness answer is for: "I now keep a list", "so I set myself a plan".
        r"i now",
        r"so i (?:started|set|began|asked|changed|booked|signed up|volunteered|sorted)",
        # The flaw as a habit that cost something, and its place in the job now: "I kept
        # handing my day sheets in late", "it's still not my favourite part of the job".
        r"i (?:kept|keep|would keep) (?:[\w'’-]+ ){0,5}?(?:late|forgetting|missing|putting (?:it |"
        r"things |them )?off|leaving (?:it|things|them) (?:late|to the last))\b",
        r"(?:still )?not (?:my|the) (?:favourite|strongest|best|easiest) (?:part|bit|side|area)\b",
        # The habit named and the work on it: "my reflex is to jump in", "since then I've tried".
        r"my (?:first )?(?:reflex|instinct|habit|tendency|default) is",
        r"since then,? i(?:'ve| have)? (?:tried|started|learned|learnt|made|been|begun)",
        r"i(?:'ve| have) (?:also )?started",
        r"i still (?:notice|feel|find|catch)",
    ),
    "strength": rx(
        r"strengths?",
        r"i(?:'m| am) (?:good|strong|great|best|known|at my best)",
        r"i (?:can|could|always|often|usually)",
        r"i(?:'ve| have) (?:\w+ed|spotted|caught|kept|won|built|made|done|never)",
        r"(?:colleagues|manager|team|people) (?:would |often |always )?(?:say|describe|call|come)",
        r"i bring",
        r"i'm the person",
        # How the candidate works, in the present: the strength shown rather than named.
        r"(?:i|what i do is,? i) (?:\w+ )?(?:go|work|start|check|make sure|tend to|like to|put|"
        r"find|look|plan|stay|keep|use|break|ask|listen|write|build|test|trace)\b",
        r"my (?:approach|way|habit|method|rule)",
    ),
    "motivation": rx(
        r"your (?!own\b)\w+",
        r"you(?:'ve|'re| have| are| do| offer| run| use| seem| were| did)",
        # Their work said to them ("you install access control"), in verbs a general "you" lacks.
        r"you (?:install|supply|specialise|specialize|manufacture|distribute|employ|sponsor|"
        r"fund)\b",
        # What they do, liked: "I liked that you give each carer a regular round".
        r"(?:i|i've|i have|i'd|what i) (?:really )?(?:like|liked|love|loved|appreciate|"
        r"appreciated|admire|admired|respect|respected) (?:that|how|the way) you\b",
        r"(?:this|the) (?:[\w-]+ )?(?:role|job|position|company|organi[sz]ation|post|vacancy|"
        r"opportunity)",
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
        # What a gap was spent on: care, a child, an illness, a sentence, a course.
        r"(?:care|caring|cared) (?:full[- ]time |part[- ]time |at home )?for",
        r"carer",
        r"look(?:ed|ing) after",
        r"(?:stayed|stay|staying) (?:at )?home with",
        r"(?:maternity|paternity|parental|sick|medical) leave",
        r"(?:treatment|illness|stroke|cancer|surgery|recover\w*|diagnos\w+)",
        r"(?:served|prison|sentence)",
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
        r"school|store|hospital|placement|internship|position|place|firm|employer|"
        r"workplace|site|depot|ward|practice)",
        r"there was (?:a|one|this)",
        r"i remember",
        r"(?:a|two|three|a few|several|six) (?:days|weeks|months|years) ago",
        r"back in",
        r"in (?:19|20)\d\d",
        r"i was (?:working|on|in|at|the|a|an|leading|asked|responsible)",
        r"we had",
        r"i had",
        # First-person past narration, whatever the opening: "so I was supporting…", "I rang…".
        r"i was \w+ing",
        r"i (?:also |then |first |quickly |personally )?\w{3,}ed\b",
        r"i (?:noticed|realised|realized|decided|stayed|raised|asked|told|called|rang|phoned|"
        r"went|took|made|spoke|sat|found|saw|started|helped|worked|led|ran|managed|arranged|"
        r"agreed|offered|checked|sorted|fixed|built|wrote|set up|stepped in|flagged|escalated)",
        # A story told in the present, as many speakers of English as a second language tell
        # one: "so I talk to my manager, I suggest…", "first week only three people come",
        # "after two month we have fifteen".
        r"i (?:notice|suggest|talk to|speak to|test|decide|try|realise|realize|explain|learn "
        r"that)\b",
        r"(?:first|second|next|that) (?:day|week|month|shift)\b",
        r"after (?:one|two|three|four|five|six|a few|some|\d+) (?:day|week|month|year)s?\b",
        r"one (?:day|morning|night|evening)\b",
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

# No reason of one's own for this job: someone else's idea, or nothing known of the company.
NO_INTEREST = rx(
    r"(?:don't|do not|didn't|did not) (?:really )?know (?:a whole lot|much|a lot|anything|"
    r"too much|that much|a great deal) about (?:you|yous|the company|your company|the firm|"
    r"this company|the business|the role|the job|what you do)",
    r"(?:my|me) (?:mum|mom|mam|dad|mother|father|parents|friend|mate|wife|husband|partner) "
    r"(?:saw|found|spotted|sent me|told me about|said i should|made me)",
    r"so here i am",
    r"(?:not sure|don't know|no idea) what else (?:you want|to say|you'd like|to tell)",
    r"(?:first|only) (?:ones?|place|company|people) to (?:ring|call|phone|get back to) me",
    r"(?:loads|lots|plenty|a lot) of jobs in (?:it|that|this)",
    r"(?:because|cos|'cause|cause|said|says|heard|told me) (?:that )?(?:the )?(?:money|pay)"
    r"(?:'s| is) (?:decent|good|great|better)",
)
# A question about a move or a gap turned aside: "I'd rather focus on what I can bring than
# on dates", "I don't think it's that relevant", "a bit of this and that".
EVASIVE = rx(
    r"(?:i'd|i would) rather (?:focus on|talk about|look at|concentrate on|not (?:go into|get "
    r"into|dwell on|talk about))\b",
    r"(?:don't|do not) (?:really )?think (?:it's|it is|that's|that is|it was) (?:that |really |"
    r"very |all that )?relevant",
    r"(?:a bit of|bits of) this and that",
    r"exploring (?:various|different|a few|some|my) options",
)
# Any job would do: "I just need a job", "any work is OK for me", "I don't care what I'm
# doing", "I applied to loads of places". No reason of one's own either, and heard as not
# caring about the work.
ANY_JOB = rx(
    r"a job(?:'s| is) a job",
    r"(?:any|whatever) job (?:really|will do|would do)",
    r"(?:sent|fired off|sent out) (?:my )?(?:cv|cvs|resume|résumé|applications?) to (?:about |"
    r"around |like |maybe )?\w+ (?:places|companies|jobs|firms)",
    r"(?:only|just) (?:here |in it )?for the money",
    r"(?:any|whatever) (?:job|work)(?: is|'s)? (?:ok|okay|fine|good)",
    r"i (?:just |really )?need (?:a|any) job",
    r"i (?:don't|do not) (?:really )?(?:care|mind) what (?:job|work|i do|i'm doing|i am doing)",
    r"appl(?:y|ied|ying) (?:to |for |at )?(?:many|lots of|loads of|hundreds of|so many)(?: many)?"
    r" (?:places|jobs|companies)",
)
# A future that leaves the job: "ideally I want to be doing my own thing by then, freelance".
LEAVING_PLAN = rx(
    r"(?:want|plan|hope|like|love|going|aim|intend)(?:ing)? to (?:be )?(?:doing my own thing|"
    r"go freelance|be freelance|freelanc\w+|(?:start|set up|run|open|have) my own|be my own boss)",
    r"(?:by then|in five years),? (?:i'll|i will|i'd|i would) (?:be )?(?:doing my own thing|"
    r"freelanc\w+|running my own)",
    # The job itself left behind: "probably not doing this, to be honest", "I won't be here".
    r"(?:probably|definitely|hopefully|certainly) not (?:doing|in) this\b",
    r"(?:won't|will not|wouldn't|would not) (?:still )?be (?:doing this|here)\b",
    # The job as a way through, or a way to take the employer's trade: "more of a stepping
    # stone", "go out on my own and take some of the clients with me", "pricing against you".
    r"(?:a|as|my) stepping[- ]stone\b",
    r"(?:go|going|set|setting|strike|striking) (?:out|up) on my own\b",
    r"take (?:some of |a few of |most of |all of )?(?:the|your|their|my|our) (?:clients|"
    r"customers|contacts|accounts) with me\b",
    r"(?:pricing|competing|bidding|quoting) against you\b",
)
# What a question about the work itself names: the role, the team, learning, what success is.
THE_WORK = rx(
    r"role",
    r"team",
    r"(?<!get the )(?<!take the )(?<!catch the )(?<!by )train(?:ing)?",  # not the one to work
    r"learn\w*",
    r"mentor\w*",
    r"success\w*",
    r"expect\w*",
    r"progress\w*",
    r"career",
    r"develop\w*",
    r"projects?",
    r"customers?",
    r"clients?",
    r"patients?",
    r"pupils?",
    r"(?:a|the|your) (?:typical|normal) (?:day|week|shift|month)",
    r"challeng\w+",
    r"culture",
    r"responsibilit\w+",
    r"look(?:s)? like",
)
# What a job gives the candidate: a closing whose only questions are these asks what they
# get, not what the work is ("how many days holiday", "is there parking").
PERKS = rx(
    r"holidays?",
    r"days? off",
    r"annual leave",
    r"time off",
    r"leave (?:early|straight after)",
    r"sick (?:days|pay|leave)",
    r"parking",
    r"(?:staff )?discount",
    r"(?:lunch )?breaks?",
    r"pay rise",
    r"bonus(?:es)?",
    r"finish(?:ing)? (?:early|time)",
    r"work(?:ing)? from home",
    r"hybrid",
    r"flexible (?:hours|working)",
    r"gym",
    r"perks",
    r"benefits(?: package)?",
    r"(?:[\w-]+ )?allowances?",
    r"company car",
    r"free (?:food|lunch|lunches|meals|drinks|coffee)",
    r"(?:carried|carry|carrying) (?:them |it |days |unused days )?over",
)
# A closing question that shows the candidate never looked: "what is it the company does?".
NO_RESEARCH = rx(
    r"what (?:is it )?(?:the|your) (?:company|firm|business|organi[sz]ation|school|practice) "
    r"(?:does|do)",
    r"what (?:do|does) (?:you|the company|your company) (?:actually |exactly )?do",
)
# A preference stated, which answers a question that asks for one.
STATES_PREFERENCE = rx(
    r"i (?:really |most |genuinely |honestly )?(?:enjoy|love|like)",
    r"(?:enjoy|love|like) (?:it |that |them )?(?:most|best)",
    r"favou?rite",
    r"motivates? me",
    r"drives? me",
    r"gives? me (?:energy|a buzz|satisfaction|a kick)",
    r"proud(?:est)?",
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
STEP = Cue(
    r"\b(?:i'd|i would|i'll|i will|i wouldn't|i would not|we'd|we would|i'd then)\s+"
    # "I'd tested", "I'd been": "I had", a past story, not a step.
    r"(?!\w+ed\b|been\b|done\b|gone\b|seen\b|got\b|had\b|made\b|taken\b|given\b|known\b|"
    r"met\b|told\b|left\b|sent\b|spent\b|kept\b|found\b|heard\b|built\b|written\b|become\b)"
    r"(?!be\b|"
    r"have\b|think\b|feel\b|say\b|like\b|love\b|want\b|hope\b|imagine\b|guess\b|probably\b|"
    r"really\b|just\b|need\b|expect\b|prefer\b)[a-z]+"
    r"|(?<!\bat )\b(?:first(?:ly)?|then|next|after that|finally|second(?:ly)?|once (?:that's|"
    r"it's|i've))\b"
    r"[,\s]+(?:[a-z]+,?\s+)?(?:i|i'd|i'll|i'm|we|we'd|you|you'd)\b"
    # "First I'd say that…" introduces a remark, not a step; "then I did a bootcamp" is a
    # past story, not a step.
    r"(?!\s+(?:say|like|love|think|feel|want|hope|guess|imagine|mention|add|\w+ed|did|was|were|"
    r"had|got|went|made|took|came|became|left|spent|found|began|joined|moved|ran|saw|"
    r"knew|met|told|sent|kept|built|wrote|taught|grew|bought|sold|drove|flew)\b)"
    r"|\b(?:step|round|phase|stage) (?:one|two|three|\d)\b"
    # What the speaker does every time, in the present: "before I give anything, I check…".
    r"|\b(?:i|we) (?:always |first |then |also |usually |normally |still )?(?:check|ask|look at|"
    r"make sure|start(?! (?:by|with|off) (?:saying|telling|mentioning))|go through|use|"
    r"read back|confirm|call|write|put|keep|stop|wear|test|run|"
    r"send|book|double-check|set|agree|plan|review|record|log|flag|escalate|label|sort|"
    r"separate|measure|compare|verify|explain|treat|discuss|share|raise|note|update|follow|"
    r"switch|reply|respond|pick it up|talk it through|go back)\b"
    # Any other verb in the present, as a method is told: "I get into the crawl space", "for
    # loose boards I screw down from the top" (not a past story's "I ran", "I joined", nor a
    # view: "I think", "I love").
    r"|\b(?:i|we) (?:always |first |then |also |usually |normally |just )?"
    r"(?!(?:think|feel|like|love|want|hope|guess|mean|know|am|was|were|have|had|did|do|don't|"
    r"didn't|can|can't|could|couldn't|would|will|should|must|might|may|got|went|said|believe|"
    r"reckon|suppose|need|remember|wish|enjoy|prefer|tend|used|find|found|saw|see|told|made|"
    r"took|came|left|began|ran|drove|wrote|built|spent|sent|kept|led|met|taught|bought|sold|"
    r"won|lost|became|brought|caught|chose|dealt|felt|fought|gave|grew|heard|held|knew|meant|"
    r"paid|rang|rode|sat|spoke|stood|thought|understood|woke|wore|ate|fell|flew|forgot|hung|"
    r"lit|shook|slept|swam|threw|also|always|just|really|actually|never|still|only|even|"
    r"probably|usually|realised|realized|learned|learnt|get|'m|'ve|'d|'ll|"
    # a job described, not a step: "now I work in a food factory", "I manage a team of nine"
    r"work|live|manage|lead|oversee|supervise|report|specialise|specialize|belong|come|teach)\b)"
    r"(?![a-z]+ed\b)[a-z]+s?\b(?= (?:the|a|an|it|them|in|into|on|down|up|out|over|through|off|"
    r"with|every|each|any|some|all|both|that|this|those|these|my|our|their|his|her)\b)"
    # A step told as an order, with no pronoun: "First thing, check which loads are
    # time-critical", "then ring the customers on the rest".
    # (Not "the first call", a noun.)
    r"|(?<!the )(?<!our )(?<!my )(?<!his )(?<!her )(?<!their )(?<!a )(?<!that )(?<!this )"
    r"\b(?:first thing|first off|first|then|next|after that|and then|finally),? (?:check|ring|"
    r"call|phone|cover|log|tell|ask|make sure|get|find|send|book|move|speak|talk|sort|email|text|"
    r"update|record|write|isolate|switch|stop|secure|clear|contact|inform|escalate|reassure|"
    r"assess|prioriti[sz]e|agree|confirm|arrange|document)\b",
)
# Questions that ask for a method (how you would do something), not knowledge or a story.
ASKS_METHOD = rx(
    # "How would you explain X?" asks for knowledge, not a procedure.
    r"how (?:would|do|will|should|could) you(?! (?:explain|describe|define|compare|summari[sz]e))",
    r"what (?:would|do|will|should) you do",
    r"walk (?:me|us) through how",
    r"talk (?:me|us) through how",
    r"what steps",
    r"what(?:'s| is) your (?:approach|process)",
    r"how you(?:'d| would)",
    r"what happens if",
    r"what if",
)


# A question put in words, for transcripts with no question marks ("is there staff parking",
# "when would i hear back", "do you offer mentoring"): a question's word order, not its mark.
QUESTION_FORM = rx(
    r"(?:is|are) there",
    r"(?:do|does|did|will|would|can|could|should|is|are|has|have) "
    r"(?:i|we|you|they|the team|people|staff|anyone|someone)",
    # After a clause's end only: "…a signing bonus; is that paid in the first month" (not
    # "the reason is that…").
    r"(?<=[;,] )(?:is|are|was|were) (?:that|it|this|these|those) ",
    r"(?:how|when|where|what|which|who|why)(?:'s| (?:is|are|was|do|does|did|would|will|can|"
    r"could|should|might|many|much|long|soon|often))",
)


def asks_question(text: str) -> bool:
    """Whether `text` puts a question: a question mark, or a question's word order."""
    return "?" in text or bool(QUESTION_FORM.search(text))


# Words of a question that frame it rather than name its topic ("tell me about a time…").
_QUESTION_FRAME = frozenset(
    """that this these those your yours would could should will what when where which with
    have from tell about time describe walk through give example going finding find
    situation someone something anything work worked working they them their were been""".split()
)


def _topic_stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:5] for w in words if len(w) > 3 and w not in _QUESTION_FRAME}


def shared_topic_words(question: str, text: str) -> int:
    """How many of the question's topic words (by their first five letters) the answer uses
    anywhere: an answer that keeps to them is not about something else altogether."""
    return len(_topic_stems(question) & _topic_stems(text))


# Words that ask for a mistake of one's own without naming what it was about ("an error you
# made and what you learned from it"): such a question has no subject matter, and any mistake
# of the speaker's answers it.
_MISTAKE_FRAME = frozenset(
    w[:5]  # as `_topic_stems` keeps them
    for w in """error errors mistake mistakes failure failures failed fail wrong made make learn
    learned learnt lesson lessons biggest worst most recent recently example""".split()
)


# Words that ask for any improvement or achievement of one's own ("a time you improved a
# process", "a project you're proud of"): every such story answers it, whatever it was about.
_BETTERING_FRAME = frozenset(
    w[:5]
    for w in """improve improved improving improvement process processes service services users
    user better change changed things made make proud project projects achievement achieved
    accomplishment initiative efficient efficiency difference""".split()
)


def has_own_topic(question: str) -> bool:
    """Whether the question names a subject of its own beyond asking for a mistake or for
    something made better."""
    return bool(_topic_stems(question) - _MISTAKE_FRAME - _BETTERING_FRAME)


# A name the question gives (the employer, the place): a capitalised word after the first.
_NAME = re.compile(r"(?<=[\w,] )[A-Z][\w&'-]+(?: [A-Z][\w&'-]+)*")


# The work a question names ("why be a conductor?", "…work as a teaching assistant?"): its noun.
_WORK_ASKED = re.compile(
    r"\b(?:be|become|work as|train as|join us as|work in) (?:an? |the )?(?:[a-z][\w-]* )?"
    r"([a-z][\w-]{2,})\b",
    re.IGNORECASE,
)


def names_question(question: str, text: str) -> bool:
    """Whether the answer uses a name the question gives ("Why Elmfield?" → "Elmfield does…"),
    however it is written, or the work it asks about ("why be a conductor?" → "a conductor")."""
    low = text.lower()
    if any(n.lower() in low for n in _NAME.findall(question) if n not in ("I", "I'm", "I'd")):
        return True
    return any(
        re.search(rf"\b{re.escape(w.lower())}(?:s|es)?\b", low)
        for w in _WORK_ASKED.findall(question)
    )
