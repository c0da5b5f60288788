"""A before and after in two units of time is one measure, and nothing left is a result."""

from __future__ import annotations

import pytest

from interview_coach.questions.claims import claims_of


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cut month-end close from 3 weeks to 4 days", ("4 days", "3 weeks", "-17 days")),
        ("Brought page load from 2 s to 400 ms", ("400 ms", "2 s", "-1,600 ms")),
        ("Turnaround went from 90 minutes to 2 hours", ("2 hours", "90 minutes", "+0.5 hours")),
        ("Needle-stick injuries on my ward down to zero in 2023", ("zero", None, None)),
        ("Three winters with zero missed gritting runs", ("zero missed gritting runs", None, None)),
        # Units that are not one measure keep no change.
        ("Moved from 3 sites to 40 staff", ("40 staff", "3 sites", None)),
    ],
)
def test_claims(line: str, expected: tuple[str | None, str | None, str | None]) -> None:
    [claim] = claims_of(line)
    assert (claim.result, claim.baseline, claim.change) == expected
