"""The answer-analysis engine: a transcript and a question in, Feedback out.

`analyze` is pure and deterministic: no I/O and no global state; the sentence-embedding
function and the job-term matcher are passed in. The convenient entry point that accepts
plain strings, classifies the question with the bank and uses the bundled model is
`interview_coach.questions.answering.analyze_answer`.
"""

from __future__ import annotations

from bisect import bisect_left

from interview_coach.analysis import content as ct
from interview_coach.analysis import delivery as dl
from interview_coach.analysis import structure as st
from interview_coach.analysis.delivery_rules import delivery_judgements
from interview_coach.analysis.frames import FRAMES, optional_parts
from interview_coach.analysis.judgements import JudgeInput, judge, judges_result, lesson_wanted
from interview_coach.analysis.kinds import question_kind
from interview_coach.analysis.outcome_cues import closing_half
from interview_coach.analysis.question_rules import OFF_TOPIC_RELEVANCE
from interview_coach.analysis.result_probe import read_closing
from interview_coach.analysis.rewrite import stronger_version
from interview_coach.analysis.rubric import check_rubric
from interview_coach.analysis.scoring import ScoringInput, score
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.tips import make_rewrite, make_strengths, make_tips
from interview_coach.nlp.text import Token, fold_apostrophes, split_sentences, tokenize
from interview_coach.norms import SPEAKING_RATE_WPM
from interview_coach.types import (
    Content,
    Delivery,
    Feedback,
    Frame,
    JobProfile,
    Question,
    Sentence,
    Structure,
    Transcript,
    Word,
)

__all__ = ["FRAME_SECONDS", "analyze", "answer_length_words", "reads_body"]


# Time budget (seconds) by frame, when the question does not carry its own.
FRAME_SECONDS: dict[Frame, tuple[int, int]] = {
    Frame.STAR: (60, 150),
    Frame.PRESENT_PAST_FUTURE: (45, 120),
    Frame.ROLE_COMPANY_SELF: (30, 90),
    Frame.CLAIM_EVIDENCE: (30, 100),
    Frame.HYPOTHETICAL: (40, 120),
    Frame.DIRECT: (20, 100),
}

# The closing part that an outcome told in the answer's second half stands for, whatever its
# sentence was labelled: a method's outcome, a weakness answer's impact.
_TOLD_AS_OUTCOME: dict[Frame, str] = {Frame.HYPOTHETICAL: "outcome", Frame.CLAIM_EVIDENCE: "impact"}


# Below this recogniser confidence (0-1) a word is shown as unsure and a figure in it is not
# credited. On the real clips in tests/speech/data, tiny.en put 4 of 78 words below it, three
# of them numbers ("six", "10").
LOW_CONFIDENCE = 0.5


def is_unsure(word: Word) -> bool:
    """Whether the recogniser was unsure of this word (typed words never are)."""
    return word.probability is not None and word.probability < LOW_CONFIDENCE


def reads_body(relevance: float) -> bool:
    """Whether an answer's body is embedded too: only when its ends look like another topic."""
    return relevance < OFF_TOPIC_RELEVANCE


def answer_length_words(question: Question) -> tuple[int, int]:
    """Target answer length in words for a question."""
    return (
        int(question.min_seconds * SPEAKING_RATE_WPM / 60),
        int(question.max_seconds * SPEAKING_RATE_WPM / 60),
    )


