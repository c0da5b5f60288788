"""A second look at a requirement's evidence, as a recruiter reads the line quoted: the line
that names the requirement's own words, a certificate too old to be the current one asked
for, an awareness course where understanding is asked, a qualification below the one named,
and closeness of meaning that comes only from the trade's own name."""

from __future__ import annotations

import re
from datetime import date

from interview_coach.questions.gazetteer import load_gazetteer
from interview_coach.questions.match_words import aqf_rank
from interview_coach.questions.resume_lines import Unit, word_stems

Best = tuple[float, Unit, str]

# Words by which a résumé line names a credential.
CREDENTIAL_NAMED = re.compile(
    r"\b(?:degree|qualifications?|qualified|certificate|certification|certified|diploma|"
    r"licen[cs]e|member|membership|registered|registration|chartered|accredited|award|"
    r"nvq|btec|hnd|hnc|bsc|ba|msc|ma|mba|phd|bachelor'?s?|master'?s?|pin|card|belt|"
    r"level\s*\d)\b",
    re.I,
)


def work_quoted_instead(line: Unit | None, status: str, reason: str, work: set[Unit]) -> bool:
    """For a personal quality shown weakly, or only in meaning, by `line`: True when the line
    is no work (a date, a role's head, a card, a list, a degree's title), so the nearest
    `work` line is quoted; a dissertation or a module under education shows a quality."""
    if line is None or line in work or not (status == "weak" or reason.endswith("in meaning")):
        return False
    return line.section != "education" or bool(CREDENTIAL_NAMED.search(line.text))


# A line must name this many more of a requirement's own words than the line first chosen to
# be quoted in its place: one word more is often the trade's own ("dispensing").
MORE_OWN_WORDS = 2
# Sections whose lines show what the candidate did or holds, and so may be quoted.
QUOTABLE = frozenset({"experience", "summary", "projects", "other", "education", "certifications"})


def own_words_line(
    best: Best | None, units: list[Unit], stems: frozenset[str], share: float, covered: float
) -> Best | None:
    """The line to quote for a requirement that `best` shows (scored `covered` or more): one
    naming `share` of the requirement's own words and more of them ("Dispense varifocals and
    high-index lenses") over a summary sentence that names only the skill ("…dispensing
    complex prescriptions…")."""
    if best is None or best[0] < covered or not stems:
        return best
    have = len(stems & best[1].stems)
    line = max(
        (u for u in units if u.section in QUOTABLE and not u.hope),
        key=lambda u: len(stems & u.stems),
        default=None,
    )
    said = len(stems & line.stems) if line else 0
    if line is None or said < have + MORE_OWN_WORDS or said / len(stems) < share:
        return best
    if line.section == "summary" and best[1].section != "summary":
        return best  # what was done is quoted over how the candidate sums themselves up
    return best[0], line, "the same words"


# A requirement for a certificate or ticket held now, not once ("a current first aid
# certificate", "valid CSCS card", "in-date aerial rescue").
_CURRENT_ASKED = re.compile(r"\b(?:current|valid|in[\s-]date|up[\s-]to[\s-]date|in force)\b", re.I)
_RENEWED_THING = re.compile(
    r"\b(?:certificate|certification|ticket|card|training|course|first aid|cpr|refresher)s?\b",
    re.I,
)
# Held for good once gained, renewed without a new date on the line: a registration or a
# membership carries the year it began.
_STANDING = re.compile(r"\b(?:regist\w+|member\w*|licen[cs]\w+|chartered|degree)\b", re.I)
# Most safety and first-aid tickets are renewed within three years (first aid at work every
# three, CPR and aerial rescue every one or two): a ticket dated further back is not current.
CURRENT_YEARS = 3
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def out_of_date(requirement: str, line: str, today: date | None = None) -> int | None:
    """The year of a ticket on `line` too old to be the current one `requirement` asks for;
    None when none is asked, or the line gives a later year (an expiry, a refresher)."""
    if not (_CURRENT_ASKED.search(requirement) and _RENEWED_THING.search(requirement)):
        return None
    if _STANDING.search(line) or _STANDING.search(requirement):
        return None
    years = [int(y) for y in _YEAR.findall(line)]
    now = (today or date.today()).year
    return max(years) if years and max(years) < now - CURRENT_YEARS else None


# Understanding asked at depth ("a strong understanding of AS 4373", "sound knowledge of"),
# which an awareness course does not give: awareness is its first step.
_DEPTH_ASKED = re.compile(
    r"\b(?:strong|thorough|sound|in[\s-]depth|detailed|good|solid|excellent|comprehensive|"
    r"expert|working|full)\s+(?:understanding|knowledge|grasp)\b",
    re.I,
)
_AWARENESS = re.compile(r"\bawareness\b", re.I)


def awareness_only(requirement: str, line: str) -> bool:
    """The line shows an awareness course where the requirement asks for understanding."""
    asked = _DEPTH_ASKED.search(requirement) and not _AWARENESS.search(requirement)
    return bool(asked) and bool(_AWARENESS.search(line))


def lower_qualification(requirement: str, line: str) -> bool:
    """The requirement names a qualification of the framework ladder (Certificate I–IV,
    Diploma, Advanced Diploma) and the line holds only a lower one: a Certificate III is a
    different qualification from a Diploma, not a Diploma at a lower grade."""
    asked, held = aqf_rank(requirement), aqf_rank(line)
    return bool(asked and held) and max(held) < min(asked)


def trade_words_only(requirement: str, line: Unit, title: str | None) -> bool:
    """A summary sentence close in meaning to the requirement only through the words of the
    job's own title: "funeral director with eight years supporting families" is near
    "pre-paid funeral plans" because both say funeral, yet never names the plans. A personal
    quality is left alone: the work shows it without naming it."""
    if line.section != "summary" or load_gazetteer().soft.find(requirement):
        return False
    stems, trade = word_stems(requirement), word_stems(title or "")
    shared = stems & line.stems
    return bool(shared) and shared <= trade and bool(stems - trade)


def second_look(
    requirement: str,
    status: str,
    line: Unit | None,
    why: str,
    title: str | None,
) -> tuple[str, str, bool] | None:
    """(status, reason, keep the evidence) where the quoted line shows less than it seemed;
    None where it shows what it seemed to."""
    if line is None or status == "missing":
        return None
    if lower_qualification(requirement, line.text):
        return "missing", "a lower qualification than the one asked for", False
    if status != "covered":
        return None
    if (year := out_of_date(requirement, line.text)) is not None:
        return "weak", f"dated {year}: a current one is asked for", True
    if awareness_only(requirement, line.text):
        return "weak", "an awareness course, not the understanding asked for", True
    if why == "close in meaning" and trade_words_only(requirement, line, title):
        return "weak", "related, through the trade's own words only", True
    return None
