"""ORM tables. The schema itself is created and changed only by the migrations."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from interview_coach.store.owner import Owned


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware UTC on the way in and out (SQLite itself keeps no time zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: sa.JSON,
        list[Any]: sa.JSON,
    }


class JobTarget(Owned, Base):
    """A job being prepared for: its description, the résumé and the extracted profile."""

    __tablename__ = "job_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    title: Mapped[str | None]
    company: Mapped[str | None]
    jd_text: Mapped[str] = mapped_column(sa.Text)
    resume_text: Mapped[str | None] = mapped_column(sa.Text)
    profile: Mapped[dict[str, Any] | None]


class PracticeSession(Owned, Base):
    __tablename__ = "practice_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    job_target_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("job_targets.id", ondelete="SET NULL")
    )
    mode: Mapped[str] = mapped_column(sa.String(40), default="practice")
    notes: Mapped[str | None] = mapped_column(sa.Text)
    assignment_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("assignments.id", ondelete="SET NULL")
    )


class SessionPlan(Owned, Base):
    """The questions a practice session asks, in order, and why each was chosen (one per
    session; a mock interview plans its own stages and keeps them in its state)."""

    __tablename__ = "session_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("practice_sessions.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str | None] = mapped_column(sa.Text)
    job_family: Mapped[str | None] = mapped_column(sa.String(80))
    seniority: Mapped[str | None] = mapped_column(sa.String(40))
    guided: Mapped[bool] = mapped_column(default=False)  # the two-minute first session
    questions: Mapped[list[Any]]  # each Question as its JSON contract, in the order asked
    why: Mapped[list[Any]]  # one reason per question


class QuestionRow(Owned, Base):
    """A question as it was asked (its full definition is kept as JSON)."""

    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    bank_id: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    category: Mapped[str] = mapped_column(sa.String(80), default="general")
    frame: Mapped[str] = mapped_column(sa.String(40), default="direct")
    data: Mapped[dict[str, Any]]


class Answer(Owned, Base):
    __tablename__ = "answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    session_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("practice_sessions.id", ondelete="SET NULL"), index=True
    )
    question_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    job_target_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("job_targets.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(sa.Text)
    transcript: Mapped[dict[str, Any]]  # Transcript.model_dump: words with timings, pauses
    duration_seconds: Mapped[float | None]
    audio_path: Mapped[str | None] = mapped_column(sa.String(500))  # relative to the data folder
    audio_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    audio_bytes: Mapped[int | None] = mapped_column(sa.BigInteger)


class FeedbackRow(Owned, Base):
    """One analysis of one answer. Re-analysis adds a row; older versions are kept."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    analyzer_version: Mapped[str] = mapped_column(sa.String(40))
    schema_version: Mapped[str] = mapped_column(sa.String(20))
    question_category: Mapped[str] = mapped_column(sa.String(80))
    # The metrics progress trends, copied out of `data` so they can be queried and indexed.
    overall: Mapped[int]
    delivery: Mapped[int]
    structure: Mapped[int]
    content: Mapped[int]
    word_count: Mapped[int]
    fillers_per_minute: Mapped[float | None]
    fillers_per_100_words: Mapped[float]
    hedges_per_100_words: Mapped[float]
    wpm: Mapped[float | None]
    star_completeness: Mapped[float]
    jd_coverage: Mapped[float | None]
    data: Mapped[dict[str, Any]]  # the whole Feedback, as its JSON contract


class Story(Owned, Base):
    """A reusable story for behavioural questions."""

    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    title: Mapped[str] = mapped_column(sa.String(200))
    situation: Mapped[str] = mapped_column(sa.Text, default="")
    task: Mapped[str] = mapped_column(sa.Text, default="")
    action: Mapped[str] = mapped_column(sa.Text, default="")
    result: Mapped[str] = mapped_column(sa.Text, default="")
    competencies: Mapped[list[Any]]
    metrics: Mapped[list[Any]]
    source_answer_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("answers.id", ondelete="SET NULL")
    )


