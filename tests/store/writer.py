"""A process that saves answers in a loop, printing each id once its commit has returned.

Run by test_durability.py: `python writer.py HOME COUNT [DATABASE_URL]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from helpers import feedback, question, transcript

from interview_coach.config import Settings
from interview_coach.store import open_store


def main() -> None:
    home, count = Path(sys.argv[1]), int(sys.argv[2])
    url = sys.argv[3] if len(sys.argv) > 3 else None
    tag = sys.argv[4] if len(sys.argv) > 4 else "w"
    fb, tr, q = feedback(), transcript(), question()
    with open_store(Settings(home=home, database_url=url)) as store:
        for i in range(count):
            answer_id = store.save_answer(fb, transcript=tr, question=q)
            print(f"{tag} {i} {answer_id}", flush=True)


if __name__ == "__main__":
    main()
