"""What a new user reads on the pages: units on every number, and no dead ends."""

from __future__ import annotations

import html
import re

import pytest

from security import hostile  # tests/ is on the path (tests/web/conftest.py)

ANSWER = (
    "On my last ward I noticed patients were missing doses after transfer. I set up a daily "
    "reconciliation round with the nurses and trained two apprentices to do first checks. "
    "Within a year missed doses fell by thirty percent."
)


def _session_with_one_answer(client) -> int:
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    sid = int(r.headers["location"].split("/")[2])
    client.post(f"/sessions/{sid}/questions/0/answer", data={"text": ANSWER})
    return sid


def test_the_summary_gives_each_try_as_a_score_out_of_100(client) -> None:
    sid = _session_with_one_answer(client)
    page = html.unescape(client.get(f"/sessions/{sid}").text)
    # A bare "76" under "Attempts" read as seventy-six attempts.
    assert ">Attempts<" not in page and ">Each try<" in page
    first = re.search(r"<tr>\s*<td>1</td>.*?</tr>", page, re.S)
    assert first, page
    tries = re.findall(r'<a class="nowrap" href="/answers/\d+">([^<]+)</a>', first.group(0))
    assert len(tries) == 1 and re.fullmatch(r"\d{1,3}/100", tries[0]), tries
    assert '<span class="muted nowrap">not yet</span>' in page  # one line, not "not / yet"


JOB = "Pharmacy technician, Leeds, UK. GPhC registration and medicines reconciliation."


@pytest.fixture(scope="module")
def unreadable() -> tuple[bytes, ...]:
    """A zip bomb (unpacking past the 100 MB limit) and a program renamed .docx."""
    return hostile.docx_inflating(200 << 20), b"MZ\x90\x00" * 400


@pytest.mark.parametrize("action", ["/sessions", "/interviews", "/sessions/preview"])
def test_a_document_that_cannot_be_read_keeps_the_form(client, unreadable, action: str) -> None:
    """The form again with the reason above it and the pasted job description still there,
    not a page with only the Back button."""
    for data in unreadable:
        r = client.post(
            action,
            data={"jd_text": JOB, "minutes": "20", "job_family": "nursing"},
            files={"resume_file": ("cv.docx", data, "application/octet-stream")},
            follow_redirects=False,
        )
        assert r.status_code == 422, r.text
        page = html.unescape(r.text)
        alert = re.search(r'<p class="alert" role="alert" id="form-error">([^<]+)</p>', page)
        assert alert and "cv.docx" in alert.group(1), page
        assert 'id="new-session"' in page and f">{JOB}</textarea>" in page
        assert re.search(r'<option value="20"\s+selected>', page)
        assert re.search(r'<option value="nursing"\s+selected>', page)
        assert "Traceback" not in page


def test_settings_write_limits_as_people_do(client) -> None:
    """Limits read "15 minutes" and "5,000 words", not "15.0 minutes" and "5000 words"; and the
    mock interview's own limit on a reply, so a refused 2,000-word reply is no surprise."""
    page = html.unescape(client.get("/settings").text)
    assert "<dd>15 minutes</dd>" in page
    assert "<dd>5,000 words (a reply in a mock interview: 1,500)</dd>" in page
    r = client.post("/sessions", data={"minutes": "10"}, follow_redirects=False)
    sid = int(r.headers["location"].split("/")[2])
    long = client.post(
        f"/sessions/{sid}/questions/0/answer",
        data={"text": "word " * 6000},
        headers={"HX-Request": "true"},
    )
    assert "the limit is 5,000 words" in long.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [("   ", "empty"), ("<div><p>My answer</p></div> " * 3, "HTML markup")],
)
def test_a_refused_typed_answer_comes_back_to_the_room_with_the_text(
    client, text: str, reason: str
) -> None:
    """Without JavaScript an empty or refused answer shows the room again, the reason beside
    the box and what was typed still in it, not an error page with only the Back button."""
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    sid = int(r.headers["location"].split("/")[2])
    r = client.post(
        f"/sessions/{sid}/questions/1/answer", data={"text": text}, follow_redirects=False
    )
    assert r.status_code == 422
    page = html.unescape(r.text)
    assert 'id="room"' in page and 'data-index="1"' in page, page
    alert = re.search(r'<p class="alert" role="alert" id="answer-error">([^<]+)</p>', page)
    assert alert and reason in alert.group(1), page
    box = re.search(r'<textarea id="answer-text"[^>]*>(.*?)</textarea>', page, re.S)
    assert box and box.group(1) == text and 'aria-describedby="answer-error"' in box.group(0)
    assert re.search(r'<details class="card" id="typed" open>', page)
    # With HTMX the message alone is swapped in beside the form, as before.
    r = client.post(
        f"/sessions/{sid}/questions/1/answer", data={"text": text}, headers={"HX-Request": "true"}
    )
    assert r.status_code == 422 and r.text.strip().startswith('<p class="alert"')


def test_the_room_opens_with_the_typed_box_closed_and_empty(client) -> None:
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    page = client.get(r.headers["location"]).text
    assert '<details class="card" id="typed">' in page
    assert re.search(r'<textarea id="answer-text"[^>]*></textarea>', page)
    assert 'id="answer-error"' not in page


def test_pace_and_fillers_say_what_they_need_in_the_trends_as_in_the_chart(client) -> None:
    """Typed answers have no pace or spoken fillers: the trends table says so in the chart's
    words, not "no data" under a chart that says "Needs a spoken answer"."""
    _session_with_one_answer(client)
    page = html.unescape(client.get("/progress").text)
    assert page.count("Needs a spoken answer.") == 2  # the fillers and pace panels
    rows = dict(
        re.findall(r"<tr><td>([^<]+)</td>.*?<span class=\"trend[^>]*>([^<]+)</span>", page, re.S)
    )
    assert rows["Fillers per minute"] == rows["Words per minute"] == "needs a spoken answer"
    assert rows["Job-description coverage"] == "needs a job description"
    assert "no data" not in page


def test_a_negotiation_without_market_figures_says_so_once(client) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "Pharmacy technician", "location": "Leeds, UK", "target": "34000"},
    )
    page = html.unescape(r.text)
    assert 'id="turns"' in page, page
    assert page.count("No US market figures for this job and place") == 1, page
    assert "research a range for it" in page.lower()  # the sheet's advice is kept, said once


def test_why_a_question_is_asked_writes_skills_as_a_sentence_would(client) -> None:
    """'Probes Medicines reconciliation, Community pharmacy' kept the skill list's capitals
    mid-sentence."""
    posting = (
        "Pharmacy Technician, Leeds\n\nRequirements:\n"
        "- GPhC registration as a pharmacy technician\n"
        "- Experience of medicines reconciliation on a ward\n"
        "- Community pharmacy experience\n"
    )
    r = client.post("/sessions", data={"jd_text": posting, "minutes": "30"}, follow_redirects=False)
    room = r.headers["location"]
    whys = []
    for q in range(20):
        page = client.get(f"{room}?q={q}")
        if page.status_code != 200:
            break
        found = re.search(r"Why it is asked: ([^<]+)</p>", html.unescape(page.text))
        whys.append(found.group(1) if found else "")
    probes = [w for w in whys if w.startswith("Probes ")]
    assert probes, whys
    assert "Probes medicines reconciliation" in probes[0], probes
    assert "Medicines reconciliation" not in " ".join(probes)
