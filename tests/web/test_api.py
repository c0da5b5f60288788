"""The REST API and the pages, on the real app with a real SQLite history in a temp folder."""

from __future__ import annotations

import json
import re

import pytest
import sqlalchemy as sa
from starlette.websockets import WebSocketDisconnect
from web_answers import TYPED_ANSWER

from interview_coach.questions.answering import analyze_answer
from interview_coach.store.tables import Answer, FeedbackRow
from interview_coach.types import Question


def _session(client, **body) -> dict:
    body = {"job_family": "customer_support", "seniority": "mid", "minutes": 10, **body}
    r = client.post("/api/sessions", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def _counts(client) -> tuple[int, int]:
    store = client.app.state.coach.store
    with store.transaction() as s:
        answers = s.execute(sa.select(sa.func.count()).select_from(Answer)).scalar()
        feedback = s.execute(sa.select(sa.func.count()).select_from(FeedbackRow)).scalar()
    return answers, feedback


def test_options_and_plan_preview(client) -> None:
    opts = client.get("/api/options").json()
    assert "software_engineering" in opts["job_families"]
    assert opts["seniorities"] == ["entry", "mid", "senior", "lead"]
    r = client.post("/api/plan", json={"job_family": "nursing", "seniority": "senior"})
    assert r.status_code == 200
    plan = r.json()
    assert plan["job_family"] == "nursing"
    assert len(plan["questions"]) >= 4
    assert len(plan["why"]) == len(plan["questions"])
    # Role questions for the family chosen, and no questions meant for the candidate to ask.
    cats = {q["category"] for q in plan["questions"]}
    assert "role_specific" in cats and "candidate_question" not in cats
    # The same inputs give the same plan.
    again = client.post("/api/plan", json={"job_family": "nursing", "seniority": "senior"})
    assert [q["text"] for q in again.json()["questions"]] == [q["text"] for q in plan["questions"]]
    # Nothing is saved by a preview.
    assert client.get("/api/sessions").json() == []


def test_plan_from_a_job_description(client) -> None:
    jd = (
        "Customer Support Specialist at Brightdesk\n\nRequirements:\n- 3+ years in customer "
        "support\n- Zendesk and SQL\n- Clear written communication\n- De-escalating upset "
        "customers\n"
    )
    r = client.post("/api/sessions", json={"jd_text": jd, "minutes": 10})
    assert r.status_code == 201, r.text
    s = r.json()
    assert s["job"]["job_family"] == "customer_support"
    assert "Zendesk" in s["job"]["required_skills"]
    # The answer is checked against the job: its terms show up in the feedback.
    r = client.post(
        f"/api/sessions/{s['id']}/questions/0/answers",
        json={"text": "I have four years of customer support, mostly in Zendesk, and I use SQL."},
    )
    jd_cov = r.json()["feedback"]["content"]["job_description"]
    assert jd_cov is not None
    assert "Zendesk" in [c["term"] for c in jd_cov["covered"]]


def test_typed_answer_is_analysed_and_kept(client) -> None:
    s = _session(client)
    r = client.post(f"/api/sessions/{s['id']}/questions/1/answers", json={"text": TYPED_ANSWER})
    assert r.status_code == 201, r.text
    out = r.json()
    fb = out["feedback"]
    assert fb["question"] == s["questions"][1]["text"]
    assert [m["text"].lower() for m in fb["delivery"]["fillers"]] == ["um"]
    # The page's analysis is the core's own, for the session's question.
    question = Question.model_validate(s["questions"][1])
    assert fb["scores"]["overall"] == analyze_answer(question, TYPED_ANSWER).scores.overall
    assert fb["tips"] and fb["rewrite"]
    assert _counts(client) == (1, 1)

    got = client.get(f"/api/answers/{out['answer_id']}").json()
    assert got["transcript"]["text"] == TYPED_ANSWER
    assert got["feedback"]["scores"] == fb["scores"]
    assert got["has_audio"] is False
    session = client.get(f"/api/sessions/{s['id']}").json()
    assert [a["question_index"] for a in session["answers"]] == [1]
    assert session["next_question"] == 0
    listed = client.get("/api/sessions").json()
    assert listed[0]["answers"] == 1 and listed[0]["mean_overall"] == fb["scores"]["overall"]


def test_bad_answers_are_refused_and_nothing_is_saved(client) -> None:
    s = _session(client)
    url = f"/api/sessions/{s['id']}/questions/0/answers"
    r = client.post(url, json={"text": "   "})
    assert r.status_code == 422 and "empty" in r.json()["error"]
    r = client.post(url, json={"text": "word " * 6000})
    assert r.status_code == 422 and "5000" in r.json()["error"].replace(",", "")
    r = client.post(url, json={"wrong": "field"})
    assert r.status_code == 422
    r = client.post(url, content=b"\x00\x01not json", headers={"content-type": "application/json"})
    assert r.status_code == 422
    r = client.post(f"/api/sessions/{s['id']}/questions/99/answers", json={"text": "Hello"})
    assert r.status_code == 404 and "no question 100" in r.json()["error"]
    r = client.post("/api/sessions/12345/questions/0/answers", json={"text": "Hello"})
    assert r.status_code == 404
    assert _counts(client) == (0, 0)


def test_bad_plan_requests(client) -> None:
    r = client.post("/api/plan", json={"job_family": "astronaut"})
    assert r.status_code == 422 and "astronaut" in r.json()["error"]
    r = client.post("/api/plan", json={"minutes": 500})
    assert r.status_code == 422
    r = client.post("/api/plan", json={"jd_text": "x" * 300_000})
    assert r.status_code == 422 and "limit" in r.json()["error"]
    r = client.post("/api/sessions", json={"question_ids": ["no-such-id"]})
    assert r.status_code == 422 and "no-such-id" in r.json()["error"]
    assert client.get("/api/sessions").json() == []


def test_progress_stories_export_and_delete(client) -> None:
    s = _session(client)
    for i in range(2):
        r = client.post(
            f"/api/sessions/{s['id']}/questions/{i}/answers", json={"text": TYPED_ANSWER}
        )
        assert r.status_code == 201
    aid = r.json()["answer_id"]
    prog = client.get("/api/progress").json()
    assert prog["answers"] == 2
    assert {t["metric"] for t in prog["trends"]} >= {"overall", "fillers_per_minute"}
    assert prog["series"]["total"] == 2
    assert [a["answer_id"] for a in prog["series"]["answers"]] == [aid, aid - 1]
    older = client.get("/api/progress", params={"offset": 1, "limit": 1}).json()["series"]
    assert [a["answer_id"] for a in older["answers"]] == [aid - 1]
    assert client.get("/api/progress", params={"limit": 0}).status_code == 422
    svg = client.get("/api/progress/chart.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.content.lstrip().startswith(b"<?xml")

    r = client.post(f"/api/answers/{aid}/story", params={"force": "true"})
    assert r.status_code == 201
    bank = client.get("/api/stories").json()
    assert [st["id"] for st in bank["stories"]] == [r.json()["story_id"]]
    assert "saved replies" in bank["stories"][0]["action"]

    r = client.get("/api/export")
    assert r.status_code == 200
    doc = json.loads(r.content)
    assert len(doc["tables"]["answers"]) == 2

    assert client.delete("/api/data").status_code == 422  # needs confirm=true
    r = client.delete("/api/data", params={"confirm": "true"})
    assert r.json()["deleted"]["answers"] == 2
    assert _counts(client) == (0, 0)
    assert client.get(f"/api/answers/{aid}").status_code == 404


def test_finish_session(client) -> None:
    s = _session(client)
    assert s["finished_at"] is None
    r = client.post(f"/api/sessions/{s['id']}/finish")
    assert r.json()["finished_at"] is not None


def test_openapi_covers_the_api(client) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for p in (
        "/api/plan",
        "/api/sessions",
        "/api/sessions/{session_id}/questions/{index}/answers",
        "/api/answers/{answer_id}",
        "/api/progress",
        "/api/stories",
        "/api/settings",
        "/api/export",
        "/api/data",
    ):
        assert p in paths, p
    assert not [p for p in paths if not p.startswith("/api")]  # pages stay out of the API
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/sessions/{session_id}" in docs.text


PAGES = ["/", "/sessions/new", "/progress", "/stories", "/settings", "/api/docs"]


def test_pages_render_and_need_nothing_from_the_internet(client) -> None:
    s = _session(client)
    r = client.post(f"/api/sessions/{s['id']}/questions/0/answers", json={"text": TYPED_ANSWER})
    aid = r.json()["answer_id"]
    urls = [*PAGES, f"/sessions/{s['id']}", f"/sessions/{s['id']}/room", f"/answers/{aid}"]
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        assert '<html lang="en">' in html
        # Every script, stylesheet and image is served by the app itself.
        for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not re.match(r"(https?:)?//", ref), (url, ref)
        for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert client.get(ref).status_code == 200, ref
    assert "0BSD" in client.get("/static/htmx.min.js").text[:300]


def test_form_flow_without_javascript(client) -> None:
    r = client.post(
        "/sessions/preview", data={"job_family": "teaching", "seniority": "", "minutes": "10"}
    )
    assert r.status_code == 200 and '<ol class="plan">' in r.text
    r = client.post(
        "/sessions", data={"job_family": "teaching", "minutes": "10"}, follow_redirects=False
    )
    assert r.status_code == 303
    room = r.headers["location"]
    sid = int(room.split("/")[2])
    page = client.get(room).text
    assert "question 1 of" in page
    r = client.post(
        f"/sessions/{sid}/questions/0/answer", data={"text": TYPED_ANSWER}, follow_redirects=False
    )
    assert r.status_code == 303
    fb = client.get(r.headers["location"]).text
    assert 'class="m-filler"' in fb and "Retry this question" in fb
    # With HTMX the room gets the summary in place.
    r = client.post(
        f"/sessions/{sid}/questions/1/answer",
        data={"text": TYPED_ANSWER},
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 200 and 'id="feedback-summary"' in r.text
    r = client.post(
        f"/sessions/{sid}/questions/1/answer", data={"text": ""}, headers={"HX-Request": "true"}
    )
    assert r.status_code == 422 and "empty" in r.text
    assert client.get("/sessions/999").status_code == 404
    assert "no such page" in client.get("/nowhere").text


def test_upload_a_job_description_file(client) -> None:
    jd = b"Staff Nurse, Ward 7\n\nRequirements:\n- NMC registration\n- Medication administration\n"
    r = client.post(
        "/sessions/preview",
        data={"minutes": "10"},
        files={"jd_file": ("job.txt", jd, "text/plain")},
    )
    assert r.status_code == 200, r.text
    assert "Staff Nurse" in r.text
    r = client.post(
        "/sessions/preview",
        data={"minutes": "10"},
        files={"jd_file": ("job.pdf", b"not a pdf at all", "application/pdf")},
    )
    assert r.status_code == 422 and "PDF" in r.text


def test_delete_from_the_settings_page(client) -> None:
    s = _session(client)
    client.post(f"/api/sessions/{s['id']}/questions/0/answers", json={"text": TYPED_ANSWER})
    r = client.post("/settings/delete", data={"confirm": "nope"})
    assert r.status_code == 422
    assert _counts(client) == (1, 1)
    r = client.post("/settings/delete", data={"confirm": "delete"})
    assert r.status_code == 200 and "was deleted (1 answers)" in r.text
    assert _counts(client) == (0, 0)


def test_interviewer_follow_up_joins_the_plan(client) -> None:
    s = _session(client)
    n = len(s["questions"])
    url = f"/api/sessions/{s['id']}/questions/1/answers"
    r = client.post(url, json={"text": "I fixed it."})  # too short to judge: ask for more
    follow = r.json()["follow_up"]
    assert follow == "Could you tell me a bit more about that?"
    r = client.post(f"/api/sessions/{s['id']}/questions/1/follow-up", json={"text": follow})
    assert r.status_code == 201 and r.json()["index"] == 2
    # Pressing the button twice does not ask it twice.
    again = client.post(f"/api/sessions/{s['id']}/questions/1/follow-up", json={"text": follow})
    assert again.json()["index"] == 2
    session = client.get(f"/api/sessions/{s['id']}").json()
    assert len(session["questions"]) == n + 1
    assert session["questions"][2]["text"] == follow
    assert session["questions"][2]["category"] == "follow_up"
    # A follow-up's answer gets feedback but no further follow-up.
    r = client.post(f"/api/sessions/{s['id']}/questions/2/answers", json={"text": TYPED_ANSWER})
    assert r.status_code == 201 and r.json()["follow_up"] is None
    r = client.post(f"/api/sessions/{s['id']}/questions/1/follow-up", json={"text": " "})
    assert r.status_code == 422
    # The room page offers it after a typed answer.
    r = client.post(
        f"/sessions/{s['id']}/questions/0/answer",
        data={"text": "Yes."},
        headers={"HX-Request": "true"},
    )
    assert 'id="answer-follow-up"' in r.text


def test_other_sites_cannot_write(client) -> None:
    s = _session(client)
    client.post(f"/api/sessions/{s['id']}/questions/0/answers", json={"text": TYPED_ANSWER})
    evil = {"origin": "http://evil.example"}
    r = client.post("/settings/delete", data={"confirm": "delete"}, headers=evil)
    assert r.status_code == 403
    r = client.delete("/api/data", params={"confirm": "true"}, headers=evil)
    assert r.status_code == 403 and "other web sites" in r.json()["error"]
    assert _counts(client) == (1, 1)
    # Reading is fine, and the app's own pages (same origin) may write.
    assert client.get("/api/sessions", headers=evil).status_code == 200
    own = {"origin": "http://testserver"}
    r = client.post(
        f"/api/sessions/{s['id']}/questions/1/answers", json={"text": "Yes."}, headers=own
    )
    assert r.status_code == 201
    # Another site's WebSocket is refused at the handshake (HTTP 403), before it is accepted.
    live = f"/api/sessions/{s['id']}/questions/0/live"
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect(live, headers=evil),
    ):
        pass
    assert refused.value.code == 1008


def test_a_skill_is_probed_only_the_first_time_it_is_mentioned(client) -> None:
    jd = (
        "Customer Support Specialist at Brightdesk\n\nRequirements:\n- 3+ years in customer "
        "support\n- Zendesk and SQL\n- Clear written communication\n"
    )
    s = _session(client, jd_text=jd, job_family=None, seniority=None)
    story = (
        "Last March a customer's refunds kept failing. I was the specialist on shift, so I "
        "traced the tickets in Zendesk, found that one payment rule was wrong and fixed it "
        "with our billing team that afternoon. Failed refunds fell from 40 a day to 2."
    )
    asked = []
    for index in (0, 1, 2):
        r = client.post(f"/api/sessions/{s['id']}/questions/{index}/answers", json={"text": story})
        assert r.status_code == 201, r.text
        asked.append(r.json()["follow_up"] or "")
    zendesk = [f for f in asked if "You mentioned Zendesk" in f]
    assert len(zendesk) == 1 and "You mentioned Zendesk" in asked[0], asked
