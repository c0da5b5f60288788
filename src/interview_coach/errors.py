"""Errors a user can act on. The CLI and web app show their message, never a traceback."""


class CoachError(Exception):
    """Base class: the message is written for the user and says what to do."""

    exit_code = 2


class InputError(CoachError):
    """The answer, question or option given cannot be analysed as it is."""


class AudioError(CoachError):
    """An audio file or stream that cannot be decoded, is empty, silent or over the limits."""


class DocumentError(CoachError):
    """A job description or résumé that cannot be read (empty, scanned, encrypted, unsupported)."""


class StorageError(CoachError):
    """The history database or data folder cannot be used."""


class BusyError(CoachError):
    """Something the coach relies on (the task queue's workers, the database server) is busy
    or restarting: nothing was done, and the same step can be tried again soon."""


class DatabaseAway(StorageError, BusyError):
    """The database server cannot be reached or dropped the connection (e.g. a restart)."""
