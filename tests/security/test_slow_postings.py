"""Postings and résumés shaped to be slow: an ordinary long list in brackets is read, a
pasted list of thousands of requirements is cut to a posting's worth, and every face (the
command line too) reads the text in the limited worker."""

from __future__ import annotations

from pathlib import Path

from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.requirements import MAX_REQUIREMENTS
from interview_coach.questions.resume import resume_profile_from_text
from interview_coach.questions.safe_read import read_profiles_safely

from .conftest import cli

TOOLS = ", ".join(f"Tool{i}" for i in range(40))


def test_a_requirement_with_a_long_list_in_brackets_is_read_in_the_worker() -> None:
    """A bracket of many items followed by more words made the optional-clause pattern
    backtrack exponentially: 24 items took seconds and the whole posting was refused."""
    jd = (
        "Office Administrator\nHollins Dairy, Leeds\n\nRequirements\n"
        f"- Confident with office software ({TOOLS}) and strong written English\n"
        "- Experience of payroll software (desirable)\n"
        "- Experience with scheduling software (estate agency not essential)\n"
    )
    job, _ = read_profiles_safely(jd, None)
    assert job is not None
    kinds = [(r.text.split()[0], r.kind) for r in job.requirements]
    assert kinds == [("Confident", "required"), ("Experience", "nice_to_have"),
                     ("Experience", "required")]  # fmt: skip


def test_a_pasted_list_of_thousands_of_requirements_is_cut_to_a_postings_worth() -> None:
    bullets = "".join(f"- {i} years of experience with forklift model {i}\n" for i in range(2000))
    job = job_profile_from_text(f"Warehouse Operative\n\nRequirements\n{bullets}")
    assert len(job.requirements) == MAX_REQUIREMENTS
    assert job.requirements[0].text.startswith("0 years")
    assert job.requirements[-1].text.startswith(f"{MAX_REQUIREMENTS - 1} years")


def test_a_posting_without_requirements_costs_the_resume_nothing() -> None:
    """No requirement to match: no résumé line is embedded (a long résumé took seconds)."""
    calls: list[int] = []

    def embed(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        raise AssertionError("nothing should be embedded")

    job = job_profile_from_text("Warehouse Operative\nWe pick and pack for local shops.\n")
    cv_text = "Ann Lee\n\nExperience\n" + "".join(f"- Picked order {i}\n" for i in range(500))
    assert job.requirements == ()
    assert match_requirements(job, resume_profile_from_text(cv_text), cv_text, embed) == []
    assert calls == []


def test_the_command_line_reads_a_hostile_posting_in_the_worker(tmp_path: Path) -> None:
    """`prep` and `plan` once parsed in their own process: 60,000 digits held it for 15 s.
    Now they meet the same limits and the same message as the web app."""
    jd = tmp_path / "posting.txt"
    jd.write_text("1" * 59_000, encoding="utf-8")
    for command in ("prep", "plan"):
        result = cli(tmp_path / "home", command, "--job-description", str(jd))
        assert result.returncode != 0
        assert "took too long to read" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_line_of_thousands_of_pay_figures_is_read_in_the_worker() -> None:
    """Each dollar figure once read the whole posting again for a Canadian or Australian place
    (quadratic: 60,000 characters of "$1,000 " took over two minutes, so the posting was
    refused); the place is now read once per currency symbol, and rand figures ("R18 000")
    the same way."""
    for figures in ("$1,000 " * 8000, "R18 000 " * 7000):
        job, _ = read_profiles_safely(f"Warehouse Operative\nPay: {figures}\n", None)
        assert job is not None and job.salary is not None
        assert job.salary.currency in ("USD", "ZAR")
