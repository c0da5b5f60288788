"""Phrase patterns for life outside work: upbringing and family told as a self-introduction,
and leisure told in an answer about work. Companion of `answer_cues.py`."""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

# Feasts and seasons that come round once a year: "every Tết", "back every Diwali".
_YEARLY = r"summer|winter|christmas|easter|eid|diwali|divali|t[eế]t|new year"

# The private life, in a self-introduction that should be about work: birth, family,
# school days, hobbies and travel.
PERSONAL_LIFE = rx(
    r"i was born",
    r"grew up",
    r"my (?:older |younger |big |little |two |three )?(?:sisters?|brothers?|siblings|parents|"
    r"mum|mom|mam|dad|family|kids|children|husband|wife|girlfriend|boyfriend|partner|dog|cat|"
    r"daughters?|sons?|mother|father|grandmother|grandfather|grandparents|nan|gran|eldest|"
    r"youngest|middle one|oldest|dogs|cats|greyhounds?)"
    # Not a licence or a grade named by its class: "my Cat C and my D", "my Cat 2 ticket".
    # (Patterns read lower-cased text; "a" is left out: "gave my dog a bath".)
    r"(?!\s+(?:[b-e]\d?|\d)\b)",
    # Family by its other names: "my granddaddy", "I take my boy up there now".
    r"my (?:granddaddy|grandaddy|grandad|granddad|grandpa|grandma|granny|grandkids|"
    r"grandchildren|(?:little |young |eldest |youngest |wee )?(?:boy|girl|lad|lass|wee one)s?)\b",
    # A family stated: "I am also married, I have two daughters", "married with two kids".
    r"(?:i'm|i am|i was|i got) (?:also |happily |newly |recently )?married",
    r"married with",
    r"i (?:have|'ve got|have got) (?:a |an |one |two |three |four |\w+ )?(?:young |little |"
    r"grown-up )?(?:kids|children|daughters?|sons?|boys|girls|grandchildren|toddler|baby)\b",
    r"(?:two|three|four|older|younger) (?:sisters|brothers|siblings)",
    r"(?:when i was|back|while i was) at (?:school|primary school|secondary school)",
    r"at school,? i (?:was|did|played|loved|liked|enjoyed|got)",  # not a teacher's school
    r"when i was (?:a kid|a child|little|young|small|\w+ years old)",
    r"in a band",
    r"(?:went|been|go|going|was) travell?ing",
    r"my hobbies",
    r"in my (?:spare|free) time",
    r"(?:at|on) the weekends?,? i (?:like|love|enjoy)",
    # Children and pets by other names: "the eldest is obsessed with dinosaurs", "we got a
    # cockapoo last spring" (not "the youngest apprentice": a noun follows).
    r"the (?:eldest|youngest|oldest)(?: one)? (?:is|was|has|loves|just|started)\b",
    r"(?:we|i)(?:'ve| have)? (?:just |recently )?(?:got|have|adopted|rescued|bought) (?:a|an|our|"
    r"my) (?:new )?(?:puppy|dog|cat|"
    r"kitten|cockapoo|labrador|spaniel|greyhound|rescue dog|rescue cat|rabbit|pony)\b"
    r"(?!\s+(?:[b-e]\d?|\d)\b)",  # "I've got my Cat C": a licence
    r"i(?:'m| am) (?:really |big )?(?:into|a fan of) (?:football|sport|music|films|gaming|"
    r"cooking|fitness|running|travel)",
)
# Leisure and life outside work, told in an answer about work: "I got really into bouldering",
# "outside work I coach an under-tens netball team", "training for my first half marathon",
# "a four-tier cake for my sister's wedding". (Family named inside a work story is not this.)
LEISURE = rx(
    # Not a trouble's source: "a drop like that usually has a cause outside work".
    r"(?<!cause )(?<!causes )(?<!reason )(?<!reasons )(?<!problem )(?<!problems )(?<!issue )"
    r"(?<!issues )(?<!trouble )outside (?:of )?(?:work|class|classes|school|uni|college|my job|"
    r"the (?:shop|office|garage|lab|classroom|kitchen|ward|site|store|job|day job))\b",
    r"in my (?:spare|free|own) time",
    r"(?:my|our) (?:spare|free) time (?:goes|is spent|went|gets|is taken)",
    r"(?:on|at) (?:the )?weekends?,? (?:we|i) (?:watch|go to|play|head)\b",
    r"for fun",
    r"(?:my|a|as a) hobby",
    # (Not hobbies asked about: "I'd ask about screen distance, hobbies and…".)
    r"(?:my|our|me) hobbies|hobbies (?:are|include|outside)",
    r"(?:got|getting|been|i'm|i am|i've been|really|properly) (?:really |properly |quite |big )?"
    r"into (?:[\w-]+ ){0,2}?(?:bouldering|climbing|running|cycling|baking|gaming|football|netball|"
    r"rugby|golf|walking|sailing|"
    r"fishing|gardening|photography|music|yoga|the gym|crossfit|hiking|swimming|dancing|"
    r"knitting|painting|cooking|f1|formula (?:one|1)|triathlons?|motorsport|darts|snooker)",
    r"(?:training for|signed up for|ran|running|did|doing) (?:my (?:first |second )?|a |the )?"
    r"(?:half[- ])?(?:marathon|triathlon|10k|ultra)",
    r"(?:coach|coaching|play|playing|captain) (?:in |for )?(?:an? |the |my )?(?:[\w-]+ ){0,2}"
    r"(?:team|club|league|side) (?:on|at|every) (?:saturdays?|sundays?|weekends?|the weekends?)",
    r"(?:a |my )?(?:little )?side (?:thing|hustle)",
    r"fantasy (?:football|basketball|baseball|hockey|cricket|league)",
    r"(?:played|play|playing) (?:[\w'’-]+ ){0,3}?(?:in|for) an? (?:[\w'’-]+ )?(?:football|rugby|"
    r"cricket|netball|hockey|basketball|darts|five-a-side|sunday league|pub) (?:team|league|club|"
    r"side)",
    r"my (?:\w+ )?(?:sister|brother|friend|cousin|mum|mom|dad|best mate)(?:'s|’s) (?:wedding|"
    r"birthday|hen|stag|christening|party)",
    # Home visited every year: "I go back every Tết", "we fly home every summer".
    r"(?:go|goes|going|went|fly|flies|flew) (?:back )?home (?:every|each|once a|twice a)\b",
    r"(?:go|goes|going|went) back every (?:year|" + _YEARLY + r")\b",
)
# Pastimes by name, and the free time they fill: together they tell leisure in any words ("on
# sundays I surf at Muizenberg", "I go to flamenco classes three evenings a week", "every
# sunday we do a video call with karaoke"). A pastime alone may be the work itself (a
# lifeguard's swimming, a coach's rugby), so it needs the free time beside it. ("Golf" is left
# out: as often a car as a game.)
PASTIME = rx(
    r"surf(?:s|ing|ed)?",
    r"hurl(?:s|ing)",
    r"gaelic",
    r"(?:rugby|football|netball|cricket|hockey|darts|snooker|tennis|badminton|squash|hurling|"
    r"camogie|shinty|lacrosse|"
    r"basketball|baseball|volleyball)",
    r"(?:kick)?boxing",
    r"martial arts|karate|judo|jiu[- ]jitsu",
    r"yoga|pilates|crossfit|the gym",
    # (A boat or a shop named for a pastime is no pastime: "a Volvo D2 on a sailing boat".)
    r"(?:climbing|bouldering|hiking|camping|fishing|sailing|kayaking|cycling|parkrun|marathons?)"
    r"(?! (?:boats?|yachts?|vessels?|dinghy|dinghies|trawlers?|shops?|kit|gear|club (?:bar|"
    r"kitchen)))",
    r"danc(?:e|es|ing) (?:class(?:es)?|lessons?)|flamenco|salsa|ballet|zumba",
    # One's own choir, not "a taster day with the local primary's choir".
    r"karaoke|(?:a|my|our) (?:[\w-]+ ){0,2}?choir|singing|(?:my|a) band|guitar|piano|drums",
    r"gigs?|concerts?|festivals?|the cinema|films|movies|netflix|box sets?",
    r"novels?|video games|gaming|playstation|xbox|board games|pub quiz|quiz night",
    r"allotment|gardening|baking|knitting|crochet|painting|photography",
    r"renovat\w+|diy|woodwork|restor(?:e|es|ed|ing) (?:an? )?old",
    r"(?:sea |wild |open[- ]water )?swimming|sourdough|(?:like|love|enjoy) (?:to )?read(?:ing)?",
    r"beach|seaside|honeymoon|barbecues?|bbqs?|oysters",
    r"(?:with|out with) (?:the|my) camera|photographing",
    r"(?:coast|hill|fell|mountain) (?:path|walk\w*|trail)s?|(?:me and|walking|with) the dog",
    r"(?:the|my) (?:bike|bicycle)|mountain bik\w+",
    r"handball|futsal|motorbikes?|season ticket|five-a-side|fifa|touch rugby|away (?:games?|days?)",
    # Hunting as a sport, not "hunting for the file", "job hunting" or "hunting down a fault".
    r"yachts?|deer season|(?<!job )(?<!house )(?<!flat )hunting(?! (?:for|down|around|round|"
    r"through|about)\b)|campervan|bunkhouses?",
    r"triathlons?|sportives?|munros|hill ?walking|f1|formula (?:one|1)|deadlifts?|powerlifting|"
    r"weightlifting",
    # A place in a sports team: "I play second row for Ynysybwl".
    r"play (?:at )?(?:second row|prop|hooker|scrum-half|fly-half|centre back|left back|right back|"
    r"centre forward|up front|in goal|wing)",
)
FREE_TIME = rx(
    r"(?:every|on|at|most|some)(?: the| a)? (?:sundays?|saturdays?|weekends?|evenings?|nights? "
    r"off)",
    # A weekday evening's club or game, every week: "a touch rugby team that plays on
    # Wednesdays" (not one day in a story: "on the Monday I wrote it up").
    r"every (?:mon|tues|wednes|thurs|fri)day|(?:on|at) (?:mon|tues|wednes|thurs|fri)days",
    r"(?:two|three|four|a few) (?:evenings|nights|times) a week|(?:once|twice) a week",
    r"(?:sundays|saturdays|weekends)",
    r"(?:our|my|a|the) (?:days?|afternoons?|evenings?) off",
    r"holidays?|honeymoon",
    r"(?:in (?:the )?|last )summer",
    # A yearly feast or season: "I go back every Tết with my children".
    r"every (?:" + _YEARLY + r"|ramadan|hanukkah|thanksgiving|holi)",
    r"with (?:my|me|the) (?:kids|family|wife|husband|partner|mates|friends|children|mum|mam|"
    r"mom|dad|mother|father|missus|fella)",
    r"best (?:week|day|night|time|holiday) of (?:my|me) life",
    r"if you(?:'ve| have) never been",
    r"for fun|to relax|to unwind|switch off",
    r"when i (?:have|get|find) (?:the )?(?:time|a (?:free|spare) (?:moment|evening|day)|a day off)",
)


