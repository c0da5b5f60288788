"""How a question asks about time out of work, shared by the question classifier (which files
it with the questions about a move) and the kind of answer it calls for (a reason in a
sentence, what was kept up, why now)."""

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
