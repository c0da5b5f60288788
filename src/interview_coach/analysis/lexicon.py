"""Word lists the analysis rules use. Data only: edit here to change what is detected."""

from __future__ import annotations

# Vocal fillers: always fillers, whatever the context. Keys are lower-case tokens.
VOCAL_FILLERS = frozenset("um umm ummm uh uhh uhm er erm ah ahh hmm hm mm mmm euh".split())
# Weight of each filler kind in the delivery score: vocal ones are heard as hesitation,
# verbal ones ("like", "you know") as habit (see docs/scoring.md).
FILLER_WEIGHT = {"vocal": 1.0, "verbal": 0.7}

# Words that open a clause: "like" right before one is a filler ("…, like I've been…").
CLAUSE_STARTERS = frozenset(
    "i you we they he she it's i'm i've i'd we're we've they're there's".split()
)
DETERMINERS = frozenset(
    "a an the this that these those my our your their his her its some any every each".split()
)
CONJUNCTIONS = frozenset(["and", "but", "so", "or", "because", "then", "cause", "'cause"])
INTENSIFIERS = frozenset(
    "really so very super totally just pretty kinda quite completely absolutely proper".split()
)
# "like" after these is a verb ("I like", "would like") or a comparison ("looks like").
LIKE_NOT_FILLER_BEFORE = frozenset(
    """i you we they he she people would 'd to really don't didn't do does did not also always
    genuinely i'd we'd you'd they'd who i'll we'll look looks looked looking feel feels felt
    feeling seem seems seemed sound sounds sounded something anything nothing everything
    things stuff tools ones more much exactly kind sort lot just very nothing somebody
    someone anyone everyone act acted be been being thing one companies teams roles systems
    products languages places""".split()
)
# Words after which "like" is the verb: "I still like helping", "I actually like the crunch".
LIKE_VERB_AFTER = frozenset(
    "still actually also quite always never don't didn't i'd you'd we'd they'd".split()
)
# Adverbs between a subject and its verb: "I just like rebook them".
SUBJECT_ADVERBS = frozenset("just then always usually normally kind sort".split())
# What a comparison "like" takes that no filler does: "a firm like yours".
LIKE_COMPARED = frozenset("yours mine ours theirs his hers".split())
# "I like cars the most": a ranking after the object, not a verb's object.
LIKE_RANKING = frozenset("most best least way same more less first".split())
# After "like" and a subject, verbs that make it "as": "like we agreed", "like she showed me".
AS_CLAUSE_VERBS = frozenset(
    "agreed showed taught told trained said do did does always usually normally".split()
)
# "like we had at the old place", "like I did": "as" with a clause; a "be" or a negation after
# the subject goes on to say something new ("…customers like I couldn't even get to the tills").
AS_CLAUSE_AUX = frozenset("used did does do had has have would could can will".split())
# Negated auxiliaries, shared by the two sets below.
NEGATED_AUX = frozenset("can't couldn't won't wouldn't doesn't didn't isn't wasn't don't".split())
# Auxiliaries and past forms that show a clause after "like": "like my manager used to do",
# "like he can't read" ("as", "as if").
FINITE_AUX = AS_CLAUSE_AUX | NEGATED_AUX | frozenset("was were is are".split())
# "which like nobody had told me", "I like didn't check": a hedge before a negation.
LIKE_NEGATIONS = NEGATED_AUX | frozenset("never nobody weren't hadn't".split())
# Set comparisons, never fillers.
LIKE_IDIOMS = (
    "a house on fire",
    "clockwork",
    "a charm",
    "crazy",
    "mad",
    "a dream",
    "a glove",
    "a hawk",
    "the back of my hand",
    "it or not",
)
# "I was like the only instructor", "it's like the best site": a ranking after "be like the".
LIKE_RANKED = frozenset("only first last main whole best worst".split())
# "for like everybody", "in like half the shops": a quantity after a preposition.
LIKE_QUANTIFIERS = frozenset("everybody everyone everything all half most".split())
# "like many times", "like a million times": how often, given roughly.
MANY_WORDS = frozenset("many loads hundreds thousands dozens millions a".split())
# Words before "'s like" that are not a person speaking: "it's like", "there's like".
NOT_SPEAKERS = frozenset("it that there what here let who where how this".split())
# "like way too hot", "like way down": "way" as a degree word, which nothing is compared to.
WAY_DEGREE = frozenset(
    "too more less down up over off better worse out behind ahead bigger smaller".split()
)
# "the same like before", "different like the old one": a comparison.
SAME_WORDS = frozenset("same similar different".split())
MODALS_AUX = frozenset(
    """do did does don't didn't doesn't if as would could should can will 'll might must to
    what how whether""".split()
)
YOU_KNOW_OBJECT_NEXT = frozenset(
    """how what why where when whether if about that each everyone him her them me us it who
    which exactly anyone someone better more""".split()
)
I_MEAN_NOT_FILLER_BEFORE = frozenset(
    "what which whatever do did don't that's that is if you see know".split()
)
DISCOURSE_FILLERS = frozenset({"basically", "literally", "actually"})
# After these a "like" is neither the verb nor a comparison: "in like constant time", "up till
# like midnight", "with like actual ownership"...
LIKE_AFTER_PREPOSITION = frozenset(
    "with from into about in at during till until within since".split()
)
# ...unless one of these follows, which it compares ("like with like", "from like this to like
# that").
LIKE_AFTER_WITH_NOT = frozenset("with for this that these those it them him her me us you".split())
# "be like" before these, or before a comma, reports speech or thought (not a filler).
BE_FORMS = frozenset(
    "was were is 's am 'm are 're be been being i'm she's he's we're they're you're".split()
)
QUOTE_OPENERS = frozenset(
    """i you we he she they it's okay ok right yes yeah no oh wow what why how hey sorry well
    look listen hang wait fine sure great seriously really just can could please let don't
    stop come we're i'm you're that's there's""".split()
)
SAY_VERBS = frozenset("said say says mentioned told tell explained put".split())
# Going somewhere, before "to like": "went to like every meeting", "sent him to like the
# wrong depot" ("came to like", "got to like" are the verb).
GOING = frozenset("went go goes going gone drove walked moved travelled traveled flew sent".split())
PREPOSITIONS = frozenset("in on at for about after within of around over under by to from".split())
# After a "like" that no other reading explains, the words a filler runs on into: a new
# clause, a determiner, a preposition or a negation ("…ever like on saturdays", "…on calls
# like I get on…", "…honestly like my two managers…"). A bare noun or a name after it is an
# example ("an action like repair", "a hotel like Bayview"); "like a…", "like to…" and "like
# I'd…" are read elsewhere.
AFTER_LOOSE_LIKE = (
    (DETERMINERS - {"a", "an", "its"})
    | (PREPOSITIONS - {"to"})
    | (CLAUSE_STARTERS - {"i'd"})
    | frozenset(
        """all no not last there you've they've you're that's he's she's which between
        overnight monday tuesday wednesday thursday friday saturday sunday weekends""".split()
    )
)
SUBJECT_PRONOUNS = frozenset("i we they he she you".split())
OBJECT_PRONOUNS = frozenset("it them him her me us you this that".split())
# "would like" is the verb before "to", an object or a quantity; before a bare verb it is not.
MODALS_BEFORE_LIKE = frozenset("would could should might will can 'd".split())
# Verbs that take a plain object: "like" between one and its object is a filler ("I've done
# like part-time stuff", "I showed her like the aprons"); a comparison needs a verb of manner
# or seeming ("looks like", "treated me like"), and "do like" is the verb "like".
LIGHT_VERBS = frozenset(
    """done doing had having got getting made making took taking gave giving showed showing
    bought buying tried trying used using started starting needed needing wanted wanting
    saw seen ordered booked sent found finding brought put wrote spent lost learned learnt
    picked fixed give gives offer offers offered missed shipped""".split()
)
NOT_LIKE_OBJECT = frozenset("that this it so to when if how what with".split())
LIKE_OBJECT_NEXT = frozenset(
    """to a an the this that these those some any more it them him her me us you my our your
    their his its one two three""".split()
)
# "I mean it was…", "I mean that took…": a verb after "it"/"that" shows a new clause.
CLAUSE_VERBS = frozenset(
    "was is 's were are took had has got went did would could made cost meant".split()
)
# "had to like <verb>": after these, "to like" is rarely the verb "like".
TO_LIKE_FILLER_BEFORE = frozenset("had have has need needed needs got going gonna tried".split())
NOT_PAST = frozenset("need speed feed bed shed seed red ted bred embed".split())
# "I like put the cluster…": the verb "like" takes no past tense, regular or not.
IRREGULAR_PAST = frozenset(
    """put got went came took made gave sent kept left ran told found brought bought thought
    felt knew saw did had forgot broke spoke wrote drove rang sat stood held won lost paid sold
    taught caught fought built spent meant met led heard understood began threw grew
    chose rebuilt redid rewrote froze fell hid shook woke drank ate swore wore tore flew blew
    rode sang sank swam slept struck dug fled learnt""".split()
)
# Words ending in "-ly" that are not adverbs: "like a family", "like daily checks".
LY_NOT_ADVERBS = frozenset(
    """only family early daily weekly monthly yearly hourly friendly lovely lonely ugly silly
    holy jolly supply reply rally belly bully ally july italy assembly anomaly lily jelly""".split()
)
# "like around thirty", "like maybe two": "like" before an approximate figure is a filler.
APPROXIMATORS = frozenset("around about roughly maybe almost nearly approximately".split())
# "like properly", "like halfway": a comparison takes a noun, never one of these adverbs.
LIKE_ADVERBS = frozenset(
    """properly really totally completely literally basically actually seriously honestly
    absolutely halfway straight super genuinely already""".split()
)
# "you know even though…": these open a new clause, so the "you know" before was a tag.
AFTER_KNOW_CLAUSE = frozenset("even although though anyway like".split())
# Finite verbs that cannot be the object of "know": "which you know doesn't happen much".
AFTER_KNOW_FINITE = frozenset(
    """doesn't don't didn't isn't wasn't aren't weren't won't can't couldn't wouldn't hasn't
    haven't does""".split()
)
# "…you know not just inputting", "…you know if there is overtime": an adjunct or a new
# clause, never the object of "know" in a run-on transcript.
AFTER_KNOW_ADJUNCT = frozenset("not if after before for then just cos cause once".split())
# Prepositions and adverbs of time after "you know" that no object of "know" starts with.
AFTER_KNOW_PLACE = frozenset("with in at on from by during now again anyway long".split())
# "-ing" words that are things one knows: "you know nothing about it".
KNOWN_THINGS = frozenset("nothing something anything everything thing things".split())
# Verbs a comparison "like" follows: "looks like", "felt like", "acted like".
COMPARISON_VERBS = frozenset(
    """look looks looked looking feel feels felt feeling seem seems seemed sound sounds
    sounded act acts acted treat treated smell smells smelled taste tastes""".split()
)
# Spans of time a habit repeats over: "like every day", "like every shift".
TIME_UNITS = frozenset(
    "day week month year morning night evening shift weekend time hour minute term".split()
)
QUANTITY_WORDS = frozenset(
    """extra hour minute week month year day few couple dozen hundred thousand half
    quarter third bit lot""".split()
)
# "would like take over": only a bare verb after "would like" shows the filler.
BARE_VERBS = frozenset(
    """take go get make do come say put run give help start try just tell ask check sort
    finish stop move pick walk call send write refuse leave cover stay work keep turn look see
    show bring buy pay shout panic laugh argue complain quit miss lose forget confirm rebook
    rebuild reset redo rewrite recheck fix chase ring phone email update tidy clean prepare
    explain apologise apologize sit stand wait disappear vanish freeze hide yell scream
    talk hear feel smell mix swap cut own""".split()
)
# "I'm like fine with that", "the milk was like warm": "be like" before an adjective.
PREDICATE_ADJECTIVES = frozenset(
    """fine ok okay good great bad tired warm cold hot happy sad nervous scared stressed busy
    quiet dead huge tiny massive late early new ready done sure shocked gutted buzzing
    annoyed confused lost stuck exhausted amazing awful terrible weird mental furious
    unwell upset angry crazy insane horrible brilliant bright packed manic chaotic
    overwhelmed relieved embarrassed proud sick ill wrong right terrifying exhausting
    frustrating embarrassing overwhelming boring stressful scary hectic nerve-wracking
    difficult impatient awkward rude strict calm lucky useless pointless perfect shy older
    hilarious ridiculous intense unreal surreal brutal grim disgusting
    younger bigger smaller busier quieter harder easier slower faster broken empty full
    closed natural clever obsessive""".split()
)
# Bare verbs that are also common nouns: "I like work that…" is the verb "like" with an object.
NOUN_LIKE_VERBS = frozenset(
    "work pay help show cover call run walk stop move start check try look turn talk".split()
)
# A comparison "like" takes a noun or a clause, never one of these: "it's hard like because…".
LIKE_NEVER_COMPARES = frozenset("because cos 'cause cause sometimes usually obviously".split())
QUESTION_WORDS = frozenset("what how where when who why which".split())
# Verbs that show a new clause after "you know you…": "you know you wouldn't see it".
CLAUSE_AUX = frozenset(
    """would wouldn't could couldn't can can't will won't don't didn't do did was were had have
    need get got just never always""".split()
)
# "you know it's…", "you know he'd…": a new clause, so "you know" was a filler.
CLAUSE_CONTRACTIONS = frozenset(
    "it's he's she's i'm i'd he'd she'd we'd they'd there's that's we're they're i've".split()
)

