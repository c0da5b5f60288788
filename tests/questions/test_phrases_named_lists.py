"""The skills a requirement names when it lists products or bodies: every name in the list,
titles kept whole, and amounts ("3–5 years", "12-hour") never read as skills."""

from __future__ import annotations

from interview_coach.questions.phrases import requirement_skills


def test_every_product_in_a_list_is_kept() -> None:
    got = requirement_skills("Experience with MicroDrainage, Causeway Flow or InfoDrainage")
    assert {"MicroDrainage", "Causeway Flow", "InfoDrainage"} <= set(got)
    got = requirement_skills("Knowledge of Reapit, Alto or Jupix")
    assert {"Reapit", "Alto", "Jupix"} <= set(got)


def test_bodies_written_with_slashes_are_each_a_name() -> None:
    got = requirement_skills("Qualified or finalist CIMA/ACCA/ACA")
    assert {"CIMA", "ACCA", "ACA"} <= set(got)


def test_an_example_list_after_eg_keeps_its_first_name() -> None:
    text = "Experience with a case management system (e.g. Proclaim, Osprey, LEAP)"
    got = requirement_skills(text)
    assert "Proclaim" in got
    assert not any(s.lower().startswith("e.g") for s in got)


def test_a_title_joined_by_of_or_for_stays_whole() -> None:
    got = requirement_skills("Knowledge of UK standards (DMRB, Manual for Streets)")
    assert "Manual for Streets" in got
    assert "Streets" not in got
    assert "Education" not in requirement_skills("Experience with Google Workspace for Education")


def test_amounts_and_prefixes_are_not_skills() -> None:
    for text in (
        "3–5 years of professional design experience",
        "Paediatric First Aid (full 12-hour) or willingness to complete it",
        "Minimum 2 years post-qualification experience in commercial maintenance",
    ):
        got = requirement_skills(text)
        assert not any(("hour" in s or "year" in s) for s in got), got
        assert not any(s.lower().startswith(("post-", "pre-")) for s in got), got


def test_the_kind_a_list_belongs_to_is_a_skill_too() -> None:
    assert "relational database" in requirement_skills(
        "Strong SQL and schemas in PostgreSQL or another relational database"
    )
    assert "cloud" in requirement_skills("Experience running services on AWS or a similar cloud")
