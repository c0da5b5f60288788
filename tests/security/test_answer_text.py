"""An answer is checked before it is analysed: a run of letters longer than any English word
(a key held down, text glued together) is refused with a clear message, not scored."""

from __future__ import annotations

import pytest

from interview_coach.errors import InputError
from interview_coach.inputs import LONGEST_WORD, check_answer_text


def test_a_run_of_thirty_thousand_letters_is_not_an_answer() -> None:
    with pytest.raises(InputError, match="run of 30,000 letters with no space"):
        check_answer_text("a" * 30_000, 5_000)
    glued = "I managed the team " + "x" * (LONGEST_WORD + 1) + " and we met every deadline."
    with pytest.raises(InputError, match="longer than any English word"):
        check_answer_text(glued, 5_000)


def test_long_words_links_and_codes_in_an_answer_are_kept() -> None:
    answer = (
        "I fixed the pneumonoultramicroscopicsilicovolcanoconiosis entry in our glossary, "
        "linked https://example.org/a-very-long-path/with_segments_and-more-segments/index.html "
        "and raised JIRA-12345 for the rest."
    )
    assert check_answer_text(answer, 5_000) == answer
