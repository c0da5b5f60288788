"""The skills a requirement names are names: nothing said about them, nothing waived."""

from __future__ import annotations

import pytest

from interview_coach.questions.phrases import requirement_skills


@pytest.mark.parametrize(
    ("requirement", "expected"),
    [
        # What is said about a skill is not part of its name.
        ("Vectorworks certificate preferred", ("Vectorworks",)),
        ("Knowledge of drystone walling would be great", ("drystone walling",)),
        ("Willing to travel; driving preferred", ("travel", "driving")),
        # A grade is a level, not a skill: no C language, no "above".
        ("GCSE Maths at grade C/4 or above", ("Secondary education",)),
        # A gerund with an object names the object.
        ("Experience managing a community garden budget", ("community garden budget",)),
        # A trade named after "in" or in a list is a thing, though it ends in -ing.
        ("Experience in roofing or tiling", ("roofing", "tiling")),
        # A gerund going on with its complement is an activity, and praise is no skill.
        ("Experience in roofing and working with scaffolders", ("roofing", "scaffolders")),
        ("Confident on the phone and great with people", ("phone",)),
        # Being organised is organisation, not prioritising.
        ("Highly organised, with a tidy workshop", ("Organisation", "tidy workshop")),
        # Availability for weekends is flexibility.
        ("Happy to work weekends", ("Adaptability",)),
        # The times listed are when the work is done, not skills; a car of one's own is one.
        ("Happy to work evenings, weekends and bank holidays", ("Adaptability",)),
        ("Open availability, including nights and weekends", ("Adaptability",)),
        ("Full flexibility to work weekends and late-night trading in December", ("Adaptability",)),
        ("Full UK driving licence and your own car", ("Driving licence", "Own transport")),
        ("Clear written English", ("Communication",)),
        # A product in camel case beside a known skill is named too.
        ("Experience with iTrent or Sage payroll", ("Sage", "Payroll", "iTrent")),
        # The market a product sells in is not selling; a tool's name is its own trade.
        ("Product management on a B2B SaaS product", ("Product management",)),
        ("Proven B2B sales experience", ("B2B sales",)),
        ("B2B SaaS sales experience", ("B2B sales", "SaaS sales")),
        ("Proficient in AutoCAD Civil 3D", ("CAD",)),
        ("Advanced Excel (pivot tables, Power Query)", ("Microsoft Excel", "Power Query")),
        ("A CAM package such as Fusion 360 or Mastercam", ("CAM programming", "Fusion 360")),
        ("Reading drawings with geometric tolerancing", ("Technical drawings", "GD&T")),
    ],
)
def test_a_requirement_names_its_skills(requirement: str, expected: tuple[str, ...]) -> None:
    assert requirement_skills(requirement) == expected


@pytest.mark.parametrize(
    "requirement",
    [
        "Fluent French; German is not required",
        "Fluent French, but German is not needed",
    ],
)
def test_a_waived_skill_is_not_named(requirement: str) -> None:
    skills = requirement_skills(requirement)
    assert "French" in skills
    assert "German" not in skills


@pytest.mark.parametrize(
    "requirement",
    [
        "Comfortable turning their notes into plans",
        "You know how a busy kitchen works",
        "Able to explain what it shows",
        "Leading and developing a team",
    ],
)
def test_a_clause_is_not_a_skill_name(requirement: str) -> None:
    for skill in requirement_skills(requirement):
        words = set(skill.lower().split())
        assert not words & {"their", "it", "you", "how", "shows", "works", "team"}, skill


def test_the_it_field_is_not_the_pronoun_it() -> None:
    assert "IT estates" in requirement_skills("Background in IT estates for a charity")
