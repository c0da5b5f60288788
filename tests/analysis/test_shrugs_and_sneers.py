"""A failure shrugged off or handed to someone who dropped it, and people mocked by a joke or
a label: each checked inside the same story, beside plain wording that must stay quiet."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE = "Tell me about a time you made a mistake at work."
STORY = "Tell me about a time you handled a busy service."

RECALL = (
    "Two winters ago I ran the dispatch desk for a bakery that delivered to forty cafés. One "
    "Monday a whole van of orders went out with last week's labels. {middle} I rang every café "
    "on the route before nine, we swapped the crates by eleven, and nobody lost a sale. Since "
    "then the labels are printed from the day's order sheet and I check the first crate."
)


@pytest.mark.parametrize(
    "middle",
    [
        "The night baker was meant to print the new labels and just never did it.",
        "Mostly it was the agency, because they sent a driver who had never seen the route.",
        "The floor should've double-checked the labels before the van left.",
        "The van was loaded by then, so there wasn't a whole lot I could do.",
        "The owner said ship it anyway, and what can you do, he's the boss.",
        "Nobody had passed the new price list on to me, so the old labels went out.",
        "The office usually hasn't bothered to send the sheet before six.",
    ],
)
def test_a_mistake_shrugged_off_or_handed_on_is_blame(middle: str) -> None:
    assert "blame" in codes(MISTAKE, RECALL.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I was meant to print the new labels and I never did, which was on me.",
        "Mostly it was the rush, and I had skipped my check of the first crate.",
        "I should've double-checked the labels before the van left.",
        "There was a lot I could do, and the first thing was to stop the second van.",
    ],
)
def test_a_mistake_owned_stays_clear(middle: str) -> None:
    assert "blame" not in codes(MISTAKE, RECALL.format(middle=middle))


SERVICE = (
    "On a Friday night the kitchen had sixty covers booked and the dishwasher broke at seven. "
    "{middle} I moved one commis onto washing by hand, cut the menu to six dishes, and every "
    "table was served within forty minutes. Since then we keep a spare pump on the shelf."
)


@pytest.mark.parametrize(
    "middle",
    [
        "The agency had sent a pair of absolute muppets who had never held a knife.",
        "The fitters who did our machine last month were real cowboys.",
        "Our area manager, who hasn't cooked a meal in his life, wanted the menu kept.",
        "The owner, who watched one video and thinks he's an expert chef, hovered.",
        "The new rota was about as much use as a chocolate teapot.",
        "Most customers couldn't tell a jus from a gravy, so we kept it simple.",
        "The head office promised two more staff that never came. Typical.",
        "My old restaurant was about as well run as you'd expect.",
    ],
)
def test_people_mocked_by_a_joke_or_a_label_is_disparaging(middle: str) -> None:
    assert "disparaging" in codes(STORY, SERVICE.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        "The agency had sent a pair of students on their first service.",
        "Our area manager, who has cooked for twenty years, suggested cutting the menu.",
        "The sous chef thinks ahead, so the prep was already done.",
        "The new rota was a big help, since it put two of us on at six.",
        "Most customers could tell we were busy and waited kindly.",
        "It was typical for a Friday, so we had the spare plates ready.",
    ],
)
def test_plain_accounts_of_people_stay_clear(middle: str) -> None:
    assert "disparaging" not in codes(STORY, SERVICE.format(middle=middle))
