"""Market pay from the bundled BLS survey: the real database, unpacked into a temporary data
folder; titles and places as adverts write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.negotiation.market import DATABASE, Market, open_market, unpack
from interview_coach.negotiation.places import NATIONAL


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Market:
    return open_market(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Assistant Store Manager", "411011"),  # the title table: few shared words
        ("Full Stack Developer (React)", "151252"),
        ("Registered Nurse - ICU Nights", "291141"),
        ("Veterinary Technician", "292056"),  # every word in the survey's name
        ("Chief Executive", "111011"),
        ("Actuary", "152011"),  # by meaning: "Actuaries"
    ],
)
def test_titles_find_their_occupation(market: Market, title: str, code: str) -> None:
    found = market.occupation(title)
    assert found is not None and found.code == code, found


def test_a_title_with_no_close_occupation_says_so(market: Market) -> None:
    assert market.occupation("Chief Happiness Officer") is None
    assert market.occupation("   ") is None


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("Austin, TX 78701", "Austin-Round Rock-San Marcos, TX"),
        ("Round Rock, TX", "Austin-Round Rock-San Marcos, TX"),  # a town inside the metro
        ("Hybrid - Seattle, WA", "Seattle-Tacoma-Bellevue, WA"),
        ("New York, NY 10001", "New York-Newark-Jersey City, NY-NJ"),
        ("New York", "New York"),  # the state alone
        ("Ohio", "Ohio"),
        ("Remote (US)", "United States"),
        ("", "United States"),
    ],
)
def test_places_find_their_area(market: Market, place: str, name: str) -> None:
    area = market.area(place)
    assert area is not None and area.name == name


def test_places_abroad_have_no_us_pay(market: Market) -> None:
    assert market.area("London, UK") is None
    assert market.area("Toronto, Canada") is None


def test_pay_is_the_survey_s_own_figures(market: Market) -> None:
    nurse = market.occupation("Registered Nurse")
    assert nurse is not None
    austin = market.wages(nurse, market.area("Austin, TX"))
    country = market.wages(nurse, NATIONAL)
    assert austin is not None and country is not None
    a = austin.annual
    assert a["p10"] < a["p25"] < a["median"] < a["p75"] < a["p90"]
    assert 60_000 < country.annual["median"] < 140_000  # a nurse's US median, May 2025
    assert austin.employment and country.employment and austin.employment < country.employment
    assert austin.source.startswith("BLS Occupational Employment and Wage Statistics, May 2025")


def test_the_database_is_unpacked_once_and_checked(tmp_path: Path) -> None:
    first = unpack(tmp_path)
    assert first.name == DATABASE and first.stat().st_size > 40_000_000
    stamp = first.stat().st_mtime_ns
    assert unpack(tmp_path).stat().st_mtime_ns == stamp  # not unpacked again
    first.write_bytes(b"half a database")  # a damaged copy is replaced, not read
    assert unpack(tmp_path).stat().st_size > 40_000_000
    assert not list(tmp_path.glob("*.part"))


def test_the_salary_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(main, ["salary", "Store manager", "-l", "Austin, TX"])
        assert r.exit_code == 0, r.output
        assert "First-Line Supervisors of Retail Sales Workers" in r.output
        assert "Austin-Round Rock-San Marcos, TX" in r.output and "median" in r.output
        abroad = CliRunner().invoke(main, ["salary", "Nurse", "-l", "London, UK"])
        assert abroad.exit_code == 2 and "covers the US only" in abroad.output
        nothing = CliRunner().invoke(main, ["salary", "Chief Happiness Officer"])
        assert nothing.exit_code == 2 and "No occupation" in nothing.output
    finally:
        get_settings.cache_clear()
