"""A transcript with no punctuation, no capitals or no apostrophes (as some recognisers and
transcribers write it) is judged as the same words typed with them. Pairs differ in one thing:
how the words are written."""

from __future__ import annotations

import re

import pytest

from interview_coach.nlp.text import fold_apostrophes, split_sentences
from interview_coach.questions.answering import analyze_answer

from .test_judgements import codes

STORY_Q = "Tell me about a time you found a problem in someone else's work."
STORY = (
    "Yeah, so at my last shop we had a run of structural brackets for a mezzanine, and I got "
    "moved onto the job after another welder went out to a site job. When I started checking "
    "his pieces, six of them had undercut along the toe of the fillet. I flagged it to the "
    "foreman before touching anything, because it's not my call to grind out someone else's "
    "work. He agreed, so I ground out the bad sections, re-welded them, and got the QC "
    "inspector to look at them again. All six passed, and we shipped on the original date. "
    "What I took from it is to check pieces I inherit before I build on them."
)


def bare(text: str) -> str:
    """The same words as a recogniser with no punctuation writes them."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'-]", " ", text.lower())).strip()


def test_a_bare_transcript_is_cut_into_clauses() -> None:
    text = bare(STORY)
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert len(pieces) >= 6
    assert max(len(p.split()) for p in pieces) <= 30
    assert any(p.startswith("so i ground out") for p in pieces)


def test_a_punctuated_sentence_with_one_comma_is_not_cut() -> None:
    text = (
        "Your training programme has a good reputation, and I spoke to one of your conductors "
        "on the Harford line who said the support in the first year was excellent."
    )
    assert len(split_sentences(text)) == 1


def test_a_bare_story_scores_as_the_punctuated_one() -> None:
    typed = analyze_answer(STORY_Q, STORY)
    spoken = analyze_answer(STORY_Q, bare(STORY))
    assert "rambling" not in {j.code for j in spoken.judgements}
    assert abs(typed.scores.overall - spoken.scores.overall) <= 6
    assert abs(typed.scores.structure - spoken.scores.structure) <= 15


CLOSING_Q = "Is there anything you'd like to ask us?"


@pytest.mark.parametrize(
    "asked",
    [
        "yeah just what does a typical week look like and is there parking on site",
        "um do you offer mentoring for new starters",
        "how many people are on the team thanks",
    ],
)
def test_a_question_without_its_mark_is_still_a_question(asked: str) -> None:
    assert "off_question" not in codes(CLOSING_Q, asked)
    none = (
        "no i think you covered everything really the role and the team and the hours so im "
        "happy with all of it thanks for your time today"
    )
    assert "off_question" in codes(CLOSING_Q, none)


@pytest.mark.parametrize("apostrophe", ["'", "’", ""])
def test_a_contraction_counts_however_its_apostrophe_is_written(apostrophe: str) -> None:
    answer = (
        f"Honestly I don{apostrophe}t know much about the company. I saw the advert and I "
        "have five years in retail, so I applied."
    )
    assert "off_question" in codes("Why do you want to work here?", answer)


def test_folded_apostrophes_keep_every_offset() -> None:
    text = "I didn’t ‘plan’ it"
    folded = fold_apostrophes(text)
    assert len(folded) == len(text) and folded == "I didn't 'plan' it"
    curly = analyze_answer(STORY_Q, STORY.replace("'", "’"))
    assert curly.transcript == STORY  # spans quote the transcript as analysed
    assert curly.scores == analyze_answer(STORY_Q, STORY).scores


def test_a_possessive_is_not_loosened_into_a_plural() -> None:
    answer = (
        "I'm a pharmacy technician. Most of my work is on the wards doing medicines "
        "reconciliation, and I trained three new starters on the dispensary last winter."
    )
    assert "blame" not in codes("Tell me about yourself.", answer)


def test_the_stronger_version_of_a_bare_transcript_reads_as_sentences() -> None:
    text = analyze_answer(STORY_Q, bare(STORY)).stronger_version.text
    body = re.sub(r"\[[^\]]*\]", "", text)
    assert " i " not in f" {body} " and "I flagged it to the foreman" in body
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body.strip()) if s]
    assert len(sentences) >= 5 and all(s[0].isupper() and s[-1] in ".!?" for s in sentences)


def test_only_the_pronoun_i_is_capitalised() -> None:
    from interview_coach.analysis.rewrite import _cut

    edited = _cut("so i used the short form i.e. one page and i'm glad", 0, [])
    assert edited == "So I used the short form i.e. one page and I'm glad."


def test_a_cut_filler_leaves_no_dangling_joining_word_or_comma() -> None:
    said = (
        "I ran the usability test and like. I partnered with the designers to fix the checkout, "
        "and like, sales went up by ten percent."
    )
    text = analyze_answer("Tell me about a usability project.", said).stronger_version.text
    assert text.startswith("I ran the usability test. I partnered")
    assert "the checkout, and sales went up" in text
    assert " and." not in text and "and," not in text
