"""What the judge (`judgements._Judge`) gives the rule sets mixed into it (`rambling.py`,
`pay_rules.py`, `question_rules.py`): the answer, its per-sentence flags and the reporting.
Declared once here, so each rule set reads and type-checks on its own."""

from __future__ import annotations

from typing import Any


class JudgeParts:
    """The judge's answer and reporting, as its rule sets see them."""

    inp: Any  # the judge's JudgeInput
    text: str  # the answer without fillers; `orig` maps its offsets back
    found: list[Any]  # judgements so far
    _words: list[int]  # words per sentence
    _steps: list[bool]  # whether each sentence is a step of a method
    _leisure: list[bool]  # whether each sentence tells leisure
    _private: list[bool]  # whether each sentence is about the private life

    def has(self, code: str) -> bool:
        """Whether a judgement with this code has been found already."""
        return any(j.code == code for j in self.found)

    def add(
        self, code: str, hits: Any, scale: float = 1.0, words: tuple[str, str] | None = None
    ) -> None:
        raise NotImplementedError

    def hits(self, pattern: Any) -> list[tuple[int, int]]:
        raise NotImplementedError

    def orig(self, start: int, end: int) -> tuple[int, int]:
        raise NotImplementedError

    def sentence_at(self, pos: int) -> tuple[int, int]:
        raise NotImplementedError

    def _word_share_before(self, pos: int) -> float:
        raise NotImplementedError

    def _first_sentence(self) -> tuple[int, int]:
        raise NotImplementedError

    def _share(self, flags: list[bool]) -> float:
        raise NotImplementedError
