"""Content: relevance to the question, specifics, ownership, talking points and job coverage."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.lesson_cues import LATE_LESSON, LESSON
from interview_coach.analysis.outcome_cues import OUTCOME
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.words import Word as _W
from interview_coach.analysis.words import without_fillers
from interview_coach.nlp.text import Token
from interview_coach.types import Coverage, JobCoverage, JobProfile, Mark, Ownership

Embed = Callable[[list[str]], np.ndarray]

# The answer is judged on a digest of at most this many words: its opening and its close,
# where answers state what they are about. This bounds the model's cost per answer
# (see docs/benchmarks.md) while still catching answers that address another question.
DIGEST_HEAD_WORDS = 24
DIGEST_TAIL_WORDS = 10
# Cosine similarity of MiniLM question/answer pairs maps to 0–1 relevance between these
# points: below LOW is unrelated text, above HIGH is squarely on the question.
RELEVANCE_LOW = 0.0
RELEVANCE_HIGH = 0.3
# Where the digest looks like another topic, the body is read too, in windows of this many
# words (at most this many windows, which bounds the extra model call).
BODY_WINDOW_WORDS = 30
BODY_WINDOWS_MAX = 8
# Discovery words ("I realised") count as a lesson only past this share of the answer.
LESSON_LATE_SHARE = 0.5


def relevance(question: str, digest: str, embed: Embed) -> float:
    """Semantic relevance (0–1) of the answer digest to the question."""
    if not digest.strip() or not question.strip():
        return 0.0
    vecs = embed([question, digest])
    return _scaled(float(np.dot(vecs[0], vecs[1])))


def _scaled(cos: float) -> float:
    """A cosine similarity as 0–1 relevance."""
    return round(min(max((cos - RELEVANCE_LOW) / (RELEVANCE_HIGH - RELEVANCE_LOW), 0.0), 1.0), 3)


def body_relevance(question: str, tokens: Sequence[Token], embed: Embed) -> float:
    """The best relevance (0–1) of any stretch of the answer's body to the question: read
    only where the digest scores low, since a story often states its point mid-way ("I pulled
    three months of ticket data…") rather than at its ends."""
    windows = body_windows(tokens)
    if not windows or not question.strip():
        return 0.0
    vecs = embed([question, *windows])
    return _scaled(float(np.max(vecs[1:] @ vecs[0])))


def body_windows(tokens: Sequence[Token]) -> list[str]:
    """The stretches of the body `body_relevance` embeds (a short last one left out)."""
    content = _content_words(tokens)
    step = BODY_WINDOW_WORDS
    chunks = [content[k : k + step] for k in range(0, len(content), step)]
    return [" ".join(c) for c in chunks if len(c) >= step // 2][:BODY_WINDOWS_MAX]


def relevance_label(score: float) -> str:
    """Words for a relevance score."""
    if score < 0.25:
        return "off_topic"
    if score < 0.5:
        return "loose"
    if score < 0.8:
        return "relevant"
    return "focused"


def _content_words(tokens: Sequence[Token]) -> list[str]:
    """The answer's words without its um and uh: what relevance reads."""
    return [t.text for t in tokens if t.is_word and t.lower not in lx.VOCAL_FILLERS]


def make_digest(tokens: Sequence[Token]) -> str:
    """The opening and closing words of the answer (from its tokens), fillers removed."""
    content = _content_words(tokens)
    if len(content) <= DIGEST_HEAD_WORDS + DIGEST_TAIL_WORDS:
        return " ".join(content)
    return " ".join(content[:DIGEST_HEAD_WORDS] + content[-DIGEST_TAIL_WORDS:])


_YEAR = re.compile(r"^(19|20)\d\d$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+#&.]{1,9}s?$")
_NAMEY = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*$")


def _number_word(low: str) -> bool:
    """A spoken number, hyphenated ones included ("twenty-two")."""
    return low in lx.NUMBER_WORDS or (
        "-" in low and all(p in lx.NUMBER_WORDS for p in low.split("-"))
    )


# Numbers said as figures of speech measure nothing: "nine times out of ten", "half the
# time", "a hundred and ten percent" are not facts a listener can check.
_FIGURE_OF_SPEECH = re.compile(
    r"\b(?:(?:nine|9|ninety[- ]nine|99) times out of (?:ten|10|a hundred|100)|half the time"
    r"|half of (?:them|the time|us)|(?:110|(?:a |one )?hundred (?:and )?ten)"
    r"(?: ?%| percent| per cent)|(?:100|(?:a |one )?hundred)(?: ?%| percent| per cent)"
    r"(?= (?:of the time|effort|commitment|committed|sure|give|every|all)|[.,!]|$)"
    r"|a (?:million|thousand|hundred) times"
    r"|one in a million|twenty[- ]four seven|24/7|second to none|in two minds"
    r"|at sixes and sevens|on cloud nine|a million miles|(?:a|one) hundred miles an hour)",
    re.IGNORECASE,
)


_RELATIVE = frozenset({"last", "this", "next"})


def find_specifics(ws: Sequence[_W], spans: SpanMaker) -> list[Mark]:
    """Numbers and metrics, time frames, and named tools or organisations."""
    marks: list[Mark] = []
    idioms = [(m.start(), m.end()) for m in _FIGURE_OF_SPEECH.finditer(spans.text)]
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        if idioms and any(s <= w.tok.start < e for s, e in idioms):
            i += 1
            continue
        t = w.tok.text
        low = w.lower
        nxt = ws[i + 1].lower if i + 1 < n else ""
        if _YEAR.match(t) or low in lx.TIME_FRAME_WORDS:
            marks.append(spans.mark(w.tok.start, w.tok.end, "time_frame"))
        elif low in _RELATIVE and nxt in lx.TIME_FRAME_NOUNS:
            # "Last month on a rewire", "this winter": when it happened, said plainly.
            marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, "time_frame"))
            i += 1
        elif t[0].isdigit() or t[0] in "$£€" or _number_word(low):
            if low == "one" and nxt not in lx.METRIC_UNITS:
                i += 1
                continue
            j = i
            while j + 1 < n and (_number_word(ws[j + 1].lower) or ws[j + 1].tok.text[0].isdigit()):
                j += 1
            kind = "number"
            if ws[j].lower in lx.METRIC_UNITS:  # "sixty percent": the unit closed the run
                kind = "metric"
            elif j + 1 < n and ws[j + 1].lower in lx.METRIC_UNITS:
                j += 1
                kind = "metric"
            if "%" in t or t[0] in "$£€" or (t[0].isdigit() and t.endswith(("x", "k", "K", "M"))):
                kind = "metric"
            marks.append(spans.mark(w.tok.start, ws[j].tok.end, kind))
            i = j
        elif (
            not w.sentence_start
            and low not in lx.COMMON_CAPITALISED
            and (_ACRONYM.match(t) or (_NAMEY.match(t) and len(t) > 1))
        ):
            j = i
            while j + 1 < n and _NAMEY.match(ws[j + 1].tok.text) and not ws[j + 1].punct_before:
                j += 1
            marks.append(spans.mark(w.tok.start, ws[j].tok.end, "named"))
            i = j
        i += 1
    return marks


