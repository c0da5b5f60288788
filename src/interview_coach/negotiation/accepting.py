"""Whether a candidate's line accepts what is on the table, in plain words ("I accept", "I'll
take it", "deal"), and not refused or put off in the same clause ("I can't accept that",
"before I accept, …"). Read by the mistakes (`tactics.py`) and the counterpart."""

from __future__ import annotations

import re

ACCEPT = re.compile(
    r"\b(i(?:'ll| will)? accept|accept (?:it|the offer|that)|i(?:'ll| will)? take (?:it|'er|that)|"
    r"sounds (?:good|great|fair|perfect)|that works|works for me|happy (?:to accept|with that)|"
    r"deal\b|"
    r"sign me up|let'?s do it|i'?m in|yes,? (?:please|i accept|that'?s fine|absolutely)|"
    r"that'?s (?:fine|great|perfect|acceptable)|"
    # Agreement in other words: "we have agreement", "get the papers to me and I'll sign".
    r"(?:we have|we've got|we got) (?:an? )?agreement|(?:i'?ll|i will|then i|and i) sign\b|"
    # "Okay, okay, is good for me. I take."
    r"(?:is|it's|that's) good for me|i take(?=[.!,]|$))",
    re.IGNORECASE,
)
# Words earlier in the same clause that turn an acceptance into a refusal or a condition: "I
# can't accept that", "before I accept, …", "if that works", "it's not a deal".
_NOT_ACCEPTING = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|won'?t|wouldn'?t|don'?t|do not|not|never|unable to|"
    r"before|until|unless|if|once)\b[^.!?,;:]*$",
    re.IGNORECASE,
)


# The whole offer accepted in plain words: not "that's fine" or "I'll take the base as it
# is", which often accept the base before the rest of the package is talked about.
WHOLE_ACCEPT = re.compile(
    r"\b(?:i(?:'ll| will)? accept|accept (?:it|the offer|your offer|that)|happy to accept|"
    r"i(?:'ll| will)? take (?:it|that|the offer)|(?<!no )deal|sign me up)\b"
    r"(?![^.!?]*\bbase\b)",
    re.IGNORECASE,
)


def accepts(text: str, *, whole: bool = False) -> bool:
    """Whether a line accepts what is on the table ("I accept", "I'll take it", "deal"), not
    refused or put off in the same clause ("I can't accept that", "before I accept, …");
    `whole`: the whole offer, in plain words (`WHOLE_ACCEPT`)."""
    found = (WHOLE_ACCEPT if whole else ACCEPT).finditer(text)
    return any(not _NOT_ACCEPTING.search(text[: m.start()]) for m in found)
