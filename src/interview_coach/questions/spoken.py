"""A language asked for at a working level, and the résumé line that shows it."""

from __future__ import annotations

import re

from interview_coach.questions.resume_lines import Unit

# A language asked for at a working level ("Proficient in English", "Good spoken French"),
# and a résumé line that names it with a level ("English (fluent)", "French – C1", "native
# Spanish"). Most résumés never name English: only a line that does can show it.
_LANGUAGES = (
    r"english|french|spanish|german|italian|portuguese|dutch|polish|arabic|mandarin|cantonese|"
    r"hindi|urdu|punjabi|tamil|malay|japanese|korean|russian|welsh|irish|gaelic"
)
_LANGUAGE_ASKED = re.compile(
    rf"^\W*(?:(?:proficient|fluent|fluency|good|excellent|strong|native|business|working|"
    rf"written|spoken|and|or|in|level|professional)[\s,]+)+(?:{_LANGUAGES})\b[\w\s,]{{0,25}}$",
    re.I,
)
_LANGUAGE_LEVEL = re.compile(
    r"\b(?:fluent|fluency|native|mother tongue|first language|bilingual|proficient|"
    r"[bc][12]\b|advanced|full professional)",
    re.I,
)


def language_shown(requirement: str, units: list[Unit]) -> Unit | None:
    """For a requirement that asks for a language at a working level, the résumé line that
    names it at one ("English (fluent)"); None for any other requirement or line."""
    asked = _LANGUAGE_ASKED.match(requirement.strip())
    if not asked:
        return None
    name = re.search(_LANGUAGES, requirement, re.I)
    if name is None:
        return None
    level_of = re.compile(
        rf"\b{name.group(0)}\b\W{{0,3}}(?:\(|[-–—:]\s*)?\s*(?:[\w-]+\s+){{0,1}}?"
        rf"{_LANGUAGE_LEVEL.pattern}|{_LANGUAGE_LEVEL.pattern}\s+{name.group(0)}\b",
        re.I,
    )
    return next((u for u in units if level_of.search(u.text) and not u.hope), None)
