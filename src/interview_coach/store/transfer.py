"""The user owns the data: export everything to one JSON file, import it back, delete it all."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from interview_coach.errors import InputError, StorageError
from interview_coach.store import db
from interview_coach.store.audio import (
    AUDIO_DIR,
    SCRATCH_DIR,
    audio_name,
    resolve_audio,
    scratch_folder,
    sha256_file,
)
from interview_coach.store.export_schema import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    NOT_EXPORTED,
    check_audio_path,
    check_export,
)
from interview_coach.store.owner import unscoped
from interview_coach.store.plans import plans_from_notes
from interview_coach.store.repository import Store
from interview_coach.store.tables import TABLES, Answer, UTCDateTime

# The largest export an import reads: parsing takes about twice the file in memory, and a
# history of 200,000 answers exports to about 110 MB.
MAX_IMPORT_BYTES = 512 * 1_048_576
# The folders a web export is built in, under the data folder's scratch space.
EXPORT_SCRATCH_PREFIX = "coach-export-"


def export_scratch(home: Path) -> Path:
    """A new private folder (mode 0700) for one export, inside the data folder: a copy of the
    history is never written outside it, even for a moment."""
    return Path(tempfile.mkdtemp(prefix=EXPORT_SCRATCH_PREFIX, dir=scratch_folder(home)))


def clear_export_scratch(home: Path) -> int:
    """Remove exports left by a process that stopped while sending one; how many."""
    gone = 0
    for folder in (Path(home) / SCRATCH_DIR).glob(f"{EXPORT_SCRATCH_PREFIX}*"):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
            gone += 1
    return gone


def check_export_target(path: Path, *, replace: bool = False) -> None:
    """Refuse to write an export over anything but a regular file the user chose to replace:
    a FIFO or a device would be swapped for a file holding the whole history."""
    if path.is_symlink() or path.exists():
        if path.is_symlink() or not path.is_file():
            raise InputError(f"{path} is not a regular file; give the name of a new file.")
        if not replace:
            raise InputError(
                f"{path} already exists; give a new file name, or add --force to replace it."
            )
    folder = audio_folder_for(path)
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise InputError(f"{folder} is in the way of the audio folder; move it first.")


def audio_folder_for(path: Path) -> Path:
    """Where audio goes beside an export file: `history.json` -> `history-audio/`."""
    return path.with_name(f"{path.stem}-audio")


def _to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _exported(model: type[Any]) -> list[Any]:
    # ORM attributes, so team mode scopes the query to the acting account (store/owner.py).
    attrs = sa.inspect(model).column_attrs
    return [getattr(model, a.key) for a in attrs if a.key not in NOT_EXPORTED]


def export_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (the acting account's, in team mode), keyed by table name,
    ordered by id."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.transaction() as s:
        for model in TABLES:
            rows = s.execute(sa.select(*_exported(model)).order_by(model.id)).mappings()
            out[model.__table__.name] = [{k: _to_json(v) for k, v in r.items()} for r in rows]
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


def export_data(
    store: Store, path: Path, *, audio: bool = False, replace: bool = False
) -> dict[str, int]:
    """Write the whole history to `path` (and audio files beside it); counts per table. An
    existing file is replaced only with `replace`; anything else in the way is refused."""
    path = Path(path)
    check_export_target(path, replace=replace)
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
                    try:
                        src = resolve_audio(store.home, row["audio_path"])
                    except StorageError:
                        continue  # a damaged row: its path is never followed
                    if src.is_file():
                        dest = folder / row["audio_path"]
                        dest.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(src, dest)
        _write_atomically(path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:
        raise StorageError(f"Cannot write the export to {path}: {exc}") from exc
    return {name: len(rows) for name, rows in tables.items()}


def _is_empty(store: Store) -> bool:
    with store.transaction() as s:
        return all(s.execute(sa.select(sa.func.count(m.id))).scalar() == 0 for m in TABLES)


def _parse(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not (path.exists() or path.is_symlink()):
        raise InputError(f"No export file at {path}.")
    if not path.is_file():  # a pipe would block the read forever, a device never end
        raise InputError(f"{path} is not a regular file; give an export file.")
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise InputError(
            f"{path} is {size / 1_048_576:.0f} MB, over the {MAX_IMPORT_BYTES // 1_048_576} MB "
            "an import reads; it is not an export of this app's size."
        )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"No export file at {path}.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not a text export of interview-coach: it holds binary data, as a "
            "PDF, picture or archive does."
        ) from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not an interview-coach export: it is not valid JSON (it goes wrong "
            f"at line {exc.lineno}, column {exc.colno})."
        ) from exc
    except RecursionError as exc:
        raise InputError(
            f"{path} is not an interview-coach export: its JSON is nested too deeply."
        ) from exc
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    return check_export(doc, path)


def _prepare(
    table: sa.Table, row: dict[str, Any], clean: Callable[[str], str] | None
) -> dict[str, Any]:
    return {
        k: datetime.fromisoformat(v)
        if v is not None and isinstance(table.c[k].type, UTCDateTime)
        else _cleaned(v, clean)
        for k, v in row.items()
    }


def _cleaned(value: Any, clean: Callable[[str], str] | None) -> Any:
    """`value` with `clean` applied to every string in it, nested JSON included."""
    if clean is None:
        return value
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_cleaned(v, clean) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v, clean) for k, v in value.items()}
    return value


def _audio_sources(path: Path, answers: list[dict[str, Any]]) -> dict[int, Path]:
    """Audio found beside the export, by answer id, each checked against its checksum.

    Every answer's audio is renamed to the name its checksum gives, so nothing in the export
    decides where a file is written.
    """
    folder = audio_folder_for(path).resolve()
    sources: dict[int, Path] = {}
    for i, row in enumerate(answers):
        rel = row.get("audio_path")
        if not rel:
            continue
        suffix = check_audio_path(rel)  # checked already; also gives the stored suffix
        row["audio_path"] = audio_name(row["audio_sha256"], suffix)
        src = (folder / rel).resolve()
        if not src.is_relative_to(folder) or not src.is_file():
            continue  # exported without audio, or a link out of the bundle: not copied
        if sha256_file(src) != row["audio_sha256"]:
            raise InputError(
                f"{path}: tables.answers[{i}].audio_sha256 does not match the audio file "
                f"{src.name}; nothing was imported."
            )
        sources[i] = src
    return sources


def import_data(
    store: Store, path: Path, *, clean: Callable[[str], str] | None = None
) -> dict[str, int]:
    """Load an export into an empty history, keeping every id; counts per table.

    The whole file is checked first (schema, every row's models, audio paths and checksums);
    a problem raises InputError naming the row and field, and nothing is written. Audio found
    beside the export is stored under the name its checksum gives. `clean` is applied to every
    text in it (the front ends pass the cleaning typed text gets: no terminal escapes or
    direction overrides come in through a file either).
    """
    if store.team:
        # Exports keep their ids, which other accounts' rows may already use.
        raise InputError("Importing a history works in personal mode only.")
    path = Path(path)
    doc = _parse(path)
    tables = doc["tables"]
    if not tables.get("session_plans"):  # an older export keeps plans in the sessions' notes
        tables["session_plans"] = plans_from_notes(tables.get("practice_sessions", []))
    if not _is_empty(store):
        raise StorageError(
            "The history is not empty. Export it first if you want to keep it, run "
            "`interview-coach data delete`, then import."
        )
    answers = tables.get("answers", [])
    sources = _audio_sources(path, answers)
    counts: dict[str, int] = {}
    try:
        with store.transaction() as s:
            for model in TABLES:
                table = model.__table__
                prepared = [_prepare(table, row, clean) for row in tables.get(table.name, [])]
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
    except sa.exc.StatementError as exc:
        # Ids that clash or point nowhere (foreign keys), or values the database refuses.
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:300]
        raise InputError(f"{path} has inconsistent rows ({reason}); nothing was imported.") from exc
    counts["audio_files"] = _import_audio(store, answers, sources)
    return counts


def _import_audio(store: Store, answers: list[dict[str, Any]], sources: dict[int, Path]) -> int:
    copied = 0
    for i, src in sources.items():
        dest = resolve_audio(store.home, answers[i]["audio_path"])
        if dest.is_file():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".incoming-{dest.name}")
        shutil.copy2(src, tmp)
        if sha256_file(tmp) != answers[i]["audio_sha256"]:  # changed since it was checked
            tmp.unlink(missing_ok=True)
            raise StorageError(f"Audio file {src} changed while it was imported; not copied.")
        os.replace(tmp, dest)
        copied += 1
    return copied


def delete_all(store: Store) -> dict[str, int]:
    """Delete every row and every stored audio file; the empty schema stays. Counts deleted.

    In team mode: the acting account's rows, and its audio that no other account's answer
    names (audio is stored once per content)."""
    counts: dict[str, int] = {}
    with store.transaction() as s:
        audio = set(s.scalars(sa.select(Answer.audio_path).where(Answer.audio_path.is_not(None))))
        for model in reversed(TABLES):
            # ORM-enabled: team mode adds the owner to the WHERE clause (store/owner.py).
            result = s.execute(sa.delete(model).execution_options(synchronize_session=False))
            counts[model.__table__.name] = result.rowcount  # type: ignore[attr-defined]
    if store.team:
        remove_audio(store, sorted(audio - shared_audio(store, audio)))
        return counts
    shutil.rmtree(store.home / AUDIO_DIR, ignore_errors=True)
    clear_export_scratch(store.home)  # a copy left by an export cut short goes too
    if store.engine.dialect.name == "sqlite":
        # Give the space back and leave no deleted text in free pages.
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    return counts


def purge_recordings(store: Store, days: float, *, now: datetime | None = None) -> int:
    """The retention rule: forget the recordings of answers older than `days`, for every
    account, and delete their files; the answers, transcripts and feedback stay. How many
    answers lost their recording."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    with store.transaction() as s, unscoped():
        old = Answer.audio_path.is_not(None) & (Answer.created_at < cutoff)
        paths = set(s.scalars(sa.select(Answer.audio_path).where(old)))
        result = s.execute(
            sa.update(Answer)
            .where(old)
            .values(audio_path=None)
            .execution_options(synchronize_session=False)
        )
    remove_audio(store, sorted(paths - shared_audio(store, paths)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def shared_audio(store: Store, paths: set[str]) -> set[str]:
    """Those of `paths` that some answer (of any account) still names."""
    with store.reading() as s, unscoped():
        return set(s.scalars(sa.select(Answer.audio_path).where(Answer.audio_path.in_(paths))))


def remove_audio(store: Store, paths: list[str]) -> None:
    """Delete stored audio files (paths relative to the data folder, checked to lie inside)."""
    for rel in paths:
        try:
            resolve_audio(store.home, rel).unlink(missing_ok=True)
        except (StorageError, OSError):
            continue  # a damaged path is never followed; a file already gone is fine


__all__ = ["delete_all", "export_data", "export_rows", "import_data", "purge_recordings"]
