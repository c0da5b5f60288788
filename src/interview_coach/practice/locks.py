"""One lock per session, so two requests for the same interview or negotiation never
overwrite each other's turn (in one process; see docs/web.md for several). A lock lives only
while someone holds or waits for it, so ids never seen again (or never real) leave nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class SessionLocks:
    def __init__(self) -> None:
        self._locks: dict[int, tuple[threading.Lock, int]] = {}  # lock, holders and waiters
        self._guard = threading.Lock()

    @contextmanager
    def hold(self, session_id: int) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(session_id, (threading.Lock(), 0))
            self._locks[session_id] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                lock, users = self._locks[session_id]
                if users <= 1:
                    del self._locks[session_id]
                else:
                    self._locks[session_id] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)
