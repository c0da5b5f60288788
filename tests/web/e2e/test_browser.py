"""Whole interviews in headless Chromium: spoken (fake microphone), typed and keyboard-only."""

from __future__ import annotations

import json
import re
import time
from itertools import pairwise

import sqlalchemy as sa
from flows import answer_typed
from web_answers import phrases_missed

from interview_coach.inputs import EMPTY_ANSWER
from interview_coach.practice.stories import keep_answer
from interview_coach.store.tables import Answer
from interview_coach.web.services import PlanRequest
from security import hostile  # tests/ is on the path (tests/web/conftest.py)

TYPED = (
    "Last spring our support queue doubled after a launch. I was asked to bring the first "
    "response time back under four hours. I wrote twelve saved replies and, um, trained two "
    "new colleagues. Within three weeks the response time fell from nine hours to three."
)


def _shot(page, artifacts, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def _answers(server) -> int:
    with server.coach.store.transaction() as s:
        return s.execute(sa.select(sa.func.count()).select_from(Answer)).scalar()


def test_spoken_interview_with_the_microphone(page, live_server, spoken_clip, artifacts) -> None:
    before = _answers(live_server)
    page.goto("/sessions/new")
    page.select_option("#job_family", "software_engineering")
    page.select_option("#seniority", "mid")
    page.click("#preview-btn")
    page.wait_for_selector("#plan ol.plan li")
    assert page.locator("#plan ol.plan li").count() >= 4
    _shot(page, artifacts, "01-new-session-plan")
    page.click("#start-btn")
    page.wait_for_url(re.compile(r"/sessions/\d+/room$"))
    # The clip tells a story, so answer the plan's first behavioural question.
    sid = int(page.url.split("/")[-2])
    plan = live_server.coach.session(sid).questions
    index = next(i for i, q in enumerate(plan) if q.category == "behavioural")
    page.goto(f"/sessions/{sid}/room?q={index}")
    question = page.inner_text("#question")
    assert question == plan[index].text

    page.select_option("#think", "0")
    page.click("#record-btn")
    page.wait_for_selector("#stop-btn:visible")
    assert "Recording" in page.inner_text("#status")
    # The fake microphone plays the clip from its start; stop when it has been spoken. Until
    # then, watch the live transcript: provisional words (dimmed) come before the first
    # stretch's final words, and it moves several times, never frozen until Stop.
    seen: list[tuple[str, str]] = []
    moved: list[float] = []  # seconds after Record at which the transcript changed
    started = time.monotonic()
    end = started + spoken_clip.duration - 0.5
    while time.monotonic() < end:
        guess = page.locator("#live-transcript .provisional")
        now = (page.inner_text("#live-transcript"), guess.inner_text() if guess.count() else "")
        if not seen or now != seen[-1]:
            seen.append(now)
            moved.append(time.monotonic() - started)
        time.sleep(0.2)
    guessed = [i for i, (_, g) in enumerate(seen) if g.strip()]
    assert guessed, seen
    finals = (i for i, (t, g) in enumerate(seen) if t.strip() not in ("…", g.strip()))
    first_final = next(finals, None)
    assert first_final is None or guessed[0] < first_final, seen  # a guess came first
    assert len({t for t, _ in seen}) >= 3, seen
    # The cadence, kept for docs/benchmarks.md (the target is words within 2 s of speech and
    # a change at least every 2 s); asserted only against a freeze, as a busy machine is slow.
    gaps = [b - a for a, b in pairwise([*moved, time.monotonic() - started])]
    cadence = {"first_guess_s": moved[guessed[0]], "longest_still_s": max(gaps[1:], default=0)}
    (artifacts / "live-cadence.json").write_text(json.dumps(cadence))
    assert cadence["first_guess_s"] < 8 and cadence["longest_still_s"] < 8, cadence
    timer = page.inner_text("#timer")
    assert re.fullmatch(r"0:1\d", timer), timer  # the visible timer ran
    _shot(page, artifacts, "02-room-recording")
    stopped = time.monotonic()
    page.click("#stop-btn")
    page.wait_for_selector("#feedback-summary", timeout=60_000)
    waited = time.monotonic() - stopped
    _shot(page, artifacts, "03-room-feedback")

    live = page.inner_text("#live-transcript").lower()
    assert not phrases_missed(live), live  # every stretch of the answer was heard
    status = page.inner_text("#status")
    assert "Feedback ready" in status
    server_seconds = float(re.search(r"\(([\d.]+) s", status).group(1))
    timings = page.get_attribute("#room", "data-timings")
    # ~1-2 s on an idle machine (docs/benchmarks.md); generous here for a busy CI machine.
    assert server_seconds < 15 and waited < 20, (server_seconds, waited, timings)
    scores = page.locator("#feedback-summary .score .n").all_inner_texts()
    assert len(scores) == 4 and all(0 <= int(s) <= 100 for s in scores)
    assert _answers(live_server) == before + 1

    page.click("#full-feedback")
    page.wait_for_selector("#transcript")
    assert page.inner_text("h1") == question
    fillers = [t.lower() for t in page.locator("#transcript mark.m-filler").all_inner_texts()]
    assert any(f.startswith("um") for f in fillers), fillers
    hedges = page.locator("#transcript mark.m-hedge").all_inner_texts()
    assert any("i think" in h.lower() for h in hedges), hedges
    assert page.locator("#transcript .part-tag").count() >= 3
    assert page.locator("audio").count() == 1
    # Playback from the transcript: the length shows before playing; a click on a word plays
    # from that word, and the word being said is highlighted.
    assert re.search(r"\b0:\d\d\b", page.inner_text(".player"))
    words = page.locator("#transcript .w[data-t]")
    assert words.count() > 20
    target = words.nth(words.count() // 2)
    at = float(target.get_attribute("data-t"))
    target.click()
    # Up to 15 s for the recording to load and play on a busy machine; this is not a timing.
    for _ in range(150):
        now = page.evaluate("document.getElementById('player').currentTime")
        if now > at and page.locator("#transcript .now").count() == 1:
            break
        time.sleep(0.1)
    assert at - 0.2 <= now <= at + 5, (at, now)
    assert page.locator("#transcript .now").count() == 1
    # From the keyboard: a highlighted filler is a Tab stop, and Enter plays from it.
    filler = page.locator("#transcript mark.m-filler[data-t]").first
    at = float(filler.get_attribute("data-t"))
    filler.focus()
    page.keyboard.press("Enter")
    for _ in range(150):
        now = page.evaluate("document.getElementById('player').currentTime")
        if at - 0.2 <= now <= at + 5:
            break
        time.sleep(0.1)
    assert at - 0.2 <= now <= at + 5, (at, now)
    answer_id = int(page.url.rsplit("/", 1)[1])
    record = live_server.coach.get_answer(answer_id)
    # The room records 16 kHz PCM with an AudioWorklet; the server keeps it as WAV.
    assert record.audio_path is not None and record.audio_path.suffix == ".wav"
    assert record.transcript.duration_seconds > spoken_clip.duration - 3
    _shot(page, artifacts, "04-feedback-spoken")

    page.click("#retry")
    page.wait_for_url(re.compile(rf"/room\?q={index}$"))
    assert page.inner_text("#question") == question
    assert "Earlier attempts" in page.inner_text("#room")


def test_typed_interview(page, live_server, artifacts) -> None:
    view = live_server.coach.start_session(PlanRequest(job_family="customer_support", count=3))
    answer_typed(page, view.id, TYPED)
    page.wait_for_selector("#feedback-summary")
    assert page.locator("#feedback-summary .tips li").count() >= 1
    _shot(page, artifacts, "05-room-typed-feedback")
    page.click("#next-question")
    page.wait_for_url(re.compile(r"\?q=1$"))
    page.click("#typed summary")
    page.fill("#answer-text", "   ")
    page.click("#submit-typed")  # spaces pass `required`; the server refuses them
    assert page.locator("#feedback-summary").count() == 0
    page.goto(f"/sessions/{view.id}")
    assert page.locator("tbody tr").count() == 3
    _shot(page, artifacts, "06-session-summary")
    # A story kept from an answer to a behavioural question, for the story bank's page.
    told = live_server.coach.start_session(PlanRequest(job_family="customer_support"))
    index = next(i for i, q in enumerate(told.questions) if q.category == "behavioural")
    answer_id, _ = live_server.coach.typed_answer(told.id, index, TYPED)
    keep_answer(live_server.coach.store, answer_id, force=True)
    for url, name in (
        ("/", "07-home"),
        ("/progress", "08-progress"),
        ("/stories", "09-stories"),
        ("/settings", "09-settings"),
    ):
        page.goto(url)
        _shot(page, artifacts, name)
    page.goto("/stories")
    assert page.locator("details summary", has_text="What was cleaned").count() >= 1
    assert page.goto("/progress").ok
    assert page.locator("#chart-scores .chart-overall title").count() >= 1


def _tab_to(page, predicate: str, limit: int = 60) -> None:
    """Press Tab until the focused element satisfies the JS predicate `el => ...`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate})(document.activeElement)"):
            return
    raise AssertionError(f"never reached an element where {predicate}")


def test_keyboard_only(page, live_server, artifacts) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    _tab_to(page, "el => el.textContent.trim() === 'Start practice'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/sessions/new")
    _tab_to(page, "el => el.id === 'job_family'")
    page.keyboard.type("Teaching")  # a focused select picks the option typed
    assert page.input_value("#job_family") == "teaching"
    _tab_to(page, "el => el.id === 'start-btn'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/room$"))
    _tab_to(page, "el => el.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    _tab_to(page, "el => el.id === 'answer-text'")
    page.keyboard.type(TYPED)
    _tab_to(page, "el => el.id === 'submit-typed'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#feedback-summary")
    # Focus moves to the feedback, so the next Tab stops are its links.
    page.wait_for_function("document.activeElement.id === 'feedback'")
    _tab_to(page, "el => el.id === 'full-feedback'", limit=5)
    _shot(page, artifacts, "10-keyboard-focus")
    page.keyboard.press("Enter")
    page.wait_for_selector("#transcript")
    assert page.locator("#transcript mark.m-filler").count() >= 1


def test_phone_width_pages(browser, live_server, artifacts) -> None:
    view = live_server.coach.start_session(PlanRequest(job_family="nursing", count=2))
    answer_id, _ = live_server.coach.typed_answer(view.id, 0, TYPED)
    interview = live_server.coach.start_interview(PlanRequest(job_family="nursing", minutes=10))
    live_server.coach.interviews.reply(interview, "Fine, thanks.")
    live_server.coach.interviews.reply(interview, TYPED)
    ctx = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_server.url, is_mobile=True
    )
    page = ctx.new_page()
    pages = {
        "home": "/",
        "new-session": "/sessions/new",
        "room": f"/sessions/{view.id}/room?q=1",
        "feedback": f"/answers/{answer_id}",
        "summary": f"/sessions/{view.id}",
        "progress": "/progress",
        "stories": "/stories",
        "settings": "/settings",
        "mock-interview": f"/interviews/{interview}",
        "negotiate": "/negotiations/new",
        "mock-interview-report": f"/interviews/{interview}/report",
    }
    for name, url in pages.items():
        page.goto(url)
        page.screenshot(path=str(artifacts / f"phone-{name}.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 391, (name, width)  # nothing runs off the side of the screen
    ctx.close()


def test_spoken_answer_with_the_mediarecorder_fallback(page, live_server, spoken_clip) -> None:
    """A browser without AudioWorklet records webm/opus with MediaRecorder instead."""
    page.add_init_script("delete window.AudioWorkletNode;")
    view = live_server.coach.start_session(PlanRequest(job_family="software_engineering"))
    index = next(i for i, q in enumerate(view.questions) if q.category == "behavioural")
    page.goto(f"/sessions/{view.id}/room?q={index}")
    page.select_option("#think", "0")
    page.click("#record-btn")
    page.wait_for_selector("#stop-btn:visible")
    time.sleep(spoken_clip.duration - 0.5)
    page.click("#stop-btn")
    page.wait_for_selector("#feedback-summary", timeout=60_000)
    assert "tracing" in page.inner_text("#live-transcript").lower()
    answer_id = int(page.get_attribute("#feedback-summary", "data-answer"))
    record = live_server.coach.get_answer(answer_id)
    assert record.audio_path.suffix == ".webm"


def test_errors_show_beside_the_form_that_sent_them(page, live_server, tmp_path, artifacts) -> None:
    """A hostile document in "Preview plan" and a blank typed answer: the server's message
    appears where the user acted (it used to reach only the browser console)."""
    bad = tmp_path / "inflating.docx"
    bad.write_bytes(hostile.docx_inflating())
    page.goto("/sessions/new")
    page.set_input_files("#jd_file", str(bad))
    page.click("#preview-btn")
    alert = page.locator("#plan [role=alert]")
    alert.wait_for(timeout=30_000)
    assert "inflating.docx" in alert.inner_text()
    assert page.locator("#plan header.top").count() == 0  # the message, not a whole page
    _shot(page, artifacts, "11-hostile-document-error")

    view = live_server.coach.start_session(PlanRequest(job_family="customer_support", count=1))
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if r.method == "POST" else None)
    # Only spaces pass `required`; the box trims as the server does and says what it would.
    answer_typed(page, view.id, "   ")
    message = page.eval_on_selector("#answer-text", "t => t.validationMessage")
    assert message == EMPTY_ANSWER
    assert not sent and page.locator("#feedback *").count() == 0
    # Were the check bypassed, the server's own refusal shows beside the form.
    page.eval_on_selector("#answer-text", "t => { t.setCustomValidity(''); t.value = '   '; }")
    page.eval_on_selector("#answer-text", "t => t.removeAttribute('required')")
    page.click("#submit-typed")
    alert = page.locator("#feedback [role=alert]")
    alert.wait_for(timeout=30_000)
    assert EMPTY_ANSWER in alert.inner_text()


def _send(page, text: str) -> None:
    """Type a reply in the mock interview and wait for the interviewer's answer."""
    before = page.locator("#turns li").count()
    page.fill("#reply-text", text)
    page.click("#send-reply")
    page.locator("#turns li").nth(before).wait_for()


def test_a_staged_mock_interview_ends_with_a_report_download(
    page, live_server, artifacts, tmp_path, spoken_clip
) -> None:
    page.goto("/sessions/new")
    page.select_option("#job_family", "customer_support")
    page.select_option("#minutes", "10")
    page.click("#mock-btn")
    page.wait_for_url(re.compile(r"/interviews/\d+$"))
    assert "how are you today?" in page.inner_text("#turns")
    _send(page, "Good, thanks. How are you?")
    assert "I'm well, thank you." in page.locator("#turns li").last.inner_text()
    _send(page, "Do you mean my whole career, or just my current job?")
    assert page.locator("#turns li").last.get_attribute("data-kind") == "clarify"
    # A spoken reply: the fake microphone plays the clip; the interviewer answers it.
    before = page.locator("#turns li").count()
    page.select_option("#think", "0")
    page.click("#record-btn")
    page.wait_for_selector("#stop-btn:visible")
    time.sleep(spoken_clip.duration - 0.5)
    page.click("#stop-btn")
    page.locator("#turns li").nth(before + 1).wait_for(timeout=60_000)
    spoken = page.locator("#turns li.turn-candidate").last.inner_text().lower()
    assert "friday" in spoken, spoken
    assert page.locator("#turns li").last.get_attribute("data-kind") in (
        "question",
        "follow_up",
    )
    _send(page, TYPED)
    _shot(page, artifacts, "11-mock-interview")
    # Keep answering until the interviewer closes, or end it after a few more turns.
    for _ in range(6):
        if page.locator("#report-links").count():
            break
        _send(page, TYPED)
    if not page.locator("#report-links").count():
        page.click("#end-interview")
        page.wait_for_selector("#report-links")
    assert page.locator("#turns li").last.get_attribute("data-kind") == "closing"
    with page.expect_download() as info:
        page.click("#report-pdf")
    path = tmp_path / "report.pdf"
    info.value.save_as(path)
    assert path.read_bytes().startswith(b"%PDF-")
    page.click("#report-link")
    page.wait_for_selector("article.report h1")
    assert page.locator("article.report img").evaluate("img => img.naturalWidth") > 0
    _shot(page, artifacts, "12-mock-interview-report")


def test_a_negotiation_spoken_then_typed(page, live_server, artifacts, spoken_clip) -> None:
    page.goto("/")
    page.click("text=Negotiate the offer")
    page.wait_for_url("**/negotiations/new")
    page.fill("#role", "Store manager")
    page.fill("#location", "Ohio")
    page.fill("#target", "58000")
    page.click("#start-negotiation")
    page.wait_for_url(re.compile(r"/negotiations/\d+$"))
    assert "First-Line Supervisors of Retail Sales Workers" in page.inner_text("#market")
    # The first line spoken: the fake microphone plays its clip; the recruiter answers it.
    page.select_option("#think", "0")
    page.click("#record-btn")
    page.wait_for_selector("#stop-btn:visible")
    time.sleep(spoken_clip.duration - 0.5)
    page.click("#stop-btn")
    page.locator("#turns li").nth(2).wait_for(timeout=60_000)
    assert "friday" in page.locator("#turns li.turn-candidate").first.inner_text().lower()
    lines = [
        "Given that I cut shrink by a third last year, could you get the base to 58k?",
        "Could we add three more days of paid leave?",
        "No, that's everything.",
        "Yes, we have a deal. Could you send the offer in writing?",
    ]
    for line in lines:
        before = page.locator("#turns li").count()
        page.fill("#reply-text", line)
        page.click("#send-reply")
        page.locator("#turns li").nth(before + 1).wait_for()
    page.wait_for_selector("#result")
    assert "Deal:" in page.inner_text("#result")
    _shot(page, artifacts, "13-negotiation")
    with page.expect_download() as info:
        page.click("#negotiation-pdf")
    assert info.value.suggested_filename.endswith(".pdf")


def test_the_guided_first_question_from_the_home_page(browser, live_server, artifacts) -> None:
    """At phone width: the home page's one-question start, the guide, feedback, what next."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto("/")
    page.locator("form[action='/sessions/first'] button").first.click()
    page.wait_for_url(re.compile(r"/room$"))
    assert page.is_visible("#guide")
    assert page.inner_text("#question") == "Tell me about yourself."
    page.click("#typed summary")
    page.fill("#answer-text", TYPED)
    page.click("#submit-typed")
    page.wait_for_selector("#what-next")
    assert page.is_visible("#plan-next")
    _shot(page, artifacts, "11-first-question-phone")
    context.close()


def test_dark_mode_follows_the_system_setting(browser, live_server, artifacts) -> None:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=live_server.url, color_scheme="dark"
    )
    page = context.new_page()
    page.goto("/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 20, 23)"  # --bg of the dark theme
    _shot(page, artifacts, "12-home-dark")
    page.goto("/sessions/new")
    _shot(page, artifacts, "13-new-session-dark")
    view = live_server.coach.start_session(PlanRequest(job_family="customer_support", count=1))
    answer_typed(page, view.id, TYPED)
    page.wait_for_selector("#feedback-summary")
    page.click("#full-feedback")
    page.wait_for_selector("#transcript mark.m-filler")
    mark = page.evaluate(
        "getComputedStyle(document.querySelector('#transcript mark.m-filler')).backgroundColor"
    )
    assert mark == "rgb(90, 34, 34)"  # --filler of the dark theme, under light text
    _shot(page, artifacts, "14-feedback-dark")
    context.close()
