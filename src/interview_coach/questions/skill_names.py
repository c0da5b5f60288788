"""A skill's name as a sentence writes it, read from how the posting writes it."""

from __future__ import annotations

import re

from interview_coach.types import JobProfile


def written(skill: str, job: JobProfile) -> set[str]:
    """How the posting's requirements write `skill`: "name" where a capital sits inside it or
    starts it mid-line ("experience of Sage 50"), "word" where it is all in lower case."""
    ways: set[str] = set()
    for req in job.requirements:
        for m in re.finditer(rf"(?<![\w-]){re.escape(skill)}(?![\w-])", req.text, re.I):
            said = m.group(0)
            if said[1:] != said[1:].lower() or (m.start() > 0 and said[:1].isupper()):
                ways.add("name")
            elif said == said.lower():
                ways.add("word")
    return ways


def skill_in_sentence(skill: str, job: JobProfile | None) -> str:
    """A skill's name as it reads mid-sentence: "medicines reconciliation" for the gazetteer's
    "Medicines reconciliation". Letters ("GPhC registration"), a name with capitals beyond its
    first letter ("Microsoft Project") and one the posting writes as a name keep their
    capitals; a one-word name ("Payroll", "Jira") loses its capital only where the posting
    writes it in lower case, since a product's name looks like any other word."""
    first = skill.split(" ", 1)[0]
    if not first[:1].isupper() or (len(first) > 1 and first.isupper()):
        return skill
    if skill[1:] != skill[1:].lower():
        return skill
    ways = written(skill, job) if job else set()
    if "name" in ways or (" " not in skill and "word" not in ways):
        return skill
    return skill[:1].lower() + skill[1:]
