"""Team-mode accounts: users and roles, passwords, sign-in sessions, links, API tokens, audit.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's second profile).
Every token handed out (session cookie, invitation or reset link, API token) is random and
kept only as an HMAC under the server's secret key: a copy of the database signs no one in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from interview_coach.config import Settings
from interview_coach.errors import CoachError, InputError
from interview_coach.store.owner import acting_as, unscoped
from interview_coach.store.repository import Store
from interview_coach.store.tables import (
    TABLES,
    AccountLink,
    ApiToken,
    AuditEntry,
    AuthSession,
    CohortMember,
    LoginFailure,
    User,
    utcnow,
)

ROLES = ("candidate", "coach", "admin")
# HMAC keys shorter than this are guessable in principle; 32 random characters are not.
MIN_SECRET_KEY_CHARS = 32
# ASVS 2.1.1 and 2.1.2: at least 12 characters, and long passphrases are welcome.
MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 128
USERNAME_CHARS = 80
# API tokens one account may hold: enough for every script and machine, and a bound on how far
# one account can flood the audit log with token entries.
MAX_TOKENS = 20
AUDIT_PAGE = 200  # audit entries read at once; older ones a page further on
# ASVS 3.3.2 (level 2): sign in again after 30 minutes idle or 12 hours in any case.
IDLE_MINUTES = 30
ABSOLUTE_HOURS = 12
# A session's last-seen time is written at most this often: not one write per request.
TOUCH_SECONDS = 60
# Wrong passwords: per account name and per client address, within the window. Enough for a
# person who mistypes; a guesser gets a handful of tries per quarter hour.
LOGIN_WINDOW_MINUTES = 15
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_CLIENT = 20
# How long an invitation or a reset link works.
INVITE_DAYS = 14
RESET_HOURS = 24

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccountError(CoachError):
    """A sign-in, link or account change that cannot go ahead (the message says why)."""


class NoSuchUser(AccountError):
    """No account with that id (HTTP 404)."""


class SignInRefused(AccountError):
    """Wrong name or password, a disabled account, or too many tries (one message for all)."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    role: str
    disabled: bool
    created_at: datetime


@dataclass(frozen=True)
class SignedIn:
    """Who a request acts for, and the session's anti-forgery token (None for API tokens)."""

    account: Account
    csrf: str | None


def _account(row: User) -> Account:
    return Account(row.id, row.username, row.role, row.disabled, row.created_at)


def check_password(password: str) -> str:
    if not MIN_PASSWORD_CHARS <= len(password) <= MAX_PASSWORD_CHARS:
        raise InputError(
            f"A password has {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters; "
            "a few unrelated words make a good one."
        )
    return password


# Letters that print as blank space, so "boss" and "boss" plus one of them would look alike.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")


def username_key(username: str) -> str:
    """The form names are compared in: NFKC, then case-folded ("İvan", "ivan" and "IVAN"
    are one name), so two accounts can never differ only in case or in compatibility forms."""
    return unicodedata.normalize("NFKC", username.strip()).casefold()


def check_username(username: str) -> str:
    name = username.strip()
    key = username_key(name)
    if not name or len(key) > USERNAME_CHARS or not name.isprintable():
        raise InputError(f"A user name has 1 to {USERNAME_CHARS} printable characters.")
    if any(c in _BLANK_LETTERS or unicodedata.category(c) == "Cf" for c in name) or (
        unicodedata.category(name[0]).startswith("M")
    ):
        raise InputError("A user name cannot hold letters that show as nothing.")
    return name


def check_team_settings(settings: Settings) -> str:
    """The secret key, once team mode's requirements hold; otherwise why not, for the user."""
    url = settings.database_url or ""
    if not url.startswith(("postgresql", "postgres:")):
        raise CoachError(
            "Team mode keeps many people's practice in one database, so it needs PostgreSQL: "
            "set INTERVIEW_COACH_DATABASE_URL=postgresql://user:password@host/db "
            "(docs/team.md). SQLite stays the personal mode's database."
        )
    key = settings.secret_key.get_secret_value() if settings.secret_key else ""
    if len(key) < MIN_SECRET_KEY_CHARS:
        raise CoachError(
            "Team mode needs a secret key of at least "
            f"{MIN_SECRET_KEY_CHARS} characters in INTERVIEW_COACH_SECRET_KEY, e.g. from "
            "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`."
        )
    return key


