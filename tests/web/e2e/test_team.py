"""Team mode in Chromium: a coach invites, a candidate signs up, practises and shares, the coach
comments on a moment of the answer, the candidate reads it, and an admin deletes the candidate.

A real server (uvicorn) on PostgreSQL; skipped without INTERVIEW_COACH_TEST_POSTGRES_URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flows import answer_typed

from interview_coach.config import Settings

PASSWORD = "correct horse battery staple"
ANSWER = (
    "Last spring our support queue doubled after a pricing change. I was asked to bring the "
    "first reply time back under four hours. I wrote twelve saved replies for the most common "
    "questions and set up a rota with two colleagues. Within three weeks the first reply time "
    "was down to two hours, and I learnt to look at the queue data before adding people."
)


@pytest.fixture
def team_server(tmp_path: Path) -> Iterator[tuple[str, object]]:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2]))
    from servers import uvicorn_thread
    from store.conftest import POSTGRES_URL, reset_postgres

    if not POSTGRES_URL:
        pytest.skip("team mode needs PostgreSQL: set INTERVIEW_COACH_TEST_POSTGRES_URL")
    reset_postgres(POSTGRES_URL)
    from interview_coach.web import create_app

    # Plain HTTP on loopback in this test only: the cookie is not marked Secure.
    settings = Settings(home=tmp_path / "home", database_url=POSTGRES_URL, team=True,
                        secret_key="e2e-" + "k" * 40, secure_cookies=False)  # fmt: skip
    app = create_app(settings, preload=False)
    app.state.accounts.create_user("admin", PASSWORD, "admin")
    app.state.accounts.create_user("cora", PASSWORD, "coach")
    with uvicorn_thread(app) as port:
        yield f"http://127.0.0.1:{port}", app
    app.state.coach.close()


def _context(browser, url: str, width: int = 1280):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": width, "height": 900}, base_url=url)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    return ctx, page


def _sign_in(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/progress")
    assert "/login" in page.url  # asked to sign in first
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/progress$"))


def test_invite_practise_share_comment_delete(browser, team_server, artifacts) -> None:
    url, app = team_server
    coach_ctx, coach = _context(browser, url)
    _sign_in(coach, "cora")
    coach.goto("/cohorts")
    coach.fill("#cohort-name", "Spring intake")
    coach.click("text=Create")
    coach.click("text=Invitation link for a new candidate")
    link = coach.locator("#shown-link").inner_text()
    assert "/join/" in link

    cand_ctx, cand = _context(browser, url, width=390)  # a phone
    cand.goto(link)
    cand.fill("#username", "ann")
    cand.fill("#password", PASSWORD)
    cand.fill("#again", PASSWORD)
    cand.click("text=Create account")
    cand.wait_for_url(re.compile(r"/$"))
    cand.click("#first-session")
    cand.wait_for_url(re.compile(r"/sessions/(\d+)/room"))
    session_id = int(re.search(r"/sessions/(\d+)/room", cand.url).group(1))
    answer_typed(cand, session_id, ANSWER)  # HTMX sends the anti-forgery header
    cand.wait_for_selector("#feedback-summary")
    cand.goto("/cohorts")
    cand.screenshot(path=str(artifacts / "team-01-cohorts-phone.png"), full_page=True)
    cand.click("text=Share with this coach")
    assert cand.locator("text=Stop sharing").count() == 1

    coach.goto("/coach")
    assert coach.locator("td a", has_text="ann").count() == 1
    coach.screenshot(path=str(artifacts / "team-02-coach-dashboard.png"), full_page=True)
    coach.click("td a:has-text('ann')")
    coach.locator("ul.stack a").first.click()
    coach.locator("textarea[name=body]").first.fill("Open with the two-hour result.")
    coach.locator("text=Comment here").first.click()
    coach.wait_for_selector("blockquote.comment")
    assert "Open with the two-hour result." in coach.locator("blockquote.comment").inner_text()

    answer_id = int(re.search(r"/answers/(\d+)$", coach.url).group(1))
    cand.goto(f"/answers/{answer_id}")
    assert "Open with the two-hour result." in cand.locator("#comments-h + blockquote").inner_text()
    cand.screenshot(path=str(artifacts / "team-03-comment-phone.png"), full_page=True)

    admin_ctx, admin = _context(browser, url)
    _sign_in(admin, "admin")
    admin.goto("/admin/users")
    row = admin.locator("tr", has_text="ann")
    row.locator("input[name=confirm]").fill("ann")
    row.locator("button:has-text('Delete')").click()
    admin.wait_for_load_state()
    assert admin.locator("td", has_text=re.compile(r"^ann$")).count() == 0
    # The deleted candidate's browser is signed out: the next page asks to sign in.
    cand.goto("/progress")
    assert "/login" in cand.url
    import sqlalchemy as sa

    # Straight to the database, past the Store's per-account scoping: no answer of anyone left.
    with app.state.accounts.store.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.execute(sa.text("SELECT count(*) FROM answers")).scalar() == 0
    for ctx in (coach_ctx, cand_ctx, admin_ctx):
        ctx.close()
