"""The word "pay" as the candidate's pay, for reading questions (category and kind alike).

Someone else paying in a scene ("a passenger refuses to pay", "they will not pay the
invoice") is not a question about the candidate's pay; "what pay are you after?" and "how
much would you like us to pay you?" are.
"""

from __future__ import annotations

CANDIDATE_PAY = (
    r"(?<!refuses to )(?<!refused to )(?<!won't )(?<!can't )(?<!didn't )(?<!doesn't )(?<!not )"
    r"(?<!unable to )pay"
    r"(?! off| attention| the | their | his | her | for | up| back| a | an | it\b)"
)
