"""Each skill has one home in `skills.yaml`: one entry per name, and each alias leads to one
skill. (An alias listed under two skills went to whichever came first, so "right to work"
read as the recruiter's right-to-work checks, and "British citizen" never met it.)"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

from interview_coach.questions import yaml_text
from interview_coach.questions.gazetteer import _key, find_skills


def _raw() -> tuple[str, dict]:
    text = resources.files("interview_coach.questions").joinpath("skills.yaml").read_text("utf-8")
    return text, yaml_text.load(text)


def test_each_skill_name_is_defined_once() -> None:
    text, _ = _raw()
    text = text.split("\nsoft_skills:")[0]  # soft skills are matched on their own
    names = re.findall(r"^  \"?([^\"#\n:][^\":\n]*)\"?:", text, re.M)
    seen: dict[str, int] = defaultdict(int)
    for name in names:
        seen[name] += 1
    assert {n: c for n, c in seen.items() if c > 1} == {}


def test_each_alias_leads_to_one_skill() -> None:
    _, raw = _raw()
    raw.pop("related")
    raw.pop("soft_skills")
    owners: dict[str, set[str]] = defaultdict(set)
    for skills in raw.values():
        for name, aliases in skills.items():
            plain = [str(a) for a in aliases or [] if not str(a).startswith(("re:", "="))]
            for alias in [str(name), *plain]:
                owners[_key(alias, True)].add(str(name))
    shared = {a: sorted(n) for a, n in owners.items() if len(n) > 1}
    assert shared == {}


def test_a_skill_is_met_by_its_own_name() -> None:
    for text, name in (
        ("retail sales", "Retail sales"),
        ("cash handling", "Cash handling"),
        ("right to work", "Right to work"),
        ("British citizen", "Right to work"),
        ("right to work checks", "Right to work checks"),
        ("invoice processing", "Invoice processing"),
    ):
        assert [h.name for h in find_skills(text)] == [name], text
