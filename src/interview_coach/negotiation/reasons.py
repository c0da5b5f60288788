"""What a line gives as the reason for its number: market data, skills, results,
experience, a credential or a competing offer, and the needs that are no reason (the guide's
rule). Read by the scorer (`tactics.py`) and by the recruiter, who moves further for a reason."""

from __future__ import annotations

import re

OFFER_NOW = (
    r"already offer(?:s|ed)? me|offer(?:s|ed)? me [\w$,.]+ already|"
    # Another employer's offer in the present: "the other plant at the harbor, they offer me 44".
    r"(?:they|the other [\w-]+|another [\w-]+)(?: [\w-]+){0,3}? (?:offer|offers|is offering|are "
    r"offering) me"
)
RATIONALE = re.compile(
    r"\b(market|research|data|median|percentile|typical(?:ly)?|going rate|range for|bls|"
    r"survey|glassdoor|levels|experience|years|skills?|certif\w*|licen[sc]\w*|results?|"
    r"delivered|grew|saved|cut(?! out| off)|led|built|track record|qualif\w*|competing|"
    r"another offer|other offer|second offer|based on|given (?:my|that|the)|because|since|"
    r"reflects?|took (?:them|it|us|sales|revenue|output|production|the \w+) from|"
    r"in line with|responsibilit\w*|scope|comparable|similar roles?|peers|industry|benchmark|"
    r"degree|portfolio|background|i(?:'ve| have) (?:been|worked|"
    r"managed|led|built|grown|run|trained|taught|delivered|handled)|offered elsewhere|"
    r"an offer (?:from|of|at)|demand for|won(?!['’]t)|awards?|promoted|ranked|"
    r"top (?:performer|seller|biller|producer)|record|(?:i )?hold (?:a|an|the|my)|"
    # Time in the trade with the year said singular, as in much of the world's English: "I done
    # twelve year on the drawbridge".
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d+) "
    r"year (?:on|in|at|with|as|doing|driving|working)|"
    r"(?:have|'ve) (?:run|led|managed|built|"
    r"delivered|handled|trained|grown|cut|saved|launched|done|completed|shipped|migrated|taken)|"
    # What the candidate can do that saves the employer: "with the RVT I can cover the vascular
    # lab, so you don't need to call per diem", "I can show photos", skills that are scarce.
    r"i can (?:cover|do|run|handle|sign|take on|bring|manage|train|lead|operate|show)|"
    r"(?:so )?you (?:don'?t|do not|won'?t) (?:need|have) to|saves? you|"
    r"(?:are|is) (?:scarce|rare|hard to (?:find|staff|hire))|"
    r"got (?:the |it |our |that )?(?:[\w-]+ )?(?:down|up) (?:from|to|by)|"
    # A result with its effect ("lifted their shelf sales 18 percent", "brought 12 million in
    # pipeline", "six weeks early and under budget").
    r"lifted|boosted|increased|raised|reduced|improved|doubled|tripled|shipped|rolled out|"
    r"brought (?:in |a |the )?|under budget|on budget|ahead of schedule|weeks early|"
    r"(?:went|rose|fell|dropped|climbed) from|under my (?:leadership|watch)|"
    # What peers are paid, and another process under way.
    r"people (?:i know|like me)|friends? (?:in|doing|who)|companies (?:your|of your|this) size|"
    r"(?:are|is) (?:clearing|paying|earning|making)|others in|another process|"
    r"other process|interviewing (?:elsewhere|with)|final rounds?|other companies|"
    # A credential or the local rate in a trade's words: "got my 6G pipe cert", "I'm a
    # credentialed CVT", "what the good shops around here pay a tech with my cards", "the
    # union scale".
    r"certs?|credential\w*|accredit\w*|chartered|registered|journeyman|ticket|endorsement|"
    r"postings?|listings?|adverts?|i (?:run|manage|lead|handle|supervise|oversee|train)|"
    r"designation|(?:my|his|her) cards|around here|in (?:this|the) area|locally|union|"
    r"(?:pay )?scale|"
    # Another offer said in the present, and work others cannot do: "they offer me 61
    # already", "Siemens already offer me 72", "ent every tech can do dat", "tufting that
    # most shops here send out".
    + OFFER_NOW
    + r"|other (?:company|shop|firm|crew|outfit) (?:already )?offer|(?:not|ain'?t|ent) every "
    r"(?:[\w-]+ )?(?:can|could)|not many (?:people|[\w-]+s)(?: here| around here| in town)? "
    r"(?:can|could|know how)|"
    r"(?:most|many|other) [\w-]+s(?: here| around here| in town)? (?:send (?:it |them )?out|"
    r"can'?t|cannot|don'?t|won'?t))\b",
    re.IGNORECASE,
)
# A credential by its letters, in any English: "I have RDMS", "mi have di CST", "I hold the RRT".
CREDENTIAL = re.compile(
    r"\b(?:[Hh]ave|[Hh]old|[Gg]ot)\s+(?:(?:my|the|di|a|an|both|our)\s+)?[A-Z][A-Z0-9&-]{1,6}\b"
)


# A need is no reason for the employer to pay more: "because my daughter starts college",
# "because I have no car", "since my rent went up" (the guide's rule).
_NEED = re.compile(
    r"\b(?:rent|mortgage|bills?|kids?|child(?:ren)?|childcare|daughter|son|college|tuition|"
    r"car|commute|gas|loans?|debts?|wedding|baby|family|living costs|cost of living|moving)\b",
    re.IGNORECASE,
)
NEED_REACH = 60  # characters after "because" read for the need it gives


def gives_reason(text: str) -> bool:
    """Whether a line gives a reason for its number: market data, skills, results,
    experience, a credential or a competing offer; "because" and "since" only where what
    follows is not a need."""
    if CREDENTIAL.search(text):
        return True
    for m in RATIONALE.finditer(text):
        if m.group(1).lower() not in ("because", "since"):
            return True
        if not _NEED.search(text, m.end(), m.end() + NEED_REACH):
            return True
    return False
