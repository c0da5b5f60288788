"""Job families, read from their one data file (`families.yaml`).

The bank schema's `job_family` vocabulary, the CLI and web choices, the gazetteer's area →
family map, the family guess from a job title and the plan's default competencies all come
from here, so adding a family is one entry in the YAML file plus its role questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from interview_coach.questions import yaml_text


@dataclass(frozen=True)
class Family:
    """One job family and what the rest of the project needs to know about it."""

    name: str
    label: str
    titles: re.Pattern[str]  # matched against a job title, case-insensitive
    skill_areas: tuple[str, ...]
    competencies: tuple[str, ...]
    audience: tuple[str, str]  # (words that suit it, words that suit another family)
    anywhere: bool = False  # every kind of workplace has it: a venue decides the family
    venues: re.Pattern[str] | None = None  # employers' names that make such work this family's


def _pattern(raw: str) -> re.Pattern[str]:
    # Folded YAML joins lines with a space; a space after an alternation bar is layout only.
    return re.compile(re.sub(r"\|\s+", "|", raw.strip()), re.I)


@cache
def load_families() -> tuple[Family, ...]:
    """Every family, in the file's order (the order titles are tried in)."""
    raw = yaml_text.load(
        resources.files("interview_coach.questions").joinpath("families.yaml").read_text("utf-8")
    )
    out = []
    for name, entry in raw["families"].items():
        audience = entry.get("audience") or {}
        out.append(
            Family(
                name=str(name),
                label=str(entry["label"]),
                titles=_pattern(str(entry["titles"])),
                skill_areas=tuple(entry.get("skill_areas") or ()),
                competencies=tuple(entry["competencies"]),
                audience=(str(audience.get("good", "")), str(audience.get("bad", ""))),
                anywhere=bool(entry.get("anywhere")),
                venues=_pattern(str(entry["venues"])) if entry.get("venues") else None,
            )
        )
    return tuple(out)


def family_names() -> tuple[str, ...]:
    """The family vocabulary, in file order."""
    return tuple(f.name for f in load_families())


def family(name: str) -> Family | None:
    """The family called `name`, if there is one."""
    return next((f for f in load_families() if f.name == name), None)


def family_for_title(title: str | None, employer: str | None = None) -> str | None:
    """The first family whose title pattern matches `title`; for work every workplace has
    (a receptionist), the family whose venue the employer names ("… Hotel"), if any."""
    if not title:
        return None
    found = next((f for f in load_families() if f.titles.search(title)), None)
    if found is not None and found.anywhere and employer:
        venue = next((f for f in load_families() if f.venues and f.venues.search(employer)), None)
        return (venue or found).name
    return found.name if found else None


def area_families() -> dict[str, str]:
    """Gazetteer area -> the family its skills point to."""
    return {area: f.name for f in load_families() for area in f.skill_areas}