def specificity_score(specifics: Sequence[Mark], word_count: int) -> float:
    """0–1: how concrete the answer is, from metrics, numbers, names and time frames."""
    if word_count == 0:
        return 0.0
    weight = {"metric": 1.0, "number": 0.6, "named": 0.5, "time_frame": 0.5}
    points = sum(weight.get(m.kind, 0.5) for m in specifics)
    per_100 = points / max(word_count, 40) * 100
    return round(min(per_100 / 4.0, 1.0), 3)  # 4 weighted specifics per 100 words is full marks


def measure_ownership(
    ws: Sequence[_W], action_ranges: Sequence[tuple[int, int]], spans: SpanMaker
) -> Ownership:
    """'I' versus 'we' in the action sentences (the whole answer if none were found)."""
    ranges = list(action_ranges)

    def inside(pos: int) -> bool:
        return not ranges or any(s <= pos < e for s, e in ranges)

    i_count = we_count = 0
    we_marks: list[Mark] = []
    for w in ws:
        if not inside(w.tok.start):
            continue
        if w.lower in lx.FIRST_PERSON_SINGULAR:
            i_count += 1
        elif w.lower in lx.FIRST_PERSON_PLURAL:
            we_count += 1
            we_marks.append(spans.mark(w.tok.start, w.tok.end, "we"))
    total = i_count + we_count
    share = round(i_count / total, 3) if total else None
    return Ownership(i_count=i_count, we_count=we_count, i_share=share, we_marks=we_marks)


_TALKING_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _kind, _phrases in lx.TALKING_POINTS.items():
    for _phrase in _phrases:
        _words = tuple(_phrase.split())
        _TALKING_BY_FIRST.setdefault(_words[0], []).append((_kind, _words))


def find_talking_points(ws: Sequence[_W], spans: SpanMaker) -> dict[str, list[Mark]]:
    """Phrases that show experience, skills, lessons learned and interests."""
    lows = [w.lower for w in ws]
    found: dict[str, list[Mark]] = {k: [] for k in lx.TALKING_POINTS}
    for i, low in enumerate(lows):
        for kind, p in _TALKING_BY_FIRST.get(low, ()):
            if tuple(lows[i : i + len(p)]) == p:
                found[kind].append(spans.mark(ws[i].tok.start, ws[i + len(p) - 1].tok.end, kind))
    return found


