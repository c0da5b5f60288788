"""Tokens and sentences with character offsets, so every finding can point at the transcript."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words (with inner apostrophes/hyphens), numbers (with separators, decimals, %, x),
# currency-prefixed amounts, and single punctuation marks.
_TOKEN_RE = re.compile(
    r"[$£€]?\d+(?:[.,]\d+)*(?:%|[xXkKmM]\b|bn\b)?"
    r"|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)*(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*"
    r"|[^\sA-Za-z0-9]"
)
# Never end a sentence after these ("Dr. Patel", "e.g. logs", "approx. five").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st vs e.g i.e approx dept est fig no jan"
    " feb mar apr jun jul aug sep sept oct nov dec".split()
)
# End a sentence after these only when the next word is capitalised ("Acme Inc. in 2019"
# goes on; "…at Acme Inc. Then I left" ends).
_SOMETIMES_FINAL = frozenset(["etc", "inc", "ltd", "co", "corp", "jr", "sr"])
_INITIALISM = re.compile(r"^(?:[a-z]\.)+[a-z]$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(frozen=True, slots=True)
class Token:
    """A token and its place in the text; `lower` is the case-folded form with ’ as '."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool


# A run of blanks within a line longer than this is layout, not content. Squeezed to this
# length, no pattern that starts on a blank ("\s+and\s+") can scan a long run from each of
# its positions, which on a line of 100,000 spaces took minutes (see docs/security.md).
MAX_BLANK_RUN = 4
_BLANK_RUN = re.compile(rf"[^\S\n]{{{MAX_BLANK_RUN + 1},}}")


def squeeze_blanks(text: str) -> str:
    """`text` with every run of spaces and tabs within a line cut to MAX_BLANK_RUN spaces."""
    return _BLANK_RUN.sub(" " * MAX_BLANK_RUN, text)


# Curly and modifier apostrophes, as phone keyboards and word processors type them.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def fold_apostrophes(text: str) -> str:
    """`text` with every apostrophe written as ', one character for one, so offsets hold and
    "didn’t" matches the same patterns as "didn't"."""
    return text.translate(_APOSTROPHES)


def tokenize(text: str) -> list[Token]:
    """Split text into word, number and punctuation tokens with character offsets."""
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        is_word = tok[0].isalnum() or tok[0] in "$£€"
        tokens.append(Token(tok, m.start(), m.end(), tok.lower().replace("’", "'"), is_word))
    return tokens


def words(tokens: list[Token]) -> list[Token]:
    """Only the word and number tokens."""
    return [t for t in tokens if t.is_word]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering the non-blank text, in order.

    Ends at . ! ? … followed by space, except after common abbreviations, initials and
    decimals. Very long unpunctuated runs (typical of live transcripts) are cut at
    discourse joints such as ", so", "and then" so a run-on answer still gets structure.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        before = text[start : m.start()].rstrip()
        last_word = re.findall(r"[A-Za-z.]+$", before)
        if m.group().startswith(".") and last_word:
            lw = last_word[0].lower().strip(".")
            if lw in _ABBREVIATIONS or (len(lw) == 1 and lw.isalpha()):
                continue
            rest = text[end:].lstrip()
            ambiguous = lw in _SOMETIMES_FINAL or _INITIALISM.match(lw)
            if ambiguous and rest and not rest[0].isupper():
                continue
        spans.extend(_cut_run_on(text, start, end))
        start = end
    if text[start:].strip():
        spans.extend(_cut_run_on(text, start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


_JOINT = re.compile(
    r",?\s+(?=(?:and then|and so|so then|after that|but then|in the end|eventually|"
    r"as a result|because of that|so)\s)",
    re.IGNORECASE,
)
_RUN_ON_WORDS = 45  # longer unpunctuated stretches are split at joints

# Speech-recogniser output and some transcripts carry no punctuation at all, and one run of
# 150 words would read as a single rambling sentence with no story in it. In such a stretch a
# clause starts where a joining word meets a subject ("and we", "so i", "when the") or where a
# bare "i"/"we" follows a content word ("…in it i flagged"): cutting there gives the sentences
# a speaker's pauses would.
_BARE_STRETCH_WORDS = 25  # a stretch this long...
_WORDS_PER_MARK = 20  # ...with fewer than one comma, dash or colon per this many words
_MIN_CLAUSE_WORDS = 6  # never cut off a piece shorter than this
# Not "because" or "until": their clause hangs on the one before ("I flagged it because…").
_JOINERS = frozenset("and so but then when after once while although though since yeah".split())
_SUBJECTS = frozenset("i we he she they it you my our his her their the this that there".split())
_BARE_SUBJECTS = frozenset(["i", "we"])
# Words after which "i"/"we" goes on the same clause ("the one that we", "told him we").
_GOES_ON = frozenset(
    "that what which who whom whose where how why if as than and so but or because when "
    "after before once while since until though although then um uh er like know mean "
    "said say says think thought guess felt feel knew realised realized noticed decided "
    "hoped wish suppose believe reckon figured hope me him her us them you".split()
)
_WORD = re.compile(r"[A-Za-z'’]+")
_APOSTROPHE = re.compile(r"['’]")


def _bare_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of an unpunctuated stretch, cut where a new clause starts."""
    # A contraction counts as its subject: "it's" as "it", "i'd" as "i".
    found = [
        (m.start(), _APOSTROPHE.split(m.group().lower(), maxsplit=1)[0])
        for m in _WORD.finditer(text, start, end)
    ]
    spans: list[tuple[int, int]] = []
    last, since = start, 0
    for k, (pos, word) in enumerate(found):
        nxt = found[k + 1][1] if k + 1 < len(found) else ""
        prev = found[k - 1][1] if k else ""
        opens = (word in _JOINERS and nxt in _SUBJECTS) or (
            word in _BARE_SUBJECTS and prev and prev not in _GOES_ON
        )
        left = len(found) - k
        if opens and since >= _MIN_CLAUSE_WORDS and left >= _MIN_CLAUSE_WORDS:
            spans.append((last, pos))
            last, since = pos, 0
        since += 1
    spans.append((last, end))
    return spans


def _is_bare(chunk: str) -> bool:
    """A stretch with no punctuation to speak of. A sentence that ends with its own mark is
    punctuated text unless it runs on past _RUN_ON_WORDS."""
    n = len(chunk.split())
    if n < _BARE_STRETCH_WORDS or (_SENTENCE_END.search(chunk) and n <= _RUN_ON_WORDS):
        return False
    return len(re.findall(r"[,;:–—]", chunk)) * _WORDS_PER_MARK < n


def _cut_run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if _is_bare(chunk):
        return _bare_cuts(text, start, end)
    if len(chunk.split()) <= _RUN_ON_WORDS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    last = start
    for m in _JOINT.finditer(chunk):
        cut = start + m.end()
        if len(text[last:cut].split()) >= 12:
            pieces.append((last, start + m.start()))
            last = cut
    pieces.append((last, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Every line of `text` (split on \\n) with the offset where it starts."""
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out
