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
