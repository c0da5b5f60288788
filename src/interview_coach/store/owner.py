"""Whose rows a Store session sees: every query on an owned table is scoped by construction.

In team mode each request acts for one account (`acting_as`). Every ORM statement a Store
session runs then gets `owner_id = <that account>` added to every owned table it touches,
and every new owned row gets the account as its owner. With no account set, team mode sees
and changes nothing (fail closed), and a Core statement on an owned table is refused,
because no criteria can be added to it safely. Personal mode has one user and no owners.

Only store code may step outside with `unscoped()` (a user's deletion, shared audio files);
the web layer cannot reach it (tests/architecture/test_layers.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column, with_loader_criteria

from interview_coach.errors import StorageError

_acting: ContextVar[int | None] = ContextVar("coach_acting_owner", default=None)
_unscoped: ContextVar[bool] = ContextVar("coach_unscoped", default=False)
_read_only: ContextVar[bool] = ContextVar("coach_read_only_view", default=False)


class Unscoped(StorageError):
    """A team-mode query that would have read or written rows without an owner's scope."""


class Owned:
    """A row that belongs to one account (team mode); NULL in personal mode."""

    owner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )


def current_owner() -> int | None:
    """The account the current request acts for (None: personal mode, or nobody)."""
    return _acting.get()


@contextmanager
def acting_as(owner_id: int | None) -> Iterator[None]:
    """Run the block for one account: its queries see and write only that account's rows."""
    token = _acting.set(owner_id)
    try:
        yield
    finally:
        _acting.reset(token)


@contextmanager
def reading_as(owner_id: int) -> Iterator[None]:
    """Read one account's rows and change none of them (a coach viewing shared practice):
    an UPDATE or DELETE of owned rows, or a new or changed owned row, raises Unscoped."""
    token = _read_only.set(True)
    try:
        with acting_as(owner_id):
            yield
    finally:
        _read_only.reset(token)


@contextmanager
def unscoped() -> Iterator[None]:
    """Store-internal: the block sees every owner's rows (deleting an account, shared audio)."""
    token = _unscoped.set(True)
    try:
        yield
    finally:
        _unscoped.reset(token)


def _owned_tables() -> frozenset[str]:
    return frozenset(c.__table__.name for c in Owned.__subclasses__() if hasattr(c, "__table__"))


def _touches_owned(statement: sa.Executable) -> bool:
    names = _owned_tables()
    table = getattr(statement, "table", None)  # INSERT / UPDATE / DELETE
    if isinstance(table, sa.Table) and table.name in names:
        return True
    froms = statement.get_final_froms() if isinstance(statement, sa.Select) else []
    return any(
        isinstance(t, sa.Table) and t.name in names
        for f in froms
        for t in sa.sql.util.surface_selectables(f)
    )


def _scope(state: ORMExecuteState) -> None:
    if _unscoped.get():
        return
    owner = _acting.get()
    if not state.is_orm_statement:
        if _touches_owned(state.statement):
            raise Unscoped("A team-mode query on owned rows must go through the ORM.")
        return
    if not (state.is_select or state.is_update or state.is_delete):
        return
    if _read_only.get() and not state.is_select and _touches_owned(state.statement):
        raise Unscoped("Viewing someone's practice changes none of it.")
    # No account: nothing matches (an id that no row has), rather than everything.
    state.statement = state.statement.options(
        with_loader_criteria(
            Owned,
            lambda cls: cls.owner_id == (owner if owner is not None else -1),
            include_aliases=True,
            track_closure_variables=True,
        )
    )


def _stamp(session: Session, _context: object, _instances: object) -> None:
    if _unscoped.get():
        return
    owner = _acting.get()
    if _read_only.get() and any(
        isinstance(o, Owned) for o in (*session.new, *session.dirty, *session.deleted)
    ):
        raise Unscoped("Viewing someone's practice changes none of it.")
    for obj in session.new:
        if isinstance(obj, Owned):
            if owner is None:
                raise Unscoped("A team-mode row needs an owner; none is acting.")
            obj.owner_id = owner


def scope_sessions(factory: sa.orm.sessionmaker[Session]) -> None:
    """Team mode: scope every statement of sessions made by `factory` to the acting owner."""
    sa.event.listen(factory, "do_orm_execute", _scope)
    sa.event.listen(factory, "before_flush", _stamp)
