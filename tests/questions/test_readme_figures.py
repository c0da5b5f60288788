"""The question bank's size as the README and docs/questions.md state it, read from the text,
against the bank itself: adding questions without updating the figures fails here."""

from __future__ import annotations

import re
from pathlib import Path

from interview_coach.questions.bank import load_bank

ROOT = Path(__file__).parents[2]
README_FIGURES = re.compile(
    r"a bank of (\d+) questions across (\d+) categories and (\d+) job families"
)


def test_the_readme_states_the_bank_as_it_is() -> None:
    text = " ".join(ROOT.joinpath("README.md").read_text(encoding="utf-8").split())
    found = README_FIGURES.search(text)
    assert found, "README.md no longer states the bank's size in the expected words"
    bank = load_bank()
    stated = tuple(int(n) for n in found.groups())
    assert stated == (len(bank), len(bank.categories()), len(bank.job_families()))


def test_the_question_docs_lower_bound_holds() -> None:
    text = " ".join(ROOT.joinpath("docs/questions.md").read_text(encoding="utf-8").split())
    found = re.search(r"more than (\d+) of them", text)
    assert found, "docs/questions.md no longer states a lower bound in the expected words"
    assert len(load_bank()) > int(found.group(1))
