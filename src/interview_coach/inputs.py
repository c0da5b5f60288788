"""Checks at the boundary: typed answers and text files are validated before analysis."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from interview_coach.analysis.lexicon import STOPWORDS
from interview_coach.errors import InputError
from interview_coach.nlp.text import squeeze_blanks

MAX_TEXT_BYTES = 1_000_000
_HTML = re.compile(
    r"<\s*(!doctype|html|head|body|div|p|span|br|script|style|table|a\s|b>|i>|"
    r"ul|li|h[1-6])\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# English words average under six letters; twelve characters a word, spaces and punctuation
# included, bounds an answer whose words are glued together ("a.b.c…").
MAX_CHARS_PER_WORD = 12
# Letters in the longest English word in dictionaries (45): a longer run is a key held down
# or text glued together, not something said.
LONGEST_WORD = 45
# Words an answer needs before the share of common English words says whether it is prose.
PROSE_SAMPLE = 20
_CONTRACTION = re.compile(r"\w['’](?:ve|ll|re|s|d|m)\b|n['’]t\b")
# Characters no one says and a screen should not obey: terminal escape sequences (removed
# whole, so "[31m" is not left behind), other control characters, and the bidirectional
# overrides and isolates that make text display in another order than it is stored.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)?|[0-~])")
_UNSEEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def drop_unseen(text: str) -> str:
    """`text` with line breaks as "\\n", terminal escape sequences removed, and every other
    control or direction-override character replaced by a space (tabs and line breaks stay)."""
    text = _ESCAPE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _UNSEEN.sub(" ", text)


def decode_text(data: bytes, source: str = "the answer") -> str:
    """Decode bytes as UTF-8 text, refusing binary data with a clear message."""
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(
            f"{source} is {len(data) // 1024} KB; answers are limited to "
            f"{MAX_TEXT_BYTES // 1024} KB of text."
        )
    if b"\x00" in data[:4096]:
        raise InputError(f"{source} is not text (it looks like a binary file).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{source} is not readable text (not UTF-8).") from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    if controls > max(3, len(text) // 100):
        raise InputError(f"{source} is not text (it contains binary control characters).")
    return squeeze_blanks(drop_unseen(text))


def shown_filename(filename: str | None, default: str, limit: int = 80) -> str:
    """An uploaded file's name, safe to show in a message: no folder part, and no control or
    direction-override character that would make it display as another name."""
    base = Path(filename or "").name
    clean = "".join(c for c in base if c.isprintable())[:limit]
    return clean or default


def check_regular_file(path: str | Path) -> Path:
    """`path` as a Path if it names a regular file; otherwise a clear refusal. A pipe or a
    device would block the read forever or never end, and is never what a user meant."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"No such file: {path}")
    if p.is_dir():
        raise InputError(f"{path} is a folder; give a file.")
    if not p.is_file():
        raise InputError(f"{path} is not a regular file (a pipe or a device); give a file.")
    return p


def read_answer_file(path: str) -> str:
    """Read an answer from a text file, or from standard input when path is '-'."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read()
        return decode_text(data, "standard input")
    p = check_regular_file(path)
    return decode_text(p.read_bytes(), str(p))


# What an answer of nothing (or only spaces) is told; the room's text box says the same
# before sending (web/static/forms.js).
EMPTY_ANSWER = "The answer is empty: type or paste what you would say."


def check_answer_text(text: str, max_words: int) -> str:
    """Return the cleaned answer, or raise InputError saying what is wrong with it."""
    cleaned = drop_unseen(text).strip()
    if not cleaned:
        raise InputError(EMPTY_ANSWER)
    if len(_HTML.findall(cleaned)) >= 2 or cleaned.lower().startswith(("<!doctype", "<html")):
        raise InputError(
            "The answer looks like HTML markup. Paste the plain text of your answer instead."
        )
    words = _WORD.findall(cleaned)
    # Counted as the analysis counts them: "I.led.the.team" is four words, not one.
    count = max(len(cleaned.split()), len(words))
    if count > max_words or len(cleaned) > max_words * MAX_CHARS_PER_WORD:
        raise InputError(
            f"The answer has {count:,} words ({len(cleaned):,} characters); the limit is "
            f"{max_words:,} words. Interview answers are usually under 400 words."
        )
    if not words:
        raise InputError("The answer has no words to analyse.")
    longest = max(words, key=len)
    if len(longest) > LONGEST_WORD:
        raise InputError(
            f"The answer has a run of {len(longest):,} letters with no space (“{longest[:12]}…”),"
            " longer than any English word. Type or paste what you would say, in words."
        )
    latin = sum(1 for w in words if all("LATIN" in unicodedata.name(c, "") for c in w))
    if latin / len(words) < 0.7:
        raise InputError(
            "The answer does not look like English. interview-coach analyses English answers only."
        )
    if len(words) >= 8:
        common = sum(1 for w in words if w.lower() in STOPWORDS)
        # A short answer in dialect ("naw i think ye've covered everything hen, thanks") has few
        # of the common words: below PROSE_SAMPLE words, two signs of English will do, an
        # English contraction ("ye've", "ah'll") counting as one.
        signs = common + len(_CONTRACTION.findall(cleaned.lower()))
        short = len(words) < PROSE_SAMPLE
        if (short and signs < 2) or (not short and common / len(words) < 0.12):
            raise InputError(
                "The answer does not look like English prose. interview-coach "
                "analyses English answers only."
            )
    return cleaned
