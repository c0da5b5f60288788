"""The progress page in headless Chromium after 1, 3 and 12 answers, at desktop and phone width:
points by answer number with the date on hover, trends only where the stated rule applies, and
every table (trends, practice days, negotiations) inside its box."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from web_answers import NURSE_DEAL

from interview_coach.config import Settings
from interview_coach.progress.metrics import NOT_ENOUGH
from interview_coach.types import Transcript, Word
from interview_coach.web.services import PlanRequest
from servers import uvicorn_thread

# Three kinds of answer, in turn: a clear story, a hesitant one, a short method.
ANSWERS = (
    "Last spring our support queue doubled after a launch. I was asked to bring the first "
    "response time back under four hours. I wrote twelve saved replies and trained two new "
    "colleagues. Within three weeks the response time fell from nine hours to three.",
    "Um, I think I, uh, helped with the, um, rota, you know, and it was fine I guess.",
    "When a delivery came in short I rang the supplier, agreed a same-day top-up and changed "
    "the order check so the crew counts every pallet; shortages fell to one a month.",
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
TIP = re.compile(r"^Answer (\d+), \d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d: Overall \d+$")
# Tables whose content runs past their box (a scroll box with more than it shows, or a last
# column beyond the window), by their section's heading.
CUT_OFF_TABLES = """() => [...document.querySelectorAll('main table')].filter(t => {
  const box = t.closest('.table-wrap') || t.parentElement;
  const last = t.querySelector('tr > :last-child:not(:first-child)') || t;
  return box.scrollWidth > box.clientWidth + 1
    || last.getBoundingClientRect().right > document.documentElement.clientWidth + 1;
}).map(t => t.closest('section').querySelector('h2').textContent)"""


def _spoken(text: str, wpm: float) -> Transcript:
    """The answer with even word timings, as the recogniser would give them."""
    words, at, pos = [], 0.0, 0
    for w in text.split():
        start = text.index(w, pos)
        pos = start + len(w)
        words.append(Word(word=w, start=at, end=at + 48 / wpm, char_start=start, char_end=pos))
        at += 60 / wpm
    return Transcript(text=text, words=tuple(words), duration_seconds=at)


@contextmanager
def _server_with(tmp: Path, count: int) -> Iterator[str]:
    """A real server on its own data folder holding `count` answers, every second one spoken."""
    from interview_coach.web import create_app

    app = create_app(Settings(home=tmp / f"home-{count}"), preload=False)
    with uvicorn_thread(app) as port:
        coach = app.state.coach
        view = coach.start_session(PlanRequest(job_family="customer_support", count=count))
        for k in range(count):
            text = ANSWERS[k % len(ANSWERS)]
            said = _spoken(text, 120 + 6 * k) if k % 2 else Transcript(text=text)
            coach.answer(view.id, k % len(view.questions), said)
        # Two finished negotiations: a market percentile in the outcome, and a long word.
        negotiations = coach.negotiations
        nurse = negotiations.start("Registered Nurse", "Austin, TX")
        for line in NURSE_DEAL:
            negotiations.reply(nurse, line)
        other = negotiations.start("Anaesthesiologist", "London, UK", target=140_000)
        for line in NURSE_DEAL[2:]:
            negotiations.reply(other, line)
        assert negotiations.session(nurse).finished and negotiations.session(other).finished
        yield f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("count", [1, 3, 12])
def test_progress_by_answer_number_with_the_date_on_hover(
    browser, tmp_path: Path, artifacts: Path, count: int
) -> None:
    with _server_with(tmp_path, count) as url:
        for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            ctx = browser.new_context(viewport=viewport, base_url=url)
            page = ctx.new_page()
            assert page.goto("/progress").ok
            page.screenshot(path=str(artifacts / f"progress-{count}-{name}.png"), full_page=True)
            # Each answer is one point, at its number, and says its number and date.
            points = page.locator("#chart-scores .chart-overall title")
            tips = points.all_text_contents()
            assert [int(TIP.match(t).group(1)) for t in tips] == list(range(1, count + 1)), tips
            ticks = page.locator("#chart-scores text.chart-xtick").all_text_contents()
            assert str(count) in ticks and {int(t) for t in ticks} <= set(range(1, count + 1))
            # Hovering a point marks it (the browser shows its title as the tooltip).
            last = page.locator("#chart-scores .chart-overall .chart-hit").last
            last.hover()
            dot = page.locator("#chart-scores .chart-overall:hover .chart-dot")
            assert dot.count() == 1
            # A click (a tap on a phone, which shows no hover tips) writes the tip under the
            # panel.
            last.click()
            readout = page.locator("#chart-scores .chart-readout")
            assert readout.inner_text() == tips[-1]
            # Spoken answers draw fillers as bars, each with its own answer's tip.
            bars = page.locator("#chart-fillers .chart-bar title").all_text_contents()
            assert len(bars) == count // 2, bars
            assert all(re.match(r"^Answer \d+, ", b) for b in bars)
            # The trend rule is stated, and no trend is claimed before it applies.
            assert "newest 5 answers" in page.inner_text("#trend-rule")
            overall = page.locator("#trend-h ~ .table-wrap tbody tr").first.inner_text()
            if count < 6:
                assert NOT_ENOUGH in overall
            else:
                assert re.search(r"improving|steady|worsening", overall), overall
            # Readable at a phone's width: nothing runs off the side, type at least 10 px.
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"] + 1
            # Every table shows all its columns without scrolling sideways.
            assert page.locator("#neg-h ~ .table-wrap tbody tr").count() == 2
            assert page.evaluate(CUT_OFF_TABLES) == []
            tick_px = page.locator("#chart-scores text.chart-tick").first.evaluate(
                "t => t.getBoundingClientRect().height"
            )
            assert tick_px >= 10, tick_px
            ctx.close()
