"""Answer text shaped to be slow. Matching holds the interpreter, so one slow answer stalls
every request of the server: no pattern applied to an answer may start a number again at each
digit of a long run, and the rewrite's word diff stays bounded on repetitive text. (How long
such answers take is measured in `benchmarks/long_runs.py`, not here.)"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import interview_coach.analysis as analysis
from interview_coach.analysis import rewrite


def _patterns() -> dict[str, str]:
    """Every compiled pattern the analysis modules hold (module constants, frame cues)."""
    found: dict[str, str] = {}

    def walk(obj: Any, where: str, depth: int = 0) -> None:
        if depth > 5:
            return
        if isinstance(obj, re.Pattern):
            found.setdefault(obj.pattern, where)
        elif isinstance(obj, list | tuple | set | frozenset):
            for x in obj:
                walk(x, where, depth + 1)
        elif isinstance(obj, dict):
            for x in obj.values():
                walk(x, where, depth + 1)
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name, None), where, depth + 1)

    for info in pkgutil.walk_packages(analysis.__path__, "interview_coach.analysis."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            walk(value, f"{info.name}.{name}")
    return found


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur, i = cur + pattern[i : i + 2], i + 2
            continue
        if c == "[":
            j = i + 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            cur, i = cur + pattern[i : j + 1], j + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    return [*out, cur]


# An alternative that starts with an unbounded run of digits ("\d+", "\d[\d,.]*") is searched
# again from every digit of "1,1,1,…": time in the square of the run's length.
_STARTS_WITH_DIGIT_RUN = re.compile(r"(?:\\b)?(?:\\d(?:[+*]|\[\\d)|\[\\d[^\]]*\][+*])")


def test_no_answer_pattern_starts_a_number_inside_a_run_of_digits() -> None:
    patterns = _patterns()
    assert len(patterns) > 100  # the walk reached the cue modules and the frames' cues
    unanchored = [
        f"{where}: {alt[:50]}"
        for pattern, where in patterns.items()
        for alt in _alternatives(pattern)
        if _STARTS_WITH_DIGIT_RUN.match(alt)
    ]
    assert unanchored == []


def test_the_rewrite_diff_of_a_repetitive_answer_is_bounded_and_exact() -> None:
    old = "I led the team " * 1200  # 4,800 words: word by word, 23 million pairs
    new = "I led the crew " + "I led the team " * 1199
    calls: list[int] = []
    real = rewrite.difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            calls.append(len(self.a) * len(self.b))

    rewrite.difflib.SequenceMatcher = Counting  # type: ignore[misc]
    try:
        ops = rewrite.word_diff(old, new)
    finally:
        rewrite.difflib.SequenceMatcher = real  # type: ignore[misc]
    assert all(cells <= rewrite.MAX_DIFF_CELLS for cells in calls)
    assert " ".join(o.text for o in ops if o.op != "delete").split() == new.split()
    assert " ".join(o.text for o in ops if o.op != "insert").split() == old.split()
    # An ordinary answer still gets the exact word diff.
    short = rewrite.word_diff("so um I led the team well", "I led the team well")
    expected = [("delete", "so um"), ("equal", "I led the team well")]
    assert [(o.op, o.text) for o in short] == expected
