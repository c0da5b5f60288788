"""Self-correction detection on Google Research's Disfl-QA (CC BY 4.0).

Each item pairs a fluent question with the same question spoken with a self-correction
("What was the name, sorry, the year…"). Recall: share of disfluent questions where a
self-correction or restart is found. False alarms: share of fluent originals where one is.
The data lives in ../shared/data/disfluency (not copied into the repository).
"""

from __future__ import annotations

import json
from pathlib import Path

from interview_coach.analysis import delivery as dl
from interview_coach.analysis.spans import SpanMaker
from interview_coach.nlp.text import tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "disfluency"


def detects(text: str) -> bool:
    """Whether the analysis finds a self-correction or restart in the text."""
    ws = dl.prepare_words(tokenize(text))
    spans = SpanMaker(text)
    marks = dl.find_self_corrections(ws, spans)
    marks += [m for m in dl.find_repetitions(ws, spans) if m.kind == "restart"]
    return bool(marks)


def evaluate_disfluency(
    files: tuple[str, ...] = ("disfl_qa_dev.json", "disfl_qa_test.json"),
) -> dict:
    """Recall on disfluent questions and the false-alarm rate on their fluent originals."""
    pairs = []
    for name in files:
        path = DATA / name
        if path.is_file():
            pairs += list(json.loads(path.read_text(encoding="utf-8")).values())
    if not pairs:
        return {"questions": 0, "recall": 0.0, "false_alarm_rate": 0.0, "precision": 0.0}
    hits = sum(detects(p["disfluent"]) for p in pairs)
    alarms = sum(detects(p["original"]) for p in pairs)
    return {
        "questions": len(pairs),
        "recall": round(hits / len(pairs), 3),
        "false_alarm_rate": round(alarms / len(pairs), 3),
        "precision": round(hits / (hits + alarms), 3) if hits + alarms else 0.0,
    }
