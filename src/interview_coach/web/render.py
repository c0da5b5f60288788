"""Feedback turned into HTML pieces: the transcript with its marks, labels for parts and rules."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape
from starlette.requests import HTTPConnection

from interview_coach.analysis import is_unsure
from interview_coach.types import Evidence, Feedback, PauseMark, Transcript, Word

if TYPE_CHECKING:
    from fastapi.responses import Response
    from starlette.requests import Request

    from interview_coach.progress.metrics import Trend
    from interview_coach.web.services import Coach

# Which mark wins when two overlap: the first in this order.
_MARK_ORDER = ("filler", "hedge", "jd")
_MARK_TITLES = {"filler": "filler", "hedge": "hedge", "jd": "job-description term"}


def is_htmx(headers: Mapping[str, str]) -> bool:
    """Whether a request came from HTMX, which swaps the answer into part of the page."""
    return headers.get("hx-request") == "true"


# Words shown in capitals wherever they appear in a label.
_ACRONYMS = frozenset({"ux", "ui", "it", "hr", "qa", "sql", "api", "kpi", "crm", "seo", "nhs"})


def label(value: str | None) -> str:
    """A value as people read it: a job family's own label, a frame's name, a competency's
    words; otherwise the words with acronyms in capitals ('ux_design' -> 'UX design')."""
    if not value:
        return ""
    key = str(value)
    from interview_coach.analysis.frames import FRAME_LABELS
    from interview_coach.questions.families import family
    from interview_coach.questions.plan import COMPETENCY_LABELS
    from interview_coach.types import QUESTION_CATEGORY_LABELS

    found = family(key)
    if found is not None:
        return found.label
    if key in FRAME_LABELS:
        return FRAME_LABELS[key]
    if key in QUESTION_CATEGORY_LABELS:
        return QUESTION_CATEGORY_LABELS[key]
    text = COMPETENCY_LABELS.get(key, key.replace("_", " "))
    words = [w.upper() if w.lower() in _ACRONYMS else w for w in text.split(" ")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def part_label(part: str) -> str:
    from interview_coach.types import PART_LABELS

    return PART_LABELS.get(part, label(part))


def _marks(fb: Feedback) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, kind, title) marks, in transcript order."""
    found: list[tuple[int, int, str, str]] = []
    for m in fb.delivery.fillers:
        found.append((m.start, m.end, "filler", f"filler ({m.kind})"))
    for m in fb.delivery.hedges:
        found.append((m.start, m.end, "hedge", f"hedge ({m.kind})"))
    jd = fb.content.job_description
    if jd is not None:
        for cov in jd.covered:
            for e in cov.evidence:
                found.append((e.start, e.end, "jd", f"job-description term: {cov.term}"))
    found.sort(key=lambda m: (m[0], _MARK_ORDER.index(m[2])))
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for m in found:
        if m[0] >= pos and m[1] > m[0]:
            out.append(m)
            pos = m[1]
    return out


