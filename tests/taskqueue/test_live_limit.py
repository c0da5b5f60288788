"""How many spoken answers a web process takes at once depends on where speech is recognised."""

from __future__ import annotations

from pathlib import Path

from interview_coach.config import Settings


def test_the_live_limit_follows_where_speech_is_recognised(tmp_path: Path) -> None:
    personal = Settings(home=tmp_path)
    team = Settings(home=tmp_path, team=True)
    queued = Settings(home=tmp_path, team=True, broker_url="redis://127.0.0.1:6379/0")
    assert personal.live_session_limit == 10  # recognised in this process: two cores' worth
    assert team.live_session_limit == 10  # team mode without workers recognises in process too
    assert queued.live_session_limit == 16  # the workers recognise; this bounds memory only
    set_by_hand = queued.model_copy(update={"max_live_sessions": 2})
    assert set_by_hand.live_session_limit == 2
    assert personal.model_copy(update={"max_live_sessions": 0}).live_session_limit == 0
