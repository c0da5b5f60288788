"""Where a job is, as the BLS wage survey names places: a metropolitan area, a state, the
nation, or outside the United States (the survey covers the US only).

Free text as job adverts write it ("Austin, TX 78701", "Hybrid - Seattle, WA", "Remote (US)",
"London, UK") is read against the survey's own area names; nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interview_coach.nlp.places import STATES

# Places that are not in the United States, by the currency their pay is in: the survey has no
# pay for them, and a negotiation there is not in dollars. (Pounds before euros: "Northern
# Ireland" is in the UK.) Regions that span currencies have none.
_ABROAD_BY_CURRENCY: dict[str | None, str] = {
    "GBP": r"uk|u\.k\.|united kingdom|england|scotland|wales|northern ireland|london|"
    r"manchester|birmingham, uk",
    "EUR": r"ireland|germany|berlin|munich|france|paris|spain|madrid|netherlands|amsterdam",
    "CAD": r"canada|toronto|vancouver|montreal|ontario",
    "INR": r"india|bangalore|bengaluru|mumbai",
    "AUD": r"australia|sydney|melbourne",
    "NZD": r"new zealand",
    "SGD": r"singapore",
    "JPY": r"japan|tokyo",
    "MXN": r"mexico city",
    "BRL": r"brazil",
    None: r"emea|apac|europe|eu",
}
_ABROAD_IN = [
    (code, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for code, words in _ABROAD_BY_CURRENCY.items()
]
_ABROAD = re.compile(r"\b(?:" + "|".join(_ABROAD_BY_CURRENCY.values()) + r")\b", re.IGNORECASE)


def currency_abroad(location: str) -> str | None:
    """The currency of pay in a place outside the United States ("Leeds, UK" → GBP); None for
    a place in the US, or a region that spans currencies ("EMEA")."""
    for code, pattern in _ABROAD_IN:
        if pattern.search(location):
            return code
    return None


_NATIONAL = re.compile(
    r"\b(remote|anywhere|nationwide|national|united states|usa|u\.s\.a?\.?|us)\b",
    re.IGNORECASE,
)
# What job adverts put around a place: the work model, a zip code, "on-site", brackets.
_NOISE = re.compile(
    r"\b(hybrid|on[- ]?site|in[- ]office|office[- ]based|onsite|metro|metroplex|area|greater|"
    r"downtown|city of|state)\b|\(.*?\)|\b\d{5}(?:-\d{4})?\b|[|/]",
    re.IGNORECASE,
)
# Everyday names that differ from the survey's ("Bay Area", "NYC", "DC").
_NICKNAMES = {
    "bay area": "san francisco, ca",
    "san francisco bay": "san francisco, ca",
    "silicon valley": "san jose, ca",
    "nyc": "new york, ny",
    "new york city": "new york, ny",
    "manhattan": "new york, ny",
    "brooklyn": "new york, ny",
    "washington dc": "washington, dc",
    "washington d.c.": "washington, dc",
    "dc": "washington, dc",
    "la": "los angeles, ca",
    "philly": "philadelphia, pa",
    "twin cities": "minneapolis, mn",
}


@dataclass(frozen=True)
class Area:
    code: str  # the survey's area code: "0000000" national, "SS00000" a state, else a metro
    name: str
    kind: str  # "national", "state" or "metro"
    # The place as given, when the survey names no such place and the nation stands in.
    unplaced: str = field(default="", compare=False)


NATIONAL = Area("0000000", "United States", "national")


@dataclass(frozen=True)
class _Metro:
    area: Area
    cities: tuple[str, ...]  # lower case, principal city first
    states: tuple[str, ...]  # two-letter codes


def metros_from(rows: list[tuple[str, str, str]]) -> tuple[list[_Metro], dict[str, Area]]:
    """The survey's metro areas (with their cities and states) and states (by code), from
    (area_code, areatype_code, area_name) rows."""
    metros, states = [], {}
    by_name = {v: k for k, v in STATES.items()}
    for code, kind, name in rows:
        if kind == "S":
            abbr = STATES.get(name.lower())
            if abbr:
                states[abbr] = Area(code, name, "state")
        elif kind == "M" and "," in name and "nonmetropolitan" not in name.lower():
            places, _, st = name.rpartition(",")
            codes = tuple(s.strip() for s in st.split("-") if s.strip() in by_name)
            cities = tuple(c.strip().lower() for c in places.split("-") if c.strip())
            metros.append(_Metro(Area(code, name, "metro"), cities, codes))
    return metros, states


def find_area(location: str, metros: list[_Metro], states: dict[str, Area]) -> Area | None:
    """The survey area for a place as adverts write it; NATIONAL for remote or nationwide work,
    and for a place the survey does not name (marked `unplaced`: "Leeds", a small town); None
    for a place known to be outside the United States."""
    text = " ".join(location.split()).strip()
    if not text:
        return NATIONAL
    if _ABROAD.search(text):
        return None
    low = _NOISE.sub(" ", text.lower())
    low = re.sub(r"^\s*[-–,]+|[-–,]+\s*$", "", " ".join(low.split())).strip(" -–,")
    for nick, real in _NICKNAMES.items():
        if re.fullmatch(rf"{re.escape(nick)}(,.*)?", low) or low == nick:
            low = real
            break
    state = _state_in(low)
    city = re.split(r",", low)[0].strip()
    if city and city == low and city in STATES:
        return states.get(STATES[city], NATIONAL)  # "Texas", "New York" alone
    if city:
        # "Dallas-Fort Worth": a metro written by its cities; the first leads its name.
        for name in (city, *[c.strip() for c in city.split("-") if c.strip()]):
            best = _metro_for(name, state, metros)
            if best is not None:
                return best
    if state:
        return states.get(state, NATIONAL)
    if _NATIONAL.search(low) or not city:
        return NATIONAL
    return Area(NATIONAL.code, NATIONAL.name, NATIONAL.kind, unplaced=text)


def _state_in(low: str) -> str | None:
    """The state a place names after its city: ", TX", ", Texas", " GA" at the end."""
    tail = re.split(r"[,\s]+", low.strip())
    if len(tail) >= 2:
        last = tail[-1].upper()
        if last in STATES.values():
            return last
    for name, abbr in STATES.items():
        ends = re.search(rf",\s*{name}\s*$", low) or re.search(rf"\s{name}$", low)
        if ends and low.strip() != name:
            return abbr
    return None


def _metro_for(city: str, state: str | None, metros: list[_Metro]) -> Area | None:
    city = re.sub(rf"\s+({'|'.join(STATES.values())})$", "", city, flags=re.IGNORECASE).lower()
    city = re.sub(r"\s+(" + "|".join(re.escape(n) for n in STATES) + r")$", "", city).strip()
    found = [
        (m.cities.index(city), m)
        for m in metros
        if city in m.cities and (state is None or state in m.states)
    ]
    if not found:
        return None
    return min(found, key=lambda x: x[0])[1].area  # where the city leads the name first
