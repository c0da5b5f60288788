"""Transcription, fillers, pauses and pace on real and synthesised speech, with the real model."""

from __future__ import annotations

import json

import pytest
import synth
from click.testing import CliRunner
from wer import normalise, wer

from conftest import DATA
from interview_coach.analysis.timing import timing_metrics
from interview_coach.cli import main
from interview_coach.speech import transcribe_file

UNAMBIGUOUS_FILLERS = {"um", "uh", "er", "erm", "hmm", "umm", "uhm"}


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        (
            "jfk.wav",
            "And so my fellow Americans, ask not what your country can do for you, "
            "ask what you can do for your country.",
        ),
        ("cheetah_test_en.wav", "Today only platforms one and three are used."),
        (
            "cheetah_test_en_norm.wav",
            "The expression goes 6 × 10 = 60 not 600000 that gives us a 12% chance.",
        ),
    ],
)
def test_real_speech_word_error_rate(model, name, reference):
    transcript = transcribe_file(DATA / name)
    assert wer(reference, transcript.text) <= 0.15, transcript.text
    for w in transcript.words:
        assert transcript.text[w.char_start : w.char_end] == w.word
        assert 0 <= w.start <= w.end <= transcript.duration_seconds + 0.01


def test_fillers_survive_transcription_with_times(filler_clip, filler_transcript):
    words = filler_transcript.words
    found = 0
    for truth in filler_clip.fillers:
        parts = truth.text.split()
        for i in range(len(words) - len(parts) + 1):
            got = [
                normalise(w.word)[0] if normalise(w.word) else "" for w in words[i : i + len(parts)]
            ]
            mid = (words[i].start + words[i + len(parts) - 1].end) / 2
            if got == parts and truth.phrase_start - 0.3 <= mid <= truth.phrase_end + 0.3:
                found += 1
                break
    recall = found / len(filler_clip.fillers)
    assert recall >= 0.8, (recall, filler_transcript.text)
    spoken = sum(1 for w in filler_clip.words if w in UNAMBIGUOUS_FILLERS)
    heard = sum(1 for w in words for n in normalise(w.word) if n in UNAMBIGUOUS_FILLERS)
    assert heard <= spoken, filler_transcript.text


def test_no_fillers_invented_on_fluent_speech(plain_clip, plain_transcript):
    invented = [
        w.word for w in plain_transcript.words if set(normalise(w.word)) & UNAMBIGUOUS_FILLERS
    ]
    assert invented == [], plain_transcript.text
    assert wer(plain_clip.script, plain_transcript.text) <= 0.2, plain_transcript.text


@pytest.mark.parametrize("clip_name", ["filler", "plain"])
def test_pauses_and_pace_match_the_truth(request, clip_name):
    clip = request.getfixturevalue(f"{clip_name}_clip")
    transcript = request.getfixturevalue(f"{clip_name}_transcript")
    metrics = timing_metrics(transcript)
    long_truth = [(s, e) for s, e in clip.pauses if e - s >= 1.0 - 1e-6]
    assert len(metrics.long_pauses) == len(long_truth)
    for mark, (s, e) in zip(metrics.long_pauses, long_truth, strict=True):
        assert abs(mark.start_time - s) <= 0.3 and abs(mark.end_time - e) <= 0.3
        # placed between the right words: the text before it ends a phrase of the script
        before = normalise(transcript.text[: mark.after_char])
        assert before and before[-1] == normalise(mark.before_word)[-1]
    word_count = len(clip.words)
    assert metrics.wpm == pytest.approx(clip.wpm, rel=0.10), (metrics.wpm, clip.wpm, word_count)
    assert metrics.articulation_wpm == pytest.approx(clip.articulation_wpm, rel=0.10)
    assert metrics.time_to_first_word == pytest.approx(clip.lead_silence, abs=0.1)
    assert metrics.speaking_seconds == pytest.approx(clip.speaking_seconds, rel=0.05)
    assert metrics.pace and all(w.wpm > 0 for w in metrics.pace)


def test_pause_is_placed_after_the_phrase_it_follows(filler_transcript):
    metrics = timing_metrics(filler_transcript)
    # 1.2 s after "...billing service." and 1.6 s after "...slow database query."
    assert normalise(metrics.long_pauses[0].before_word) == ["service"]
    assert normalise(metrics.long_pauses[1].before_word) == ["query"]
    assert normalise(metrics.long_pauses[1].after_word) == ["um"]


@pytest.mark.parametrize(
    ("codec", "container", "suffix"),
    [
        ("libopus", "webm", ".webm"),
        ("libopus", "ogg", ".ogg"),
        ("flac", None, ".flac"),
        ("libmp3lame", None, ".mp3"),
        ("aac", "ipod", ".m4a"),
    ],
)
def test_compressed_formats_decode(model, plain_clip, tmp_path, codec, container, suffix):
    dst = synth.encode(plain_clip.path, tmp_path / f"answer{suffix}", codec, container)
    transcript = transcribe_file(dst)
    assert transcript.duration_seconds == pytest.approx(clip_duration(plain_clip), abs=0.1)
    assert wer(plain_clip.script, transcript.text) <= 0.25


def clip_duration(clip: synth.SynthClip) -> float:
    return clip.duration


