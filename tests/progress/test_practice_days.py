"""Practice days: the streak and the four-week calendar, in the machine's local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from interview_coach.progress.metrics import practice_days

TODAY = date(2026, 12, 3)  # a Thursday


def at(d: date, hour: int = 12) -> datetime:
    """Noon local time on `d`, stored as the store stores it (UTC)."""
    return datetime(d.year, d.month, d.day, hour).astimezone().astimezone(UTC)


def test_a_streak_counts_days_in_a_row_and_today_is_not_over_yet() -> None:
    days = [TODAY - timedelta(days=k) for k in (1, 2, 3, 5)]
    pd = practice_days([at(d) for d in days] + [at(days[0], 9)], TODAY)
    assert pd.streak == 3  # yesterday and the two days before; today not practised yet
    assert pd.active_days == 4
    with_today = practice_days([at(d) for d in [TODAY, *days]], TODAY)
    assert with_today.streak == 4
    gap = practice_days([at(TODAY - timedelta(days=2))], TODAY)
    assert gap.streak == 0  # nothing today or yesterday: the streak is broken


def test_the_calendar_is_whole_weeks_monday_first_ending_today() -> None:
    pd = practice_days([at(TODAY), at(TODAY), at(TODAY - timedelta(days=10))], TODAY)
    first = date.fromisoformat(pd.days[0][0])
    assert first.weekday() == 0 and pd.days[-1] == (TODAY.isoformat(), 2)
    assert len(pd.days) == 3 * 7 + TODAY.weekday() + 1
    assert dict(pd.days)[(TODAY - timedelta(days=10)).isoformat()] == 1
    assert practice_days([], TODAY).streak == 0
