"""Phrase patterns behind the generic-claim judgement (matched case-insensitively on the
transcript): clichés that claim a quality instead of showing it, praise that would fit any
employer, and the signs that a claim is backed by an example.

Written from what hiring managers and coaches name as empty claims (sources in
docs/scoring.md), not from any one set of answers.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

# (Boasts, the humblebrag and arrogance, are in self_cues.py.)
# Clichés that claim a quality instead of showing it.
# Praise of the employer that would fit any employer: "great values", "a supportive school",
# "everyone says it's a lovely place". Backed only by a fact about them in the same clause.
EMPLOYER_CLICHE = rx(
    r"(?:great|strong|amazing|fantastic|good|lovely|brilliant|excellent|wonderful|positive) "
    r"(?:values|ethos|culture|reputation|environment|place to work|company|organi[sz]ation)",
    r"(?:really |very |so )?(?:supportive|friendly|welcoming|inclusive|dynamic|innovative|"
    r"forward-thinking|exciting|prestigious) (?:school|team|environment|company|place|culture|"
    r"organi[sz]ation|employer|firm|hospital|practice|business)",
    r"(?:everyone|everybody) (?:says?|tells? me)",
    r"i(?:'ve| have) (?:heard|read) (?:great|good|amazing|wonderful|so many good) things",
    r"(?:leader|leading|the best) in (?:the|your|its) (?:field|industry|sector|area)",
)
CLICHE = rx(
    r"hard[- ]?working",
    r"hard worker",
    r"team player",
    r"passionate",
    r"results[- ](?:driven|oriented|focused)",
    r"detail[- ]oriented",
    r"self[- ]starter",
    r"(?:fast|quick) learner",
    r"people person",
    r"go[- ]getter",
    r"(?:really |very )?good with (?:people|patients|customers|children|kids|the public)",
    r"get on (?:really )?well with (?:everyone|everybody|people|my team|the team)",
    r"(?:really |very )?good at multi-?tasking",
    r"multi-?tasker",
    r"best practices?",
    r"calm under pressure",
    r"(?:go|going|went) above and beyond",
    r"(?:think|thinking) outside the box",
    r"dynamic",
    r"(?:highly |self[- ])?motivated",
    r"(?:i'm|i am|i was|i've always been|very|really|extremely|truly|highly) dedicated",
    r"dedicated (?:person|worker|professional|employee|team member|individual)",
    r"(?:strong|great|good) work ethic",
    r"(?:excellent|great|strong|good|solid) (?:(?:communication|interpersonal|organi[sz]ational|"
    r"leadership|people|problem[- ]solving|customer service|influencing|negotiation|"
    r"analytical|stakeholder|time[- ]management|listening)(?:,? and |, | )){1,3}skills",
    r"solutions?[- ](?:focused|oriented|driven|minded)",
    r"(?:build|building|built) (?:positive|strong|good|great|lasting) (?:working )?relationships",
    r"(?:handled|handle|handling|dealt with|deal with) (?:it|things|this|that|the situation) "
    r"(?:very )?(?:professionally|with professionalism)",
    r"(?:a )?(?:true|real|trusted) business partner",
    r"(?:great|excellent|strong|good) (?:communicator|problem[- ]solver|leader|listener)",
    r"problem[- ]solver",
    r"110 ?%",
    r"(?:a |one )?hundred (?:and )?ten (?:percent|per cent)",
    r"(?:good|great|calm|cool|best) under pressure",
    # Self-description by adjective alone: "I'm very patient, very empathetic".
    r"(?:i'm|i am|very|really|extremely|super) (?:patient|empathetic|caring|organi[sz]ed|"
    r"friendly|approachable|adaptable|conscientious|hard-working|diligent)",
    r"give (?:it )?(?:my all|100 ?%|everything|(?:one |a )?hundred (?:percent|per cent))",
    r"(?<!a )(?<!one )hundred (?:percent|per cent)(?= (?:every|all|always|effort)|[.,!]|$)",
    r"(?:good|positive|great|can-do) attitude",
    r"never give up",
    r"wear many hats",
    r"synerg\w+",
    r"proactive",
    r"can-do attitude",
    r"positive attitude",
    r"(?:very |highly |really )?driven",
    # Said of oneself, not of a supplier or of a lesson ("being reliable means…").
    r"(?:i'm|i am|i was|i've always been|very|really|extremely|super|totally|completely) "
    r"reliable",
    r"reliable (?:person|worker|employee|team member|colleague|individual|professional)",
    r"(?<=, )reliable(?=,| and\b)",  # one of a list: "very hard-working person, reliable and…"
    r"perfect fit",
    r"ideal candidate",
    r"work well under pressure",
    r"thrives? (?:under|on) pressure",
    # The stock phrases of a cover letter: "thrives in a fast-paced environment", "a great fit
    # for your values", "reach my full potential".
    r"thrives? (?:in|on) (?:a |an )?(?:fast[- ]paced|busy|dynamic|challenging) (?:environment|"
    r"setting|workplace)",
    r"fast[- ]paced environment",
    r"(?:a |an )?(?:great|good|perfect|ideal|strong|natural) fit for (?:your|the) (?:[\w'’-]+ )?"
    r"(?:values|culture|ethos|team|company|organi[sz]ation|practice)",
    r"(?:reach|fulfil|fulfill|achieve|realise|realize) my (?:full )?potential",
    r"(?:brilliant|great|amazing) with (?:people|customers|patients|kids|children|difficult \w+)",
    r"(?:can|could) calm anyone down",
    r"i love (?:a )?challenges?",
    r"love working with people",
    r"(?:always )?(?:willing|eager) to learn",
    r"committed",
    r"(?:a )?natural leader",
    r"best version of myself",
    r"(?:take|takes|taking) (?:real |great |a lot of )?pride in (?:my|our|everything|doing|"
    r"what i do|the work)",
    # A character sketch in place of a fact: "an incredibly meticulous person", "which people
    # really appreciate about me".
    r"(?:meticulous|conscientious|diligent|dependable|trustworthy|punctual|thorough|loyal|calm|"
    r"motivated|enthusiastic|caring|organi[sz]ed|hard-working|honest|positive) (?:person|"
    r"individual|worker|professional|employee|team member|colleague)",
    r"(?:which|that|what) (?:people|everyone|everybody|colleagues|managers|customers) (?:really |"
    r"always |seem to |tend to )?(?:appreciate|love|like|value|notice|comment on) about me",
    r"known for being",
    r"(?:extremely|very|incredibly|super) (?:careful|thorough|organi[sz]ed|professional|"
    r"hard-working|friendly|punctual|conscientious)",
    r"people skills",
    r"(?:great|good) with people",
    # A platitude in place of what one did: "communication is really key in those situations",
    # "teamwork is so important", "every situation is different" (backed by a fact beside it,
    # as any claim may be: "communication is key, so I set up a daily huddle…").
    r"(?:communication|teamwork|team work|listening|honesty|trust|respect|patience|empathy|"
    r"attention to detail|time management|working together|customer service|good planning|"
    r"preparation|consistency)(?: with [\w'’-]+(?: [\w'’-]+)?)? (?:is|are) (?:really |so |very |"
    r"always |absolutely |just )?(?:the )?(?:key|important|vital|crucial|essential|everything|"
    r"paramount)\b",
    r"every (?:situation|case|child|patient|customer|person|day) is different",
)
# A quality seen in others, not claimed: "I noticed the staff are very organised even at
# checkout time". The cliché describes them; what the speaker saw is the fact.
SAID_OF_OTHERS = re.compile(
    r"\b(?:the|your|their|his|her|its|these|those)\s+(?:[\w'’-]+\s+){0,2}?(?:are|is|were|was|"
    r"seem|seemed|seems|looked|looks)\s+(?:so\s+|very\s+|really\s+|always\s+|all\s+|"
    r"incredibly\s+|clearly\s+)*$",
    re.IGNORECASE,
)


def said_of_others(sentence: str, start: int) -> bool:
    """Whether the cliché at `start` describes someone else ("the staff are very organised")."""
    return SAID_OF_OTHERS.search(sentence[max(0, start - 40) : start]) is not None


FIRST_PERSON = rx(r"i", r"i'm", r"i've", r"i'd", r"me", r"my", r"myself")
EXAMPLE_CUE = rx(
    r"for example",
    r"for instance",
    r"e\.g\.",
    r"when i",
    r"last (?:year|month|week|summer|spring|autumn|fall|winter|quarter)",
    r"(?:in|back in) (?:19|20)\d\d",
    r"one time",
    r"at my (?:last|previous|current|old) (?:job|role|company|school|store|hospital)",
)


# Qualities and attitudes given where a method was asked for: "I'd use my experience", "I'm
# very methodical", "have a good look", "every car is different", "set high standards and
# lead from the front", "put myself in the user's shoes". Two of them in a "how would you…"
# answer stand where the steps, the checks and the tools should be.
MINDSET = rx(
    r"(?:use|bring|apply|draw on|rely on) (?:all )?(?:my|our|that) (?:[\w-]+ )?(?:experience|"
    r"knowledge|expertise|skills|judgement|judgment|common sense|mindset|instincts?)",
    r"(?:have|take|had) a (?:good|proper|quick|careful) look",
    r"(?:every|each) (?:[\w-]+ )?(?:is|was|'s) different",
    r"(?:the )?right (?:mindset|attitude)",
    r"(?:that|a|the|this) mindset",
    r"(?:set|setting) (?:high|clear|the) (?:standards|expectations)",
    r"lead from the front",
    r"hold (?:people|them|everyone|the team|staff) (?:to )?account(?:able)?",
    r"(?:put|putting) myself in (?:the|their|the user's|the customer's) shoes",
    r"attention to detail|detail[- ]oriented|eye for detail",
    r"(?:carefully|properly|thoroughly) and (?:thoroughly|carefully|properly|methodically)",
    r"(?:careful|thorough|methodical|professional) and (?:thorough|careful|methodical|"
    r"professional|holistic)",
    r"best practices?|standard process(?:es)?",
    r"read(?:ing)? the situation",
    r"(?:i'm|i am) (?:very |really |quite )?(?:methodical|thorough|meticulous|logical|analytical|"
    r"careful)",
    # Care promised in the steps' place: "I take pride in my work", "I treat every garden like
    # it's my own", "I'd do a really professional job".
    r"(?:take|takes|taking) (?:a lot of |real |great )?pride in (?:my|the|our) work",
    r"treat (?:every|each) [\w-]+ (?:like|as if) (?:it's|it is|it was|it were) my own",
    r"(?:do|doing) a (?:really |very |proper )?professional job",
    r"(?:work|go) through (?:it|everything|things|them) (?:properly|carefully|thoroughly|"
    r"methodically)",
    r"(?:good|strong|great) (?:at )?problem[- ]solv\w+",
    r"pride in the job|discipline and pride",
    r"(?:my|the) (?:technical )?knowledge and (?:my )?experience",
    r"(?:giving|give) (?:my )?(?:a |one )?hundred (?:percent|per cent)",
)