# Unpaid work is work: a Saturday spent setting up the parkrun course as a volunteer, or
# coaching at a holiday camp, is the experience of someone with no paid job yet.
VOLUNTEERING = rx(r"volunteer\w*", r"voluntary", r"unpaid")


def leisure(sentence: str, question: str, places: frozenset[str] = frozenset()) -> bool:
    """Leisure told in so many words, or a pastime beside the free time it fills (not a
    pastime the question itself names, one given as a volunteer, nor a place of the work:
    `places`)."""
    if LEISURE.search(sentence):
        return not (STUDY_FOR_WORK.search(sentence) and not PASTIME.search(sentence))
    pastimes = [
        m.group()
        for m in PASTIME.finditer(sentence)
        if m.group().lower() not in question.lower() and _bare(m.group()) not in places
    ]
    return bool(pastimes and FREE_TIME.search(sentence) and not VOLUNTEERING.search(sentence))


def _bare(pastime: str) -> str:
    return pastime.lower().removeprefix("the ")


# A pastime's place brought in as a client, an employer or a site ("four of us worked with a
# local gym that was losing members"): "the gym" after it is where the work was done.
_AS_PLACE = re.compile(
    r"\b(?:with|for|at|in|to|run|runs|ran|own|owns|owned|manage|managed|manages) an? "
    r"(?:[\w-]+ )?(gym|(?:climbing|bouldering|swimming|dance|yoga|boxing) (?:centre|center|"
    r"gym|studio|club|pool)|cinema|festival|bike shop|golf club|football club|rugby club)\b",
    re.IGNORECASE,
)