class _Timing:
    """Word times and long pauses by character offset, for a transcript from audio: each
    word becomes a place to play from, and each long pause a mark with its length."""

    def __init__(self, words: Sequence[Word], pauses: Sequence[PauseMark]) -> None:
        self.words = sorted(words, key=lambda w: w.char_start)
        self.starts = [w.char_start for w in self.words]
        self.pauses = sorted(pauses, key=lambda p: p.after_char)

    def word_at(self, char: int) -> Word | None:
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.words[i].char_start <= char < self.words[i].char_end:
            return self.words[i]
        return None

    def at(self, char: int) -> float | None:
        """The start time of the word that begins at or covers `char`."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.words[i].char_start <= char < max(self.words[i].char_end, char + 1):
            return self.words[i].start
        return None

    def plain(self, text: str, offset: int) -> str:
        """Unmarked text: each recognised word a span with its time; long pauses inline."""
        end = offset + len(text)
        if end == offset:
            return ""  # a pause at an empty stretch is drawn where the next text begins
        cuts = sorted(
            {offset}
            | {c for w in self.words for c in (w.char_start, w.char_end) if offset < c < end}
            | {p.after_char for p in self.pauses if offset < p.after_char < end}
        )
        out = []
        for a, b in zip(cuts, [*cuts[1:], end], strict=True):
            for p in self.pauses:
                if p.after_char == a:
                    out.append(
                        f'<span class="pause" data-t="{p.start_time:.2f}" tabindex="0" '
                        f'title="a pause of {p.duration:.1f} seconds: Enter plays from it">'
                        f"pause {p.duration:.1f} s</span>"
                    )
            piece = text[a - offset : b - offset]
            t = self.at(a)
            if t is not None and piece.strip():
                word = self.word_at(a)
                # A lone comma or dash the recogniser was unsure of is no word to check.
                if word is not None and is_unsure(word) and any(c.isalnum() for c in piece):
                    out.append(
                        f'<span class="w unsure" data-t="{t:.2f}" title="heard with low '
                        f'confidence ({word.probability:.0%}): check it">{escape(piece)}</span>'
                    )
                    continue
                out.append(f'<span class="w" data-t="{t:.2f}">{escape(piece)}</span>')
            else:
                out.append(str(escape(piece)))
        return "".join(out)


def _marked(
    text: str,
    offset: int,
    marks: list[tuple[int, int, str, str]],
    timing: _Timing | None = None,
) -> str:
    """HTML for text[...] that starts at `offset` in the transcript, with marks inside it."""

    def plain(a: int, b: int) -> str:
        piece = text[a - offset : b - offset]
        return timing.plain(piece, a) if timing else str(escape(piece))

    out, pos, end = [], offset, offset + len(text)
    for start, stop, kind, title in marks:
        if stop <= pos or start >= end:
            continue
        start, stop = max(start, pos), min(stop, end)
        out.append(plain(pos, start))
        t = timing.at(start) if timing else None
        when = f' data-t="{t:.2f}"' if t is not None else ""
        focus = ' tabindex="0"' if t is not None else ""  # Enter plays from it
        out.append(
            f'<mark class="m-{kind}" title="{escape(title)}"{when}{focus}>'
            f"{escape(text[start - offset : stop - offset])}"
            f'<span class="visually-hidden"> ({escape(_MARK_TITLES[kind])})</span></mark>'
        )
        pos = stop
    out.append(plain(pos, end))
    return "".join(out)


def highlighted_transcript(fb: Feedback, transcript: Transcript | None = None) -> Markup:
    """The transcript as HTML: each sentence tagged with its frame part, marks inside. With
    the recording's word timings, every word, mark and sentence carries the time to play it
    from (`data-t`, seconds) and long pauses appear inline with their length."""
    text = fb.transcript
    marks = _marks(fb)
    timing = None
    if transcript is not None and transcript.words and transcript.text == text:
        timing = _Timing(transcript.words, fb.delivery.long_pauses)
    # Colours follow the part's place in the frame (first part, second…), for every frame.
    order = {p: i for i, p in enumerate(fb.structure.frame_parts)}
    out, pos = [], 0
    for s in sorted(fb.structure.sentences, key=lambda s: s.start):
        if s.start < pos:
            continue
        out.append(_marked(text[pos : s.start], pos, marks, timing))
        part = s.part or s.label.value
        colour = f"part-{order[part] % 4}" if part in order else "part-other"
        t = timing.at(s.start) if timing else None
        when = f' data-t="{t:.2f}" tabindex="0"' if t is not None else ""
        out.append(
            f'<span class="sent {colour}" data-part="{escape(part)}"{when}>'
            f'<span class="part-tag" title="{escape(part_label(part))}">'
            f"{escape(part_label(part))}</span> "
            f"{_marked(text[s.start : s.end], s.start, marks, timing)}</span>"
        )
        pos = s.end
    out.append(_marked(text[pos:], pos, marks, timing))
    return Markup("".join(out))


def quote(evidence: list[Evidence], limit: int = 3) -> str:
    """A few pieces of evidence as one short quoted string."""
    parts = [f"“{e.text.strip()}”" for e in evidence[:limit] if e.text.strip()]
    more = len(evidence) - limit
    return ", ".join(parts) + (f" and {more} more" if more > 0 else "")


def measure(metric: str, value: float | None) -> str:
    """A progress measure's value as the page writes it ('–' for none)."""
    from interview_coach.progress.metrics import METRIC_BY_KEY

    return "–" if value is None else METRIC_BY_KEY[metric].written(value)


