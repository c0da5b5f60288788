"""A résumé read line by line for matching: each line's items and sentences, their section,
the skills they name and their word stems, with contact details left out and the
candidate's plans for the future marked apart from what they have done."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from interview_coach.questions.gazetteer import find_skills
from interview_coach.questions.holders import own_words, without_employers
from interview_coach.questions.resume import ResumeProfile, _resume_sections

# Words that carry no requirement on their own.
_STOP = frozenset(
    """a an the and or of in on to for with as at by from your you our we be is are able ability
    experience experienced knowledge strong good excellent working work proven track record
    understanding skills skill confident confidence including such similar other using use
    least years year plus must have has will would ideally desirable essential etc well high
    level solid demonstrable relevant ideally within across into their them they this that
    these those both all any some more most very""".split()
)


@dataclass(frozen=True)
class Unit:
    """One résumé line or item, as matching reads it."""

    text: str
    start: int
    end: int
    section: str
    skills: frozenset[str]
    stems: frozenset[str]
    hope: bool = False  # what the candidate means to do, not what they have done
    own: str = ""  # the text without other people's titles and credentials (`own_words`)


# Endings taken off before a word is cut to its stem, so "leading" meets "lead" and "teams"
# meets "team" (a five-letter cut alone keeps "leadi" and "teams").
_ENDING = re.compile(r"(?<=[a-z]{3})(?:ing|ed|s)$")


def word_stems(text: str) -> frozenset[str]:
    """The content words of `text` cut to five letters, stop words left out."""
    words = re.findall(r"[a-z0-9&+#/]+", text.lower())
    return frozenset(
        (w if w.endswith("ss") else _ENDING.sub("", w))[:5]
        for w in words
        if w not in _STOP and (len(w) > 2 or w.isdigit())
    )


_CONTACT = re.compile(
    r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d ()-]{8,}\d|"
    r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}\b"
)


# What the candidate hopes to do next is not what they have done: "now looking to move into
# hospital practice" shows no hospital experience. Such a clause runs to the sentence's end.
_ASPIRATION = re.compile(
    r"\b(?:(?:now\s+)?(?:looking|hoping|keen|aiming|eager|wanting|planning|seeking)\s+to|"
    r"would (?:love|like) to|(?:i\s+)?want to|(?:am\s+|i'm\s+)?moving into|interested in|"
    r"(?:i\s+am\s+|i'm\s+)?(?:now\s+)?(?:looking|searching|hoping)\s+for\s+(?:a|an|my next)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:role|position|job|post|practice|team|company|employer|opportunity|setting|place))\b"
    r"[^.!?]*[.!?]?",
    re.I,
)


_EDGE = " -*_#\t,"  # bullets, rules and stray commas around an item
MIN_CHARS = 3  # an item shorter than this says nothing
_JOIN_AT_END = re.compile(r"[\s,]+(?:and|but|or|so|while|although)$", re.I)
_ENDS = (".", "!", "?")
_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
_OPEN_HOPE = re.compile(r"[^.!?]*[.!?]?")


def _segments(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """`start`–`end` in order around and through `cuts` (sorted, apart), each with whether it
    is a cut; empty ones left out."""
    edges = [start, *(x for cut in cuts for x in cut), end]
    return [(a, b, k % 2 == 1) for k, (a, b) in enumerate(pairwise(edges)) if b > a]


def _pieces(line: str, hope_goes_on: bool = False) -> list[tuple[int, int, bool]]:
    """A line's items (split at ; · • |) as spans, each with whether it is a hope for the
    future; `hope_goes_on` when the line before ended inside one (a wrapped paragraph)."""
    out: list[tuple[int, int, bool]] = []
    for item in re.finditer(r"[^;·•|]+", line):
        if len(item.group().strip(_EDGE)) < MIN_CHARS and not (hope_goes_on and item.start() == 0):
            out.append((*item.span(), False))  # too short to hold a sentence or a plan
            continue
        # A paragraph is read a sentence at a time: a long one is close in meaning to anything.
        gaps = [g.span() for g in _SENTENCE_END.finditer(line, *item.span())]
        for start, end, gap in _segments(*item.span(), gaps):
            if gap:
                continue
            cut = [a.span() for a in _ASPIRATION.finditer(line, start, end)]
            if hope_goes_on and start == 0 and (m := _OPEN_HOPE.match(line, 0, end)) and m.end():
                cut = [(0, m.end()), *((a, b) for a, b in cut if a >= m.end())]
            out.extend(_segments(start, end, cut))
    return out


# Markdown emphasis and code marks, which a quoted line loses ("**Climbing Arborist** – …").
# A lone star stays where it is no pair of marks ("a 5* hotel").
_MARKUP = re.compile(r"\*\*|__|`")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")


def read_lines(text: str, limit: int | None = None, employers: Sequence[str] = ()) -> list[Unit]:
    """Résumé lines, long ones split into items and sentences, with their section; contact
    details left out; reading stops at `limit` of them. Offsets index `text`; a line's text
    is without Markdown marks, and the names of `employers` show no skill."""
    out: list[Unit] = []
    hope_goes_on, last_section = False, ""
    for section, line, start in _resume_sections(text):
        # A wrapped paragraph goes on in lower case ("into hospital pharmacy to build…").
        wrapped = hope_goes_on and section == last_section and line.lstrip()[:1].islower()
        pieces = _pieces(line, wrapped)
        # A hope that runs to the end of a line with no full stop goes on to the next one.
        hope_goes_on = bool(pieces) and pieces[-1][2] and not line.rstrip().endswith(_ENDS)
        last_section = section
        # A header line's pieces are read one by one: "07700 900254 | Full UK driving
        # licence, own car" shows the licence, and the phone number is dropped below.
        for a, b, hope in pieces:
            piece = line[a:b]
            # "Calm under pressure and [interested in…]": the joining word goes with the cut.
            words = _JOIN_AT_END.sub("", piece.strip(_EDGE))
            if len(words) < MIN_CHARS or _CONTACT.search(words):
                continue  # contact details are never evidence
            at = start + a + piece.index(words)
            # Marks come off before the edges, so a pair split by the edge is still a pair.
            shown = _JOIN_AT_END.sub("", _MARKUP.sub("", _ITALIC.sub(r"\1", piece)).strip(_EDGE))
            own = own_words(shown)
            skills = frozenset(h.name for h in find_skills(without_employers(own, employers)))
            out.append(
                Unit(shown, at, at + len(words), section, skills, word_stems(own), hope, own)
            )
            if len(out) == limit:
                return out
    return out


def resume_as_text(resume: ResumeProfile) -> str:
    """A plain text of the résumé's parts, for callers that no longer have the document."""
    lines = ["Experience"]
    for role in resume.roles:
        lines.append(
            f"{role.title}, {role.organisation or ''} {role.start or ''} - {role.end or ''}"
        )
        lines.extend(f"- {b}" for b in role.bullets)
    lines.append("Education")
    lines.extend(resume.education)
    lines.append("Certifications")
    lines.extend(resume.certifications)
    lines.append("Skills")
    lines.append(", ".join(resume.skills))
    return "\n".join(lines)