def work_places(sentences: list[str]) -> frozenset[str]:
    """Pastimes' places the answer brings in as where the work was (`_AS_PLACE`)."""
    return frozenset(m.group(1).lower() for s in sentences for m in _AS_PLACE.finditer(s))


# Words that bring an answer back to work, ending a detour into leisure.
BACK_TO_WORK = rx(
    r"(?:my |the |this |a )?(?:job|role|career|shift|course|college|apprenticeship|placement|"
    r"employer|manager|team|clients?|customers?|patients?)",
    r"work(?:ed|ing|s)?",
    r"(?:promoted|qualified|trained|hired|recruited)",
    # The job applied for: "I'm applying here because your respiratory unit is expanding".
    r"apply(?:ing)?|application|(?:this|the) (?:post|position|vacancy|opportunity)",
    r"your (?:[\w-]+ )?(?:unit|ward|department|company|firm|practice|school|trust|"
    r"organi[sz]ation|business|service|clinic|site|store|branch|office|kitchen|depot)",
)
# Study for one's work, said to be done outside it ("Outside work I'm finishing my prescribing
# course"): the career, not a pastime. (Not a course named in passing: "taught me more than
# any course has"; nor studying a language on Saturdays.)
STUDY_FOR_WORK = rx(
    r"(?:doing|finishing|taking|completing|started|starting|working towards|studying for|"
    r"revising for|halfway through|enrolled (?:on|in)) (?:my |a |an |the )?(?:[\w'’-]+ ){0,4}?"
    r"(?:course|qualification|certificate|diploma|degree|master'?s|cpd|exams?|modules?|"
    r"accreditation|nvq|level [1-7])",
)


