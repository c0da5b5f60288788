"""The export file's contract: a versioned JSON Schema plus the checks a schema cannot express.

An export file is untrusted input (it may come from anywhere), so `check_export` validates the
whole document before the import writes anything, and names the row and field of the first
problem it finds.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

import sqlalchemy as sa
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError

from interview_coach.errors import InputError
from interview_coach.store.tables import TABLES, UTCDateTime
from interview_coach.types import Feedback, JobProfile, Question, Transcript

EXPORT_FORMAT = "interview-coach-export"
EXPORT_VERSION = 1
SCHEMA_ID = f"https://interview-coach.invalid/schemas/export-v{EXPORT_VERSION}.schema.json"
# docs/export.schema.json holds the schema below as a file (a test keeps the two the same).
SCHEMA_FILE = "export.schema.json"

# An INTEGER column is 32-bit signed on PostgreSQL, a BIGINT 64-bit (SQLite keeps 64 bits in
# either): an import must fit the narrower, or it would load on one database and not the other.
MAX_INT = 2**31 - 1
MAX_BIGINT = 2**63 - 1
# Audio names are "audio/<two hex digits>/<sha256>.<ext>"; nothing else is stored.
AUDIO_SUFFIXES = (".wav", ".webm", ".ogg", ".mp3", ".m4a", ".flac", ".opus", ".bin")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# The JSON columns whose content is one of the project's own models.
MODEL_COLUMNS: dict[tuple[str, str], type[BaseModel]] = {
    ("feedback", "data"): Feedback,
    ("answers", "transcript"): Transcript,
    ("questions", "data"): Question,
    ("job_targets", "profile"): JobProfile,
}


def _column_schema(column: sa.Column[Any]) -> dict[str, Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        schema: dict[str, Any] = {"type": "string", "maxLength": 64}
    elif isinstance(kind, sa.Integer):
        top = MAX_BIGINT if isinstance(kind, sa.BigInteger) else MAX_INT
        low = 1 if column.primary_key or column.foreign_keys else -top - 1
        schema = {"type": "integer", "minimum": low, "maximum": top}
    elif isinstance(kind, sa.Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, sa.Float):
        schema = {"type": "number"}
    elif isinstance(kind, sa.JSON):
        schema = {"type": ["object", "array"]}
    elif isinstance(kind, sa.String):  # Text too
        schema = {"type": "string"}
        if kind.length:
            schema["maxLength"] = kind.length
    else:  # a column type added later must be described here before it can be imported
        raise TypeError(f"no export schema for {column.name}: {kind!r}")
    if column.nullable and not column.primary_key:
        kinds = schema["type"]
        schema["type"] = [*([kinds] if isinstance(kinds, str) else kinds), "null"]
    return schema


# Team-mode links an export does not carry: an export is one person's history, and neither
# the owner nor a cohort's assignment means anything in another data folder.
NOT_EXPORTED = frozenset({"owner_id", "assignment_id"})


def export_schema() -> dict[str, Any]:
    """The JSON Schema of export format version `EXPORT_VERSION`, built from the tables."""
    tables: dict[str, Any] = {}
    for model in TABLES:
        table = model.__table__
        columns = [c for c in table.columns if c.name not in NOT_EXPORTED]
        required = [
            c.name for c in columns if c.primary_key or (not c.nullable and c.default is None)
        ]
        tables[table.name] = {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {c.name: _column_schema(c) for c in columns},
                "required": required,
                "additionalProperties": False,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "interview-coach export",
        "description": "The whole practice history as written by `interview-coach data export`.",
        "type": "object",
        "properties": {
            "format": {"const": EXPORT_FORMAT},
            "format_version": {"const": EXPORT_VERSION},
            "schema_revision": {"type": ["string", "null"], "maxLength": 32},
            "exported_at": {"type": "string", "maxLength": 64},
            "audio_included": {"type": "boolean"},
            "tables": {"type": "object", "properties": tables, "additionalProperties": False},
        },
        "required": ["format", "format_version", "tables"],
    }


def schema_json() -> str:
    """The schema as the text of docs/export.schema.json."""
    return json.dumps(export_schema(), indent=2, ensure_ascii=False) + "\n"


_VALIDATOR = Draft202012Validator(export_schema())


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


def _walk(value: Any, path: list[str | int]) -> None:
    """Refuse what JSON allows but the history cannot keep: NaN, infinity, lone surrogates."""
    if isinstance(value, float) and not math.isfinite(value):
        raise _Problem(path, "is not a finite number")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Problem(path, "holds a broken character (a lone UTF-16 surrogate)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, [*path, "(key)"])
            _walk(item, [*path, key])
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, [*path, i])


class _Problem(Exception):
    def __init__(self, path: list[str | int], message: str) -> None:
        super().__init__(f"{_where(path)} {message}")


def check_audio_path(value: str) -> str:
    """The suffix of a safe relative audio path; raises ValueError for anything else."""
    if "\\" in value or "\x00" in value:
        raise ValueError("must be a relative path with forward slashes")
    path = PurePosixPath(value)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", value):
        raise ValueError("must be relative to the data folder, not an absolute path")
    if ".." in path.parts:
        raise ValueError("must not contain '..'")
    if not path.parts or path.parts[0] != "audio":
        raise ValueError("must be inside the data folder's audio/ folder")
    return path.suffix.lower() if path.suffix.lower() in AUDIO_SUFFIXES else ".bin"


def _check_row(table: str, i: int, row: dict[str, Any], datetimes: set[str]) -> None:
    where: list[str | int] = ["tables", table, i]
    for name in datetimes:
        value = row.get(name)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                raise _Problem([*where, name], "is not an ISO 8601 date and time") from None
    for (tname, column), model in MODEL_COLUMNS.items():
        if tname == table and row.get(column) is not None:
            try:
                model.model_validate(row[column])
            except ValidationError as exc:
                first = exc.errors()[0]
                inner = ".".join(str(p) for p in first.get("loc", ()))
                detail = f" ({inner}: {first.get('msg')})" if inner else f" ({first.get('msg')})"
                raise _Problem(
                    [*where, column], f"is not a valid {model.__name__}{detail}"
                ) from None
    if table == "answers" and row.get("audio_path") is not None:
        try:
            check_audio_path(row["audio_path"])
        except ValueError as exc:
            raise _Problem([*where, "audio_path"], str(exc)) from None
        if not _SHA256.match(row.get("audio_sha256") or ""):
            raise _Problem([*where, "audio_sha256"], "must be the recording's SHA-256 (64 hex)")
    if table == "practice_sessions" and row.get("notes"):
        try:
            plan = json.loads(row["notes"])
        except ValueError:
            return  # plain notes written by hand
        if isinstance(plan, dict) and "questions" in plan:  # an older export's plan
            _check_plan(plan.get("questions"), plan.get("why", []), [*where, "notes"])
    if table == "session_plans":
        _check_plan(row.get("questions"), row.get("why"), where)


def _check_plan(questions: Any, why: Any, where: list[str | int]) -> None:
    """A session's plan must hold real questions, and a reason (text) per question at most."""
    if not isinstance(questions, list) or not isinstance(why, list):
        raise _Problem(where, "holds a plan whose questions or reasons are not a list")
    if not all(isinstance(w, str) for w in why):
        raise _Problem(where, "holds a plan whose reasons are not text")
    for q in questions:
        try:
            Question.model_validate(q)
        except ValidationError:
            raise _Problem(where, "holds a plan with an invalid question") from None


