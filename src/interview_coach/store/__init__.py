"""The practice history: answers, feedback, job targets, sessions and stories.

SQLite in the data folder by default (PostgreSQL through `INTERVIEW_COACH_DATABASE_URL`),
migrated automatically on first use. See docs/storage.md.
"""

from interview_coach.store.repository import (
    AnswerRecord,
    Store,
    feedback_metrics,
    open_store,
    save_answer,
)

__all__ = ["AnswerRecord", "Store", "feedback_metrics", "open_store", "save_answer"]
