"""Pasted text shaped to make pattern matching slow: how long reading it takes.

    python benchmarks/long_runs.py

A job description and a résumé each carry, inside their lines, one long run of spaces, tabs,
digits, pipes or commas, at 20,000 characters and at the 60,000-character limit for pasted
text. Reading is in the app's own process, so this time is time the server spends on it.
Linear reading doubles when the run does; quadratic reading (before blanks were squeezed and
the number and decoration patterns were anchored) took from 14 s to minutes at 20,000.

A second table does the same for answers, which are analysed in the server's process: a
pay answer ending in a run of "1," or of digits, and one phrase said over and over (the
stronger version's word diff). Before the pay and result patterns were anchored and the diff
bounded, 20,000 characters of "1," took 71 s and 4,800 words of one phrase 115 s.
"""

from __future__ import annotations

import platform
import time
from datetime import date

from interview_coach.questions.answering import analyze_answer
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

SHAPES = {"spaces": " ", "tabs": "\t", "digits": "1", "pipes": "|", "commas": ", "}
SIZES = (20_000, 60_000)
ANSWER_SHAPES = {"digits": "1", "1,1,1": "1,", "one phrase": "I led the team "}
ANSWER_SIZES = (8_000, 20_000)
PAY_Q = "What are your salary expectations?"


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
    print("\n| answer | " + " | ".join(f"{n:,} characters" for n in ANSWER_SIZES) + " |")
    print("|---|" + "---|" * len(ANSWER_SIZES))
    for name, unit in ANSWER_SHAPES.items():
        cells = []
        for n in ANSWER_SIZES:
            answer = "I'd want 40k, as the role is senior. " + unit * (n // len(unit))
            started = time.perf_counter()
            analyze_answer(PAY_Q, answer)
            cells.append(f"{time.perf_counter() - started:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
