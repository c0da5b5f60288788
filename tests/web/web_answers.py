"""Answers the web tests give: one spoken (synthesised), one typed, and a negotiation's lines."""

from __future__ import annotations

import re

import synth

# A short behavioural answer with a filler, a hedge and a number, spoken by espeak-ng.
SPOKEN_ANSWER: tuple[synth.Phrase, ...] = (
    synth.Phrase("Um, last year our checkout service kept failing every Friday.", 0.8),
    synth.Phrase("I was asked to find the cause before the holiday sales.", 0.6),
    synth.Phrase("I added tracing and I rewrote the slowest database query.", 0.7),
    synth.Phrase("I think the result was good. Failures dropped by ninety percent.", 0.0),
)

# espeak-ng's voice is hard to hear: a word or two of each phrase may come out wrong (its
# "holiday" has been heard as "harley -day" once a stretch was cut a few samples apart), but a
# phrase lost whole (a stretch dropped or never transcribed) leaves most of its words out.
PHRASE_WORDS_HEARD = 0.5


def phrases_missed(transcript: str) -> list[str]:
    """The spoken answer's phrases of which fewer than half the words are in a transcript."""
    heard = set(re.findall(r"[a-z]+", transcript.lower()))
    missed = []
    for phrase in SPOKEN_ANSWER:
        words = set(re.findall(r"[a-z]+", phrase.text.lower()))
        if len(words & heard) < PHRASE_WORDS_HEARD * len(words):
            missed.append(phrase.text)
    return missed


TYPED_ANSWER = (
    "Last spring our support queue doubled after a product launch. I was asked to bring the "
    "first response time back under four hours. I sorted the tickets by topic, wrote twelve "
    "saved replies for the most common questions and trained two new colleagues. Um, within "
    "three weeks the first response time fell from nine hours to three, and customer "
    "satisfaction rose by eight points."
)

# A nurse's negotiation (Registered Nurse, Austin, TX) that ends in a deal above the first offer.
NURSE_DEAL = (
    "Based on the market and my six ICU years, I'm looking for $108,000.",
    "Given my critical-care certification, could you get the base to 108k?",
    "Could we add a signing bonus?",
    "No, that's everything.",
    "Yes, we have a deal. Please send the offer in writing.",
)
