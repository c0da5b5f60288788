"""The staged mock interview in the browser's pages and over the API, on the real app with a
real SQLite history: the same engine and service as the CLI's `practice`."""

from __future__ import annotations

from pypdf import PdfReader
from web_answers import NURSE_DEAL

INTRO = (
    "I'm a staff nurse with eight years on acute medical wards. I lead a team of six on "
    "nights at St Anne's, where I cut missed observations from 12 a week to 2 by changing "
    "how we hand over. Next I want a charge nurse post, which is why this role appeals to me."
)


def _recent(client) -> str:
    """The home page's list of recent sessions, as HTML with its white space as single spaces."""
    home = client.get("/").text
    return " ".join(home[home.index('id="recent-h"') : home.index('id="glance-h"')].split())


def test_a_full_interview_in_the_pages_ends_with_its_report(client) -> None:
    r = client.post("/interviews", data={"job_family": "nursing", "minutes": "10"})
    assert r.status_code == 200 and r.url.path.startswith("/interviews/")
    url = r.url.path
    assert "how are you today?" in r.text
    htmx = {"HX-Request": "true"}
    r = client.post(f"{url}/reply", data={"text": "Good, thanks. And you?"}, headers=htmx)
    assert r.status_code == 200 and r.text.lstrip().startswith('<section id="interview"')
    assert "I&#39;m well, thank you." in r.text and "Tell me about yourself" in r.text
    r = client.post(f"{url}/reply", data={"text": INTRO}, headers=htmx)
    assert INTRO.replace("'", "&#39;") in r.text  # the candidate's own line is shown
    # Without JavaScript the form posts and the page comes back.
    r = client.post(f"{url}/reply", data={"text": "Do you mean the whole CV?"})
    assert r.status_code == 200 and r.url.path == url
    assert 'data-kind="clarify"' in r.text
    for _ in range(30):
        if 'id="report-links"' in r.text:
            break
        r = client.post(f"{url}/reply", data={"text": "Can I skip this one?"}, headers=htmx)
    else:
        r = client.post(f"{url}/end", headers=htmx)
    assert 'id="report-links"' in r.text and 'id="reply"' not in r.text
    page = client.get(f"{url}/report")
    assert page.status_code == 200
    assert "Overall impression" in page.text and "An incomplete interview" in page.text
    assert "data:image/png;base64," in page.text
    pdf = client.get(f"{url}/report.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert "attachment" in pdf.headers["content-disposition"]
    import io

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Mock interview report" in text
    html = client.get(f"{url}/report.html")
    assert html.text.startswith("<!doctype html>") and "<style>" in html.text
    # The home page lists it as a mock interview; its summary address leads back to it.
    assert f'href="{url}"' in client.get("/").text
    assert client.get(url.replace("/interviews/", "/sessions/")).url.path == url


def test_a_refused_reply_keeps_the_text_and_says_why(client) -> None:
    url = client.post("/interviews", data={"minutes": "10"}).url.path
    wall = "word " * 1600
    r = client.post(f"{url}/reply", data={"text": wall}, headers={"HX-Request": "true"})
    assert r.status_code == 422
    assert 'class="alert"' in r.text and "the limit is 1,500" in r.text
    assert wall.strip() in r.text  # still in the box
    # Nothing was said: the interviewer still waits for the small talk.
    state = client.get(f"/api{url}").json()
    assert state["pending"] == "small_talk" and len(state["turns"]) == 1


def test_the_api_runs_the_same_interview(client) -> None:
    r = client.post("/api/interviews", json={"minutes": 10, "job_family": "nursing"})
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["pending"] == "small_talk" and doc["turns"][0]["kind"] == "welcome"
    sid = doc["id"]
    r = client.post(f"/api/interviews/{sid}/replies", json={"text": "Fine, thank you."})
    assert [t["kind"] for t in r.json()["turns"]] == ["small_talk", "question"]
    r = client.post(f"/api/interviews/{sid}/replies", json={"text": INTRO})
    turns = r.json()["turns"]
    assert turns[0]["speaker"] == "candidate" and turns[0]["kind"] == "answer"
    report = client.get(f"/api/interviews/{sid}/report").json()
    assert report["answered"] == 1 and report["overall_score"] is not None
    r = client.post(f"/api/interviews/{sid}/end")
    assert r.json()["finished"] is True and r.json()["turns"][-1]["kind"] == "closing"
    # The answer is in the history like any other.
    answers = client.get("/api/answers").json()
    assert any(a["session_id"] == sid for a in answers)


def test_bad_requests_are_clear(client) -> None:
    assert client.get("/api/interviews/999").status_code == 404
    assert client.get("/interviews/999").status_code == 404
    r = client.post("/api/interviews", json={"job_family": "astronaut"})
    assert r.status_code == 422 and "No job family" in r.json()["error"]
    # A practice session is not a mock interview.
    s = client.post("/api/sessions", json={"job_family": "nursing", "minutes": 10}).json()
    assert client.get(f"/api/interviews/{s['id']}").status_code == 404
    assert client.post(f"/api/interviews/{s['id']}/replies", json={"text": "hi"}).status_code == 404


def test_a_negotiation_in_the_pages_ends_with_its_result(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "Registered Nurse", "location": "Austin, TX", "target": "$105k"},
    )
    assert r.status_code == 200 and r.url.path.startswith("/negotiations/")
    url = r.url.path
    assert "Registered Nurses, Austin-Round Rock-San Marcos, TX" in r.text  # the market
    assert 'id="prep"' in r.text and "What do you earn now?" in r.text  # the prep sheet
    for line in NURSE_DEAL:
        r = client.post(f"{url}/reply", data={"text": line}, headers={"HX-Request": "true"})
        assert r.status_code == 200
    assert 'id="result"' in r.text and "Deal:" in r.text
    assert client.get(f"{url}/report.pdf").content.startswith(b"%PDF-")
    refused = client.post(f"{url}/reply", data={"text": "One more thing"})
    assert refused.status_code == 422 and "has ended" in refused.text
    state = client.get(f"/api{url}").json()
    assert state["finished"] and state["outcome"]["agreed"]
    assert state["outcome"]["base"] > state["outcome"]["first_offer"]
    # Progress keeps it: the page's table and the API's list.
    assert "Negotiations" in client.get("/progress").text
    [kept] = client.get("/api/negotiations").json()
    assert kept["role"] == "Registered Nurse" and kept["score"] == state["score"]


