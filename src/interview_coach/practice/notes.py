"""A practice session's own state, kept as tagged JSON in its notes in the Store: the one
way every kind of session (interview, negotiation) is found, checked and read back."""

from __future__ import annotations

import json
from typing import Any

from interview_coach.errors import DatabaseAway, StorageError
from interview_coach.store import Store


def read_notes(
    store: Store, session_id: int, *, mode: str, tag: str, what: str, missing: type[StorageError]
) -> dict[str, Any] | None:
    """The session's tagged document; `missing` raised when there is no such session of this
    kind (`what` names it: "mock interview"); None when its notes cannot be read as one (the
    caller reports the damage)."""
    try:
        kind, notes = store.session_notes(session_id)
    except DatabaseAway:
        raise
    except StorageError:
        raise missing(f"No {what} {session_id}.") from None
    if kind != mode or not notes:
        raise missing(f"Session {session_id} is not a {what}.")
    try:
        doc = json.loads(notes)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and doc.get("tag") == tag else None


def write_notes(store: Store, session_id: int, tag: str, **fields: Any) -> None:
    store.set_session_notes(session_id, json.dumps({"tag": tag, **fields}))