def test_cli_transcribe_json(model, plain_clip):
    result = CliRunner().invoke(main, ["transcribe", str(plain_clip.path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"transcript", "duration_seconds", "words"}
    assert data["duration_seconds"] == pytest.approx(plain_clip.duration, abs=0.05)
    assert data["words"][0].keys() == {"word", "start", "end", "probability"}
    assert all(0 <= w["probability"] <= 1 for w in data["words"])
    assert "engineers" in data["transcript"]


def test_figures_split_by_the_recogniser_are_joined():
    """Whisper gives "$40" ",000" and "5" "%" as separate words; the text reads as written."""
    import numpy as np

    from interview_coach.speech.asr import RecognisedWord
    from interview_coach.speech.transcript import build_transcript

    pieces = [
        "I",
        "raised",
        "$40",
        ",000",
        "and",
        "cut",
        "churn",
        "5",
        "%",
        "to",
        "1",
        ".5",
        "%,",
        "for",
        "$",
        "600",
        ",000",
        "in",
        "2",
        "3",
        "weeks.",
    ]
    words = [RecognisedWord(p, i * 0.3, i * 0.3 + 0.25, 0.9) for i, p in enumerate(pieces)]
    t = build_transcript(words, np.zeros(16_000 * 8, dtype=np.float32))
    assert t.text == "I raised $40,000 and cut churn 5% to 1.5%, for $600,000 in 2 3 weeks."
    # Every word still points at its own characters, and the live transcript reads the same.
    assert [t.text[w.char_start : w.char_end] for w in t.words] == pieces
    from interview_coach.speech.transcript import join_words

    assert join_words(pieces) == t.text


def test_windows_cut_long_audio_at_its_pauses():
    from interview_coach.speech.windows import WINDOW_SECONDS, windows
    from interview_coach.types import Pause

    speech = [Pause(start=s, end=s + 9.0) for s in (0.0, 10.0, 20.0, 30.0, 40.0, 50.0)]
    parts = windows(speech, 59.0)
    assert parts[0][0] == 0.0 and parts[-1][1] == 59.0
    assert all(b - a <= WINDOW_SECONDS for a, b in parts)
    assert [round(b, 1) for _, b in parts[:-1]] == [19.5, 39.5]  # in the middle of a pause
    assert windows([Pause(start=0.0, end=70.0)], 70.0)[0] == (0.0, WINDOW_SECONDS)  # no pause
    assert windows(speech[:2], 19.0) == [(0.0, 19.0)]


def test_fillers_survive_in_every_window_of_a_long_answer(model, filler_clip):
    """Whisper shows its prompt to its first 30-second window only; a long answer is cut at
    its pauses so every window keeps its um and uh."""
    import numpy as np

    from interview_coach.speech import transcribe_samples_to_transcript
    from interview_coach.speech.audio import load_file

    one = load_file(filler_clip.path)
    gap = np.zeros(int(16_000 * 0.8), dtype=np.float32)
    long = np.concatenate([one, gap, one, gap, one, gap, one])  # about 107 seconds

    def hesitations(samples) -> int:
        t = transcribe_samples_to_transcript(samples)
        return sum(1 for w in t.words if w.word.lower().strip(",.") in ("um", "uh"))

    assert hesitations(long) == 4 * hesitations(one) > 0


def test_a_released_model_is_loaded_again_when_needed(model, plain_clip):
    """`analyze FILE` releases the speech model before the embedder loads (a lower peak);
    anything that recognises afterwards gets a fresh one."""
    from interview_coach.speech.asr import load_model, release_model

    before = load_model()
    release_model()
    assert load_model() is not before
    assert "engineers" in transcribe_file(plain_clip.path).text


# Voices and rates other than the default (Scottish, Caribbean, New York, a female British
# voice), 160–200 words a minute.
OTHER_VOICES = (("en-gb-scotland", 160), ("en-029", 170), ("en-us-nyc", 200), ("en-gb+f2", 175))


def test_held_hesitations_survive_in_other_voices_and_rates(model, synth_dir):
    """um and uh said as speakers hold them (synth.HELD) are kept in every voice, and none is
    invented when the same answer is said without them. (espeak-ng's written "um" inside a
    clause sounds like "I am"; docs/benchmarks.md, "Eight voices".)"""
    plain = synth.without_hesitations(synth.ANSWER_HESITATIONS)
    said = kept = invented = 0
    for voice, rate in OTHER_VOICES:
        clip = synth.synthesize(
            synth.ANSWER_HESITATIONS, synth_dir / f"held-{voice}.wav", voice=voice, rate=rate,
            held_fillers=True,
        )  # fmt: skip
        heard = [n for w in transcribe_file(clip.path).words for n in normalise(w.word)]
        spoken = sum(1 for w in clip.words if w in ("um", "uh"))
        said += spoken
        kept += min(spoken, sum(1 for n in heard if n in UNAMBIGUOUS_FILLERS))
        bare = synth.synthesize(plain, synth_dir / f"bare-{voice}.wav", voice=voice, rate=rate)
        bare_heard = [n for w in transcribe_file(bare.path).words for n in normalise(w.word)]
        invented += sum(1 for n in bare_heard if n in UNAMBIGUOUS_FILLERS)
    assert kept / said >= 0.9, (kept, said)
    assert invented == 0
