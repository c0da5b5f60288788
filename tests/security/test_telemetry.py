"""Nothing leaves the machine: the model runtime keeps no usage record for its maker.

Runs the embedding model in a fresh process with an empty home folder and without the `CI`
variable (onnxruntime stays quiet under CI on its own, which would hide a regression).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = (
    "from interview_coach.questions.answering import analyze_answer\n"
    "analyze_answer('Tell me about yourself.', 'I run the stock room at a garden centre.')\n"
)


def test_the_model_runtime_writes_no_usage_record(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CI", "ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED")
        and not k.startswith(("GITHUB_", "TF_BUILD", "BUILD_"))
    }
    env["HOME"] = str(tmp_path)
    env["XDG_CACHE_HOME"] = str(tmp_path / ".cache")
    subprocess.run([sys.executable, "-c", CODE], env=env, check=True, timeout=300)
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert not [p for p in written if "Microsoft" in p or "onnxruntime" in p], written
