"""Run the CLI with `python -m interview_coach.cli`."""

from interview_coach.cli import main

main()
