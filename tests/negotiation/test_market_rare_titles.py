"""Rare titles: every word of a title in one occupation's name wins before a pattern for one
of its words ("Nurse Anesthetist" is not a registered nurse), and everyday titles the survey
names otherwise ("Arborist" is a tree trimmer, not a carpenter)."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.market import Market, open_market


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Market:
    return open_market(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Nurse Anesthetist", "291151"),
        ("Arborist", "373013"),
        ("Director of Nursing", "119111"),
        ("Dental Lab Technician", "519081"),
        ("Court Interpreter", "273091"),
        ("Registered Nurse", "291141"),  # unchanged beside them
    ],
)
def test_rare_titles_find_their_occupation(market: Market, title: str, code: str) -> None:
    found = market.occupation(title)
    assert found is not None and found.code == code, found
