"""What a new user reads on the pages: units on every number, and no dead ends."""

from __future__ import annotations

import html
import re

ANSWER = (
    "On my last ward I noticed patients were missing doses after transfer. I set up a daily "
    "reconciliation round with the nurses and trained two apprentices to do first checks. "
    "Within a year missed doses fell by thirty percent."
)


def _session_with_one_answer(client) -> int:
    r = client.post(
        "/sessions", data={"job_family": "nursing", "minutes": "10"}, follow_redirects=False
    )
    sid = int(r.headers["location"].split("/")[2])
    client.post(f"/sessions/{sid}/questions/0/answer", data={"text": ANSWER})
    return sid


def test_the_summary_gives_each_try_as_a_score_out_of_100(client) -> None:
    sid = _session_with_one_answer(client)
    page = html.unescape(client.get(f"/sessions/{sid}").text)
    # A bare "76" under "Attempts" read as seventy-six attempts.
    assert ">Attempts<" not in page and ">Each try<" in page
    first = re.search(r"<tr>\s*<td>1</td>.*?</tr>", page, re.S)
    assert first, page
    tries = re.findall(r'<a class="nowrap" href="/answers/\d+">([^<]+)</a>', first.group(0))
    assert len(tries) == 1 and re.fullmatch(r"\d{1,3}/100", tries[0]), tries
    assert '<span class="muted nowrap">not yet</span>' in page  # one line, not "not / yet"
