"""Progress tests read a real history: SQLite and, when configured, PostgreSQL."""

from store.conftest import settings, store

__all__ = ["settings", "store"]
