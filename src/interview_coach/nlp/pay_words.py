"""The word "pay" as the candidate's pay, for reading questions (category and kind alike).

Someone else paying in a scene ("a passenger refuses to pay", "they will not pay the
invoice") is not a question about the candidate's pay; "what pay are you after?" and "how
much would you like us to pay you?" are.
"""

from __future__ import annotations

CANDIDATE_PAY = (
    r"(?<!refuses to )(?<!refused to )(?<!won't )(?<!can't )(?<!didn't )(?<!doesn't )(?<!not )"
    r"(?<!unable to )(?<!want to )(?<!wanted to )(?<!their )(?<!his )(?<!her )(?<!staff )pay"
    r"(?! off| attention| the | their | his | her | for | up| back| a | an | it\b| to\b)"
)
# A package of pay, not of care or software ("their care package starts on Tuesday").
PAY_PACKAGE = (
    r"(?<!care )(?<!software )(?<!support )(?<!treatment )(?<!training )(?<!work )"
    r"(?<!welcome )(?<!holiday )(?<!aid )package"
)
# Earning money, not trust ("how would you earn the trust of a new team?").
PAY_EARN = r"earn(?! (?:the|their|your|his|her|a|our) (?:trust|respect|place|spot|stripes))"
