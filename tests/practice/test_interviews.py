"""The practice service on a real SQLite history: state kept between calls, replies to one
interview never lost when they arrive together, a damaged state refused clearly."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from interview_coach.config import Settings
from interview_coach.errors import InputError
from interview_coach.interviewer.models import InterviewOptions
from interview_coach.practice import InterviewNotFound, Interviews
from interview_coach.practice.interviews import TAG
from interview_coach.store import open_store
from interview_coach.store.repository import DamagedRecord

OPTIONS = InterviewOptions(minutes=10, job_family="nursing", max_follow_ups=0)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(Settings(home=tmp_path / "home")) as s:
        yield s


def test_state_survives_a_new_service_on_the_same_history(store) -> None:
    sid, turns = Interviews(store).start(OPTIONS)
    assert [t.kind for t in turns] == ["welcome"]
    Interviews(store).reply(sid, "Fine, thanks.")
    again = Interviews(store)  # as after a restart
    state = again.state(sid)
    assert state.pending == "answer" and len(state.turns) == 3
    assert store.session_notes(sid)[0] == "interview"


def test_replies_that_arrive_together_are_both_kept(store) -> None:
    service = Interviews(store)
    sid, _ = service.start(OPTIONS)
    service.reply(sid, "Fine, thanks.")
    barrier = threading.Barrier(2)

    def say(text: str) -> None:
        barrier.wait()
        service.reply(sid, text)

    # Real answers: each is analysed (tens of milliseconds), so the two calls overlap.
    answers = (
        "I'm a staff nurse with eight years on acute medical wards, and I lead the night team.",
        "I have worked in intensive care for five years and I train the new starters there.",
    )
    threads = [threading.Thread(target=say, args=(t,)) for t in answers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    said = [t.text for t in service.state(sid).turns if t.speaker == "candidate"]
    assert sorted(said[1:]) == sorted(answers)


def test_memory_only_when_nothing_is_saved() -> None:
    service = Interviews(None)
    sid, _ = service.start(OPTIONS)
    service.reply(sid, "Good, and you?")
    assert service.state(sid).turns[-1].text.startswith("I'm well, thank you.")
    with pytest.raises(InterviewNotFound):
        service.state(sid + 1)


def test_bad_ids_replies_and_states_are_clear_errors(store) -> None:
    service = Interviews(store)
    with pytest.raises(InterviewNotFound):
        service.state(42)
    practice = store.start_session(mode="mock_interview", notes="{}")
    with pytest.raises(InterviewNotFound, match="not a mock interview"):
        service.reply(practice, "hello")
    sid, _ = service.start(OPTIONS)
    with pytest.raises(InputError, match="limit is 1,500"):
        service.reply(sid, "word " * 1501)
    with pytest.raises(InputError, match="not text"):
        service.reply(sid, "\x00\x01\x02" * 50)
    assert len(service.state(sid).turns) == 1  # nothing refused was said
    # A state edited by hand (or a hostile import) is refused, not half-read.
    store.set_session_notes(sid, json.dumps({"tag": TAG, "state": {"turns": "nonsense"}}))
    with pytest.raises(DamagedRecord, match="damaged"):
        service.reply(sid, "hello")


def test_locks_are_let_go(store) -> None:
    service = Interviews(store)
    for missing in range(1000, 1100):
        with pytest.raises(InterviewNotFound):
            service.reply(missing, "hello")
    assert len(service._locks) == 0  # nothing kept for ids that do not exist
