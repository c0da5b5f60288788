"""An answer as a story worth keeping: its sentences sorted into situation, task, action and
result, with fillers and hedges left out (and listed, so the edit can be shown).

Pure: Feedback in, a StoryDraft out. Keeping the draft is the story bank's work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_coach.analysis.rewrite import _cut
from interview_coach.types import Feedback, Label


@dataclass(frozen=True)
class StoryDraft:
    situation: str
    task: str
    action: str
    result: str
    left_out: list[str] = field(default_factory=list)  # fillers and hedges, as said

    @property
    def tells_a_story(self) -> bool:
        """Something happened: an action, and where it started or how it ended."""
        return bool(self.action) and bool(self.situation or self.task or self.result)

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.situation, self.task, self.action, self.result) if p)


def story_draft(fb: Feedback) -> StoryDraft:
    """The answer's own sentences by STAR part, fillers and hedges cut ("Um, I, like,
    fixed it" → "I fixed it"); sentences outside the four parts join the action."""
    cuts = [*fb.delivery.fillers, *fb.delivery.hedges]
    parts: dict[Label, list[str]] = {label: [] for label in Label}
    for s in sorted(fb.structure.sentences, key=lambda s: s.start):
        inside = [m for m in cuts if s.start <= m.start and m.end <= s.end]
        clean = _cut(fb.transcript[s.start : s.end], s.start, inside)
        if clean:
            parts[s.label].append(clean)
    return StoryDraft(
        situation=" ".join(parts[Label.SITUATION]),
        task=" ".join(parts[Label.TASK]),
        action=" ".join(parts[Label.ACTION] + parts[Label.OTHER]),
        result=" ".join(parts[Label.RESULT]),
        left_out=[m.text for m in sorted(cuts, key=lambda m: m.start)],
    )