def check_export(doc: Any, source: str | Path) -> dict[str, Any]:
    """`doc` if it is a valid export; otherwise InputError naming the row and the field."""
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InputError(f"{source} is not an interview-coach export.")
    if doc.get("format_version") != EXPORT_VERSION:
        raise InputError(
            f"{source} uses export format {str(doc.get('format_version'))[:20]}; this version "
            f"of interview-coach reads format {EXPORT_VERSION}."
        )
    try:
        _walk(doc, [])
    except _Problem as exc:
        raise InputError(f"{source}: {exc}; nothing was imported.") from None
    error = next(iter(sorted(_VALIDATOR.iter_errors(doc), key=lambda e: list(e.path))), None)
    if error is not None:
        where = _where(error.absolute_path)
        message = error.message if len(error.message) < 200 else error.message[:200] + "…"
        raise InputError(f"{source}: {where}: {message}; nothing was imported.")
    try:
        for model in TABLES:
            table = model.__table__
            datetimes = {c.name for c in table.columns if isinstance(c.type, UTCDateTime)}
            for i, row in enumerate(doc["tables"].get(table.name, [])):
                _check_row(table.name, i, row, datetimes)
    except _Problem as exc:
        raise InputError(f"{source}: {exc}; nothing was imported.") from None
    return doc


__all__ = [
    "AUDIO_SUFFIXES",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "check_audio_path",
    "check_export",
    "export_schema",
    "schema_json",
]