def calendar_day(day: str, first: bool) -> tuple[int, str, str]:
    """A calendar cell's day of the month, its month's short name on the first cell and on a
    month's first day ("" elsewhere), so the month is always known, and the date in full
    ("Tuesday 1 December")."""
    from datetime import date

    d = date.fromisoformat(day)
    month = f"{d:%b}" if first or d.day == 1 else ""
    return d.day, month, f"{d:%A} {d.day} {d:%B}"


def trend_word(trend: Trend) -> str:
    """A trend's badge, worded as the chart above it: "needs a spoken answer" for pace or
    fillers with only typed answers, not "no data"."""
    from interview_coach.progress.metrics import NEEDS, NO_DATA

    if trend.direction == NO_DATA:
        return NEEDS.get(trend.metric, NO_DATA)
    return str(trend.direction)


def band_of(score: int) -> str:
    """The band a 0-100 score falls in (the overall score's bands serve every score)."""
    from interview_coach.analysis.scoring import band

    return band(int(score))


def band_legend() -> list[tuple[str, str]]:
    """Each band with its range, highest first: ("strong", "80+"), ..., ("weak", "under 50")."""
    from interview_coach.analysis.scoring import BANDS

    out = []
    for (floor, name), above in zip(BANDS, (None, *BANDS[:-1]), strict=True):
        if above is None:
            out.append((name, f"{floor}+"))
        elif floor == 0:
            out.append((name, f"under {above[0]}"))
        else:
            out.append((name, f"{floor}–{above[0] - 1}"))
    return out


def band_meaning(band: str) -> str:
    """What an overall score band usually means, for the feedback page."""
    from interview_coach.analysis.scoring import BAND_MEANING

    return BAND_MEANING.get(band, "")


def download(
    name: str,
    html: Callable[[], str],
    pdf: Callable[[Path], Path],
    queued: Callable[[], bytes] | None = None,
    *,
    home: Path,
) -> Response:
    """A report as an attachment: `name` ends in .html (from `html()`) or .pdf (written by
    `pdf(path)` in a temporary folder inside the data folder `home`, or by a worker:
    `queued()`, in team mode)."""
    import tempfile

    from fastapi.responses import Response

    from interview_coach.store.audio import scratch_folder

    if name.endswith(".html"):
        data, media = html().encode("utf-8"), "text/html; charset=utf-8"
    elif queued is not None:
        data, media = queued(), "application/pdf"
    else:
        with tempfile.TemporaryDirectory(dir=scratch_folder(home)) as tmp:
            data, media = pdf(Path(tmp) / name).read_bytes(), "application/pdf"
    disposition = f'attachment; filename="{name}"'
    return Response(data, media_type=media, headers={"Content-Disposition": disposition})


def queued_pdf(coach: Coach, kind: str, session_id: int) -> Callable[[], bytes] | None:
    """A worker's PDF of the signed-in account's report, when the coach has a task queue."""
    remote = coach.remote
    if remote is None:
        return None
    from interview_coach.store.owner import current_owner
    from interview_coach.tasks.reports import queued_pdf as from_worker

    owner = current_owner()
    return lambda: from_worker(remote, kind, owner, session_id)


def _signed_in(request: Request | None) -> object | None:
    # A fragment rendered without a request (personal mode) has none to ask.
    state = getattr(request, "state", None) if isinstance(request, HTTPConnection) else None
    return getattr(state, "account", None)


def account_of(request: Request | None) -> object | None:
    """The signed-in account (team mode), or None: templates show the account menu with it."""
    return getattr(_signed_in(request), "account", None)


def csrf_token(request: Request | None) -> str:
    """The session's anti-forgery token (team mode); empty in personal mode."""
    return getattr(_signed_in(request), "csrf", None) or ""


def csrf_field(request: Request | None) -> Markup:
    """The hidden field every form posts in team mode (web/team.py checks it)."""
    token = csrf_token(request)
    if not token:
        return Markup("")
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(token)
