"""The story bank in the browser: saving asks first when it should, in plain words, and the
page names competencies by label, lets them be edited and shows what cleaning left out."""

from __future__ import annotations

import html
import re

from interview_coach.practice.stories import check_competencies
from interview_coach.store.stories import add_story, link_story, list_stories
from interview_coach.types import JobProfile
from store.helpers import feedback, question, transcript

TOLD_AGAIN = (  # the billing story of store.helpers.STAR_TEXT, in other words
    "At quarter end our nightly billing export kept falling over. Finance needed it done "
    "before they came in at eight, and that was on me. I broke the export into batches and put "
    "a retry queue in front of the slow accounts. It finishes in forty minutes now, with no "
    "failures in six months."
)
HEARD_UNSURE = (
    "Our ward at Kelbrook ran out of syringe drivers most nights. I had to stop the night shift "
    "borrowing from theatres. I set up a sign-out board with Dunmore and counted the drivers at "
    "each handover. No shift has run short in four months."
)


def _store(client):
    return client.app.state.coach.store


def _page(response) -> str:
    return html.unescape(response.text)


def _text(response) -> str:
    """What the page says, without its tags (and their attributes)."""
    return " ".join(re.sub(r"<[^>]+>", " ", _page(response)).split())


def test_a_weak_answer_is_kept_only_after_a_plain_confirmation(client) -> None:
    aid = _store(client).save_answer(
        feedback(overall=45), transcript=transcript(), question=question()
    )
    feedback_page = client.get(f"/answers/{aid}").text
    assert 'name="force"' not in feedback_page  # the button no longer says yes for the user
    r = client.post(f"/answers/{aid}/story", follow_redirects=False)
    assert r.status_code == 200
    page = _page(r)
    assert "45/100" in page and "Keep it anyway" in page and "Back to the feedback" in page
    assert f'href="/answers/{aid}"' in page
    assert "--force" not in page and "Back button" not in page
    assert list_stories(_store(client)) == []
    kept = client.post(f"/answers/{aid}/story", data={"force": "true"}, follow_redirects=False)
    assert kept.status_code == 303 and kept.headers["location"].startswith("/stories?saved=")
    # The same answer again: the story bank says where it is, not an error page.
    again = client.post(f"/answers/{aid}/story", data={"force": "true"})
    assert again.status_code == 200
    assert "already in your story bank as story 1" in _text(again)


def test_a_story_told_again_is_flagged_as_the_cli_flags_it(client) -> None:
    store = _store(client)
    first = store.save_answer(feedback(overall=82), transcript=transcript(), question=question())
    assert client.post(f"/answers/{first}/story", follow_redirects=False).status_code == 303
    again = store.save_answer(feedback(overall=85, text=TOLD_AGAIN), transcript=transcript())
    r = client.post(f"/answers/{again}/story", follow_redirects=False)
    assert r.status_code == 200 and "story #1 told again" in _page(r)
    assert 'href="/stories#story-1"' in r.text
    assert len(list_stories(store)) == 1


def test_unsure_words_are_confirmed_and_then_listed_to_check(client) -> None:
    heard = transcript(HEARD_UNSURE)
    unsure = {"Kelbrook": 0.33, "Dunmore": 0.37}
    words = tuple(
        w.model_copy(update={"probability": unsure.get(w.word, 0.96)}) for w in heard.words
    )
    aid = _store(client).save_answer(
        feedback(overall=88, text=HEARD_UNSURE),
        transcript=heard.model_copy(update={"words": words}),
    )
    r = client.post(f"/answers/{aid}/story", follow_redirects=False)
    page = _page(r)
    assert r.status_code == 200 and "Keep it anyway" in page
    assert "Kelbrook" in page and "Dunmore" in page and "33% sure" in page
    client.post(f"/answers/{aid}/story", data={"force": "true"})
    bank = _page(client.get("/stories"))
    assert "Check these words" in bank
    assert re.search(r'class="unsure">Kelbrook</span> <span class="muted">\(33%\)', bank)
    # What was cleaned: the answer as given, the filler ("Our", in the helper) struck out.
    assert "<summary>What was cleaned</summary>" in bank and "<del>Our</del> ward at" in bank
    assert "<script>" not in bank and "style=" not in bank


def test_competencies_show_by_label_once_and_can_be_edited(client) -> None:
    store = _store(client)
    job = JobProfile(title="Ops lead", competencies=("stakeholder_management", "decision_making"))
    store.save_job_target("Lead operations.", None, job)
    sid = add_story(
        store, title="Supplier dispute", action="I brought both suppliers to one table.",
        competencies=check_competencies(["Stakeholder management"]),
    )  # fmt: skip
    for i in range(4):  # one story for four questions: a second warning
        aid = store.save_answer(feedback(question_text=f"Question {i}?"), transcript=transcript())
        link_story(store, sid, aid)
    page = _page(client.get("/stories"))
    said = _text(client.get("/stories"))
    assert "stakeholder_management" not in said and "decision_making" not in said
    assert page.count("<td>Stakeholder management</td>") == 1
    assert "stresses decision making, but no story shows it" in page
    assert "answers 4 different questions" in said
    assert page.count('class="alert"') == 1  # warnings summarised in one box, not stacked
    assert re.search(r'<input type="checkbox" name="competency" value="stakeholder_management" '
                     r"checked> Stakeholder management</label>", page)  # fmt: skip
    assert "<legend>Competencies story 1 shows</legend>" in page
    r = client.post(
        f"/stories/{sid}/competencies",
        data={"competency": ["decision_making", "teamwork"]},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert list_stories(store)[0].competencies == ["decision_making", "teamwork"]
    assert "The competencies of story 1 are saved" in _page(client.get(r.headers["location"]))
    bad = client.post(f"/stories/{sid}/competencies", data={"competency": ["experience"]})
    assert bad.status_code == 422 and "Unknown competency: experience" in _page(bad)
    missing = client.post("/stories/999/competencies", data={"competency": ["teamwork"]})
    assert missing.status_code == 404
