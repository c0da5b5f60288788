"""Synthesised spoken answers with exact ground truth, for speech tests and benchmarks.

Each clip is built from a script of phrases. Every phrase is spoken by espeak-ng, converted by
sox to 16 kHz mono, trimmed to its first and last audible sample, and joined to the next phrase
by digital silence of an exact length. So the truth is known to the sample: where each pause
is, how long each phrase speaks, where every filler is, and the true speaking rate.

Usage::

    clip = synthesize([Phrase("So um I led the project", pause_after=1.5), Phrase("and it worked")],
                      tmp_path / "answer.wav")
    clip.pauses      # ((start, end), ...) of the inserted silences, in seconds
    clip.fillers     # FillerTruth(index, text, phrase_start, phrase_end) for each filler

Needs the `espeak-ng` and `sox` programs (Debian packages of the same names).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
# espeak-ng pads phrases with a little near-silence; anything quieter than this (int16) is
# treated as silence when trimming, so inserted pauses are exact.
TRIM_LEVEL = 200
FILLERS = ("um", "uh", "you know", "like", "er", "erm", "hmm")
# Hesitations as speakers make them (`held_fillers=True`): a held vowel, or a held vowel into
# "m", in espeak-ng's phoneme notation, spoken slower than the words and set off by short
# silences. espeak-ng reads a written "um" inside a clause as a clipped word ("I am", "him").
HELD = {"um": "[[V:m:]]", "uh": "[[V:]]", "er": "[[3:]]", "erm": "[[3:m:]]"}
HELD_RATE = 90  # words a minute for the hesitation itself
HELD_GAP = 0.12  # seconds of silence either side of it
_HESITATION = re.compile(r"\b(um|uh|er|erm)\b[,.]?", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    """A stretch of speech and the silence (seconds) inserted after it."""

    text: str
    pause_after: float = 0.0
    fillers: tuple[str, ...] | None = None
    """Filler phrases in `text`; None means every word of FILLERS found in it."""


@dataclass(frozen=True)
class FillerTruth:
    index: int  # position of the filler's first word in SynthClip.words
    text: str
    phrase_start: float  # the filler is spoken inside [phrase_start, phrase_end]
    phrase_end: float


@dataclass(frozen=True)
class SynthClip:
    path: Path
    script: str
    words: tuple[str, ...]  # lower-case script words without punctuation
    fillers: tuple[FillerTruth, ...]
    pauses: tuple[tuple[float, float], ...]  # inserted silences between phrases
    speech_spans: tuple[tuple[float, float], ...]  # each phrase's audible stretch
    duration: float
    lead_silence: float

    @property
    def speaking_seconds(self) -> float:
        return sum(e - s for s, e in self.speech_spans)

    @property
    def wpm(self) -> float:
        """Words per minute from the first to the last audible sample."""
        span = self.speech_spans[-1][1] - self.speech_spans[0][0]
        return len(self.words) * 60.0 / span

    @property
    def articulation_wpm(self) -> float:
        """Words per minute of speaking time (phrase stretches only)."""
        return len(self.words) * 60.0 / self.speaking_seconds


def tools_available() -> bool:
    """True when espeak-ng and sox are installed."""
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def words_of(text: str) -> list[str]:
    """Lower-case words without punctuation (apostrophes kept)."""
    return re.findall(r"[a-z0-9']+", text.lower())


def _speak(text: str, workdir: Path, voice: str, rate: int) -> np.ndarray:
    raw = workdir / "raw.wav"
    pcm = workdir / "pcm.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(raw), text],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        ["sox", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(pcm)],
        check=True,
        capture_output=True,
    )
    with wave.open(str(pcm), "rb") as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > TRIM_LEVEL)
    if loud.size == 0:
        raise ValueError(f"espeak-ng produced no audible speech for {text!r}")
    return samples[loud[0] : loud[-1] + 1]


def _speak_held(text: str, workdir: Path, voice: str, rate: int) -> np.ndarray:
    """`text` spoken with each um/uh/er/erm held and set off by short silences."""
    gap = np.zeros(round(HELD_GAP * SAMPLE_RATE), np.int16)
    pieces: list[np.ndarray] = []
    for k, part in enumerate(_HESITATION.split(text)):
        if k % 2:
            pieces += [gap, _speak(HELD[part.lower()], workdir, voice, HELD_RATE), gap]
        elif part.strip(" ,.;"):
            pieces.append(_speak(part.strip(" ,;"), workdir, voice, rate))
    return np.concatenate(pieces)


def without_hesitations(phrases: Sequence[Phrase]) -> tuple[Phrase, ...]:
    """The same answer with its um and uh left out (to count fillers invented)."""
    out = []
    for p in phrases:
        text = re.sub(r"\b(?:[Uu]m|[Uu]h)\b[,.]?\s*", "", p.text)
        out.append(Phrase(text[0].upper() + text[1:], p.pause_after))
    return tuple(out)


def _find_fillers(words: list[str], fillers: Sequence[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for i in range(len(words)):
        for f in fillers:
            parts = f.split()
            if words[i : i + len(parts)] == parts:
                found.append((i, f))
    return found


def synthesize(
    phrases: Sequence[Phrase],
    path: Path,
    *,
    lead_silence: float = 0.5,
    tail_silence: float = 0.5,
    voice: str = "en-us",
    rate: int = 165,
    held_fillers: bool = False,
) -> SynthClip:
    """Speak `phrases` into a 16 kHz mono wav at `path` and return the ground truth.
    `held_fillers`: say um/uh/er/erm as held hesitations (`HELD`), not as written words."""
    path = Path(path)
    pieces: list[np.ndarray] = [np.zeros(round(lead_silence * SAMPLE_RATE), np.int16)]
    cursor = len(pieces[0])
    words: list[str] = []
    fillers: list[FillerTruth] = []
    pauses: list[tuple[float, float]] = []
    spans: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, phrase in enumerate(phrases):
            speak = _speak_held if held_fillers else _speak
            speech = speak(phrase.text, Path(tmp), voice, rate)
            start, end = cursor / SAMPLE_RATE, (cursor + len(speech)) / SAMPLE_RATE
            pieces.append(speech)
            cursor += len(speech)
            spans.append((start, end))
            phrase_words = words_of(phrase.text)
            wanted = FILLERS if phrase.fillers is None else phrase.fillers
            for i, f in _find_fillers(phrase_words, wanted):
                fillers.append(FillerTruth(len(words) + i, f, start, end))
            words.extend(phrase_words)
            gap = phrase.pause_after if k < len(phrases) - 1 else tail_silence
            if gap > 0:
                n = round(gap * SAMPLE_RATE)
                pieces.append(np.zeros(n, np.int16))
                if k < len(phrases) - 1:
                    pauses.append((cursor / SAMPLE_RATE, (cursor + n) / SAMPLE_RATE))
                cursor += n
    audio = np.concatenate(pieces)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(audio.tobytes())
    return SynthClip(
        path=path,
        script=" ".join(p.text for p in phrases),
        words=tuple(words),
        fillers=tuple(fillers),
        pauses=tuple(pauses),
        speech_spans=tuple(spans),
        duration=len(audio) / SAMPLE_RATE,
        lead_silence=lead_silence,
    )


def encode(src: Path, dst: Path, codec: str, container: str | None = None) -> Path:
    """Re-encode a wav with PyAV (e.g. 'libopus' in webm, 'flac', 'aac' in m4a, 'mp3')."""
    import av

    with av.open(str(src)) as inp, av.open(str(dst), "w", format=container) as out:
        rate = 48_000 if codec == "libopus" else SAMPLE_RATE
        stream = out.add_stream(codec, rate=rate)
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        for frame in inp.decode(audio=0):
            frame.pts = None
            for f in resampler.resample(frame):
                out.mux(stream.encode(f))
        for f in resampler.resample(None):
            out.mux(stream.encode(f))
        out.mux(stream.encode(None))
    return dst


# Answers used by the tests and the benchmark. Fillers are written as speakers say them; the
# pauses are the silences the analysis must find.
ANSWER_FILLERS: tuple[Phrase, ...] = (
    Phrase("So, um, in my last role I owned the billing service.", 1.2),
    Phrase("Uh, the main problem was that invoices failed at the end of each month.", 0.4),
    Phrase("I, you know, traced the failures to a slow database query.", 1.6),
    Phrase("Um, I rewrote the query and added an index.", 0.3),
    Phrase("After that, uh, failures dropped by ninety percent.", 1.0),
    Phrase("It was, like, the most useful change I made that year.", 0.0),
)

ANSWER_PLAIN: tuple[Phrase, ...] = (
    Phrase("I enjoy building tools that other engineers rely on every day.", 2.0),
    Phrase("At my current company I lead a team of four developers.", 0.6),
    Phrase("We ship a release every week and we measure every change.", 1.3),
    Phrase("I would like to bring that habit of measuring to your team.", 0.0),
)

# Hesitations at the start of a sentence, mid-clause and after a comma, for `held_fillers`.
ANSWER_HESITATIONS: tuple[Phrase, ...] = (
    Phrase("Um, I took over the night shift at the depot in March.", 0.6),
    Phrase("The drivers were uh leaving without their route sheets.", 0.5),
    Phrase("So I um printed the sheets an hour earlier.", 0.6),
    Phrase("After a month, uh, every van left on time.", 0.0),
)
