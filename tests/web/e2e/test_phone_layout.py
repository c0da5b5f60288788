"""Layout at a phone's width (390 px) in headless Chromium: long words, tap targets, legends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_coach.config import Settings
from interview_coach.web.services import PlanRequest
from servers import uvicorn_thread

PHONE = {"width": 390, "height": 844}
# A pasted link or a key held down: one word far wider than a phone.
LONG_WORD = "https://intranet.example.org/pharmacy/" + "reconciliation-audit-" * 20
ANSWER = (
    f"I wrote the checklist up at {LONG_WORD} and trained two apprentices to use it. "
    "Within a year missed doses fell by a third across both surgical wards."
)
WIDER_THAN_THE_SCREEN = """() => [...document.querySelectorAll('main *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className)"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    """A server (no speech model) holding one typed answer and one negotiation, with ids."""
    from interview_coach.web import create_app

    app = create_app(Settings(home=tmp_path_factory.mktemp("phone-home")), preload=False)
    with uvicorn_thread(app) as port:
        coach = app.state.coach
        view = coach.start_session(PlanRequest(job_family="nursing", count=2))
        answer_id, _ = coach.typed_answer(view.id, 0, ANSWER)
        negotiation = coach.negotiations.start("Pharmacy technician", "Leeds, UK", target=34_000)
        coach.negotiations.reply(negotiation, f"My portfolio is at {LONG_WORD}; I'd like £36,000.")
        ids = {"session": view.id, "answer": answer_id, "negotiation": negotiation}
        yield f"http://127.0.0.1:{port}", ids


@pytest.fixture
def phone(browser, server):
    url, ids = server
    ctx = browser.new_context(viewport=PHONE, base_url=url, is_mobile=True)
    yield ctx.new_page(), ids
    ctx.close()


def test_a_long_word_breaks_instead_of_pushing_the_page_sideways(phone, artifacts: Path) -> None:
    page, ids = phone
    for name, url in (
        ("feedback", f"/answers/{ids['answer']}"),
        ("summary", f"/sessions/{ids['session']}"),
        ("negotiation", f"/negotiations/{ids['negotiation']}"),
    ):
        assert page.goto(url).ok
        page.eval_on_selector_all("main details", "ds => ds.forEach(d => { d.open = true; })")
        page.screenshot(path=str(artifacts / f"phone-long-word-{name}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
        assert page.evaluate(WIDER_THAN_THE_SCREEN) == [], name


def test_checkboxes_are_big_enough_to_tap(phone) -> None:
    page, _ = phone
    for url, box in (("/sessions/new", "#salary"), ("/settings", "#pref-speak")):
        page.goto(url)
        size = page.locator(box).bounding_box()
        assert size and size["width"] >= 24 and size["height"] >= 24, (url, size)


def test_each_score_band_keeps_its_range_on_one_line(phone) -> None:
    page, ids = phone
    page.goto(f"/answers/{ids['answer']}")
    bands = page.locator(".bands span")
    assert bands.count() == 4
    lines = bands.evaluate_all("spans => spans.map(s => s.getClientRects().length)")
    assert lines == [1, 1, 1, 1], bands.all_inner_texts()