# Hedges: (phrase tokens). Context rules for "just", "kind of", "sort of", "a bit",
# "I believe" live in delivery.py.
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in [
        "i think",
        "i guess",
        "i suppose",
        "i feel like",
        "i believe",
        "maybe",
        "perhaps",
        "probably",
        "possibly",
        "kind of",
        "sort of",
        "kinda",
        "sorta",
        "hopefully",
        "a little bit",
        "a bit",
        "somewhat",
        "i'm not sure",
        "not sure",
        "more or less",
        "pretty much",
        "just",
    ]
)
# Words after "just" that make it temporal or exact rather than a minimiser.
JUST_NOT_HEDGE_NEXT = frozenset(
    """before after as when in now then about under over enough like recently started launched
    joined moved finished arrived got been the same right one two three four five six seven
    eight nine ten few weeks days months hours minutes""".split()
)
JUST_NOT_HEDGE_BEFORE = frozenset(
    ["had", "have", "has", "'ve", "'d", "was", "were", "is", "are", "it's"]
)
# "kind of"/"sort of" after these means "type of": "what kind of data".
KIND_OF_TYPE_BEFORE = frozenset(
    """what which this that the a any every some same different each other all these those one
    right new first""".split()
)

# Verbs that show ownership and decisiveness (used for "confident language" and for
# telling action sentences apart). Not "take": "I'd take forty" in a pay answer is no action.
ACTION_VERBS = frozenset(
    """led lead leads built build builds designed design created create launched launch
    delivered deliver reduced reduce increased increase negotiated negotiate decided decide
    implemented implement drove drive owned own resolved resolve improved improve automated
    automate trained train mentored mentor coached coach organised organized organise
    organize analysed analyzed analyse analyze wrote write shipped ship cut saved save grew
    grow achieved achieve introduced introduce established establish developed develop wrote
    rewrote restructured redesigned streamlined spearheaded initiated initiate proposed
    propose persuaded persuade convinced convince presented present prioritised prioritized
    prioritise prioritize scheduled schedule set started start called call met meet asked
    ask talked talk spoke speak reached contacted contact gathered gather interviewed
    interview mapped map tested test fixed fix debugged debug migrated migrate documented
    document planned plan coordinated coordinate facilitated facilitate escalated escalate
    negotiated recruited recruit hired hire delegated delegate reviewed review rebuilt
    refactored deployed deploy installed install configured configure researched research
    investigated investigate identified identify explained explain listened listen sat
    pulled broke split ran run created took made put pushed wrote sent emailed flagged
    tracked track measured measure compared compare suggested suggest volunteered volunteer
    stepped took handled handle managed manage checked check audited audit calculated
    calculate reconciled reconcile redesigned prototyped prototype sketched surveyed survey
    onboarded onboard taught teach built designed
    walk walked visit visited ring rang phone phoned brief briefed show showed offer offered
    apologise apologised apologize apologized agree agreed arrange arranged book booked chase
    chased repair repaired replace replaced fit fitted rewire rewired clean cleaned cook
    cooked serve served restock restocked count counted sort sorted label labelled labeled
    swap swapped cover covered assess assessed treat treated reassure reassured inspect
    inspected isolate isolated secure secured draft drafted update updated refund refunded
    rota rotaed retrained rebooked rearranged
    verify verified tell told give gave note noted log logged send confirm confirmed report
    reported email acknowledge acknowledged unlock unlocked reset inform informed notify
    notified record recorded raise raised prepare prepared warn warned flag stop stopped press
    pressed prove proved remove removed switch switched lock locked hand handed pass passed
    text texted park parked pull move moved use""".split()
)
# Words that join one action to the next in a list of steps: "I'd call the planner, give them
# my hours and let them rebook" is three actions by the same speaker.
ACTION_JOINERS = frozenset("and or then".split())
# Where a list of steps ends: another clause ("…, but", "because", "so", "when") or, after a
# comma or a joining word, another subject ("…, he answered and told me").
STEP_LIST_ENDS = frozenset(
    "but because so when if until while unless although though as who which".split()
)
OTHER_SUBJECTS = frozenset(
    "he she they we it you nobody someone somebody everyone everybody".split()
)
# Who acts in a first-person action: "I led", or a plan, "I'd walk", "I'll brief".
ACTORS = frozenset(["i", "i'd", "i'll"])
PLAN_MODALS = frozenset(["would", "will", "'d", "'ll"])
# Adverbs that may sit between the actor and the verb without changing who acted.
ACTION_ADVERBS = frozenset("then also first immediately quickly personally always straight".split())

