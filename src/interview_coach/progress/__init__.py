"""Progress over time: trends per metric, weak areas, the practice calendar, spaced
repetition and a coach's dashboard. Reads through `store/history.py`; renders nothing.

- `metrics.py`: the metrics followed, trends, weak areas, the calendar (pure)
- `review.py`: spaced repetition (SM-2, its constants named)
- `report.py`: the full report (the `progress` command, the chart's series)
- `summary.py`: the fast summary the pages and the API show
- `candidates.py`: a coach's dashboard
"""
