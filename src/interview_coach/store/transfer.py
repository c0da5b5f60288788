"""The user owns the data: export everything to one JSON file, import it back, delete it all."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from interview_coach.errors import InputError, StorageError
from interview_coach.store import db
from interview_coach.store.audio import AUDIO_DIR, sha256_file
from interview_coach.store.repository import Store
from interview_coach.store.tables import TABLES, UTCDateTime

EXPORT_FORMAT = "interview-coach-export"
EXPORT_VERSION = 1


def audio_folder_for(path: Path) -> Path:
    """Where audio goes beside an export file: `history.json` -> `history-audio/`."""
    return path.with_name(f"{path.stem}-audio")


def _to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def export_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, keyed by table name, ordered by id."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.transaction() as s:
        for model in TABLES:
            table = model.__table__
            rows = s.execute(sa.select(table).order_by(table.c.id)).mappings()
            out[table.name] = [{k: _to_json(v) for k, v in r.items()} for r in rows]
    return out


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_data(store: Store, path: Path, *, audio: bool = False) -> dict[str, int]:
    """Write the whole history to `path` (and audio files beside it); counts per table."""
    path = Path(path)
    tables = export_rows(store)
    doc = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "schema_revision": db.current_revision(store.engine),
        "exported_at": datetime.now(UTC).isoformat(),
        "audio_included": audio,
        "tables": tables,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if audio:
            folder = audio_folder_for(path)
            for row in tables["answers"]:
                if row["audio_path"]:
                    src = store.home / row["audio_path"]
                    if src.is_file():
                        dest = folder / row["audio_path"]
                        dest.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(src, dest)
        _write_atomically(path, json.dumps(doc, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise StorageError(f"Cannot write the export to {path}: {exc}") from exc
    return {name: len(rows) for name, rows in tables.items()}


def _is_empty(store: Store) -> bool:
    with store.transaction() as s:
        return all(
            s.execute(sa.select(sa.func.count()).select_from(m.__table__)).scalar() == 0
            for m in TABLES
        )


def _parse(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"No export file at {path}.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not an interview-coach export: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InputError(f"{path} is not an interview-coach export.")
    if doc.get("format_version") != EXPORT_VERSION:
        raise InputError(
            f"{path} uses export format {doc.get('format_version')}; this version of "
            f"interview-coach reads format {EXPORT_VERSION}."
        )
    return doc


def import_data(store: Store, path: Path) -> dict[str, int]:
    """Load an export into an empty history, keeping every id; counts per table.

    Audio files found beside the export are checked against their checksums and copied into
    the data folder.
    """
    path = Path(path)
    doc = _parse(path)
    tables = doc.get("tables") or {}
    if not _is_empty(store):
        raise StorageError(
            "The history is not empty. Export it first if you want to keep it, run "
            "`interview-coach data delete`, then import."
        )
    counts: dict[str, int] = {}
    try:
        with store.transaction() as s:
            for model in TABLES:
                table = model.__table__
                rows = tables.get(table.name, [])
                known = set(table.c.keys())
                prepared = []
                for row in rows:
                    unknown = set(row) - known
                    if unknown:
                        raise InputError(
                            f"{path}: unknown fields {sorted(unknown)} in {table.name}."
                        )
                    prepared.append(
                        {
                            k: datetime.fromisoformat(v)
                            if v is not None and isinstance(table.c[k].type, UTCDateTime)
                            else v
                            for k, v in row.items()
                        }
                    )
                if prepared:
                    s.execute(sa.insert(table), prepared)
                counts[table.name] = len(prepared)
            if s.bind.dialect.name == "postgresql":
                # Rows came with their ids: move each id sequence past them.
                for model in TABLES:
                    name = model.__table__.name
                    s.execute(
                        sa.text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {name}"
                        )
                    )
    except sa.exc.IntegrityError as exc:
        raise InputError(f"{path} has inconsistent rows: {exc.orig}") from exc
    counts["audio_files"] = _import_audio(store, path, tables.get("answers", []))
    return counts


def _import_audio(store: Store, path: Path, answers: list[dict[str, Any]]) -> int:
    folder = audio_folder_for(path)
    copied = 0
    for row in answers:
        rel = row.get("audio_path")
        if not rel:
            continue
        src = folder / rel
        dest = store.home / rel
        if not src.is_file() or dest.is_file():
            continue
        if sha256_file(src) != row.get("audio_sha256"):
            raise StorageError(f"Audio file {src} does not match its checksum; not imported.")
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".incoming-{dest.name}")
        shutil.copy2(src, tmp)
        os.replace(tmp, dest)
        copied += 1
    return copied


def delete_all(store: Store) -> dict[str, int]:
    """Delete every row and every stored audio file; the empty schema stays. Counts deleted."""
    counts: dict[str, int] = {}
    with store.transaction() as s:
        for model in reversed(TABLES):
            result = s.execute(sa.delete(model.__table__))
            counts[model.__table__.name] = result.rowcount  # type: ignore[attr-defined]
    shutil.rmtree(store.home / AUDIO_DIR, ignore_errors=True)
    if store.engine.dialect.name == "sqlite":
        # Give the space back and leave no deleted text in free pages.
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    return counts


__all__ = ["delete_all", "export_data", "export_rows", "import_data"]