FIRST_PERSON_SINGULAR = frozenset(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"])
FIRST_PERSON_PLURAL = frozenset(
    ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"]
)

NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion half double
    twice triple doubled tripled halved quarter dozen dozens percent""".split()
)
# Units that count people or things handled: the scope of the work, not its outcome, unless a
# change word goes with them ("down to two people"; judgements.result_and_lesson).
COUNT_UNITS = frozenset(
    """customers users people clients patients students tickets orders calls leads deals
    projects features bugs incidents reports hires members staff requests""".split()
)
METRIC_UNITS = COUNT_UNITS | frozenset(
    """percent % percentage points pts x times hours hour days day weeks week months month
    years year minutes minute seconds dollars dollar pounds euros k sales ms errors""".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday".split())
TIME_FRAME_WORDS = (
    MONTHS
    | WEEKDAYS
    | frozenset("q1 q2 q3 q4 quarter semester sprint deadline weekend overnight".split())
)

# What "last", "this" or "next" makes a time frame of: "last month", "this winter".
TIME_FRAME_NOUNS = MONTHS | frozenset(
    "week month year summer winter spring autumn fall quarter term season christmas "
    "easter weekend".split()
)

# Words that are capitalised at the start of a sentence or always (so not tool names).
COMMON_CAPITALISED = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        """i i'm i've i'd i'll the a an and but so then when after before during in on at for to
        of my our we he she they it this that there these those what why how who which while
        saturday sunday english ok okay yes no sure mr mrs ms dr hi hello well also first
        second finally next last one two three four five great thanks thank because if as
        since although though however overall eventually today yesterday tomorrow""".split()
    )
)

# Talking points: phrases that show experience, skills, lessons and interests.
TALKING_POINTS: dict[str, tuple[str, ...]] = {
    "experience": (
        "years of experience",
        "years experience",
        "i worked as",
        "i've worked",
        "i have worked",
        "i worked at",
        "i work at",
        "i work as",
        "in my role",
        "in my previous role",
        "in my last role",
        "in my current role",
        "at my last job",
        "at my previous job",
        "i spent",
        "i was hired",
        "i've been",
        "i have been",
        "i joined",
    ),
    "skills": (
        "experience with",
        "experience in",
        "skilled in",
        "proficient in",
        "i'm good at",
        "i am good at",
        "my strength",
        "my strengths",
        "certified",
        "certification",
        "trained in",
        "fluent in",
        "expertise",
    ),
    # Lessons are found by analysis.lesson_cues.LESSON alone (content.with_lessons), so the
    # score and the no-reflection judgement always agree.
    "interests": (
        "i enjoy",
        "i love",
        "passionate",
        "i'm interested in",
        "i am interested in",
        "excited",
        "i'm drawn to",
        "i am drawn to",
        "curious",
        "i'd love to",
        "motivates me",
        "energises me",
        "energizes me",
    ),
}

# Self-correction editing terms: a speaker fixing what they just said.
EDIT_TERMS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in [
        "sorry",
        "no sorry",
        "or wait",
        "no wait",
        "wait no",
        "i mean",
        "or rather",
        "rather",
        "make that",
        "no make that",
        "scratch that",
        "let me rephrase",
        "let me correct that",
        "correction",
        "actually no",
        "oops",
        "i meant",
        "no no",
        "well no",
        "or no",
        "um no",
        "uh no",
        "or actually",
        "or let me say",
        "let me say",
        "i should say",
        "should say",
        "nope",
        "no",
    ]
)
# A question word right after a vocal filler mid-sentence restarts the sentence:
# "what we, um, how we fixed it".
RESTART_WORDS = frozenset("what who when where which why how".split())

# Common function words, for language detection and vocabulary measures.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves i'm i've it's that's we're we've don't didn't was""".split()
)
