"""A word list as a prefix tree matches exactly the strings the flat list matches."""

from __future__ import annotations

import re

from interview_coach.analysis.cues import _PEOPLE_WORDS, PEOPLE_NOUN
from interview_coach.analysis.patterns import word_trie


def test_the_tree_matches_what_the_flat_list_matches() -> None:
    flat = re.compile(r"\b(?:" + _PEOPLE_WORDS + r")s?\b")
    tree = re.compile(r"\b" + PEOPLE_NOUN + r"\b")
    probes = [w for w in re.split(r"\|", _PEOPLE_WORDS) if re.fullmatch(r"[a-z ]+", w)]
    probes += [w + "s" for w in probes] + [w[:-1] for w in probes if len(w) > 2]
    probes += ["co-worker", "coworkers", "organisation", "organizations", "teamma", "leads",
               "mana", "managements", "night crews", "head offices", "lots", "lotion"]  # fmt: skip
    for word in probes:
        assert bool(flat.fullmatch(word)) == bool(tree.fullmatch(word)), word


def test_the_longer_of_two_words_is_tried_first() -> None:
    pattern = re.compile(word_trie("team|teammate|lead|leadership"))
    assert pattern.match("teammate").group() == "teammate"
    assert pattern.match("leadership").group() == "leadership"
    assert pattern.match("leads").group() == "lead"
