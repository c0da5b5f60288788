"""Figures the whole product shares, each with its one home here.

Speaking rates and the pace band follow interview coaching practice (130–160 words a minute
reads as easy to follow; docs/scoring.md cites the sources).
"""

from __future__ import annotations

# The rate a candidate speaks at: turns a question's time budget into words, and a typed
# reply into the seconds it would take to say.
SPEAKING_RATE_WPM = 130
# Words per minute an interviewer hears as neither rushed nor dragging.
PACE_BAND: tuple[float, float] = (130.0, 160.0)
# How long a practice session or mock interview may be planned for (minutes), in every face:
# ten minutes holds a handful of questions; two hours is a long real interview.
SESSION_MINUTES: tuple[int, int] = (10, 120)
