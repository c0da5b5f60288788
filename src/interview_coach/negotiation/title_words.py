"""The words of a job title, for finding its occupation (`market.Market.occupation`): the job
in a title without its employer, grade or shift, titles as singular words, and our own list
of everyday titles whose survey names differ (`titles.tsv`)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# Words that say how senior or which shift, not what the job is.
NOT_THE_JOB = re.compile(
    r"\b(senior|sr|junior|jr|trainee|apprentice|intern|graduate|entry[- ]level|mid[- ]level|"
    r"i{1,3}|iv|[1-4]|level \d|"
    r"nights?|days?|weekends?|part[- ]time|full[- ]time|remote|hybrid|contract|temp)\b",
    re.IGNORECASE,
)


# A licence or grade in a title ("HGV Class 1 Driver", "C+E", "Nurse Band 5", "Analyst II"):
# tried without them before a title is given up, as they say which grade, not which job.
GRADE = re.compile(
    r"(?<![\w+])(?:(?:class|band|grade|level|tier|cat(?:egory)?)\s*\d+[a-z]?|[a-d]\d?\+e|"
    r"[ivx]{1,4}(?=\W*$))(?![\w+])",
    re.IGNORECASE,
)

MANAGER = re.compile(r"\b(manager|director|head of|vp|vice president|chief)\b", re.IGNORECASE)


def clean_title(title: str) -> str:
    """The job in a title: brackets, employer suffixes, grades and shifts removed."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", title)
    text = re.split(r"\s[-–|@]\s|,|\bat\b", text)[0]
    return " ".join(text.split())


def singular(word: str) -> str:
    """ "nurses" -> "nurse", "secretaries" -> "secretary", "glass" stays."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def title_words(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def phrase(text: str) -> tuple[str, ...]:
    """A title as lower-case singular words ("A&E Nurses" -> ("a&e", "nurse"))."""
    return tuple(singular(w) for w in re.findall(r"[a-z0-9&]+", text.lower()))


@cache
def title_list() -> dict[tuple[str, ...], str]:
    """Everyday titles and the occupation each most often means (`titles.tsv`, written for
    this project): "kitchen porter", "HGV driver", "SDR", "solicitor"."""
    rows = resources.files("interview_coach.negotiation").joinpath("titles.tsv")
    out: dict[tuple[str, ...], str] = {}
    for line in rows.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            title, code = line.split("\t")[:2]
            out[phrase(title)] = code
    return out


def listed_inside(words: tuple[str, ...]) -> str | None:
    """The longest listed title of two words or more inside a longer title: one word inside
    a longer title is often another job ("benefits administrator" is not an administrative
    assistant)."""
    listed = title_list()
    for n in range(len(words) - 1, 1, -1):
        for i in range(len(words) - n + 1):
            if (code := listed.get(words[i : i + n])) is not None:
                return code
    return None
