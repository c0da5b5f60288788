"""The document reader's fork server starts once, outside any document's deadline: a slow
first start on a busy machine is not reported as a document that took too long to read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: the fork server's preload takes 4 s more than usual (a module that
# sleeps on import) and a document gets 2 s. Only the document's own reading may count.
SCRIPT = """
from interview_coach.questions import safe_read

make = safe_read._context


def slow_context():
    ctx = make()
    if ctx.get_start_method() == "forkserver":
        slow = "tests.security.slow_start.slow_import"
        ctx.set_forkserver_preload([*safe_read.PRELOAD, slow])
    return ctx


if __name__ == "__main__":
    safe_read._context = slow_context
    safe_read.PARSE_DEADLINE_SECONDS = 2.0
    posting = "Warehouse Operative\\nForklift licence essential."
    job, _ = safe_read.read_profiles_safely(posting, None)
    print("title:", job.title)
"""


def test_a_slow_first_start_is_not_blamed_on_the_document(tmp_path: Path) -> None:
    script = tmp_path / "first_read.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        "INTERVIEW_COACH_HOME": str(tmp_path / "home"),
    }
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "title: Warehouse Operative" in done.stdout
