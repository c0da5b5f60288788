"""The feedback page shows what a hiring manager would notice, with the words behind it."""

from __future__ import annotations

import html

BLAMING = (
    "Last winter our month-end close slipped by four days. It wasn't my fault, because the "
    "sales team didn't send their accruals on time, and that part is on them. I chased each "
    "manager, um, built a tracker for the missing items and stayed late to post the journals. "
    "We closed on the sixth instead of the second."
)


def test_judgements_band_rubric_and_stronger_version_are_shown(client) -> None:
    r = client.post(
        "/sessions",
        data={"job_family": "finance_accounting", "minutes": "10"},
        follow_redirects=False,
    )
    sid = int(r.headers["location"].split("/")[2])
    r = client.post(
        f"/sessions/{sid}/questions/0/answer", data={"text": BLAMING}, follow_redirects=False
    )
    assert r.status_code == 303
    page = html.unescape(client.get(r.headers["location"]).text)
    assert "What a hiring manager would notice" in page
    assert "Blames others for the problem" in page
    assert "wasn't my fault" in page  # the quoted evidence
    assert "most gain first" in page and "A stronger version" in page
    assert "<del>um,</del>" in page or "<del>" in page
    # The JSON has the same judgement, a band and gains on the tips.
    answers = client.get(f"/api/sessions/{sid}").json()["answers"]
    fb = client.get(f"/api/answers/{answers[0]['id']}").json()["feedback"]
    assert "blame" in [j["code"] for j in fb["judgements"]]
    assert fb["scores"]["band"] in ("strong", "good", "mixed", "weak")
    assert all(t["gain"] > 0 for t in fb["tips"])
    assert "[" in fb["stronger_version"]["text"]


def test_a_timed_transcript_plays_from_any_word_and_shows_its_pauses() -> None:
    """With word timings every word carries its time, and a long pause shows inline with its
    length; typed text (no timings) carries none."""
    import re

    from interview_coach.questions.answering import analyze_answer
    from interview_coach.types import Transcript, Word
    from interview_coach.web.render import highlighted_transcript

    text = "I led the move. Um, it cut costs by 30%."
    words, t, pos = [], 0.0, 0
    for w in text.split(" "):
        start = text.index(w, pos)
        gap = 2.0 if w == "Um," else 0.0  # a two-second silence after "move."
        words.append(
            Word(
                word=w,
                start=t + gap,
                end=t + gap + 0.3,
                char_start=start,
                char_end=start + len(w),
                probability=0.2 if w == "costs" else 0.9,
            )
        )
        t, pos = t + gap + 0.4, start + len(w)
    timed = Transcript(text=text, words=tuple(words), duration_seconds=t)
    fb = analyze_answer("Tell me about a time you saved money.", timed)
    out = str(highlighted_transcript(fb, timed))
    assert len(re.findall(r'class="w" data-t=', out)) >= 7
    assert re.search(r'<mark class="m-filler"[^>]*data-t="[\d.]+"', out)
    assert fb.delivery.long_pauses and "pause 2.1 s" in out
    assert re.search(r'class="w unsure"[^>]*title="heard with low confidence \(20%\)', out)
    assert (
        re.sub(r"<[^>]+>|pause [\d.]+ s| \((filler|hedge)\)", "", out).count("I led the move.") == 1
    )
    typed = analyze_answer("Tell me about a time you saved money.", text)
    assert "data-t" not in str(highlighted_transcript(typed, Transcript(text=text)))