def analyze(
    question: Question,
    transcript: Transcript,
    job: JobProfile | None,
    embed: ct.Embed,
    find_terms: ct.FindTerms | None = None,
    tokens: list[Token] | None = None,
) -> Feedback:
    """Analyse one answer. Never raises for any transcript text; see `validate` for input checks.

    `find_terms` finds the job's terms under other names (the document reader's matcher);
    without it only the terms' own words count. `tokens` are the text's own tokens where the
    caller already has them (`tokenize(fold_apostrophes(transcript.text))`)."""
    # Apostrophes folded to ' (one character for one): every pattern sees one spelling, and
    # every offset still points at the same place in what the user said.
    text = fold_apostrophes(transcript.text)
    spans = SpanMaker(text, transcript.words)
    if tokens is None:
        tokens = tokenize(text)
    ws = dl.prepare_words(tokens)
    word_list = [w.lower for w in ws]
    n_words = len(ws)
    warnings: list[str] = []
    if n_words == 0:
        warnings.append("The answer is empty.")

    # Delivery.
    fillers = dl.find_fillers(ws, spans)
    hedges = dl.find_hedges(ws, spans)
    lo, hi = answer_length_words(question)
    timing = _timing(transcript)
    minutes = (transcript.duration_seconds or 0) / 60
    delivery = Delivery(
        fillers=fillers,
        hedges=hedges,
        confident_language=dl.find_confident(ws, spans),
        repetitions=dl.find_repetitions(ws, spans),
        self_corrections=dl.find_self_corrections(ws, spans),
        fillers_per_100_words=round(len(fillers) * 100 / max(n_words, 1), 2),
        fillers_per_minute=round(len(fillers) / minutes, 2) if minutes > 0 else None,
        hedges_per_100_words=round(len(hedges) * 100 / max(n_words, 1), 2),
        length=dl.measure_length(n_words, lo, hi),
        vocabulary=dl.measure_vocabulary(word_list),
        **timing,
    )

    # Structure.
    sent_spans = split_sentences(text)
    labelled = st.label_sentences(text, sent_spans, question.frame)
    starts = [w.tok.start for w in ws]  # sorted: words per sentence by bisection
    counts = [bisect_left(starts, e) - bisect_left(starts, s) for s, e in sent_spans]
    kind = question_kind(question)
    outcomes = ct.outcome_hits(text, fillers)
    close = closing_half(text)
    optional = optional_parts(kind, question.text, question.frame)
    told = _TOLD_AS_OUTCOME.get(question.frame)
    if told and any(s >= close for s, _ in outcomes):
        # An outcome told in the close ("the GP reissued it within the hour", "the juniors
        # rated support 4.3, up from 3.6") is that part, whichever label its sentence got.
        optional = optional | {told}
    summary = st.summarise(labelled, counts, question.frame, optional)
    # A figure the recogniser was unsure of ("1220 customers" for "1 in 20") earns nothing:
    # it may not be what was said. Typed answers have no word confidence and lose none.
    unsure = [(w.char_start, w.char_end) for w in transcript.words if is_unsure(w)]
    specifics = [
        m
        for m in ct.find_specifics(ws, spans)
        if not any(s < m.end and m.start < e for s, e in unsure)
    ]
    # Where no pattern found a result in the close, the probes read the closing sentences
    # for one said in the speaker's own words (content credit only: a judgement needs the
    # words a pattern names), and for the setting told in its place, whose figures then
    # count nothing. Only a sentence whose reading can change the score is read.
    closing = read_closing(
        text,
        sent_spans,
        close,
        embed,
        want_results=not any(s >= close for s, _ in outcomes),
        figures=[m.start for m in specifics],
    )
    result_ranges = [(x.start, x.end) for x in labelled if x.part == "result"]
    quantified = None
    if question.frame == Frame.STAR:
        quantified = any(
            m.kind in ("metric", "number") and any(s <= m.start < e for s, e in result_ranges)
            for m in specifics
        )
    sentences = []
    for x in labelled:
        ev = spans.evidence(x.start, x.end)
        sentences.append(
            Sentence(
                text=ev.text,
                start=x.start,
                end=x.end,
                label=x.label,
                part=x.part,
                confidence=x.confidence,
                start_time=ev.start_time,
                end_time=ev.end_time,
            )
        )
    structure = Structure(
        frame=question.frame,
        frame_parts=[p.name for p in FRAMES[question.frame]],
        sentences=sentences,
        missing=summary.missing if n_words else [p.name for p in FRAMES[question.frame] if p.core],
        missing_nearest=summary.nearest if n_words else {},
        thin=summary.thin,
        proportions=summary.proportions,
        in_order=summary.in_order,
        result_quantified=quantified,
    )

    # Content.
    action_ranges = [
        (x.start, x.end) for x in labelled if x.part in ("action", "steps", "evidence")
    ]
    rel = ct.relevance(question.text, ct.make_digest(tokens), embed)
    body_rel = ct.body_relevance(question.text, tokens, embed) if reads_body(rel) else rel
    content = Content(
        relevance=rel,
        relevance_label=ct.relevance_label(rel),
        specifics=specifics,
        specificity=ct.specificity_score(specifics, n_words),
        ownership=ct.measure_ownership(ws, action_ranges, spans),
        talking_points=ct.with_outcomes(
            ct.with_lessons(ct.find_talking_points(ws, spans), text, spans, fillers),
            outcomes,
            [(x.start, x.end) for x in labelled],
            spans,
            closing.results,
        ),
        job_description=ct.job_coverage(text, job, spans, find_terms) if job else None,
    )

    judgements = judge(
        JudgeInput(
            text=text,
            kind=kind,
            sentences=[(x.start, x.end, x.part) for x in labelled],
            word_count=n_words,
            target_words=(lo, hi),
            relevance=rel,
            body_relevance=body_rel,
            specifics=specifics,
            actions=len(delivery.confident_language),
            proportions=summary.proportions,
            missing=structure.missing,
            question=question.text,
            fillers=fillers,
            lessons=content.talking_points["lessons"],
            outcomes=outcomes,
        ),
        spans,
    )
    no_result = any(j.code == "no_result" for j in judgements)
    if "result" in structure.missing and judges_result(kind, n_words) and not no_result:
        # The outcome was found where the sentence labels missed it, told inside another
        # part ("…we swapped the menu, and waste went down about thirty percent"): the story
        # has a result, and neither its score nor its tips may say otherwise.
        missing = [p for p in structure.missing if p != "result"]
        structure = structure.model_copy(update={"missing": missing})
    elif no_result and "result" in structure.frame_parts and "result" not in structure.missing:
        # A closing line with no outcome in it ("In the end it all worked out") reads as a
        # result part, but the judgement says there is none: "missing parts: none" beside
        # "no result" would contradict it. Its cost stays with the judgement alone.
        missing = [*structure.missing, "result"]
        structure = structure.model_copy(update={"missing": missing})
    scores, factors = score(
        ScoringInput(
            question.frame,
            n_words,
            delivery,
            structure,
            content,
            job is not None,
            judgements,
            text if kind == "closing" else None,
            lesson_wanted(kind, n_words, content.talking_points["lessons"], judgements),
            [x for x in closing.details if x not in closing.results],
        )
    )
    # What each judgement actually cost once applied to this answer's score.
    lost = {f.rule: f.points for f in factors if f.area == "judgement"}
    judgements = [j.model_copy(update={"points": lost.get(j.code, j.points)}) for j in judgements]
    judgements += delivery_judgements(kind, delivery, factors)
    tips = make_tips(question.frame, delivery, structure, content, factors, judgements, kind)
    rubric = check_rubric(question, kind, structure, content, judgements, spans)
    return Feedback(
        question=question.text,
        question_category=question.category,
        transcript=text,
        word_count=n_words,
        duration_seconds=transcript.duration_seconds,
        delivery=delivery,
        structure=structure,
        content=content,
        scores=scores,
        score_breakdown=factors,
        tips=tips if n_words else [],
        rewrite=make_rewrite(question.frame, structure),
        warnings=warnings,
        question_type=kind,
        judgements=judgements,
        rubric=rubric,
        strengths=make_strengths(delivery, structure, content, judgements) if n_words else [],
        stronger_version=stronger_version(
            text,
            structure,
            [*delivery.fillers, *delivery.hedges, *delivery.repetitions],
            judgements,
            question.frame,
            kind,
            # Background is cut only where the judge found it buries the point: the scene of a
            # story told to its share ("she wanted to close the case; I wasn't comfortable
            # because…") is what the listener needs to follow it.
            trim_background=delivery.length.verdict not in dl.SHORT_VERDICTS
            and any(j.code == "rambling" for j in judgements),
            # An answer too long for its question is cut towards the most it should be.
            max_words=hi if delivery.length.verdict in dl.LONG_VERDICTS else None,
        )
        if n_words
        else None,
    )


def _timing(transcript: Transcript) -> dict[str, object]:
    """Pace and pause measures when the transcript has word timings (from audio)."""
    if not transcript.has_timing:
        return {}
    from interview_coach.analysis.timing import timing_metrics

    m = timing_metrics(transcript)
    return {
        "wpm": m.wpm,
        "articulation_wpm": m.articulation_wpm,
        "pace": list(m.pace),
        "long_pauses": list(m.long_pauses),
        "speaking_seconds": m.speaking_seconds,
        "silence_seconds": m.silence_seconds,
        "time_to_first_word": m.time_to_first_word,
    }
