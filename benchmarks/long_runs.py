"""Pasted text shaped to make pattern matching slow: how long reading it takes.

    python benchmarks/long_runs.py

A job description and a résumé each carry, inside their lines, one long run of spaces, tabs,
digits, pipes or commas, at 20,000 characters and at the 60,000-character limit for pasted
text. Reading is in the app's own process, so this time is time the server spends on it.
Linear reading doubles when the run does; quadratic reading (before blanks were squeezed and
the number and decoration patterns were anchored) took from 14 s to minutes at 20,000.
"""

from __future__ import annotations

import platform
import time
from datetime import date

from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

SHAPES = {"spaces": " ", "tabs": "\t", "digits": "1", "pipes": "|", "commas": ", "}
SIZES = (20_000, 60_000)


def main() -> None:
    print(f"{date.today()}, {platform.machine()} {platform.python_version()}")
    print("| run | " + " | ".join(f"{n:,} characters" for n in SIZES) + " |")
    print("|---|" + "---|" * len(SIZES))
    for name, unit in SHAPES.items():
        cells = []
        for n in SIZES:
            run = unit * (n // len(unit))
            job = f"Store Manager\nCompany:{run}x\n\nRequirements\n- Excel{run} and SQL\n"
            cv = f"Ann Lee\n\nExperience\nNurse{run}, Acme Ltd, 2019 - 2020\n- Led {run} 40%\n"
            started = time.perf_counter()
            job_profile_from_text(job)
            resume_profile_from_text(cv)
            cells.append(f"{time.perf_counter() - started:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
