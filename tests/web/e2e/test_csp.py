"""The Content-Security-Policy in a real browser: every page and flow runs without a violation."""

from __future__ import annotations

import re

from flows import answer_typed

from interview_coach.web.services import PlanRequest

TYPED = (
    "Last spring our billing export failed at every quarter end. I split it into batches and "
    "added a retry queue, and it now finishes in forty minutes."
)


def test_no_page_breaks_the_policy(page, live_server) -> None:
    violations: list[str] = []
    page.on(
        "console",
        lambda m: (
            violations.append(m.text)
            if "Content Security Policy" in m.text or "Refused to" in m.text
            else None
        ),
    )
    page.goto("/sessions/new")
    page.click("#preview-btn")  # HTMX swaps the plan in place
    page.wait_for_selector("#plan li")
    view = live_server.coach.start_session(PlanRequest(job_family="customer_support", count=2))
    answer_typed(page, view.id, TYPED)
    page.wait_for_selector("#feedback-summary")
    answer = page.get_attribute("#full-feedback", "href")
    for url in ("/", "/progress", "/stories", "/settings", "/api/docs", answer, "/no-such-page"):
        page.goto(url)
    assert page.evaluate("typeof htmx") == "object"
    assert re.search(r"frame-ancestors 'none'", page.goto("/").headers["content-security-policy"])
    assert violations == []
