"""The preparation sheet says only what it knows: a median where there is one, shares or
options where a company grants them."""

from __future__ import annotations

from interview_coach.negotiation.prep import prep_sheet


def test_the_opening_line_quotes_a_median_only_when_there_is_one() -> None:
    abroad = prep_sheet("Pharmacy technician", None, target=36_000, currency="GBP")
    assert "median" not in abroad.opening_line and "market rate" not in abroad.opening_line
    assert "£38,000" in abroad.opening_line
    market = {"period": "year", "median": 41_000, "p25": 35_000, "p75": 47_000, "area": "Ohio"}
    home = prep_sheet("Pharmacy technician", market, target=45_000)
    assert "(a median around $41,000)" in home.opening_line
    # Shares or options are a lever only where a company grants them.
    equity = dict(home.priorities)["Equity"]
    assert equity.startswith("Where the company grants shares or options")
