"""Names of regions as addresses write them after a town: US states, Canadian provinces,
Australian states, and the counties and regions of the UK and Ireland. A job advert's
"Boston, MA" or "Leeds, West Yorkshire" is then read as a place, never as an employer.
"""

from __future__ import annotations

import re

# US states and territories by name, with their two-letter codes (as the BLS survey uses).
STATES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
    "guam": "GU", "virgin islands": "VI",
}  # fmt: skip
# Canadian provinces and territories, and Australian states and territories.
PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD WA SA TAS ACT".split())
# Counties, regions and nations of the UK and Ireland as addresses write them ("Co. Galway"
# and "County Galway" alike: the county word is read apart).
UK_IE_REGIONS = frozenset(
    (
        "bedfordshire",
        "berkshire",
        "buckinghamshire",
        "cambridgeshire",
        "cheshire",
        "cornwall",
        "cumbria",
        "derbyshire",
        "devon",
        "dorset",
        "durham",
        "county durham",
        "east sussex",
        "west sussex",
        "essex",
        "gloucestershire",
        "hampshire",
        "herefordshire",
        "hertfordshire",
        "kent",
        "lancashire",
        "leicestershire",
        "lincolnshire",
        "norfolk",
        "northamptonshire",
        "northumberland",
        "nottinghamshire",
        "oxfordshire",
        "rutland",
        "shropshire",
        "somerset",
        "staffordshire",
        "suffolk",
        "surrey",
        "warwickshire",
        "wiltshire",
        "worcestershire",
        "isle of wight",
        "east riding of yorkshire",
        "north yorkshire",
        "south yorkshire",
        "west yorkshire",
        "yorkshire",
        "greater london",
        "london",
        "greater manchester",
        "merseyside",
        "tyne and wear",
        "tyne & wear",
        "west midlands",
        "east midlands",
        "south east",
        "south west",
        "north east",
        "north west",
        "east of england",
        "east anglia",
        "city of edinburgh",
        "lothian",
        "fife",
        "highland",
        "highlands",
        "aberdeenshire",
        "lanarkshire",
        "ayrshire",
        "renfrewshire",
        "dunbartonshire",
        "stirlingshire",
        "perthshire",
        "angus",
        "moray",
        "argyll",
        "scottish borders",
        "dumfries and galloway",
        "gwent",
        "glamorgan",
        "south glamorgan",
        "mid glamorgan",
        "west glamorgan",
        "vale of glamorgan",
        "powys",
        "gwynedd",
        "conwy",
        "denbighshire",
        "flintshire",
        "pembrokeshire",
        "carmarthenshire",
        "ceredigion",
        "anglesey",
        "monmouthshire",
        "county antrim",
        "county down",
        "county armagh",
        "county tyrone",
        "county fermanagh",
        "county londonderry",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "uk",
        "united kingdom",
        "ireland",
        "co. dublin",
        "co. cork",
        "co. galway",
        "co. kerry",
        "co. limerick",
        "co. clare",
        "co. mayo",
        "co. sligo",
        "co. donegal",
        "co. wicklow",
        "co. wexford",
        "co. waterford",
        "co. kilkenny",
        "co. kildare",
        "co. meath",
        "co. louth",
        "co. tipperary",
        "co. offaly",
        "co. westmeath",
        "co. laois",
        "co. carlow",
        "co. roscommon",
        "co. leitrim",
        "co. longford",
        "co. cavan",
        "co. monaghan",
    )
)
_COUNTY = re.compile(r"^(?:co\.?|county)\s+", re.I)
# "Town, Region": a place name, then a comma and the region.
_TOWN_REGION = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s*(.+)$")
# A town and its postcode district or centre: "Manchester M1", "Leeds LS1 4DY", "Wellington
# CBD".
_TOWN_DISTRICT = re.compile(
    r"^[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2}\s+(?:[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s*\d[A-Z]{2})?|"
    r"CBD|city centre|town centre)$"
)
_TOWN_CODE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){0,2}\s+([A-Z]{2,3})$")  # Austin TX


_POSTCODE_AFTER = re.compile(r"(?<=[A-Z]{2})\s+\d{4,5}(?:-\d{4})?$")


def is_region(text: str) -> bool:
    """True for "MA", "NSW", "West Yorkshire", "Co. Galway", "Ohio"."""
    t = " ".join(text.split()).strip(" .,")
    if t.upper() in set(STATES.values()) | PROVINCES and t.isupper():
        return True
    low = t.lower()
    return low in UK_IE_REGIONS or low in STATES or _COUNTY.sub("co. ", low) in UK_IE_REGIONS


def is_town_and_region(text: str) -> bool:
    """True for "Boston, MA", "South San Francisco, CA", "Leeds, West Yorkshire",
    "Oranmore, Co. Galway": a place, not an organisation and its town."""
    # "Geelong VIC 3220", "Columbus, OH 43219": a state's postcode after it says no more.
    plain = _POSTCODE_AFTER.sub("", " ".join(text.split()).strip())
    if _TOWN_DISTRICT.match(plain):
        return True  # "Manchester M1", "Wellington CBD"
    m = _TOWN_REGION.match(plain) or _TOWN_CODE.match(plain)
    return bool(m) and is_region(m.group(1))
