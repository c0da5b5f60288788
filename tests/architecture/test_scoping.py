"""Only the Store may look past the acting account: nothing else names `unscoped`, and only
the team gate (for a request) and the queue's tasks (for the account a task names) choose
whom the work acts for."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "interview_coach"
# Where each name may be imported from store.owner, outside the store package itself.
ALLOWED_OUTSIDE_STORE = {"acting_as": {"web/team.py", "tasks/queue.py"}, "unscoped": set()}


def _imports_from_owner(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "interview_coach.store.owner":
            names |= {a.name for a in node.names}
    return names


def test_only_the_store_and_the_gate_choose_the_acting_account() -> None:
    seen: dict[str, set[str]] = {name: set() for name in ALLOWED_OUTSIDE_STORE}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("store/"):
            continue
        for name in _imports_from_owner(path) & set(ALLOWED_OUTSIDE_STORE):
            seen[name].add(rel)
    assert seen == ALLOWED_OUTSIDE_STORE
