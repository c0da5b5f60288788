"""The gate in front of the speech model: one recognition at a time, and a caller someone is
waiting on (a stopped answer's last words, an upload) goes before a live answer's background
stretch. Threads and events, no model and no timing."""

from __future__ import annotations

import threading
import time

from interview_coach.speech.asr import _Gate


def _wait_until(check, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the other threads never got there"
        time.sleep(0.01)


def test_a_waiting_caller_goes_before_background_work() -> None:
    gate = _Gate()
    order: list[str] = []
    release = threading.Event()

    def holder() -> None:
        with gate.hold():
            order.append("holder")
            release.wait(5)

    def caller(name: str, background: bool) -> None:
        with gate.hold(background=background):
            order.append(name)

    first = threading.Thread(target=holder)
    first.start()
    _wait_until(lambda: order == ["holder"])
    stretch = threading.Thread(target=caller, args=("stretch", True))
    stretch.start()
    time.sleep(0.05)  # the background stretch asks first…
    final = threading.Thread(target=caller, args=("final", False))
    final.start()
    _wait_until(lambda: gate._waiting_first == 1)
    release.set()  # …but the caller someone waits on goes first
    for t in (first, stretch, final):
        t.join(5)
    assert order == ["holder", "final", "stretch"]


def test_background_work_gives_up_its_turn_when_told() -> None:
    gate = _Gate()
    stopped = threading.Event()
    got: list[bool] = []
    release = threading.Event()

    def holder() -> None:
        with gate.hold():
            release.wait(5)

    def stretch() -> None:
        with gate.hold(background=True, unless=stopped.is_set) as ours:
            got.append(ours)

    h = threading.Thread(target=holder)
    h.start()
    _wait_until(lambda: gate._owner is not None)
    s = threading.Thread(target=stretch)
    s.start()
    stopped.set()
    gate.wake()
    s.join(5)
    assert got == [False]  # it never held the gate, which is still the holder's
    assert gate._owner is not None
    release.set()
    h.join(5)
    assert gate._owner is None


def test_the_holder_may_enter_again() -> None:
    gate = _Gate()
    with gate.hold(background=True) as outer, gate.hold() as inner:
        assert outer and inner
    assert gate._owner is None and gate._depth == 0
