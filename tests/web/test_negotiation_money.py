"""A negotiation's pages write every sum in the job's currency, as the terminal does: the room
(the preparation sheet and the recruiter's lines), the result, the progress table and the home
page's list. On the real app with a real SQLite history and the real wage survey."""

from __future__ import annotations

from web_answers import NURSE_DEAL

HTMX = {"HX-Request": "true"}
# A lorry driver's negotiation in Manchester, said in pounds; it ends in a deal.
UK_DEAL = (
    "Based on what drivers earn here and my seven years of night trunking, I'm looking for "
    "£42,000.",
    "Given my ADR card, could you get the base to £42,000?",
    "Could we add a signing bonus?",
    "No, that's everything.",
    "Yes, we have a deal. Please send the offer in writing.",
)


def _main(html: str) -> str:
    """The page's own content (the <main> element), without the frame around it."""
    return html[html.index('<main id="main"') : html.index("</main>")]


def _progress_table(client) -> str:
    page = client.get("/progress").text
    return page[page.index('id="neg-h"') : page.index("</table>", page.index('id="neg-h"'))]


def _play(client, url: str, lines: tuple[str, ...]) -> str:
    """The candidate's lines said in turn; the last answer's HTML."""
    for line in lines:
        r = client.post(f"{url}/reply", data={"text": line}, headers=HTMX)
        assert r.status_code == 200, r.text
    return r.text


def test_a_negotiation_in_the_uk_speaks_pounds_on_every_page(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "HGV driver", "location": "Manchester, UK", "currency": "GBP",
              "target": "40000", "walk_away": "36000"},
    )  # fmt: skip
    assert r.status_code == 200 and r.url.path.startswith("/negotiations/"), r.text
    url = r.url.path
    room = _main(r.text)
    assert "£40,000" in room and "£36,000" in room  # the preparation sheet
    assert "$" not in room
    result = _play(client, url, UK_DEAL)
    assert 'id="result"' in result and "Deal: £" in result and "First offer £" in result
    assert "$" not in result
    room = _main(client.get(url).text)  # the finished page, shown again
    assert "Deal: £" in room and "$" not in room
    state = client.get(f"/api{url}").json()
    assert state["outcome"]["currency"] == "GBP" and state["outcome"]["agreed"]
    table = _progress_table(client)
    assert f"£{state['outcome']['base']:,.0f} (first offer £" in table and "$" not in table
    assert f"deal at £{state['outcome']['base']:,.0f}" in client.get("/").text
    [kept] = client.get("/api/negotiations").json()
    assert kept["currency"] == "GBP"


def test_a_negotiation_in_the_us_speaks_dollars(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "Registered Nurse", "location": "Austin, TX", "target": "105000"},
    )
    url = r.url.path
    room = _main(r.text)
    assert "median $" in room and "$105,000" in room and "£" not in room
    result = _play(client, url, NURSE_DEAL)
    assert "Deal: $" in result and "First offer $" in result and "£" not in result
    table = _progress_table(client)
    assert "(first offer $" in table and "£" not in table


def test_a_sign_typed_before_the_target_names_the_currency(client) -> None:
    r = client.post(
        "/negotiations", data={"role": "HGV driver", "location": "Leeds, UK", "target": "€40k"}
    )
    assert r.status_code == 200, r.text
    room = _main(r.text)
    assert "€40,000" in room and "$" not in room
    # Chosen on the form, the currency wins over a sign typed.
    r = client.post(
        "/negotiations",
        data={"role": "HGV driver", "location": "Leeds, UK", "target": "€40k", "currency": "GBP"},
    )
    assert "£40,000" in _main(r.text)


def test_abroad_with_no_currency_named_sums_are_in_the_place_s_currency(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "HGV driver", "location": "Manchester, UK", "target": "40000"},
    )
    url = r.url.path
    room = _main(r.text)
    assert "£40,000" in room and "$" not in room
    result = _play(client, url, UK_DEAL)
    assert "Deal: £4" in result and "$" not in result


def test_a_region_that_spans_currencies_has_sums_without_a_symbol(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "HGV driver", "location": "Remote (EMEA)", "target": "40000"},
    )
    room = _main(r.text)
    assert "40,000" in room and "$" not in room and "£" not in room and "€" not in room


def test_the_api_takes_the_currency_by_its_code(client) -> None:
    body = {"role": "HGV driver", "location": "Berlin, Germany", "target": 45000}
    started = client.post("/api/negotiations", json={**body, "currency": "eur"})
    assert started.status_code == 201 and started.json()["currency"] == "EUR"
    page = _main(client.get(started.json()["url"]).text)
    assert "€45,000" in page and "$" not in page
    assert client.post("/api/negotiations", json={**body, "currency": "€"}).status_code == 422
    refused = client.post(
        "/negotiations", data={"role": "HGV driver", "target": "45000", "currency": "pounds"}
    )
    assert refused.status_code == 422 and "not a currency" in refused.text