# A detour is announced where leisure in so many words opens the sentence ("Outside work, my
# big thing is…", "So in my spare time…"), not where it is named in passing ("I'd ask about
# their screen distance and hobbies").
OPENING_WORDS = 2


def _opens_detour(sentence: str) -> bool:
    m = LEISURE.search(sentence)
    study = STUDY_FOR_WORK.search(sentence) and not PASTIME.search(sentence)
    return m is not None and not study and len(sentence[: m.start()].split()) <= OPENING_WORDS


def leisure_stretch(sentences: list[str], question: str) -> list[bool]:
    """Which sentences tell leisure: those that say so (`leisure`), and the ones right after
    that go on with a pastime or family ("Outside work, most of my spare time goes on sailing.
    I crew on a friend's yacht most weekends…"): a detour runs on until it ends. (Free time
    alone does not carry it on: "on Saturdays" is as often a shift; and words of work end it.)
    One plain clause between two such sentences belongs to the detour. A detour announced at
    a sentence's opening ("Outside work, my big thing is horses.") runs on through every
    sentence that does not come back to work: what follows such an opening is about the
    horse."""
    places = work_places(sentences)
    flags = [leisure(s, question, places) for s in sentences]
    announced = [_opens_detour(s) for s in sentences]  # …or inside a detour so announced

    def goes_on(s: str) -> bool:
        return bool(PASTIME.search(s) or PERSONAL_LIFE.search(s)) and not BACK_TO_WORK.search(s)

    for k in range(1, len(sentences)):
        s = sentences[k]
        if announced[k - 1] and not BACK_TO_WORK.search(s):
            flags[k] = announced[k] = True
        elif flags[k - 1] and not flags[k]:
            flags[k] = goes_on(s)
        elif (
            # One plain clause inside the detour does not end it: "I'm training for Manchester
            # now, so my weekends are long runs / and then I also do the Saturday parkrun".
            k >= 2
            and flags[k - 2]
            and not flags[k - 1]
            and not flags[k]
            and not BACK_TO_WORK.search(sentences[k - 1])
            and goes_on(s)
        ):
            flags[k - 1] = flags[k] = True
    return flags


# A question that asks about life outside work, where leisure is the answer.
ASKS_LEISURE = rx(
    r"outside (?:of )?work",
    r"spare time",
    r"free time",
    r"hobb(?:y|ies)",
    r"for fun",
    r"interests",
    r"about yourself",
    r"who you are",
)
# A self-introduction that asks for the career itself ("give me a quick summary of your
# career", "walk me through your CV"; not "your background", where a line about home is
# welcome): leisure there is off it, as in any answer about work.
# Not one that asks about a gap, where the life outside work is the answer.
ASKS_CAREER = rx(
    r"career(?! break)",
    r"cv",
    r"r[ée]sum[ée]",
    r"work history",
    r"(?:your|professional|work) experience",
)
ASKS_GAP = rx(r"gap", r"break", r"time off", r"time out")


def asks_for_career(question: str) -> bool:
    """A question about the career itself, not about a gap in it."""
    return bool(ASKS_CAREER.search(question)) and not ASKS_GAP.search(question)


# A self-introduction that opens with birth or upbringing: the life story told from the
# start, the classic way to bury who the candidate is now (not "I started at sixteen").
LIFE_STORY_OPENING = rx(
    r"i (?:was|am|'m) born",
    r"i grew up",
    r"growing up",
    r"my (?:mum|mom|mam|mammy|mummy|dad|da|daddy|mother|father|parents)(?: (?:he|she|they))? "
    r"(?:was|were) (?:an?|also|always|the)\b",
    # A childhood ("from small boy I am always in the garage", "as a kid I…"); where one is
    # from is not ("I am from Aleppo originally and came to the UK in 2016" starts a path).
    r"from (?:a )?(?:small|little|wee) (?:boy|girl|child|kid)",
    r"as a (?:kid|child|wee (?:boy|girl|lad|lass)|little (?:boy|girl)|young (?:boy|girl|lad))\b",
    # A child's age, not a first job's ("when I was sixteen I started at a garage").
    r"when i was (?:like,? |about |around |maybe )?(?:a kid|a child|little|small|young|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|[5-9]|1[0-2])",
)
