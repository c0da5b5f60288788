"""Steps the browser tests share."""

from __future__ import annotations


def answer_typed(page, session_id: int, text: str) -> None:
    """Open the session's room, type `text` as the answer and send it (HTMX swaps the reply)."""
    page.goto(f"/sessions/{session_id}/room")
    page.click("#typed summary")
    page.fill("#answer-text", text)
    page.click("#submit-typed")
