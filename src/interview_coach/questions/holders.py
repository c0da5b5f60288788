"""Other people on a candidate's résumé line: a colleague's title, a manager's credential.

"Worked alongside Gas Safe registered engineers" and "My manager, a qualified Chartered
Accountant, submits the returns" name credentials the candidate does not hold; matching and
the résumé's skills read the line without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Someone else's title or credential on the candidate's line: "worked alongside Gas Safe
# registered engineers", "help the OSHA 30-certified safety manager". It is not theirs.
_OTHERS = re.compile(
    r"\b(?:alongside|under|help(?:ed|ing)?|assist(?:ed|ing)?|support(?:ed|ing)?|"
    r"shadow(?:ed|ing)?|report(?:ed|ing)? to)\s+(?:the|our|a|an|my|two|three|several|\d+)?\s*"
    r"(?:[\w/&+.-]+\s+){0,4}?(?:engineers?|managers?|supervisors?|foreman|foremen|"
    r"electricians?|nurses?|teachers?|doctors?|dentists?|surgeons?|officers?|coach(?:es)?|"
    r"assessors?|leads?|chefs?|technicians?|plumbers?|fitters?|pharmacists?|solicitors?|"
    r"accountants?|inspectors?|practitioners?|specialists?|colleagues?|co-?workers?)\b",
    re.I,
)


_PEOPLE = (
    r"(?:sister|brother|mother|father|mum|mom|dad|wife|husband|partner|friend|cousin|"
    r"colleague|co-?worker|mentor|boss|manager|supervisor|owner|engineer|nurse|"
    r"teacher|doctor|dentist|electrician|technician|assistant|pharmacist|officer|chef|"
    r"accountant|inspector|practitioner|specialist|surveyor|lead|crew|hygienist|therapist|"
    r"developer|designer|analyst|driver|cleaner|contractor)s?"
)
# Someone else holding it: "Our practice's head nurse holds the Diploma", "My sister is a
# certified dental assistant", "our Project Engineer, who is CPEng".
_THEIRS = re.compile(
    # (Not the speaker's own role: "my role as site engineer is…", "the team I manage".)
    r"\b(?:our|my|the|their|his|her)\s+(?:(?!as\b|i\b|we\b)[\w'’/&.-]+\s+){0,4}?"
    + _PEOPLE
    # Their clause: what they hold, are or do ("holds the Diploma", "use Kroll",
    # "supervises the HCAs"), or a title set beside them (", a qualified electrician with his
    # 18th Edition"), up to where the speaker comes back.
    + r"(?:\s+(?:in charge|on (?:the )?(?:ward|shift|site))?\s*(?:holds?|has|had|is|was|are|were|"
    r"became|gained|uses?|used|runs?|ran|supervises?|supervised|manages?|managed|leads?|led|"
    r"does|did|handles?|handled|signs?|signed|checks?|checked|trained|qualified|fixed|fixes|"
    r"wrote|writes|built|builds|designed|designs|carried out|carries out|performed|performs)\b"
    r"|,\s+(?:a|an)\s)[^.;]*?"
    r"(?=,?\s+(?:and|so|but|while|when)\s+(?:i|we)\b|,\s+(?:i|we)\b|[.;]|$)"
    r"|,?\s*\bwho\s+(?:is|was|are|were|holds?|has|had|supervises?|manages?|leads?|runs?|"
    r"uses?)\b[^.;,]*",
    re.I,
)

# Work another did, in the passive: "(stripping and sealing done by the floor crew)",
# "testing carried out by the contractor". The whole clause is theirs.
_DONE_BY = re.compile(
    r"\b(?:done|carried out|handled|run|performed|completed|fixed|signed off|"
    r"tested|sent)\s+(?:by|to)\s+(?:(?:the|our|a|an|my|their)\s+)?"
    r"(?:[\w'’/&.-]+\s+){0,3}?(?:" + _PEOPLE + r"|lab|labs|laboratory|team|department)\b",
    re.I,
)


def _without_done_by(text: str) -> str:
    """The line without the clauses whose work another did, from the clause's start (the
    last stop, comma or bracket before it): found first, then cut, in linear time."""
    out, last = [], 0
    for m in _DONE_BY.finditer(text):
        start = max(text.rfind(c, last, m.start()) for c in ".;,()") + 1
        start = max(start, last)
        out.append(text[last:start] + " ")
        last = m.end()
    return "".join(out) + text[last:] if out else text


def without_holders(text: str) -> str:
    """The line without what it says other people hold or are ("My manager, a qualified
    Chartered Accountant, submits…"): the skills left are the candidate's."""
    return _THEIRS.sub(" ", _without_done_by(text))


def own_words(text: str) -> str:
    """The line without what it says of other people's titles and credentials."""
    return _THEIRS.sub(" ", _OTHERS.sub(" ", _without_done_by(text)))


def without_employers(text: str, employers: Iterable[str]) -> str:
    """The line with the names of the candidate's employers blanked out: working for "H-E-B
    Distribution Center" or "Salesforce" names a business, not a skill the candidate has."""
    for name in employers:
        if name and name.casefold() in text.casefold():
            text = re.sub(re.escape(name), " " * len(name), text, flags=re.I)
    return text
