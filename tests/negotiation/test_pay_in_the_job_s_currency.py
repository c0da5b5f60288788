"""A job paid in another currency is negotiated in it: the preparation sheet, the recruiter's
lines and the outcome say its symbol, and US-only benefits are not offered to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.negotiation.money import money
from interview_coach.negotiation.prep import markdown, prep_sheet
from interview_coach.negotiation.session import negotiate
from interview_coach.reports.negotiation import deal_line

JD = """HGV Class 1 Driver – Nights
Northern Freight Ltd, Doncaster DN4
Salary: £38,000 – £42,000 per year plus overtime

We are looking for an experienced Class 1 (C+E) driver to join our night trunking team.
Benefits: 28 days holiday, pension, modern fleet.
"""
LINES = [
    "I'm looking for 41,000 because of my ADR and seven years of trunking.",
    "Could you do 42,000? I'd also like a signing bonus.",
    "I accept.",
]


def test_sums_are_written_in_their_currency() -> None:
    assert money(41_500) == "$41,500"
    assert money(41_500, "GBP") == "£41,500"
    assert money(19.75, "EUR", cents=True) == "€19.75"
    assert money(41_500, "CHF") == "CHF 41,500"
    assert money(41_500, None) == "41,500"


def test_a_negotiation_in_pounds_says_pounds_throughout() -> None:
    script = {"role": "HGV driver", "seed": 1, "median": 40_000, "currency": "GBP",
              "candidate": LINES}  # fmt: skip
    result = negotiate(script, None)
    recruiter = " ".join(str(t["text"]) for t in result["turns"] if t["speaker"] == "counterpart")
    assert "£" in recruiter and "$" not in recruiter
    assert result["outcome"]["currency"] == "GBP" and result["outcome"]["agreed"] is True
    assert deal_line(result).startswith(f"Deal: £{result['outcome']['base']:,.0f} base")
    dollars = negotiate({**script, "currency": None}, None)
    assert "$" in deal_line(dollars) and "£" not in deal_line(dollars)


def test_the_preparation_sheet_abroad_has_no_us_benefits() -> None:
    uk = markdown(prep_sheet("HGV driver", None, target=42_000, currency="GBP"))
    assert "£42,000" in uk and "$" not in uk
    assert "401(k)" not in uk and "pension" in uk
    us = markdown(prep_sheet("Truck driver", None, target=62_000))
    assert "$62,000" in us and "401(k)" in us


def test_the_command_reads_the_currency_from_the_job_description(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    jd = tmp_path / "hgv_jd.txt"
    jd.write_text(JD, encoding="utf-8")
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        prep = CliRunner().invoke(main, ["negotiate", "-j", str(jd), "--prep"])
        assert prep.exit_code == 0, prep.output
        assert "£[your figure]" in prep.output and "$" not in prep.output
        assert "401(k)" not in prep.output
        talk = CliRunner().invoke(
            main, ["negotiate", "-j", str(jd), "--seed", "1"], input="\n\n".join(LINES) + "\n\n"
        )
        assert talk.exit_code == 0, talk.output
        assert "Deal: £" in talk.output and "$" not in talk.output
    finally:
        get_settings.cache_clear()


def test_a_place_abroad_is_told_by_its_reason_not_its_wording(tmp_path: Path) -> None:
    from interview_coach.negotiation.basis import NoFigures, basis_for
    from interview_coach.negotiation.market import open_market

    survey = open_market(tmp_path / "home")
    abroad = basis_for(survey, "Registered nurse", "Manchester, UK")
    assert (abroad.market, abroad.currency, abroad.missing) == (None, "GBP", NoFigures.ABROAD)
    # Abroad whatever the job: a title the survey lacks is not talked about in dollars.
    unknown = basis_for(survey, "Chief Happiness Officer", "Dublin, Ireland")
    assert (unknown.currency, unknown.missing) == ("EUR", NoFigures.ABROAD)
    # A region that spans currencies has none; dollars named for a job abroad stay dollars.
    assert basis_for(survey, "Registered nurse", "Remote (EMEA)").currency is None
    assert basis_for(survey, "Registered nurse", "Toronto, Canada", "USD").currency == "USD"
    assert basis_for(survey, "Chief Happiness Officer", "Austin, TX").currency == "USD"
    named = basis_for(survey, "Registered nurse", "Manchester, UK", "gbp")
    assert (named.currency, named.missing) == ("GBP", NoFigures.OTHER_CURRENCY)
    home = basis_for(survey, "Registered nurse", "Austin, TX", "USD")
    assert home.market is not None and home.currency == "USD" and home.missing is None


def test_the_command_abroad_writes_sums_in_the_place_s_currency(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    where = ["--role", "Registered nurse", "--location", "Manchester, UK", "--seed", "1"]
    try:
        prep = CliRunner().invoke(main, ["negotiate", *where, "--prep"])
        assert prep.exit_code == 0, prep.output
        assert "[your figure]" in prep.output and "$" not in prep.output
        assert "401(k)" not in prep.output
        talk = CliRunner().invoke(
            main, ["negotiate", *where, "--target", "40000"], input="\n\n".join(LINES) + "\n\n"
        )
        assert talk.exit_code == 0, talk.output
        assert "(No market figures: Manchester, UK is outside the United States" in talk.output
        assert re.search(r"Deal: £\d{2},\d{3} base", talk.output) and "$" not in talk.output
    finally:
        get_settings.cache_clear()


def test_advice_and_bounds_are_in_the_job_s_currency() -> None:
    from interview_coach.errors import InputError

    weak = ["Sorry, I'm on 30,000 now, so 31,000 would be fine.", "Sure, I accept!"]
    script = {"role": "HGV driver", "seed": 1, "median": 40_000, "candidate": weak}
    pounds = negotiate({**script, "currency": "GBP"}, None)
    said = " ".join(m["message"] for m in pounds["mistakes"])
    assert "market range is £X to £Y" in said and "$" not in said
    dollars = negotiate(script, None)
    assert "market range is $X to $Y" in " ".join(m["message"] for m in dollars["mistakes"])
    with pytest.raises(InputError, match="between £1,000 and £10,000,000"):
        negotiate({**script, "currency": "GBP", "target": 5}, None)
