"""Speech benchmarks: model load time, real-time factor, live end-of-audio latency, peak RSS.

    python benchmarks/speech.py              # timings on a synthesised ~2-minute answer
    python benchmarks/speech.py --fillers    # which decoding settings keep fillers

Needs espeak-ng and sox (to synthesise the answer). Prints Markdown rows for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "speech"))

import synth  # noqa: E402
from wer import normalise, word_error_rate  # noqa: E402

FILLERS = {"um", "uh", "er", "erm", "hmm"}


def long_answer(path: Path, minutes: float = 2.0) -> synth.SynthClip:
    phrases: list[synth.Phrase] = []
    base = synth.ANSWER_FILLERS + synth.ANSWER_PLAIN
    while True:
        for p in base:
            phrases.append(synth.Phrase(p.text, p.pause_after or 0.5))
        clip = synth.synthesize(phrases, path)
        if clip.duration >= minutes * 60:
            return clip


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(speed: float) -> None:
    import numpy as np

    from interview_coach.speech import LiveTranscriber, load_model, transcribe_file
    from interview_coach.speech.audio import load_file

    with tempfile.TemporaryDirectory() as tmp:
        clip = long_answer(Path(tmp) / "answer.wav")
        t = time.perf_counter()
        load_model()
        load_s = time.perf_counter() - t

        t, cpu = time.perf_counter(), time.process_time()
        transcript = transcribe_file(clip.path)
        file_s = time.perf_counter() - t
        file_cpu = time.process_time() - cpu
        rtf = file_s / clip.duration

        samples = load_file(clip.path)
        pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
        chunk = 16_000 * 2 // 4  # 250 ms of 16 kHz s16le, as a browser would send
        cpu = time.process_time()
        live = LiveTranscriber(fmt="pcm16")
        start = time.perf_counter()
        for k, i in enumerate(range(0, len(pcm), chunk)):
            live.feed(pcm[i : i + chunk])
            # feed at `speed` times real time, like a microphone (speed 1) or faster
            due = start + (k + 1) * 0.25 / speed
            time.sleep(max(0.0, due - time.perf_counter()))
        t = time.perf_counter()
        live_transcript = live.finish()
        latency = time.perf_counter() - t
        live_cpu = time.process_time() - cpu
        # The floor for the wait after stop: one pass over the shortest tail (0.7 s of the
        # answer), greedy, which still pays Whisper's whole 30 s encoder window.
        from interview_coach.speech.asr import transcribe_samples

        t = time.perf_counter()
        transcribe_samples(samples[: int(0.7 * 16_000)], options={"beam_size": 1})
        floor_s = time.perf_counter() - t

    def scored(tr) -> tuple[float, int]:
        hyp = normalise(" ".join(w.word for w in tr.words))
        return word_error_rate(list(clip.words), hyp), sum(1 for w in hyp if w in FILLERS)

    (file_wer, file_fillers), (live_wer, live_fillers) = scored(transcript), scored(live_transcript)
    said = sum(1 for w in clip.words if w in FILLERS)

    print(
        f"machine: {platform.machine()} {platform.system()}, {os.cpu_count()} cores, {date.today()}"
    )
    print(f"audio: {clip.duration:.1f} s synthesised answer, {len(clip.words)} words")
    print("| measure | value |\n|---|---|")
    print(f"| model load (tiny.en, int8) | {load_s:.2f} s |")
    print(f"| file transcription | {file_s:.2f} s, real-time factor {rtf:.3f} |")
    print(f"| live: end of audio to transcript (fed at {speed:g}x real time) | {latency:.2f} s |")
    print(f"| floor: one greedy pass over a 0.7 s tail | {floor_s:.2f} s |")
    print(f"| live: stretches transcribed while feeding | {live.chunks_transcribed} |")
    print(
        f"| CPU per audio second, live / file | {live_cpu / clip.duration:.3f} / "
        f"{file_cpu / clip.duration:.3f} s ({live_cpu / file_cpu:.2f}x) |"
    )
    print(f"| word error rate against the script, file / live | {file_wer:.3f} / {live_wer:.3f} |")
    print(f"| um/uh kept, file / live (of {said} said) | {file_fillers} / {live_fillers} |")
    print(f"| peak RSS | {peak_rss_mb():.0f} MB |")
    print(f"| words file / live | {len(transcript.words)} / {len(live_transcript.words)} |")


FILLER_CONFIGS: dict[str, dict] = {
    "no prompt, beam 5": {"initial_prompt": None},
    "no prompt, beam 5, VAD": {"initial_prompt": None, "vad_filter": True},
    "filler prompt, beam 5 (default)": {},
    "filler prompt, beam 1": {"beam_size": 1},
    "filler prompt, beam 5, VAD": {"vad_filter": True},
    "filler prompt, condition on previous text": {"condition_on_previous_text": True},
    "long filler prompt": {
        "initial_prompt": "Um, so, uh, I mean, like, you know, er, we, um, started it."
    },
}


def filler_table() -> None:
    from interview_coach.speech import load_model
    from interview_coach.speech.asr import transcribe_samples
    from interview_coach.speech.audio import load_file

    load_model()
    with tempfile.TemporaryDirectory() as tmp:
        clips = [
            synth.synthesize(synth.ANSWER_FILLERS, Path(tmp) / "f1.wav"),
            synth.synthesize(
                (
                    synth.Phrase("Um, I think the, uh, hardest part was the migration.", 1.0),
                    synth.Phrase("We had, you know, three weeks and, um, no spare people.", 0.5),
                    synth.Phrase("So I, uh, split it into small steps.", 0.0),
                ),
                Path(tmp) / "f2.wav",
            ),
            synth.synthesize(synth.ANSWER_PLAIN, Path(tmp) / "p1.wav"),
        ]
        audio = [load_file(c.path) for c in clips]
        print("| setting | um/uh kept | you know / like kept | fillers invented | WER | time |")
        print("|---|---|---|---|---|---|")
        for name, opts in FILLER_CONFIGS.items():
            kept = total = kept_other = total_other = invented = 0
            wers: list[float] = []
            t = time.perf_counter()
            for clip, samples in zip(clips, audio, strict=True):
                words = transcribe_samples(samples, options=opts)
                hyp = normalise(" ".join(w.text for w in words))
                ref = list(clip.words)
                spoken = sum(1 for w in ref if w in FILLERS)
                heard = sum(1 for w in hyp if w in FILLERS)
                kept += min(spoken, heard)
                total += spoken
                invented += max(0, heard - spoken)
                for other in ("you know", "like"):
                    n_ref = " ".join(ref).count(other)
                    n_hyp = " ".join(hyp).count(other)
                    kept_other += min(n_ref, n_hyp)
                    total_other += n_ref
                wer = word_error_rate(
                    [w for w in ref if w not in FILLERS], [w for w in hyp if w not in FILLERS]
                )
                wers.append(wer)
                if wer > 0.5:
                    print(f"  ({name}: runaway output on {clip.path.name}: {' '.join(hyp)[-120:]})")
            elapsed = time.perf_counter() - t
            print(
                f"| {name} | {kept}/{total} | {kept_other}/{total_other} | {invented} | "
                f"{100 * sum(wers) / len(wers):.1f} % | {elapsed:.1f} s |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fillers", action="store_true", help="compare filler settings")
    parser.add_argument("--speed", type=float, default=1.0, help="live feed speed vs real time")
    args = parser.parse_args()
    if not synth.tools_available():
        sys.exit("espeak-ng and sox are needed (apt-get install espeak-ng sox)")
    if args.fillers:
        filler_table()
    else:
        bench(args.speed)


if __name__ == "__main__":
    main()