def export_account(store: Store, user_id: int) -> dict[str, Any]:
    """One account's whole history, in the export format (its rows only)."""
    from interview_coach.store import db
    from interview_coach.store.export_schema import EXPORT_FORMAT, EXPORT_VERSION
    from interview_coach.store.transfer import export_rows

    with acting_as(user_id):
        tables = export_rows(store)
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "schema_revision": db.current_revision(store.engine),
        "exported_at": utcnow().isoformat(),
        "audio_included": False,
        "tables": tables,
    }


class Accounts:
    """Accounts kept in one Store's database, with tokens keyed by the secret key."""

    def __init__(self, store: Store, secret_key: str) -> None:
        self.store = store
        self._key = secret_key.encode()

    def _digest(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()

    # ------------------------------------------------------------ users

    def create_user(self, username: str, password: str, role: str) -> Account:
        """A new account. The first admin also takes over rows that have no owner yet (a
        personal history from before team mode)."""
        if role not in ROLES:
            raise InputError(f"A role is one of {', '.join(ROLES)}.")
        name = check_username(username)
        key = username_key(name)
        row = User(username=name, username_key=key, role=role,
                   password_hash=_hasher.hash(check_password(password)))  # fmt: skip
        with self.store.transaction() as s:
            if s.scalar(sa.select(User.id).where(User.username_key == key)):
                raise AccountError(f"The user name {name!r} is taken.")
            first_admin = role == "admin" and not s.scalar(
                sa.select(User.id).where(User.role == "admin")
            )
            s.add(row)
            s.flush()
            if first_admin:
                with unscoped():
                    for model in TABLES:
                        s.execute(
                            sa.update(model.__table__)
                            .where(model.__table__.c.owner_id.is_(None))
                            .values(owner_id=row.id)
                        )
            return _account(row)

    def users(self) -> list[Account]:
        with self.store.reading() as s:
            return [_account(u) for u in s.scalars(sa.select(User).order_by(User.id))]

    def get(self, user_id: int) -> Account | None:
        with self.store.reading() as s:
            row = s.get(User, user_id)
            return _account(row) if row else None

    def by_name(self, username: str) -> Account | None:
        with self.store.reading() as s:
            row = s.scalar(sa.select(User).where(User.username_key == username_key(username)))
            return _account(row) if row else None

    def _keep_an_admin(self, s: sa.orm.Session, user_id: int) -> None:
        """Refuse to disable or delete the last enabled admin. The admins' rows are locked
        first, so two admins disabling each other at once cannot both succeed."""
        admins = s.scalars(
            sa.select(User.id).where(User.role == "admin", User.disabled.is_(False))
            .order_by(User.id).with_for_update()
        ).all()  # fmt: skip
        if list(admins) == [user_id]:
            raise AccountError("This is the last admin: make another admin first.")

    @staticmethod
    def _sign_out_everywhere(s: sa.orm.Session, user_id: int) -> None:
        # Sessions, API tokens and reset links not yet used alike: a reset or a disable leaves
        # no way in (ASVS 3.3.3), not even an older link someone else may have seen.
        s.execute(sa.delete(AuthSession).where(AuthSession.user_id == user_id))
        s.execute(sa.delete(ApiToken).where(ApiToken.user_id == user_id))
        s.execute(
            sa.update(AccountLink)
            .where(AccountLink.user_id == user_id, AccountLink.used_at.is_(None))
            .values(used_at=utcnow())
        )

    def set_disabled(self, user_id: int, disabled: bool) -> None:
        """Disable (ending every session and API token) or enable an account."""
        with self.store.transaction() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NoSuchUser("No such user.")
            if disabled:
                self._keep_an_admin(s, user_id)
                self._sign_out_everywhere(s, user_id)
            row.disabled = disabled

    def set_password(self, user_id: int, password: str) -> None:
        """A new password; every session and API token of the account ends."""
        digest = _hasher.hash(check_password(password))
        with self.store.transaction() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NoSuchUser("No such user.")
            row.password_hash = digest
            self._sign_out_everywhere(s, user_id)

    def delete_user(self, user_id: int) -> int:
        """Delete the account with all its rows (by cascade) and the audio files only it held;
        how many files went."""
        from interview_coach.store.tables import Answer
        from interview_coach.store.transfer import remove_audio, shared_audio

        with self.store.transaction() as s, unscoped():
            row = s.get(User, user_id)
            if row is None:
                raise NoSuchUser("No such user.")
            self._keep_an_admin(s, user_id)
            # Failed sign-ins under the name go with it: nothing of the person stays behind.
            s.execute(sa.delete(LoginFailure).where(LoginFailure.username == row.username_key))
            mine = set(
                s.scalars(
                    sa.select(Answer.audio_path).where(
                        Answer.owner_id == user_id, Answer.audio_path.is_not(None)
                    )
                )
            )
            s.execute(sa.delete(User).where(User.id == user_id))
        gone = sorted(mine - shared_audio(self.store, mine))
        remove_audio(self.store, gone)
        return len(gone)

    # ------------------------------------------------------------ signing in

    def _too_many(self, s: sa.orm.Session, username: str, client: str) -> bool:
        since = utcnow() - timedelta(minutes=LOGIN_WINDOW_MINUTES)
        recent = sa.select(sa.func.count(LoginFailure.id)).where(LoginFailure.at > since)
        by_name = s.scalar(recent.where(LoginFailure.username == username)) or 0
        by_client = s.scalar(recent.where(LoginFailure.client == client)) or 0
        return by_name >= MAX_FAILURES_PER_NAME or by_client >= MAX_FAILURES_PER_CLIENT

    def sign_in(self, username: str, password: str, client: str) -> tuple[str, SignedIn]:
        """Check a password; a new session's token (for the cookie) and who signed in."""
        name = username_key(username)[:USERNAME_CHARS]
        client = client[:64]
        with self.store.transaction() as s:
            if s.bind.dialect.name == "postgresql":
                # One check at a time per name: parallel guesses cannot all pass the count
                # before any failure is written. (SQLite's writers are serialised already.)
                s.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(name))))
            if self._too_many(s, name, client):
                raise SignInRefused(
                    f"Too many tries. Wait {LOGIN_WINDOW_MINUTES} minutes, or ask an admin "
                    "for a password reset link."
                )
            row = s.scalar(sa.select(User).where(User.username_key == name))
            try:
                _hasher.verify(row.password_hash if row else _DUMMY_HASH, password[:1024])
                ok = row is not None and not row.disabled
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok or row is None:
                s.add(LoginFailure(username=name, client=client))
                s.execute(
                    sa.delete(LoginFailure).where(LoginFailure.at < utcnow() - timedelta(days=1))
                )
                failed = True
            else:
                failed = False
                if _hasher.check_needs_rehash(row.password_hash):
                    row.password_hash = _hasher.hash(password)
                token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
                s.add(AuthSession(id=self._digest(token), user_id=row.id, csrf=csrf))
                account = _account(row)
        if failed:  # after the commit, so the failure is counted
            raise SignInRefused("Wrong user name or password, or the account is disabled.")
        self.audit(account.username, "sign_in")
        return token, SignedIn(account, csrf)

    def session(self, token: str) -> SignedIn | None:
        """The signed-in account behind a session cookie, or None (unknown, expired, disabled)."""
        if not token:
            return None
        now = utcnow()
        with self.store.transaction() as s:
            row = s.get(AuthSession, self._digest(token))
            if row is None:
                return None
            expired = now - row.last_seen_at > timedelta(
                minutes=IDLE_MINUTES
            ) or now - row.created_at > timedelta(hours=ABSOLUTE_HOURS)
            user = s.get(User, row.user_id)
            if expired or user is None or user.disabled:
                s.delete(row)
                return None
            if (now - row.last_seen_at).total_seconds() > TOUCH_SECONDS:
                row.last_seen_at = now
            return SignedIn(_account(user), row.csrf)

    def sign_out(self, token: str) -> None:
        with self.store.transaction() as s:
            s.execute(sa.delete(AuthSession).where(AuthSession.id == self._digest(token)))

    # ------------------------------------------------------------ API tokens

    def create_token(self, user_id: int, name: str) -> str:
        """A new API token for the account (shown once; only its hash is kept)."""
        token = "ic_" + secrets.token_urlsafe(32)
        with self.store.transaction() as s:
            held = s.scalar(
                sa.select(sa.func.count(ApiToken.id)).where(ApiToken.user_id == user_id)
            )
            if (held or 0) >= MAX_TOKENS:
                raise AccountError(f"You have {MAX_TOKENS} API tokens; revoke one first.")
            s.add(ApiToken(user_id=user_id, name=name.strip()[:80] or "token",
                           token_hash=self._digest(token)))  # fmt: skip
        return token

    def tokens(self, user_id: int) -> list[tuple[int, str, datetime, datetime | None]]:
        with self.store.reading() as s:
            rows = s.scalars(sa.select(ApiToken).where(ApiToken.user_id == user_id))
            return [(t.id, t.name, t.created_at, t.last_used_at) for t in rows]

    def revoke_token(self, user_id: int, token_id: int) -> bool:
        with self.store.transaction() as s:
            result = s.execute(
                sa.delete(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def token_user(self, token: str) -> SignedIn | None:
        """The account behind a bearer token, or None."""
        if not token.startswith("ic_"):
            return None
        now = utcnow()
        with self.store.transaction() as s:
            row = s.scalar(sa.select(ApiToken).where(ApiToken.token_hash == self._digest(token)))
            user = s.get(User, row.user_id) if row else None
            if row is None or user is None or user.disabled:
                return None
            if row.last_used_at is None or (now - row.last_used_at).total_seconds() > 60:
                row.last_used_at = now
            return SignedIn(_account(user), None)

    # ------------------------------------------------------------ invitation and reset links

    def invite(self, role: str, cohort_id: int | None = None) -> str:
        """A one-time sign-up link's token for a new account with `role` (in a cohort)."""
        if role not in ROLES:
            raise InputError(f"A role is one of {', '.join(ROLES)}.")
        expires = utcnow() + timedelta(days=INVITE_DAYS)
        return self._link("invite", role=role, expires=expires, cohort_id=cohort_id)

    def reset_link(self, user_id: int) -> str:
        """A one-time link's token to set a new password for the account."""
        if self.get(user_id) is None:
            raise NoSuchUser("No such user.")
        return self._link("reset", user_id=user_id, expires=utcnow() + timedelta(hours=RESET_HOURS))

    def _link(self, kind: str, *, expires: datetime, role: str | None = None,
              user_id: int | None = None, cohort_id: int | None = None) -> str:  # fmt: skip
        token = secrets.token_urlsafe(32)
        with self.store.transaction() as s:
            s.add(AccountLink(id=self._digest(token), kind=kind, role=role, user_id=user_id,
                              cohort_id=cohort_id, expires_at=expires))  # fmt: skip
        return token

    def link(self, token: str, kind: str) -> AccountLink | None:
        """A link that is still usable, or None."""
        with self.store.reading() as s:
            row = s.get(AccountLink, self._digest(token))
            if row is None or row.kind != kind or row.used_at or row.expires_at < utcnow():
                return None
            return row

    def accept_invite(self, token: str, username: str, password: str) -> Account:
        check_username(username)
        check_password(password)
        row = self.link(token, "invite")
        if row is None or row.role is None or not self._claim(row.id):
            raise AccountError("This invitation has been used or has expired; ask for a new one.")
        try:
            account = self.create_user(username, password, row.role)
        except CoachError:
            self._claim(row.id, release=True)  # a taken name: the link still works
            raise
        if row.cohort_id is not None:  # joins the cohort; sharing stays the person's choice
            with self.store.transaction() as s:
                s.add(CohortMember(cohort_id=row.cohort_id, user_id=account.id))
        self.audit(account.username, "accept_invite", account.role)
        return account

    def accept_reset(self, token: str, password: str) -> Account:
        check_password(password)
        row = self.link(token, "reset")
        if row is None or row.user_id is None or not self._claim(row.id):
            raise AccountError("This reset link has been used or has expired; ask for a new one.")
        self.set_password(row.user_id, password)
        account = self.get(row.user_id)
        if account is None:
            raise NoSuchUser("No such user.")
        self.audit(account.username, "reset_password")
        return account

    def _claim(self, link_id: str, *, release: bool = False) -> bool:
        """Mark a link used, once: two browsers racing on one link, one wins."""
        with self.store.transaction() as s:
            q = sa.update(AccountLink).where(AccountLink.id == link_id)
            if release:
                result = s.execute(q.values(used_at=None))
            else:
                result = s.execute(q.where(AccountLink.used_at.is_(None)).values(used_at=utcnow()))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ audit log

    def audit(self, actor: str, action: str, target: str = "") -> None:
        with self.store.transaction() as s:
            s.add(AuditEntry(actor=actor[:80], action=action[:40], target=target[:200]))

    def audit_log(
        self, limit: int = AUDIT_PAGE, offset: int = 0, actor: str | None = None
    ) -> list[AuditEntry]:
        """Entries newest first, a page at a time, optionally one actor's: a burst of entries
        from one account cannot push the rest out of reach."""
        with self.store.reading() as s:
            newest = sa.select(AuditEntry).order_by(AuditEntry.id.desc())
            if actor:
                newest = newest.where(AuditEntry.actor == actor)
            return list(s.scalars(newest.offset(offset).limit(limit)))
