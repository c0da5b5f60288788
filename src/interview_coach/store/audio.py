"""Audio files under the data folder: written atomically, named by their SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from interview_coach.errors import StorageError

AUDIO_DIR = "audio"
# Short-lived work files (an export being sent, a PDF, OCR pages) stay inside the data folder.
SCRATCH_DIR = "tmp"


def scratch_folder(home: Path) -> Path:
    """The data folder's scratch space (mode 0700), made on first use."""
    folder = Path(home) / SCRATCH_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


_CHUNK = 1 << 20


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def store_audio(home: Path, source: Path) -> tuple[str, str, int]:
    """Copy `source` into the data folder; returns (path relative to home, sha256, bytes).

    The copy goes to a temporary file in the destination folder, is flushed to disk, then
    renamed into place, so a crash leaves either no file or the whole file. Identical audio
    is kept once.
    """
    source = Path(source)
    if not source.is_file():
        raise StorageError(f"Audio file not found: {source}")
    folder = home / AUDIO_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            suffix = source.suffix.lower() if source.suffix else ".bin"
            final = folder / sha[:2] / f"{sha}{suffix}"
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(f"Cannot store the audio file {source}: {exc}") from exc
    return final.relative_to(home).as_posix(), sha, size


def audio_name(sha: str, suffix: str) -> str:
    """Where audio with this checksum lives, relative to the data folder."""
    return f"{AUDIO_DIR}/{sha[:2]}/{sha}{suffix}"


def resolve_audio(home: Path, relative: str) -> Path:
    """The absolute path of a stored audio file, which must lie inside the audio folder.

    Resolved first (symbolic links and `..` followed), then checked: a stored path that
    points anywhere else raises StorageError instead of being read.
    """
    root = (Path(home) / AUDIO_DIR).resolve()
    try:
        path = (root.parent / relative).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        raise StorageError(f"The stored audio path {relative!r} is not usable: {exc}") from exc
    if not path.is_relative_to(root) or path == root:
        raise StorageError(
            f"The stored audio path {relative!r} points outside the data folder; it is ignored."
        )
    return path
