r"""What a phrase pattern's matches can start with, read from its text, so a pattern that
starts at a word edge (`\b`) can check the next character before it tries its alternatives.

Python's engine tries a pattern at every position; `\b` lets it past the inside of words,
but a word's end is an edge too, and there a long list of phrases was tried in full for
nothing. `(?=\w)` after the edge stops that where every alternative starts on a word
character; a list where a few start on a mark (", the type who", "'s never there") is split
in two, words first. The matches are the same (tests/analysis/test_cue_patterns.py checks
every pattern on dev answers); answers are analysed a sixth to a quarter faster
(docs/benchmarks.md).

The reader is conservative: anything it does not plainly read (a class with a negation, an
optional first item at the end, a group of another kind) leaves the pattern as written.
"""

from __future__ import annotations

import functools
import re

# Checks that consume nothing, so the item after them is what starts a match.
_CHECKS = ("(?<!", "(?<=", "(?!", "(?=", "\\b", "\\B")
_OPTIONAL = re.compile(r"[?*]|\{0*[,}]")  # a quantifier that allows none of its item
_CLASS_ITEM = re.compile(r"\\[wds]|\\[^\w]|[^\\]-[^\\]|[^\\]")  # what a class may hold
# What the readers step by: an escape, a whole class, a bracket or a bar. The text between is
# skipped by the engine, not character by character (this runs for every pattern at import).
_SPECIAL = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]")
_CAPTURING = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?!\?)|\(\?P<")
_GROUP_HEAD = re.compile(r"\((?:\?:|\?P<\w+>|(?!\?))")  # groups read: (?:…), (…), (?P<n>…)
# First-character items that hold only word characters, and only marks; any other (a range
# such as "!-~") counts as both.
_WORD_START = re.compile(r"\\[wd]|[^\W_]|_|[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]")
_MARK_START = re.compile(r"\\?[^\w\\]|\\s")


def start_checked(pattern: str) -> str:
    """The pattern with a check on the next character after its leading word edge, where its
    first characters can be read; else the pattern as written."""
    if not pattern.startswith("\\b"):
        return pattern
    body = pattern[2:]
    group = group_of(body) if body.startswith("(?:") else None
    if group is None or _OPTIONAL.match(body, group[1]):
        top = top_alternatives(body)
        first = _first_chars(body) if top is not None and len(top) == 1 else None
        return "\\b" + _check(first) + body if first else pattern
    alternatives, end = group
    firsts = _each_first(alternatives)
    if firsts is None:
        return pattern
    first = frozenset().union(*firsts)
    if not _marks(first) or _has_groups(body):  # numbered groups: their order is their number
        return "\\b" + _check(first) + body
    on_word = [a for a, f in zip(alternatives, firsts, strict=True) if _words(f)]
    on_mark = [a for a, f in zip(alternatives, firsts, strict=True) if _marks(f)]
    if not on_word:
        return "\\b" + _check(first) + body
    # No character starts both a word and a mark, so at any one place the tries come in the
    # order written; an alternative that may start on either is in both halves.
    marks = _check(frozenset().union(*map(_marks, firsts)))
    split = f"(?:(?=\\w)(?:{'|'.join(on_word)})|{marks}(?:{'|'.join(on_mark)}))"
    return "\\b" + split + body[end:]


def _check(chars: frozenset[str]) -> str:
    """A look-ahead for the first characters: `(?=\\w)` where all are word characters."""
    marks = sorted(_marks(chars))
    if not marks:
        return r"(?=\w)"
    words = r"\w" if _words(chars) else ""
    return "(?=[" + words + "".join(m if len(m) > 1 else re.escape(m) for m in marks) + "])"


def group_of(s: str) -> tuple[list[str], int] | None:
    """The alternatives of the group that opens `s` (one of the kinds read) and the index
    past it, or None."""
    head = _GROUP_HEAD.match(s)
    return None if head is None else _split(s, 1, head.end())


def top_alternatives(s: str) -> list[str] | None:
    """The top-level alternatives of a pattern, or None if its brackets do not close."""
    found = _split(s, 0, 0)
    return None if found is None else found[0]


def _split(s: str, level: int, start: int) -> tuple[list[str], int] | None:
    """The text from `start`, split at the bars `level` brackets deep, up to the bracket
    that closes that depth (the end of the text at level 0), and the index past it."""
    out, depth = [], 0
    for m in _SPECIAL.finditer(s):
        token = m.group()
        if token == "|" and depth == level:
            out.append(s[start : m.start()])
            start = m.end()
        elif token in "()":
            depth += 1 if token == "(" else -1
            if depth < level:
                return ([*out, s[start : m.start()]], m.end()) if level else None
    return ([*out, s[start:]], len(s)) if depth == 0 and not level else None


def _past_checks(pattern: str) -> str | None:
    """The pattern after its leading checks (look-arounds, word edges, and groups of only
    those, "(?:(?<=push )|(?<=chase ))"), or None if a bracket does not close."""
    while pattern.startswith(_CHECKS) or (
        pattern.startswith("(?:") and pattern.startswith(_CHECKS, 3)
    ):
        if pattern.startswith("\\"):
            pattern = pattern[2:]
            continue
        if pattern.startswith("(?:"):  # a group whose first alternative starts with a check
            group = group_of(pattern)
            if group is None:
                return None
            if any(_past_checks(a) != "" for a in group[0]):
                break  # it consumes: its alternatives are read as the first item
            pattern = pattern[group[1] :]
            continue
        check = _split(pattern, 1, 0)  # a look-around: its bars do not matter here
        if check is None:
            return None
        pattern = pattern[check[1] :]
    return pattern


@functools.lru_cache(maxsize=4096)  # a list of nouns recurs inside many patterns
def _first_chars(sequence: str) -> frozenset[str] | None:
    """What every match of a sequence (no bar at its top level) may start with, as items of
    a character class ("\\w", "'"), or None when unsure. A superset is safe: it only lets the
    check pass more often."""
    rest = _past_checks(sequence)
    if not rest:
        return None  # an empty match, or a bracket that does not close
    if rest.startswith("("):
        group = group_of(rest)
        if group is None:
            return None
        firsts = _each_first(group[0])
        chars = None if firsts is None else frozenset().union(*firsts)
        end = group[1]
    elif rest.startswith("["):
        m = _SPECIAL.match(rest)
        if m is None or not m.group().startswith("["):
            return None
        end, body = m.end(), m.group()[1:-1]
        items = _CLASS_ITEM.findall(body)
        chars = frozenset(items) if "".join(items) == body and body[:1] != "^" else None
    elif rest.startswith("\\"):
        end = 2
        chars = frozenset([rest[:2]]) if re.fullmatch(r"\\[wd]|\\[^\w]", rest[:2]) else None
    else:
        end = 1
        chars = None if rest[0] in ".^$|)*+?{}" else frozenset(rest[0])
    if chars is None or not _OPTIONAL.match(rest, end):
        return chars
    after = rest[end + 1 :] if rest[end] in "?*" else rest[rest.index("}", end) + 1 :]
    after = after[1:] if after[:1] in ("?", "+") else after  # lazy, possessive
    more = _first_chars(after)
    return None if more is None else chars | more


def _each_first(alternatives: list[str]) -> list[frozenset[str]] | None:
    """The first characters of each alternative, or None if one of them is unsure."""
    found = [_first_chars(a) for a in alternatives]
    return None if None in found else [f for f in found if f is not None]


def _has_groups(pattern: str) -> bool:
    """Whether a pattern has a capturing group (numbered in the order it is written)."""
    return any(m.group()[0] == "(" for m in _CAPTURING.finditer(pattern))


def _marks(chars: frozenset[str]) -> frozenset[str]:
    """The items of a first-character set that may be other than a word character."""
    return frozenset(c for c in chars if not _WORD_START.fullmatch(c))


def _words(chars: frozenset[str]) -> frozenset[str]:
    """The items of a first-character set that may be a word character."""
    return frozenset(c for c in chars if not _MARK_START.fullmatch(c))
