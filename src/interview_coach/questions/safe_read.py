"""Read untrusted documents in a worker process with limits, so a hostile file costs little.

A job description or résumé comes from anywhere: a PDF with millions of text operators, a
.docx whose XML inflates to gigabytes, or a 50,000-page file can each take minutes and
gigabytes in the parser. `read_document_safely` parses in a fresh child process with a memory
cap, a CPU-time cap and a wall-clock deadline; before parsing, it refuses zip packages whose
entries are too many or too large (sizes are read from the zip directory before anything is
inflated) and PDFs with too many pages. Every failure, including one inside pypdf or
python-docx, is a `DocumentError` with a message for the user.
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing as mp
import os
import signal
import threading
import zipfile
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_coach.errors import DocumentError
from interview_coach.questions import documents
from interview_coach.questions.documents import MAX_DOCUMENT_BYTES, SUPPORTED

if TYPE_CHECKING:
    from interview_coach.questions.resume import ResumeProfile
    from interview_coach.types import JobProfile

log = logging.getLogger(__name__)

# Address space for the parser: a real résumé needs well under 100 MB beyond the interpreter.
MEMORY_LIMIT_BYTES = 512 * 1024 * 1024
# CPU seconds for one document: real ones take well under a second.
CPU_LIMIT_SECONDS = 3
# Wall-clock deadline, so a hostile file gets its answer within 5 seconds (the worker's start
# included, the fork server's first start not: `START_SECONDS`).
DEADLINE_SECONDS = 4.0
# The parser yields the CPU to the web server's own requests (higher is nicer).
WORKER_NICENESS = 10
# More pages than any job description or résumé (a CV rarely passes 5).
MAX_PDF_PAGES = 100
# A .docx has ~10-30 parts; thousands mean a crafted package.
MAX_ZIP_ENTRIES = 1000
# Largest inflated size of one part, and of all parts, as declared in the zip directory.
MAX_ZIP_ENTRY_BYTES = 40 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 100 * 1024 * 1024
# Python's zipfile never inflates more than an entry's declared size, so declared sizes bound
# the work; the memory cap catches anything else.
# A scanned PDF is read again by OCR in a second worker: tesseract needs several CPU seconds
# a page (layout.MAX_OCR_PAGES pages at most), far beyond a text document's budget. The worker
# and tesseract form one process group, killed together at the deadline, and tesseract's page
# images go to a private folder in the data folder that is removed afterwards.
OCR_CPU_SECONDS = 40
OCR_DEADLINE_SECONDS = 45.0
# Text, pasted or read, is parsed into a job profile and a résumé profile in a worker too:
# pattern matching over a hostile 60,000-character line takes seconds, and in the server's own
# process it holds the interpreter from every other request. A real document takes well under
# half a second.
PARSE_CPU_SECONDS = 3
PARSE_DEADLINE_SECONDS = 5.0
# Documents read at once: each worker may use its memory cap, so twenty uploads at once must
# not mean twenty workers. Others wait this long for a turn, then are told to try again.
MAX_READERS = 4
READER_WAIT_SECONDS = 10.0
_READERS = threading.BoundedSemaphore(MAX_READERS)


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            entries = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise DocumentError(f"{name}: the file is damaged (broken zip package).") from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise DocumentError(
            f"{name}: the package holds {len(entries):,} parts (at most {MAX_ZIP_ENTRIES:,}); "
            "it is not an ordinary Word document."
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ZIP_ENTRY_BYTES or total > MAX_ZIP_TOTAL_BYTES:
            raise DocumentError(
                f"{name}: the document unpacks to more than "
                f"{MAX_ZIP_TOTAL_BYTES // 2**20} MB; save a shorter version or as .pdf or .txt."
            )


def _check_pdf(data: bytes, name: str) -> None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return  # the reader says what to do about a password
        pages = len(reader.pages)
    except Exception:  # a damaged file: the reader itself says what is wrong
        return
    if pages > MAX_PDF_PAGES:
        raise DocumentError(
            f"{name}: {pages:,} pages is over the {MAX_PDF_PAGES} page limit for documents; "
            "give just the job description or résumé."
        )


def read_document_checked(data: bytes, name: str = "document") -> str:
    """The document's text, in this process: limits checked first, every error a DocumentError.

    Use `read_document_safely` for untrusted input; this is what runs inside its worker.
    """
    head = data[:8]
    try:
        if head.startswith(b"PK\x03\x04"):
            _check_zip(data, name)
        elif head.startswith(b"%PDF-"):
            _check_pdf(data, name)
        return documents.read_document_bytes(data, name)
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentError(
            f"{name}: the document needs more memory than the "
            f"{MEMORY_LIMIT_BYTES // 2**20} MB allowed for reading one; save a simpler copy."
        ) from exc
    except RecursionError as exc:
        raise DocumentError(f"{name}: the document is nested too deeply to read.") from exc
    except Exception as exc:  # pypdf and python-docx raise many kinds for a hostile file
        raise DocumentError(
            f"{name}: the document is damaged or not a {SUPPORTED} file "
            f"({type(exc).__name__}); export it again or paste the text."
        ) from exc


def _limit(cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.nice(WORKER_NICENESS)


def _worker(conn: Connection, data: bytes, name: str, cpu: int, scratch: str | None) -> None:
    try:
        if scratch is None:
            documents.OCR_HERE = False  # a scanned PDF is sent back for the OCR worker
        else:
            import tempfile

            os.setpgrp()  # tesseract joins this group, so the deadline ends it too
            tempfile.tempdir = scratch  # tesseract's page images stay in the data folder
        _limit(cpu)
        # pypdf logs what it repairs; the user sees the one clear error instead.
        logging.getLogger("pypdf").setLevel(logging.ERROR)
        conn.send(("ok", read_document_checked(data, name)))
    except documents.NeedsOcr:
        conn.send(("ocr", ""))
    except DocumentError as exc:
        conn.send(("error", str(exc)))
    except BaseException as exc:  # the parent turns anything else into a DocumentError
        conn.send(("error", f"{name}: the document could not be read ({type(exc).__name__})."))
    finally:
        conn.close()


# What the fork server imports once, so each worker forked from it starts with the parsers.
PRELOAD = [
    "interview_coach.questions.safe_read",
    "interview_coach.questions.profile",
    "interview_coach.questions.resume",
    "interview_coach.questions.warm",  # reads a tiny document once: workers inherit the tables
    "pypdf",
    "docx",
]


def _context() -> mp.context.BaseContext:
    # A fork server forks from a clean, single-threaded process that has already imported the
    # parsers: starting a worker is cheap and safe inside the threaded web server.
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


_CTX = None
# The fork server's first start imports the parsers (seconds on a busy machine): it is waited
# for once, outside any document's deadline, so a slow start is never blamed on the document.
START_SECONDS = 60.0


def _noop() -> None:
    """A worker that does nothing: its start proves the fork server is up."""


def _started(ctx: mp.context.BaseContext) -> mp.context.BaseContext:
    """`ctx` once its fork server (if any) has started and imported the parsers."""
    if ctx.get_start_method() == "forkserver":
        proc = ctx.Process(target=_noop, daemon=True)
        proc.start()
        proc.join(START_SECONDS)
    return ctx


def read_document_safely(data: bytes, name: str = "document") -> str:
    """The text of an untrusted document, parsed in a limited worker process.

    Blocks the calling thread (run it in a worker thread from async code) for at most about
    `DEADLINE_SECONDS`; raises DocumentError for anything that gives no text.
    """
    if not data:
        raise DocumentError(f"{name}: the file is empty.")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"{name}: over the {MAX_DOCUMENT_BYTES // 1_048_576} MB limit for documents."
        )
    with _reader_turn(f"{name}: the coach"):
        status, value = _run(data, name, None, DEADLINE_SECONDS, CPU_LIMIT_SECONDS)
        if status == "ocr":
            status, value = _read_scan(data, name)
    if status != "ok":
        raise DocumentError(value)
    return value


@contextlib.contextmanager
def _reader_turn(who: str) -> Iterator[None]:
    """One of the MAX_READERS places for a worker, waited for at most READER_WAIT_SECONDS;
    `who` opens the message when none comes free ("The coach", "cv.pdf: the coach")."""
    if not _READERS.acquire(timeout=READER_WAIT_SECONDS):
        raise DocumentError(
            f"{who} is reading {MAX_READERS} other documents; try again in a moment."
        )
    try:
        yield
    finally:
        _READERS.release()


def _read_scan(data: bytes, name: str) -> tuple[str, str]:
    """OCR of a scanned PDF in its own worker, with a private scratch folder."""
    import shutil
    import tempfile

    from interview_coach.config import get_settings
    from interview_coach.store.audio import scratch_folder

    folder = scratch_folder(Path(get_settings().home))
    scratch = tempfile.mkdtemp(prefix="ocr-", dir=folder)  # mode 0700: this user only
    try:
        return _run(data, name, scratch, OCR_DEADLINE_SECONDS, OCR_CPU_SECONDS)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run(data: bytes, name: str, scratch: str | None, deadline: float, cpu: int) -> tuple[str, str]:
    """(status, text or message) from one reading worker, which is killed at `deadline`."""
    return _in_worker(
        _worker,
        (data, name, cpu, scratch),
        deadline,
        group=scratch is not None,
        late=f"{name}: reading the document took longer than {deadline:g} seconds; it is too "
        "large or too complex. Save a shorter version or paste the text.",
        died=f"{name}: the document is too large or too complex to read within the limits "
        f"({MEMORY_LIMIT_BYTES // 2**20} MB, {cpu} s); save a shorter version or paste the text.",
    )


def _in_worker(
    target: Any, args: tuple[Any, ...], deadline: float, *, group: bool, late: str, died: str
) -> Any:
    """What `target(send, *args)` sends back from a fresh worker, killed at `deadline`."""
    global _CTX
    if _CTX is None:
        _CTX = _started(_context())
    receive, send = _CTX.Pipe(duplex=False)
    proc = _CTX.Process(target=target, args=(send, *args), daemon=True)
    proc.start()
    send.close()
    try:
        if not receive.poll(deadline):
            raise DocumentError(late)
        try:
            return receive.recv()
        except (EOFError, OSError) as exc:  # the worker died: a limit was hit
            raise DocumentError(died) from exc
    finally:
        receive.close()
        if group and proc.pid:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)  # the worker and any tesseract it started
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=2)


def _parse_worker(conn: Connection, job_text: str | None, resume_text: str | None) -> None:
    from interview_coach.questions.profile import job_profile_from_text
    from interview_coach.questions.resume import resume_profile_from_text

    try:
        _limit(PARSE_CPU_SECONDS)
        job = job_profile_from_text(job_text) if job_text is not None else None
        resume = resume_profile_from_text(resume_text) if resume_text is not None else None
        conn.send(("ok", (job, resume)))
    except BaseException as exc:  # the parent turns this into a DocumentError
        conn.send(("error", type(exc).__name__))
    finally:
        conn.close()


def read_profiles_safely(
    job_text: str | None, resume_text: str | None
) -> tuple[JobProfile | None, ResumeProfile | None]:
    """The job description and résumé read into profiles in a limited worker process.

    Blocks the calling thread for at most about `PARSE_DEADLINE_SECONDS`; text the reader
    cannot finish within the limits is a DocumentError that says so."""
    if job_text is None and resume_text is None:
        return None, None
    what = " and ".join(
        n for n, t in (("job description", job_text), ("résumé", resume_text)) if t is not None
    )
    too_much = (
        f"The {what} took too long to read. Paste a plain copy of just the document; a very "
        "long line of one repeated character is the usual cause."
    )
    with _reader_turn("The coach"):
        status, value = _in_worker(
            _parse_worker,
            (job_text, resume_text),
            PARSE_DEADLINE_SECONDS,
            group=False,
            late=too_much,
            died=too_much,
        )
    if status != "ok":
        log.error("Reading profiles failed in the worker: %s", value)
        raise DocumentError(f"The {what} could not be read; paste a plain copy.")
    return value


def read_document_file(path: str | Path) -> str:
    """`read_document_safely` for a file on disk (the CLI's `plan`, `prep` and `practice`)."""
    data, name = documents.file_bytes(path)
    return read_document_safely(data, name)


__all__ = [
    "read_document_checked",
    "read_document_file",
    "read_document_safely",
    "read_profiles_safely",
]
