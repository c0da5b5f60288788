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
    """Whether any table the statement reads or writes, at any depth (subqueries, CTEs,
    unions), holds owned rows."""
    names = _owned_tables()
    return any(
        isinstance(element, sa.Table) and element.name in names
        for element in sa.sql.visitors.iterate(statement)
    )


def _sets_owner(statement: sa.Executable) -> bool:
    """Whether an UPDATE's SET clause names the owner."""
    sets = str(statement).split(" SET ", 1)[-1].split(" WHERE ", 1)[0]
    return "owner_id" in sets


def _scope(state: ORMExecuteState) -> None:
    if _unscoped.get():
        return
    owner = _acting.get()
    statement = state.statement
    if isinstance(statement, sa.TextClause):
        raise Unscoped("A team-mode query must be built with the ORM, not written as text.")
    if not state.is_orm_statement:
        if _touches_owned(statement):
            raise Unscoped("A team-mode query on owned rows must go through the ORM.")
        return
    if state.is_insert and _touches_owned(statement):
        # An INSERT statement could name any owner: owned rows are added one by one
        # (Session.add), and `_stamp` gives each the acting account.
        raise Unscoped("A team-mode row is added through the session, not a bulk insert.")
    if not (state.is_select or state.is_update or state.is_delete):
        return
    if _read_only.get() and not state.is_select and _touches_owned(statement):
        raise Unscoped("Viewing someone's practice changes none of it.")
    if state.is_update and _sets_owner(statement):
        raise Unscoped("A row's owner never changes.")
    # No account: nothing matches (an id that no row has), rather than everything.
    state.statement = statement.options(
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
    for obj in session.dirty:
        if isinstance(obj, Owned) and sa.inspect(obj).attrs.owner_id.history.has_changes():
            raise Unscoped("A row's owner never changes.")
    for obj in session.new:
        if isinstance(obj, Owned):
            if owner is None:
                raise Unscoped("A team-mode row needs an owner; none is acting.")
            obj.owner_id = owner


def scope_sessions(factory: sa.orm.sessionmaker[Session]) -> None:
    """Team mode: scope every statement of sessions made by `factory` to the acting owner."""
    sa.event.listen(factory, "do_orm_execute", _scope)
    sa.event.listen(factory, "before_flush", _stamp)
