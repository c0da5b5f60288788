"""Digs by understatement, favours and meanness put on a boss, kit an employer patched up,
others set above the rules or baffled by a simple tool; blame as wrong work handed on, as the
trouble put on others "not us", and as "rather than anything in how I did it". Each sentence
is put into the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes


@pytest.mark.parametrize(
    "middle",
    [
        "The last practice weren't exactly fussy about backups, so nobody had tested ours.",
        "I had asked for a backup laptop from my old boss, who'd rather hire his nephews.",
        "The owner was so cheap he counted the printer paper, so we had one old laptop.",
        "The laptop we had was being held together with gaffer tape.",
        "Two of the locums think they're too senior for the paper list.",
        "Some of the older locums still think a tablet is witchcraft.",
        "We never used an outside IT firm, unlike some of the cowboys round here.",
        "I had three years' clean audits, which is more than most of the partners there could say.",
        "Only two of us knew the fallback, the rest could barely spell it.",
        "My manager he know nothing about computers, only about money.",
        "I want a practice with more professional people, so I handled it myself.",
    ],
)
def test_a_dig_by_understatement_favour_or_meanness(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I wasn't exactly quick at first, and I had no way to see their notes.",
        "We weren't exactly organised back then, and I had no way to see their notes.",
        "I held the old printer together with gaffer tape until the part came.",
    ],
)
def test_ones_own_slowness_or_a_repair_is_no_dig(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I was late in because Dave, my manager, put the wrong postcode on the rota.",
        "Patients queued, but that only happens because parents don't update their details, so "
        "it's really on them, not us.",
        "A few complaints came in, but mainly over the wait, rather than anything in how I "
        "handled it.",
    ],
)
def test_wrong_work_handed_on_or_the_trouble_put_on_others(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(STORY_Q, clinic_story(middle))


def test_wrong_work_of_ones_own_is_not_blame() -> None:
    own = "I was late in because I put the wrong postcode into the sat nav."
    assert "blame" not in codes(STORY_Q, clinic_story(own))
