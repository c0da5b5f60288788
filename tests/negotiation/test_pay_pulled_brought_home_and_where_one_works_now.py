"""Current pay in more of the words people use: "pullin' about 1,100 a week", "right now,
bringing home about 1,900 every two weeks", "now I work at the Harley shop, 24 dollar one
hour"; and a workplace named without pay is no disclosure. Checked on the `negotiate`
contract with a market object."""

from __future__ import annotations

import pytest

from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Machinists", "51-4041", "Louisville, KY", (40000.0, 48000.0, 58000.0, 68000.0, 78000.0)
)
SCRIPT = dict(role="Machinist", style="firm", seed=11, target=66000, walk_away=60000)
COUNTER = "Thank you. I hold tolerance to two tenths, so I'd ask for 66."
CLOSE = "Great, please send it over in writing."


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    "opening",
    [
        "Look, I was pullin' about 1,100 a week at my last outfit. I want 66.",
        "I'm at the shop in town right now, bringing home about 1,900 every two weeks. I want 66.",
        "Now I work at the Harley shop, 24 dollar one hour. I want 66 thousand.",
    ],
)
def test_pay_pulled_brought_home_or_beside_the_workplace_now(opening: str) -> None:
    assert "disclosed_current_salary" in _mistakes([opening, COUNTER, CLOSE])


def test_the_workplace_now_without_pay_is_no_disclosure() -> None:
    opening = "Now I work at the Harley shop. I'm looking for 66 thousand for this job."
    assert "disclosed_current_salary" not in _mistakes([opening, COUNTER, CLOSE])
