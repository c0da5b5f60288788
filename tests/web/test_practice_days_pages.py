"""The progress page and the home page show the streak and the practice calendar."""

from __future__ import annotations


def test_the_pages_show_the_streak_and_the_calendar(client) -> None:
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    sid = int(r.headers["location"].split("/")[2])
    answer = (
        "I'm a staff nurse on a surgical ward, four years now, and I led our move to written "
        "handovers, which cut missed items from six a week to one."
    )
    client.post(f"/sessions/{sid}/questions/0/answer", data={"text": answer})
    page = client.get("/progress").text
    assert 'id="streak"' in page and "1 day in a row" in page and 'class="calendar"' in page
    assert "1 day in a row" in client.get("/").text
    assert client.get("/api/progress").json()["practice"]["streak"] == 1


def test_the_calendar_names_its_months_and_what_a_days_number_counts(client) -> None:
    """'30, 1, 2' with a bare '2' under a day read as nothing: the first day and each month's
    first day carry the month, each day's name says its date and answers, a key says the rest."""
    import re
    from datetime import date

    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    sid = int(r.headers["location"].split("/")[2])
    answer = "I led our move to written handovers, which cut missed items from six a week to one."
    client.post(f"/sessions/{sid}/questions/0/answer", data={"text": answer})
    page = client.get("/progress").text
    dates = re.findall(r'<span class="date" aria-hidden="true">(.*?)</span>(?=<span)', page)
    shown = [re.sub(r"<[^>]+>", "", d) for d in dates]
    assert len(shown) >= 22 and re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", shown[0]), shown
    assert "1" not in shown[1:], shown  # a month's first day is "1 Dec", not "1"
    today = date.today()
    said = f"{today:%A} {today.day} {today:%B}: 1 answer"
    assert f'<span class="visually-hidden">{said}</span>' in page and f'title="{said}"' in page
    assert "no answers</span>" in page
    key = re.search(r'<p class="help" id="calendar-key">([^<]+)</p>', page)
    assert key and "answers you gave that day" in key.group(1)
    assert 'aria-describedby="calendar-key"' in page
