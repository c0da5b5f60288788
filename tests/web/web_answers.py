"""Answers the web tests give: one spoken (synthesised), one typed."""

from __future__ import annotations

import synth

# A short behavioural answer with a filler, a hedge and a number, spoken by espeak-ng.
SPOKEN_ANSWER: tuple[synth.Phrase, ...] = (
    synth.Phrase("Um, last year our checkout service kept failing every Friday.", 0.8),
    synth.Phrase("I was asked to find the cause before the holiday sales.", 0.6),
    synth.Phrase("I added tracing and I rewrote the slowest database query.", 0.7),
    synth.Phrase("I think the result was good. Failures dropped by ninety percent.", 0.0),
)

TYPED_ANSWER = (
    "Last spring our support queue doubled after a product launch. I was asked to bring the "
    "first response time back under four hours. I sorted the tickets by topic, wrote twelve "
    "saved replies for the most common questions and trained two new colleagues. Um, within "
    "three weeks the first response time fell from nine hours to three, and customer "
    "satisfaction rose by eight points."
)