class StoryUse(Owned, Base):
    """A story told in answer to a question (to spot one story stretched over too many)."""

    __tablename__ = "story_uses"
    __table_args__ = (sa.UniqueConstraint("story_id", "question_id", "answer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    story_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE")
    )
    answer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("answers.id", ondelete="CASCADE"))


class User(Base):
    """A team-mode account. Personal mode has none."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    username: Mapped[str] = mapped_column(sa.String(80), unique=True)
    # How names are compared (store/accounts.py `username_key`): unique, so no two accounts
    # differ only in case.
    username_key: Mapped[str] = mapped_column(sa.String(320), index=True, unique=True)
    role: Mapped[str] = mapped_column(sa.String(20))  # candidate, coach or admin
    password_hash: Mapped[str] = mapped_column(sa.String(200))
    disabled: Mapped[bool] = mapped_column(default=False)


class AuthSession(Base):
    """A signed-in browser. The id is a keyed hash of the cookie's token, never the token."""

    __tablename__ = "auth_sessions"
    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    csrf: Mapped[str] = mapped_column(sa.String(64))


class ApiToken(Base):
    """A bearer token for an integration, kept as a keyed hash."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]


class AccountLink(Base):
    """A one-time link an admin hands out: an invitation (sign up) or a password reset."""

    __tablename__ = "account_links"
    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # keyed hash of the token
    kind: Mapped[str] = mapped_column(sa.String(10))  # invite or reset
    role: Mapped[str | None] = mapped_column(sa.String(20))  # the role an invitation grants
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    cohort_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cohorts.id", ondelete="CASCADE"))


class LoginFailure(Base):
    """A wrong password, kept for a while: sign-in limits hold across every web process."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    username: Mapped[str] = mapped_column(sa.String(80), index=True)
    client: Mapped[str] = mapped_column(sa.String(64))


class Cohort(Base):
    """A group a coach follows (a class, a bootcamp intake)."""

    __tablename__ = "cohorts"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    name: Mapped[str] = mapped_column(sa.String(120))
    coach_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)


class Assignment(Base):
    """Practice a coach sets a cohort: a fixed question set, or a mock interview, by a date."""

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cohort_id: Mapped[int] = mapped_column(
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[str] = mapped_column(sa.String(20))  # questions or interview
    job_family: Mapped[str | None] = mapped_column(sa.String(80))
    minutes: Mapped[int]
    question_ids: Mapped[list[Any]]  # the same set for everyone (questions)
    due_at: Mapped[datetime]


class CohortMember(Base):
    """A candidate in a cohort; `shared_at` is set while they share their practice with it."""

    __tablename__ = "cohort_members"
    __table_args__ = (sa.UniqueConstraint("cohort_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    shared_at: Mapped[datetime | None]


class Comment(Base):
    """A coach's comment pinned to a moment of an answer: a span of the transcript and, for a
    spoken answer, its time."""

    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    start_char: Mapped[int]
    end_char: Mapped[int]
    start_seconds: Mapped[float | None]
    end_seconds: Mapped[float | None]
    quote: Mapped[str] = mapped_column(sa.String(500))
    body: Mapped[str] = mapped_column(sa.Text)


class AuditEntry(Base):
    """Who did what to whose data (admin and coach actions, sign-ins). Outlives the users."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(sa.String(80))  # a username, kept after its deletion
    action: Mapped[str] = mapped_column(sa.String(40))
    target: Mapped[str] = mapped_column(sa.String(200), default="")


# Parents before children: the order rows are exported, imported and deleted (reversed).
TABLES: tuple[type[Base], ...] = (
    JobTarget,
    PracticeSession,
    SessionPlan,
    QuestionRow,
    Answer,
    FeedbackRow,
    Story,
    StoryUse,
)