def test_the_home_page_lists_a_negotiation_by_its_job_and_outcome(client) -> None:
    practice = client.post("/api/sessions", json={"job_family": "nursing", "minutes": 10}).json()
    url = client.post(
        "/negotiations", data={"role": "Registered Nurse", "location": "Austin, TX"}
    ).url.path
    sid = int(url.rsplit("/", 1)[1])
    recent = _recent(client)
    # Not an empty interview session: its job, "in progress", and its own page.
    assert f'<a href="{url}">Registered Nurse</a>' in recent
    assert "salary negotiation · in progress" in recent
    assert f'href="{url}#reply">continue</a>' in recent
    assert f'href="/sessions/{sid}' not in recent and "0 of 0 answered" not in recent
    # The practice session beside it is listed as before.
    questions = len(practice["questions"])
    assert f'href="/sessions/{practice["id"]}">' in recent
    assert f"0 of {questions} answered" in recent
    # The negotiation's number as a session's address leads to the negotiation.
    assert client.get(f"/sessions/{sid}").url.path == url
    for line in NURSE_DEAL:
        client.post(f"{url}/reply", data={"text": line})
    state = client.get(f"/api{url}").json()
    assert state["finished"]
    recent = _recent(client)
    base = state["outcome"]["base"]
    assert f"deal at ${base:,.0f} · score {state['score']}/100" in recent
    assert "in progress" not in recent and f"{url}#reply" not in recent
    # The API's list says the same.
    listed = {s["id"]: s for s in client.get("/api/sessions").json()}
    assert listed[sid]["url"] == url and listed[sid]["title"] == "Registered Nurse"
    assert listed[sid]["outcome"] == f"deal at ${base:,.0f} · score {state['score']}/100"
    assert listed[practice["id"]]["url"] == f"/sessions/{practice['id']}"


def test_a_negotiation_without_us_figures_uses_the_target(client) -> None:
    r = client.post("/negotiations", data={"role": "Nurse", "location": "London, UK"})
    assert r.status_code == 422 and "give your own target" in r.text
    ok = client.post(
        "/api/negotiations", json={"role": "Nurse", "location": "London, UK", "target": 42000}
    )
    assert ok.status_code == 201 and ok.json()["market"] is None


def test_the_reply_box_is_labelled_by_what_was_last_asked(client) -> None:
    """After a silence the interviewer asks "Would you like me to repeat the question?": the
    box is for a reply to that, not "Your answer to the follow-up" or to the question."""
    import re

    def label(page: str) -> str:
        found = re.search(r'<label for="reply-text">([^<]+)</label>', page)
        assert found, page
        return found.group(1)

    url = client.post("/interviews", data={"job_family": "nursing", "minutes": "10"}).url.path
    htmx = {"HX-Request": "true"}
    r = client.post(f"{url}/reply", data={"text": "Good, thanks. And you?"}, headers=htmx)
    assert label(r.text) == "Your answer"
    r = client.post(f"{url}/reply", data={"text": "Yes."}, headers=htmx)  # a one-line answer
    assert 'data-kind="follow_up"' in r.text and label(r.text) == "Your answer to the follow-up"
    r = client.post(f"{url}/reply", data={"text": ""}, headers=htmx)  # a silence
    assert "Would you like me to repeat the question?" in r.text
    assert label(r.text) == "Your reply"
    assert label(client.get(url).text) == "Your reply"  # the page itself, reloaded
    r = client.post(f"{url}/reply", data={"text": "Could you repeat that?"}, headers=htmx)
    assert 'data-kind="repeat"' in r.text and label(r.text) == "Your answer to the follow-up"


def test_ending_without_javascript_lands_on_the_report_links(client) -> None:
    url = client.post("/interviews", data={"minutes": "10"}).url.path
    r = client.post(f"{url}/end", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"{url}#report-links"
    page = client.get(url).text
    assert 'id="report-links"' in page and 'id="reply"' not in page
