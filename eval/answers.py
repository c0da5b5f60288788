"""Accuracy of the answer analysis against the labelled answers in eval/data/.

Each answer line carries gold sentences with labels and inline marks: {f:…} for fillers and
{h:…} for hedges. Reported, per split (dev is used for tuning; test is held out):
filler and hedge precision/recall/F1 (span overlap), STAR sentence macro-F1 on behavioural
answers, frame-part accuracy on the other question types, and Spearman's rank correlation
of the overall score with the human grade.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from eval.metrics import cohen_kappa, macro_f1, partial_spearman, prf, spearman
from interview_coach.analysis import FRAME_SECONDS, analyze
from interview_coach.analysis.structure import label_sentences
from interview_coach.nlp.embeddings import get_embedder
from interview_coach.questions.bank import CATEGORY_FRAMES
from interview_coach.types import Frame, Question, Transcript

DATA = Path(__file__).parent / "data"
_MARK = re.compile(r"\{([fh]):([^{}]*)\}")

# Question types of the labelled set, as the bank's categories; frames follow the bank.
TYPE_CATEGORY = {
    "behavioural": "behavioural",
    "opening": "opening",
    "motivation": "motivation",
    "strengths_weaknesses": "strengths_weaknesses",
    "situational": "situational",
    "technical": "role_specific",
    "salary": "salary_logistics",
    "closing": "closing",
}
TYPE_FRAME = {t: (c, CATEGORY_FRAMES[c]) for t, c in TYPE_CATEGORY.items()}
STAR_LABELS = ("situation", "task", "action", "result", "other")


@dataclass
class Item:
    id: str
    split: str
    question: str
    qtype: str
    grade: int
    text: str
    sentences: list[tuple[int, int, str]]  # start, end, gold label
    fillers: list[tuple[int, int]]
    hedges: list[tuple[int, int]]


def _parse(line: dict) -> Item:
    text_parts: list[str] = []
    pos = 0
    sentences, fillers, hedges = [], [], []
    for k, s in enumerate(line["sentences"]):
        if k:
            text_parts.append(" ")
            pos += 1
        start = pos
        last = 0
        for m in _MARK.finditer(s["text"]):
            plain = s["text"][last : m.start()]
            text_parts.append(plain)
            pos += len(plain)
            (fillers if m.group(1) == "f" else hedges).append((pos, pos + len(m.group(2))))
            text_parts.append(m.group(2))
            pos += len(m.group(2))
            last = m.end()
        text_parts.append(s["text"][last:])
        pos += len(s["text"]) - last
        sentences.append((start, pos, s["label"]))
    return Item(
        line["id"],
        line["split"],
        line["question"],
        line["question_type"],
        int(line["grade"]),
        "".join(text_parts),
        sentences,
        fillers,
        hedges,
    )


def load(split: str | None = None) -> list[Item]:
    """All labelled answers (optionally one split)."""
    items = []
    for f in sorted(DATA.glob("answers_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                it = _parse(json.loads(line))
                if split is None or it.split == split:
                    items.append(it)
    return items


def _match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for ps, pe in pred:
        for gi, (gs, ge) in enumerate(gold):
            if gi not in used and ps < ge and gs < pe:
                used.add(gi)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def evaluate(items: list[Item]) -> dict:
    """All answer-analysis metrics over a list of items."""
    embed = get_embedder().encode
    filler_counts = Counter()
    hedge_counts = Counter()
    star_pairs: list[tuple[str, str]] = []
    frame_pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    scores, grades, log_words = [], [], []
    errors = []
    for it in items:
        category, frame = TYPE_FRAME[it.qtype]
        lo, hi = FRAME_SECONDS[frame]
        q = Question(
            text=it.question, category=category, frame=frame, min_seconds=lo, max_seconds=hi
        )
        fb = analyze(q, Transcript(text=it.text), None, embed)
        tp, fp, fn = _match([(m.start, m.end) for m in fb.delivery.fillers], it.fillers)
        filler_counts.update(tp=tp, fp=fp, fn=fn)
        if fp or fn:
            errors.append((it.id, "filler", fp, fn))
        tp, fp, fn = _match([(m.start, m.end) for m in fb.delivery.hedges], it.hedges)
        hedge_counts.update(tp=tp, fp=fp, fn=fn)
        spans = [(s, e) for s, e, _ in it.sentences]
        labelled = label_sentences(it.text, spans, frame)
        for (_, _, gold), lab in zip(it.sentences, labelled, strict=True):
            if frame == Frame.STAR:
                star_pairs.append((gold, lab.part))
            else:
                frame_pairs[frame.value].append((gold, lab.part))
        scores.append(fb.scores.overall)
        grades.append(it.grade)
        log_words.append(math.log(max(fb.word_count, 1)))
    star_f1, star_per = macro_f1(star_pairs, STAR_LABELS)
    frames = {}
    for name, pairs in frame_pairs.items():
        acc = sum(1 for g, p in pairs if g == p) / len(pairs)
        labels = tuple(sorted({g for g, _ in pairs}))
        f1, _ = macro_f1(pairs, labels)
        frames[name] = {"accuracy": round(acc, 3), "macro_f1": f1, "sentences": len(pairs)}
    return {
        "answers": len(items),
        "fillers": prf(filler_counts["tp"], filler_counts["fp"], filler_counts["fn"]),
        "hedges": prf(hedge_counts["tp"], hedge_counts["fp"], hedge_counts["fn"]),
        "star_macro_f1": star_f1,
        "star_per_label": star_per,
        "star_sentences": len(star_pairs),
        "frames": frames,
        "spearman_overall_vs_grade": round(spearman(scores, grades), 3),
        "partial_spearman_overall_vs_grade": round(partial_spearman(scores, grades, log_words), 3),
        "spearman_log_words_vs_grade": round(spearman(log_words, grades), 3),
        "_scores": list(zip([i.id for i in items], scores, grades, strict=True)),
    }


# Second readers who labelled a file's sentences blind: {data file: reader's file}.
SECOND_READERS = {
    "answers_frames.jsonl": "frames_reader2.jsonl",
    "answers_frames2.jsonl": "frames2_reader2.jsonl",
    "answers_frames3.jsonl": "frames3_reader2.jsonl",
    "answers_frames4.jsonl": "frames4_reader2.jsonl",
    "answers_tech.jsonl": "tech_reader2.jsonl",
}


def reader_agreement() -> dict[str, dict[str, float]]:
    """Per question type, how often a second reader, blind to the labels, gave each sentence
    the writer's part (share and Cohen's kappa)."""
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for data, reader in SECOND_READERS.items():
        second = {}
        for line in (DATA.parent / "second_reader" / reader).read_text("utf-8").splitlines():
            row = json.loads(line)
            second[row["id"]] = row["labels"]
        for line in (DATA / data).read_text("utf-8").splitlines():
            row = json.loads(line)
            gold = [s["label"] for s in row["sentences"]]
            pairs[row["question_type"]] += zip(gold, second[row["id"]], strict=True)
    out = {}
    for qtype, got in sorted(pairs.items()):
        agree = sum(a == b for a, b in got) / len(got)
        kappa = cohen_kappa(got)
        out[qtype] = {"sentences": len(got), "agreement": round(agree, 3), "kappa": round(kappa, 3)}
    return out
