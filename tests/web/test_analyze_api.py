"""The stateless analysis API: an answer in, the Feedback JSON out, nothing kept, every bad
input refused with a clear message (real app, real SQLite, the real speech model)."""

from __future__ import annotations

from pathlib import Path

from interview_coach.questions.answering import analyze_answer

JFK = Path(__file__).parents[1] / "speech" / "data" / "jfk.wav"
QUESTION = "Tell me about a time you improved a process."
ANSWER = (
    "Last spring our support queue doubled after a launch. I sorted a week of tickets by "
    "cause, wrote twelve saved replies for the commonest, and trained two new colleagues to "
    "use them, and within three weeks the first response time fell from nine hours to three. "
    "I learned to fix the process before adding people."
)
JOB = (
    "Customer Support Team Lead\nBrightline Software\n\nRequirements\n- Experience leading "
    "a support team\n- Zendesk administration\n- Reporting on response times"
)


def test_a_typed_answer_gets_the_same_feedback_as_the_cli_and_nothing_is_kept(client) -> None:
    r = client.post("/api/analyze", json={"question": QUESTION, "text": ANSWER})
    assert r.status_code == 200
    fb = r.json()
    direct = analyze_answer(QUESTION, ANSWER)
    assert fb["scores"] == direct.scores.model_dump()
    assert fb["transcript"] == ANSWER and fb["judgements"] == []
    assert client.get("/api/answers").json() == []  # nothing saved


def test_a_job_description_is_read_and_its_skills_counted(client) -> None:
    r = client.post(
        "/api/analyze", json={"question": QUESTION, "text": ANSWER, "job_description": JOB}
    )
    assert r.status_code == 200
    assert r.json()["content"]["job_description"] is not None


def test_bad_input_is_refused_with_a_message(client) -> None:
    cases = [
        ({"question": " ", "text": ANSWER}, "question is empty"),
        ({"question": "Q" * 1001, "text": ANSWER}, "1000"),
        ({"question": QUESTION, "text": "   "}, "answer is empty"),
        ({"question": QUESTION, "text": "<html><body><p>x</p></body></html>"}, "HTML"),
        ({"question": "Why?\x00\x00", "text": ANSWER}, "not text"),
        ({"question": QUESTION, "text": ANSWER, "job_description": "x" * 60_001}, "60000"),
        # Words glued with full stops or zero-width spaces count as the words they are.
        ({"question": QUESTION, "text": "I.led.it." * 2000}, "the limit is"),
        ({"question": QUESTION, "text": "we\u200bshipped\u200b" * 3000}, "the limit is"),
    ]
    for body, said in cases:
        r = client.post("/api/analyze", json=body)
        assert r.status_code == 422, body
        assert said in r.text.replace(",", ""), (said, r.text[:200])
    form = client.post("/api/analyze", data={"question": QUESTION, "text": ANSWER})
    assert form.status_code == 415
    foreign = client.post(
        "/api/analyze",
        json={"question": QUESTION, "text": ANSWER},
        headers={"Origin": "https://elsewhere.example"},
    )
    assert foreign.status_code == 403


def test_a_recording_is_transcribed_analysed_and_not_kept(client, settings) -> None:
    with JFK.open("rb") as fh:
        r = client.post(
            "/api/analyze/audio",
            data={"question": "What motivates you?"},
            files={"file": ("speech.wav", fh, "audio/wav")},
        )
    assert r.status_code == 200, r.text
    body = r.json()
    assert "fellow americans" in body["transcript"].lower()
    assert body["duration_seconds"] > 10 and body["feedback"]["word_count"] > 15
    assert not any(Path(settings.home).glob("*.upload"))
    assert client.get("/api/answers").json() == []


def test_a_file_that_is_not_audio_is_refused_by_its_own_name(client, settings) -> None:
    r = client.post(
        "/api/analyze/audio",
        data={"question": QUESTION},
        files={"file": ("notes.wav", b"this is not audio at all", "audio/wav")},
    )
    assert r.status_code == 422
    assert "notes.wav is not an audio file" in r.text
    assert str(settings.home) not in r.text  # no server paths in messages
    assert not any(Path(settings.home).glob("*.upload"))
    # Multipart stays refused on every other API write.
    other = client.post("/api/plan", data={"minutes": "10"}, files={"f": ("a", b"x")})
    assert other.status_code == 415


def test_an_upload_with_an_overlong_file_name_is_refused_with_a_remedy(client, settings) -> None:
    name = "a" * 5000 + ".wav"
    r = client.post(
        "/api/analyze/audio", data={"question": QUESTION}, files={"file": (name, b"RIFF")}
    )
    assert r.status_code == 400
    assert "Rename the file with a shorter name" in r.json()["error"]
    page = client.post(
        "/sessions/preview", data={"job_text": JOB}, files={"jd_file": (name, b"%PDF-1.4")}
    )
    assert page.status_code == 400 and "Rename the file" in page.text
    assert "<h1>" in page.text and name not in page.text  # the app's page; the name not echoed
    assert not any(Path(settings.home).glob("*.upload"))
    assert client.get("/api/health").status_code == 200


def test_more_recordings_than_the_limit_are_refused_at_once(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from interview_coach.config import Settings
    from interview_coach.web import analyze as analyze_route
    from interview_coach.web import create_app

    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver", max_live_sessions=1)
    with TestClient(create_app(settings, preload=False)) as c, analyze_route._slot(1):
        r = c.post(
            "/api/analyze/audio",
            data={"question": QUESTION},
            files={"file": ("speech.wav", b"RIFF", "audio/wav")},
        )
        assert r.status_code == 503 and "busy" in r.json()["error"]
    # The slot is free again afterwards.
    assert analyze_route._running == 0
