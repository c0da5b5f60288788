"""A new user's first two minutes: the home page offers one question, the room explains
itself, and the feedback ends with what to do next."""

from __future__ import annotations

import html

INTRO = (
    "I'm a staff nurse on a 28-bed surgical ward, where I've worked for four years, mostly on "
    "post-operative care. Before that I trained at Leeds and did my placements in acute "
    "medicine. Last year I led our move to written handovers, and missed items fell from "
    "about six a week to one. I'm applying because your ward runs the enhanced recovery "
    "programme, which is where I want to grow next."
)


def test_a_first_visit_offers_one_question_and_ends_with_what_next(client) -> None:
    home = html.unescape(client.get("/").text)
    assert "New here? Try one question" in home and 'action="/sessions/first"' in home
    r = client.post("/sessions/first", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/room")
    room = html.unescape(client.get(r.headers["location"]).text)
    assert "Tell me about yourself." in room
    assert "Your first practice: about two minutes" in room
    sid = int(r.headers["location"].split("/")[2])
    fb = client.post(
        f"/sessions/{sid}/questions/0/answer", data={"text": INTRO}, headers={"HX-Request": "true"}
    )
    page = html.unescape(fb.text)
    assert 'id="feedback-summary"' in page and 'id="what-next"' in page
    assert 'href="/sessions/new"' in page
    # Once there is history, the home page leads with what to practise next instead.
    home = html.unescape(client.get("/").text)
    assert "New here?" not in home
    assert "First practice: one question" in home


def test_an_ordinary_session_has_no_guide(client) -> None:
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    room = html.unescape(client.get(r.headers["location"]).text)
    assert "Your first practice" not in room
