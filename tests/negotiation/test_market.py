"""Market pay from the bundled BLS survey: the real database, unpacked into a temporary data
folder; titles and places as adverts write them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.negotiation.market import (
    DATABASE,
    Market,
    open_market,
    title_list,
    unpack,
)
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


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Kitchen Porter", "359021"),  # the list of everyday titles, as said
        ("HGV Driver (Class 1) - Nights", "533032"),  # grades and shifts around it
        ("Solicitor", "231011"),
        ("Care Assistant", "311120"),
        ("Hotel Kitchen Porter - Weekends", "359021"),  # a listed title inside a longer one
    ],
)
def test_everyday_titles_from_the_list(market: Market, title: str, code: str) -> None:
    found = market.occupation(title)
    assert found is not None and (found.code, found.how) == (code, "title table"), found


def test_one_listed_word_inside_a_longer_title_is_not_taken_for_it(market: Market) -> None:
    # "administrator" alone is listed; "benefits administrator" is another job.
    assert title_list()[("administrator",)] == "436014"
    found = market.occupation("Benefits Administrator")
    assert found is None or found.code != "436014"


def test_every_listed_title_names_an_occupation_in_the_survey(market: Market) -> None:
    codes = {c for c, _ in market._query("SELECT occupation_code, 1 FROM occupation")}
    listed = title_list()
    assert len(listed) > 500
    assert set(listed.values()) <= codes


def test_a_title_with_no_close_occupation_says_so(market: Market) -> None:
    assert market.occupation("Chief Happiness Officer") is None
    assert market.occupation("   ") is None


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("HGV Class 1 Driver", "533032"),  # found only once "Class 1" is set aside
        ("HGV Class 1 Driver – Nights", "533032"),
        ("Staff Nurse Band 5", "291141"),
        ("Court Reporter Level 2", "273092"),
    ],
)
def test_licence_and_grade_words_do_not_hide_the_job(market: Market, title: str, code: str) -> None:
    found = market.occupation(title)
    assert found is not None and found.code == code, found


def test_a_grade_alone_does_not_make_a_title_match(market: Market) -> None:
    assert market.occupation("Chief Happiness Officer Level 3") is None


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


def test_a_place_the_survey_does_not_name_stands_in_for_the_nation_and_says_so(
    market: Market,
) -> None:
    leeds = market.area("Leeds")
    assert leeds == NATIONAL and leeds is not None and leeds.unplaced == "Leeds"
    assert market.area("Remote").unplaced == "" and market.area("").unplaced == ""
    driver = market.occupation("HGV driver")
    assert driver is not None
    wages = market.wages(driver, leeds)
    assert wages is not None and wages.area.name == "United States"
    assert any("the place was not used" in n for n in wages.market()["notes"])
    assert not market.wages(driver, NATIONAL).notes


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


def test_the_market_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(main, ["market", "--role", "Store manager", "-l", "Austin, TX"])
        assert r.exit_code == 0, r.output
        assert "First-Line Supervisors of Retail Sales Workers" in r.output
        assert "Austin-Round Rock-San Marcos, TX" in r.output and "median" in r.output
        doc = json.loads(
            CliRunner()
            .invoke(main, ["market", "--role", "Registered Nurse", "--format", "json"])
            .output
        )
        # The contract's fields; the national annual median of Registered Nurses, May 2025.
        assert {"occupation", "soc", "area", "period", "p10", "p25", "median", "p75", "p90",
                "source"} <= set(doc)  # fmt: skip
        assert (doc["soc"], doc["area"], doc["period"], doc["median"]) == (
            "29-1141",
            "United States",
            "year",
            97550.0,
        )
        assert "May 2025" in doc["source"] and "29-1141" in doc["source"]
        # A place the survey does not name: national figures, and it says so.
        leeds = CliRunner().invoke(main, ["market", "--role", "HGV driver", "-l", "Leeds"])
        assert leeds.exit_code == 0, leeds.output
        assert "Where: United States" in leeds.output
        assert "'Leeds' is not a place the US survey names" in leeds.output
        assert "the place was not used" in leeds.output and "range you have" in leeds.output
        austin = CliRunner().invoke(main, ["market", "--role", "HGV driver", "-l", "Austin, TX"])
        assert "not a place" not in austin.output
        abroad = CliRunner().invoke(main, ["market", "--role", "Nurse", "-l", "London, UK"])
        assert abroad.exit_code == 2 and "US figures only" in abroad.output
        nothing = CliRunner().invoke(main, ["market", "--role", "Chief Happiness Officer"])
        assert nothing.exit_code == 2 and "No occupation" in nothing.output
        assert "The nearest:" in nothing.output
    finally:
        get_settings.cache_clear()


def test_hourly_only_and_top_coded_cells(market: Market) -> None:
    from interview_coach.negotiation.market import TOP_ANNUAL, Occupation
    from interview_coach.negotiation.places import Area

    actors = market.wages(Occupation("272011", "Actors", 1.0, "test"))
    assert actors is not None and actors.market()["period"] == "hour"
    assert 10 < actors.market()["median"] < 100  # dollars an hour
    doctors = market.wages(
        Occupation("291215", "Family Medicine Physicians", 1.0, "test"),
        Area("0010540", "Albany-Lebanon, OR", "metro"),
    )
    assert doctors is not None and doctors.market()["top_coded"] is True
    assert doctors.market()["median"] == TOP_ANNUAL
