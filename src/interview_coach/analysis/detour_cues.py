"""Phrase patterns for detours: tangents the speaker notices, background and career history
told in the middle of a method, reminiscence, and asides about oneself or the trade; and the
words that bring an answer back, or show a story is the method at work (matched
case-insensitively on the transcript). What an answer contains is in `answer_cues.py`."""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

# Tangents: the speaker notices they have wandered off.
TANGENT = rx(
    r"anyway",
    r"a (?:whole )?(?:other|different) story",
    r"long story short",
    r"where was i",
    r"on a side note",
    r"by the way",
    r"i digress",
    r"going off on a tangent",
    r"(?:sorry|anyway),? (?:that was|i'm) (?:a lot|rambling|going on)",
    r"but that's (?:another|a different) (?:thing|story|matter)",
    r"completely different world",
    r"funny story",
    r"fun fact",
    r"side note",
    r"which (?:everyone|everybody|we all) (?:jokes?|laughs?|talks?) about",
    r"but (?:that's|thats) (?:a |another )?(?:tangent|digression)",
    r"i'm getting off (?:track|topic)",
    r"(?:that's|thats|that is|which is|it's a) (?:a )?funny thing",
    r"funny thing (?:is|was)",
)
# An aside about oneself or the field in a story or a method: what one enjoys most, a view
# on the trade's troubles, plans for study ("the part of my job I enjoy most is actually
# automation", "the bigger problem in primary care right now is reimbursement", "more
# broadly, I think…", "my favourite part of the job is the Saturday story time").
ASIDE_ABOUT_SELF = rx(
    # The question's theme met in one's own life instead of the work: "this is actually
    # something I know personally, because when I moved to England…".
    r"(?:this|that|it)(?:'s| is) (?:actually )?something i (?:know|understand|have lived|went "
    r"through|know about) (?:personally|first-?hand|myself|from my own life)",
    r"the (?:part|bit|side|thing) (?:of (?:my|the|this) (?:[\w-]+ )?(?:job|work|role|field|"
    r"course|programme|degree) )?(?:that )?i (?:enjoy|love|like)(?: the)? most",
    # (Not "it's still not my favourite part of the job", the weakness itself.)
    r"(?<!not )(?<!never )(?:my|the) favou?rite (?:part|bit|thing) (?:of|about) (?:my|the|this) "
    r"(?:job|work|role|week|day|shift)",
    r"what i (?:really )?(?:enjoy|love)(?: most)? (?:about|in) (?:my|the|this) (?:job|work|role)",
    # A memory, an upbringing, the cause one cares about, or a view of the whole trade told
    # inside a story or a method: "weddings always remind me of my own", "I grew up around
    # animals… that is why I chose this work", "the issue I care most about", "in my view,
    # though, most small businesses would…".
    r"(?:reminds?|reminded) me of (?:my own|when i was|my (?:childhood|grandmother|grandfather|"
    r"granny|nan|family|dad|mum|mother|father|uncle|aunt)|back (?:home|when))",
    r"i grew up (?:around|on a|on the)\b",
    r"(?:that|this)(?:'s| is| was) (?:really )?(?:why|how|when) i (?:chose|got into|went into|"
    r"picked|ended up in|decided?)\b",
    r"the (?:issue|thing|cause|topic) i care (?:most |a lot |deeply |most deeply )?about",
    r"in my view,? (?:though|however),? (?:most|all|every|half|a lot of)\b",
    r"(?<!not )(?<!never )my favou?rite (?:[\w-]+ ){1,2}?ever\b",
    r"(?:more broadly|on a wider note|stepping back),? (?:though,? )?i (?:think|feel|believe)",
    r"the (?:bigger|real|wider|underlying) (?:problem|issue) (?:in|with|for) (?:[\w'’-]+ ){1,3}?"
    r"(?:right now|these days|today|nowadays|is|are)\b",
    # Policy told as one's opinion: "I think the government's got to look at it properly".
    # …"the government should make a rule", "I've written to my MP about it twice", and a
    # bigger problem turned to ("the bigger problem, which is that social care is
    # underfunded").
    r"the government(?:'s| has| have| needs?| should| must)(?: got)? to\b",
    r"the government (?:should|must|ought to|needs to) (?!know\b|be\b|get\b|hear\b|receive\b)"
    r"[a-z]+",
    r"(?:written|wrote|write) to (?:my|our|the local|the) (?:mp|councillor|congressman|"
    r"congresswoman|senator|minister)\b",
    r"the (?:bigger|real|wider|underlying) (?:problem|issue),? which is that\b",
    # …or in other words: "I think the bigger issue is what public computers are even for now",
    # "libraries should get proper funding", "the most underrated public service there is".
    # (Not "the real question is why the stock didn't match", the task itself.)
    r"the (?:bigger|wider) (?:problem|issue|question) (?:here )?is (?:what|how|whether)\b",
    r"should (?:get|be given|have) (?:proper|more|better|decent|real|fair) (?:funding|"
    r"investment|resources)\b",
    r"(?:the )?most (?:underrated|undervalued|overlooked) (?:public service|service|job|"
    r"profession|trade|role|industry)\b",
    # Homesickness in the middle of a story: "i miss brazil a lot".
    r"i (?:really |still )?miss (?:home|my (?:family|country|mum|mom|friends|kids)|[\w-]+ (?:a "
    r"lot|so much|terribly|very much))",
    r"(?:a lot of|most of|all of) (?:this|that|it) (?:will|is going to|'ll) be automated",
    # A view of the field's future or its past glories, a passion, study plans: "I think in
    # five years most branch offices won't need a router", "hospitality here has grown so
    # much", "if I had my way", "them was the days", "languages are my big passion", "I am
    # preparing for AWS certification now".
    r"(?:i think|i reckon|i believe|i feel|honestly),? in (?:two|three|five|ten|a few|\d+) years",
    r"(?:has|have) (?:grown|changed) so much",
    r"if i had my way",
    r"(?:those|them|these) (?:were|was) the days",
    r"(?:is|are) my (?:big |great |real |true |biggest |main )?passion",
    # A strength pitched in the middle of a story about something else, turned to with "but"
    # or "anyway": "but actually, the thing I'm best at, honestly, is nervous patients".
    r"(?:but|anyway),? (?:actually,? |honestly,? |really,? )?(?:the (?:thing|part|area)|what) "
    r"i(?:'m| am) (?:really |genuinely )?(?:best|strongest) at\b",
    r"i(?:'m| am) (?:also |currently )?(?:preparing|studying|revising) for (?:my |the |an? )?"
    r"(?:[\w-]+ ){0,2}?(?:certification|certificate|exam|degree|qualification)",
    r"(?:this|now) is the best time to be (?:in|a|an)\b",
    # Plans, a view of a tool or fashion, a favourite anecdote, an earlier job compared, and
    # who taught one, told inside a method or a story: "longer term, my goal is to study
    # physiotherapy", "personally I think Kubernetes is massively overused", "funny enough,
    # the worst one I ever had…", "dispatch was way more intense than any of this", "I learned
    # half of this off my old man".
    # (Not "longer term, I'd move them onto monthly bookkeeping", a step of the method.)
    r"(?:longer|long)[- ]term,? (?:i'm|i am|i want|i hope|my (?:goal|plan|aim|dream|ambition))"
    r"\b",
    r"my (?:goal|plan|dream|ambition) is to (?:study|become|train as|go into|move into|open|"
    r"start my own|qualify as)\b",
    r"(?:is|are) (?:massively |hugely |really |way |completely |totally )?(?:overused|"
    r"overrated|overhyped|a fad|a buzzword|just fashionable)\b",
    r"(?:funny enough|funnily enough|mind you),? the (?:worst|best|strangest|weirdest|funniest|"
    r"daftest|maddest) (?:one|job|call|customer|shift|day) i (?:ever )?(?:had|did|saw|got)",
    r"(?:was|were) (?:way|much|far|a lot|miles) more (?:intense|stressful|fun|exciting|"
    r"interesting|demanding) than (?:any of )?(?:this|that|it)\b",
    r"i (?:learned|learnt|picked up|got) (?:[\w'’-]+ ){0,4}?(?:off|from) my (?:old man|old "
    r"dear|dad|mum|mam|mom|father|mother|grandad|granddad|grandfather|uncle|nan|gran)\b",
)
# Questions that ask what one enjoys or prefers: an answer saying so is on them.
ASKS_PREFERENCE = rx(
    r"enjoy\w*",
    r"lov\w+",
    r"favou?rite",
    r"prefer\w*",
    r"passion\w*",
    r"motivat\w*",
    r"proud\w*",
    r"like (?:most|best|least)",
    r"industry",
    r"trends?",
    r"future",
)
# Background trivia: the history of a place or an employer, told for its own sake.
# The speaker's own career told as history: a detour in the middle of a method.
CAREER_HISTORY = rx(
    r"i(?:'ve| have) been (?:\w+ing|in|at|with|doing) [\w\s-]{0,30}(?:for|since) ",
    r"i (?:started|began) (?:out|my career|my first|as|in|on|at)",
    r"i got into",
    r"(?:my|a|an) (?:degree|apprenticeship|training|bootcamp|diploma|pgce) (?:in|at|from)",
    r"before that,? i",
    r"i (?:joined|moved to|came to|went to) (?:the|this|my|a|an)",
    r"since (?:19|20)\d\d",
    r"(?:\w+ )?years? ago",
    r"i grew up",
    r"where i (?:started|trained|grew up|learned|learnt)",
    r"my (?:first|old|last|previous) (?:job|school|studio|firm|boss|manager|mentor)",
)
# A story introduced as an example of the method: the method shown at work, not a detour.
EXAMPLE_OF_METHOD = rx(
    # "I've done exactly that", "I ran exactly this", "I used this approach on…"
    r"(?:done|do|did|had to do|ran|run|used|tried|followed|applied) (?:exactly |just |"
    r"precisely )?(?:that|this)(?: approach| process| plan| method| playbook)?",
    r"(?:this|that|it) (?:actually |exact thing )?happened to me",
    r"for (?:example|instance)",
    r"a (?:good|recent|real) example",
    r"the last time (?:i|this|that|it|we)",
    r"when (?:this|that|it) (?:last )?happened",
)
# A sentence that brings the speaker back to the point after a detour.
BACK_ON_TRACK = re.compile(
    r"\W*(?:(?:so|but|and|ok|okay|well),? )?(?:anyway|anyhow|long story short|where was i|"
    r"(?:but |so )?back to (?:the|your) (?:question|point)|to get back to)\b",
    re.IGNORECASE,
)
DIGRESSION = rx(
    r"used to be",
    r"(?:was|were) (?:built|founded|formed|opened|set up|established|converted) (?:in|from|as)",
    r"(?:started|began) (?:in|back in) (?:19|20)\d\d",
    r"for context",
    r"funnily enough",
    r"believe it or not",
    r"you can still see",
    r"(?:long-)?running (?:joke|tradition|gag)",
    r"(?:we|everyone|they) used to (?:joke|laugh|take the mick|tease)",
    r"originally (?:a|an|the) \w+",
    r"(?:people|you) (?:won't|wouldn't) believe",
    r"as an aside",
    r"(?:that|it|this) (?:kind of |sort of |actually )?reminds? me",
    r"reminds me of (?:when|my|the time|a time|a job|a place)",
    r"speaking of which",
)
# A detour the speaker announces as a memory at its start ("It reminds me of when I started
# out…", "Actually, at my last site…"): in a method answer it is off the point at a smaller
# share than an unannounced one.
REMINISCENCE = rx(
    r"(?:that|it|this) (?:kind of |sort of |actually )?reminds? me",
    r"reminds me of",
    r"speaking of which",
    r"actually,? (?:at|in|on|when i was at) my (?:last|old|previous|first) (?:\w+ )?(?:site|job|"
    r"place|ward|school|company|firm|employer|role|placement|team|store|shop|restaurant|lab|"
    r"practice|depot|warehouse)",
    r"on a side note",
    r"funnily enough",
)

# A question about one job the candidate held, named ("Walk me through your time as Class 1
# Driver at Roadline Haulage", "What did your role as a night porter involve?"): the title
# asked about, and the employer where one is given.
ROLE_ASKED = re.compile(
    r"\byour (?:time|role|work|job|years?|months?|position) as (?:an? |the )?"
    r"(?P<title>[^,:;?.()]{3,60}?)(?: (?:at|with|for) (?P<employer>[^,:;?.()]{2,60}?))?"
    r"\s*(?=[,:;?.(]|$)",
    re.IGNORECASE,
)
# Another job named in the answer: "in my last role as a support team lead", "when I was
# working as a barista", "I was a site manager at…".
ROLE_NAMED = re.compile(
    r"\b(?:role|job|position|post|time|years?) as (?:an? |the )?(?P<other>[\w' -]{3,40}?)"
    r"(?= at | in | for | with |,|\.|;|$)|\bworking as (?:an? |the )?(?P<working>[\w' -]{3,40}?)"
    r"(?= at | in | for | with |,|\.|;|$)",
    re.IGNORECASE,
)
