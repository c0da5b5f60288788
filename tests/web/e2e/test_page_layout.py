"""What a new user sees at a desktop's (1280 px) and a phone's (390 px) width in headless
Chromium: one way on after the feedback, fields that show their whole choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview_coach.config import Settings
from interview_coach.web.services import PlanRequest
from servers import uvicorn_thread

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
ANSWER = (
    "On my last ward I noticed patients were missing doses after transfer. I set up a daily "
    "reconciliation round with the nurses and trained two apprentices to do first checks. "
    "Within a year missed doses fell by thirty percent."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """A server without the speech model, and its coach."""
    from interview_coach.web import create_app

    app = create_app(Settings(home=tmp_path_factory.mktemp("layout-home")), preload=False)
    with uvicorn_thread(app) as port:
        yield f"http://127.0.0.1:{port}", app.state.coach


@pytest.fixture(params=list(WIDTHS))
def sized(request, browser, server):
    url, coach = server
    ctx = browser.new_context(
        viewport=WIDTHS[request.param], base_url=url, is_mobile=request.param == "phone"
    )
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    yield page, coach, request.param
    ctx.close()


def test_after_the_feedback_the_room_offers_one_way_to_the_next_question(sized) -> None:
    page, coach, _ = sized
    view = coach.start_session(PlanRequest(job_family="nursing", count=3))
    page.goto(f"/sessions/{view.id}/room?q=0")
    assert page.locator("#skip-next").is_visible()  # before an answer, the way past it
    page.click("#typed summary")
    page.fill("#answer-text", ANSWER)
    page.click("#submit-typed")
    page.wait_for_selector("#feedback-summary")
    assert page.locator("#next-question").is_visible()
    assert not page.get_by_role("link", name="Skip to next").is_visible()


@pytest.mark.parametrize("script", [True, False], ids=["htmx", "no-javascript"])
def test_end_the_interview_ends_it_with_and_without_javascript(browser, server, script) -> None:
    from interview_coach.web.services import PlanRequest as Plan

    url, coach = server
    sid = coach.start_interview(Plan(job_family="nursing", minutes=10))
    ctx = browser.new_context(base_url=url, java_script_enabled=script)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    page.goto(f"/interviews/{sid}")
    page.fill("#reply-text", "Good, thanks. How are you?")
    page.click("#send-reply")
    page.wait_for_selector("#turns li:nth-child(3)")
    page.click("#end-interview")
    page.wait_for_selector("#report-links")
    assert page.locator("#turns li").last.get_attribute("data-kind") == "closing"
    assert page.locator("#reply").count() == 0
    assert coach.interviews.state(sid).finished
    if not script:  # the page comes back at the report's links, not at a reply box now gone
        assert page.url.endswith(f"/interviews/{sid}#report-links")
    ctx.close()


# A select shows its choice whole when it is as wide as the text, its padding and borders and
# the arrow beside the text (about 20 px in Chromium).
CHOICE_FITS = """sel => {
  const probe = document.createElement('span');
  probe.style.font = getComputedStyle(sel).font;
  probe.style.position = 'absolute'; probe.style.whiteSpace = 'nowrap';
  probe.textContent = sel.options[sel.selectedIndex].text;
  document.body.appendChild(probe);
  const text = probe.getBoundingClientRect().width;
  probe.remove();
  const cs = getComputedStyle(sel);
  const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth']
    .reduce((sum, k) => sum + parseFloat(cs[k]), 0);
  return [sel.getBoundingClientRect().width, text + frame + 20];
}"""


def test_the_new_session_form_shows_whole_choices_and_spaces_its_fields(sized) -> None:
    page, _, _ = sized
    page.goto("/sessions/new")
    for select in ("#job_family", "#seniority", "#minutes"):
        width, needed = page.eval_on_selector(select, CHOICE_FITS)
        assert width >= needed, (select, width, needed)
    page.click("details summary")
    above = page.locator("#jd_file").bounding_box()
    label = page.locator("label[for=resume_text]").bounding_box()
    assert above and label
    assert label["y"] - (above["y"] + above["height"]) >= 12, (above, label)


def test_the_recruiters_first_question_is_on_the_first_screen(sized) -> None:
    """The open preparation sheet above the conversation put the recruiter's question some
    1,500 px down a phone: the conversation comes first, the sheet after it or beside it."""
    page, coach, width = sized
    sid = coach.negotiations.start("Pharmacy technician", "Leeds, UK", target=34_000)
    page.goto(f"/negotiations/{sid}")
    assert page.locator("#prep").get_attribute("open") is not None  # still open, not hidden
    question = page.locator("#turns li").first.bounding_box()
    reply = page.locator("#reply-text").bounding_box()
    assert question and reply
    assert reply["y"] + reply["height"] <= WIDTHS[width]["height"], (question, reply)