def with_lessons(
    found: dict[str, list[Mark]], text: str, spans: SpanMaker, fillers: Sequence[Mark] = ()
) -> dict[str, list[Mark]]:
    """Talking points with every phrasing of a lesson added ("what stuck with me", "since
    then I…", "I learn that"), read with the fillers taken out ("I, um, learned"), so
    reflection is credited however it is put. The score and the no-reflection judgement both
    read these marks."""
    clean, back = without_fillers(text, fillers)
    lessons = list(found.get("lessons", []))
    late = [m for m in LATE_LESSON.finditer(clean) if m.start() >= LESSON_LATE_SHARE * len(clean)]
    for m in [*LESSON.finditer(clean), *late]:
        start, end = back[m.start()], back[m.end() - 1] + 1
        if not any(x.start < end and start < x.end for x in lessons):
            lessons.append(spans.mark(start, end, "lessons"))
    return {**found, "lessons": sorted(lessons, key=lambda x: x.start)}


def outcome_hits(text: str, fillers: Sequence[Mark] = ()) -> list[tuple[int, int]]:
    """Where the answer tells an outcome ("waste went down", "she was discharged the next
    day"), read with the fillers taken out; spans in `text`. Found once, for the content score
    (`with_outcomes`) and the no-result judgement alike."""
    clean, back = without_fillers(text, fillers)
    return [(back[m.start()], back[m.end() - 1] + 1) for m in OUTCOME.finditer(clean)]


def with_outcomes(
    found: dict[str, list[Mark]],
    hits: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    spans: SpanMaker,
    read: Sequence[tuple[int, int]] = (),
) -> dict[str, list[Mark]]:
    """Talking points with the outcomes told (`outcome_hits`), one mark per sentence at most.
    The content score credits each result told, so a story keeps a cost for every result it
    drops, not only for dropping the last one. `read`: closing sentences the result probe
    reads as results where no pattern found one (`results_read`, credited at a share)."""
    marks: list[Mark] = []
    seen: set[int] = set()
    for start, end in hits:
        k = next((k for k, (s, e) in enumerate(sentences) if s <= start < e), -1)
        if k not in seen:
            seen.add(k)
            marks.append(spans.mark(start, end, "outcomes"))
    probed = [spans.mark(s, e, "results_read") for s, e in read]
    return {**found, "outcomes": marks, "results_read": probed}


def _term_pattern(term: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in re.split(r"[\s\-/]+", term.strip()) if p]
    body = r"[\s\-/]*".join(parts)
    return re.compile(rf"(?<![\w+#]){body}(?![\w+#])", re.IGNORECASE)


# Finds job terms in an answer under other names ("six A/B tests" for A/B testing): given
# the answer and the terms, (term, start, end) for each hit. Passed in, like the embedder.
FindTerms = Callable[[str, Sequence[str]], list[tuple[str, int, int]]]


# A requirement's own words count as a job term where the skills list knows none of the job's
# skills (a driver's "UK C+E licence", a dental nurse's "HTM 01-05"), if they name something:
# a capital or a digit marks a licence, a standard or a tool; "time rules" does not.
_NAMED_TERM = re.compile(r"[A-Z0-9]")


def coverage_terms(job: JobProfile) -> tuple[list[str], set[str]]:
    """The job's terms to look for in an answer, and which of them are required: the skills
    list's, or where it found none, the named things the requirements ask for."""
    required = list(job.required_skills)
    nice = list(job.nice_to_have_skills)
    if not required:
        for r in job.requirements:
            named = [t for t in r.skills if _NAMED_TERM.search(t)]
            (required if r.kind == "required" else nice).extend(named)
    terms = list(dict.fromkeys([*required, *nice]))
    return terms, set(required)


def job_coverage(
    text: str, job: JobProfile, spans: SpanMaker, find_terms: FindTerms | None = None
) -> JobCoverage:
    """Which of the job's skills the answer mentions (with where), and which it misses."""
    terms, required = coverage_terms(job)
    other_names: dict[str, list[tuple[int, int]]] = {}
    for term, s, e in find_terms(text, terms) if find_terms else ():
        other_names.setdefault(term, []).append((s, e))
    covered: list[Coverage] = []
    missing: list[str] = []
    for term in terms:
        found = [(m.start(), m.end()) for m in _term_pattern(term).finditer(text)]
        hits = [spans.evidence(s, e) for s, e in found or other_names.get(term, [])]
        if hits:
            covered.append(Coverage(term=term, evidence=hits))
        elif term in required:
            missing.append(term)
    return JobCoverage(covered=covered, missing=missing)
