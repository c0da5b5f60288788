"""How a question asks about a career's moments, shared by the question classifier (its
category and frame) and the kind of answer it calls for: time out of work (a move to explain:
a reason in a sentence, what was kept up, why now) and a success one is proud of (a story)."""

from __future__ import annotations

# "Can you explain this gap in your CV?", "tell us about your career break", "why haven't you
# worked since 2021?", "what have you been doing since your last job?"
CAREER_GAP = (
    r"gaps? (?:in|on|between) (?:your|the|my) (?:cv|resume|résumé|employment|career|work|jobs|"
    r"roles)|(?:explain|account for|tell (?:me|us) about|talk (?:me|us) through) (?:the|this|"
    r"that|your) (?:gap|break|time (?:out|off|away))|career break|time (?:out|off|away) "
    r"(?:of|from) (?:work|employment|the workforce)|(?:been )?out of (?:work|employment|the "
    r"workforce)|(?:haven't|have not|weren't|were not) (?:been )?(?:working|employed)|"
    r"(?:haven't|have not) worked|(?:haven't|have) you (?:not )?(?:been )?(?:worked|working)|"
    r"what have you been doing since"
)

# "Tell me about a success you're proud of", "what are you most proud of?", "your proudest
# moment at work": a story of one, not a strength named.
PROUD_OF = (
    r"(?:a|an|the|one|something|anything|what) (?:\w+ )?(?:success|achievement|accomplishment|"
    r"moment|thing|piece of work|project)?\s?(?:that )?you(?:'re| are| were|'ve been| have been) "
    r"(?:most |really |particularly |especially )?proud of|(?:success|achievement|accomplishment|"
    r"moment|something|thing|piece of work|project|case)(?: (?:at|in|from|during|of) "
    r"(?:your |the )?[\w'’-]+)? (?:that )?you(?:'re| are| were|'ve been|"
    r" have been) (?:most |really |particularly |especially )?proud of|(?:what|which) (?:\w+ )?"
    r"(?:are|were) you (?:most |really )?proud of|your proudest (?:moment|day|achievement|"
    r"accomplishment|success)"
)
