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
