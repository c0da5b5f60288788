"""Speech models side by side: the bundled tiny.en against a larger CTranslate2 build.

    python benchmarks/speech_models.py --model base=/path/to/whisper-base

Each model runs in its own process (so load time and peak memory are its own) over the same
clips, with the coach's own decoding settings (`speech.asr.DECODE_OPTIONS`, the file path
that cuts long answers at their pauses):
- the real speech clips of `../shared/data/speech` (WER against their references);
- synthesised answers with figures and fillers, spoken by two espeak-ng voices at two rates:
  WER, figures right, um/uh kept, fillers invented, real-time factor.

`--wide` adds six answers with um/uh in eight voices and rates (and the same answers without
them); `--held` says each um/uh as a held hesitation (`synth.HELD`) rather than the written word.

Needs espeak-ng and sox. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "speech"))

import synth  # noqa: E402
from wer import normalise, word_error_rate  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "speech"
REAL = {
    "jfk.wav": "And so my fellow Americans, ask not what your country can do for you, ask what "
    "you can do for your country.",
    "cheetah_test_en.wav": "Today only platforms one and three are used.",
    "cheetah_test_en_norm.wav": "The expression goes 6 × 10 = 60 not 600000 that gives us a 12% "
    "chance.",
}
# Answers with figures and fillers; each figure as the transcript should write it.
SCRIPTS: tuple[tuple[tuple[synth.Phrase, ...], tuple[str, ...]], ...] = (
    (
        (
            synth.Phrase("So um last year I ran the returns desk for our store.", 0.6),
            synth.Phrase("We cut refund times from nine days to three days.", 0.5),
            synth.Phrase("Uh the budget was forty thousand dollars and we came in under it.", 0.8),
            synth.Phrase("Complaints fell by twenty five percent in one quarter.", 0.5),
        ),
        ("9", "3", "40,000", "25%"),
    ),
    (
        (
            synth.Phrase("Um I manage a team of twelve nurses on a night shift.", 0.7),
            synth.Phrase("Falls went down from six a month to two.", 0.5),
            synth.Phrase("Uh I trained everyone in under two weeks.", 0.9),
            synth.Phrase("Um and one in twenty patients now gets a review at admission.", 0.5),
        ),
        ("12", "6", "2", "20"),
    ),
)
VOICES = (("en-us", 150), ("en-gb", 185))
# --wide: six more answers whose um/uh sit at the start, mid-clause and after a comma, spoken by
# eight espeak-ng voices and rates, and each also without its fillers (to count invented ones).
WIDE_VOICES = (
    *VOICES,
    ("en-gb-scotland", 160),
    ("en-029", 170),
    ("en-us-nyc", 200),
    ("en-gb-x-rp", 140),
    ("en-us+f3", 165),
    ("en-gb+f2", 175),
)
_P = synth.Phrase
FILLER_SCRIPTS: tuple[tuple[synth.Phrase, ...], ...] = (
    (_P("Um, I started as a porter at the hospital.", 0.5),
     _P("Then uh I trained as a theatre assistant.", 0.6), _P("It took um about two years.", 0.5)),
    (_P("So uh the client wanted the report by Friday.", 0.5),
     _P("I um split the work into three parts.", 0.6),
     _P("We sent it on Thursday, uh, a day early.", 0.5)),
    (_P("Uh, my biggest weakness is delegating.", 0.6),
     _P("I used to um keep the hard jobs for myself.", 0.5),
     _P("Now I hand one over every week.", 0.5)),
    (_P("Well um, the forklift had a flat tyre.", 0.5),
     _P("I reported it and uh, moved the pallets by hand.", 0.6),
     _P("Um, we still loaded the van on time.", 0.5)),
    (_P("I think uh the main reason is the training.", 0.5),
     _P("Your team um runs a mentoring scheme.", 0.6),
     _P("And uh I want to grow into a lead role.", 0.5)),
    (_P("Um. The patient was confused and uh agitated.", 0.6),
     _P("I called the nurse in charge, um, straight away.", 0.5),
     _P("We, uh, we calmed him down together.", 0.5)),
)  # fmt: skip


HESITATIONS = {"um", "uh", "er", "erm"}


def _figures_right(text: str, figures: tuple[str, ...]) -> int:
    """How many scripted figures the transcript has, as digits or as words ("$140,000" is
    not 40,000)."""
    flat = text.replace(" ,", ",").replace(" %", "%")
    words = normalise(flat)
    ok = 0
    for f in figures:
        digits = f.replace(",", "").rstrip("%")
        as_written = re.search(rf"(?<![\d,.]){re.escape(f)}(?![\d,])", flat)
        if as_written or digits in words:
            ok += 1
    return ok


def _scripts(wide: bool) -> list[tuple[tuple[synth.Phrase, ...], tuple[str, ...]]]:
    """(script, figures) for every synthesised answer."""
    scripts = list(SCRIPTS)
    if wide:
        scripts += [(p, ()) for p in FILLER_SCRIPTS]
        scripts += [(synth.without_hesitations(p), ()) for p in FILLER_SCRIPTS]
    return scripts


def run_one(model: str, wide: bool = False, held: bool = False) -> dict:
    """Transcribe every clip with one model (in this process) and measure it."""
    from interview_coach.speech import load_model, transcribe_file

    t = time.perf_counter()
    load_model(model or None)
    load_s = time.perf_counter() - t
    out: dict = {"load_s": round(load_s, 2), "real": {}, "synth": []}
    audio_s = busy_s = 0.0
    for name, ref in REAL.items():
        path = SHARED / name
        if not path.exists():
            continue
        t = time.perf_counter()
        tr = transcribe_file(path, model=model or None)
        busy_s += time.perf_counter() - t
        audio_s += tr.duration_seconds or 0.0
        out["real"][name] = {
            "text": tr.text,
            "wer": round(word_error_rate(normalise(ref), normalise(tr.text)), 3),
        }
    with tempfile.TemporaryDirectory() as tmp:
        for k, (phrases, figures) in enumerate(_scripts(wide)):
            for voice, rate in WIDE_VOICES if wide else VOICES:
                clip = synth.synthesize(phrases, Path(tmp) / f"a{k}-{voice}.wav", voice=voice,
                                        rate=rate, held_fillers=held)  # fmt: skip
                t = time.perf_counter()
                tr = transcribe_file(clip.path, model=model or None)
                busy_s += time.perf_counter() - t
                audio_s += clip.duration
                said = [w for w in clip.words if w in HESITATIONS]
                heard = [w for w in normalise(tr.text) if w in HESITATIONS]
                out["synth"].append(
                    {
                        "voice": f"{voice} {rate}",
                        "text": tr.text,
                        "wer": round(
                            word_error_rate(normalise(clip.script), normalise(tr.text)), 3
                        ),
                        "figures": [_figures_right(tr.text, figures), len(figures)],
                        "fillers": [min(len(heard), len(said)), len(said)],
                        "invented": max(0, len(heard) - len(said)),
                    }
                )
    out["rtf"] = round(busy_s / audio_s, 3) if audio_s else None
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", default=[], help="NAME=PATH of a model folder")
    ap.add_argument("--wide", action="store_true", help="8 voices and 6 more filler answers")
    ap.add_argument(
        "--held", action="store_true", help="say um/uh as held hesitations (synth.HELD)"
    )
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one model, print JSON
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.wide, args.held)))
        return
    if not synth.tools_available():
        sys.exit("espeak-ng and sox are needed to synthesise the answers")
    models = [("tiny.en (bundled)", "")] + [tuple(m.split("=", 1)) for m in args.model]
    rows = []
    for name, path in models:
        res = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                path,
                *(["--wide"] if args.wide else []),
                *(["--held"] if args.held else []),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(res.stdout.strip().splitlines()[-1])
        real = list(r["real"].values())
        syn = r["synth"]
        rows.append(
            (
                name,
                sum(x["wer"] for x in real) / max(len(real), 1),
                sum(x["wer"] for x in syn) / len(syn),
                sum(x["figures"][0] for x in syn),
                sum(x["figures"][1] for x in syn),
                sum(x["fillers"][0] for x in syn),
                sum(x["fillers"][1] for x in syn),
                sum(x["invented"] for x in syn),
                r["rtf"],
                r["load_s"],
                r["peak_rss_mb"],
            )
        )
        for x in [*r["real"].items(), *((s["voice"], s) for s in syn)]:
            print(f"  {name} | {x[0]} | {x[1]['text']}", file=sys.stderr)
    print(f"{date.today()}, {platform.machine()}, {platform.python_version()}, 2 CPU threads")
    print("| model | WER real clips | WER synthesised | figures right | um/uh kept | invented "
          "| real-time factor | load | peak RSS |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for n, wr, ws, fr, ft, kr, kt, inv, rtf, load, rss in rows:
        print(f"| {n} | {wr:.1%} | {ws:.1%} | {fr}/{ft} | {kr}/{kt} | {inv} | {rtf} | "
              f"{load} s | {rss} MB |")  # fmt: skip


if __name__ == "__main__":
    main()
