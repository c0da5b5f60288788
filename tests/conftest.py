"""Whole-suite hooks: the time each group of tests takes, printed at the end of every run, so
the CI budget (30 minutes) is watched group by group."""

from __future__ import annotations

from collections import defaultdict

import pytest

_SECONDS: defaultdict[str, float] = defaultdict(float)
_COUNTS: defaultdict[str, int] = defaultdict(int)


def _group(nodeid: str) -> str:
    """tests/web/e2e/test_browser.py::test_x -> web/e2e; tests/test_x.py -> (top)."""
    parts = nodeid.split("::", 1)[0].split("/")[1:-1]
    return "/".join(parts) or "(top)"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    group = _group(report.nodeid)
    _SECONDS[group] += report.duration  # set-up, call and tear-down each count
    if report.when == "call":
        _COUNTS[group] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SECONDS:
        return
    terminalreporter.section("time by test group")
    for group, seconds in sorted(_SECONDS.items(), key=lambda kv: -kv[1]):
        terminalreporter.write_line(f"{group:<22} {_COUNTS[group]:>4} tests {seconds:>8.1f} s")
