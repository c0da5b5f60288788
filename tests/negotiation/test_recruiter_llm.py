"""The recruiter's lines in a chat model's words, over a real HTTP server on loopback.

The server is a small FastAPI app under uvicorn (no mock objects). It stands in for a chat
model, because none can run in the test's time: "echo" keeps the rule-made line and adds a
greeting (a model that behaves), the others change or drop a figure of the offer, ask a
question of their own, or refuse. Only a well-behaved reply may replace the rules' words, and
the money is the rules' whatever the model says.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi import FastAPI, Request

from interview_coach.interviewer.llm import LLMClient
from interview_coach.negotiation.session import NegotiationSession, negotiate

from .test_negotiate import MARKET, STRONG, _script

sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/: the shared server helper
from servers import uvicorn_thread

_LINE = re.compile(r"Your line to rephrase: (.*)", re.DOTALL)


def _reply(mode: str, line: str) -> str:
    first_figure = re.search(r"\d[\d,]*", line)
    if mode == "echo":
        return json.dumps({"line": f"Thanks for that. {line}"})
    if mode == "changed" and first_figure:
        return json.dumps({"line": line.replace(first_figure.group(0), "999,999", 1)})
    if mode == "dropped" and first_figure:
        return json.dumps({"line": "We'd love to have you and will share the numbers soon."})
    if mode == "asks":
        return json.dumps({"line": line + " Can you start on Monday?"})
    if mode == "refuses":
        return "I'm sorry, as an AI I cannot negotiate."
    return json.dumps({"line": line})


@pytest.fixture(scope="module")
def chat() -> Iterator[tuple[str, list[str]]]:
    app = FastAPI()
    seen: list[str] = []

    @app.post("/{mode}/v1/chat/completions")
    async def complete(mode: str, request: Request) -> dict:
        body = await request.json()
        line = _LINE.search(body["messages"][-1]["content"]).group(1)  # type: ignore[union-attr]
        seen.append(mode)
        return {"choices": [{"message": {"role": "assistant", "content": _reply(mode, line)}}]}

    with uvicorn_thread(app) as port:
        yield f"http://127.0.0.1:{port}", seen


def _phrase(chat: tuple[str, list[str]], mode: str):  # type: ignore[no-untyped-def]
    return LLMClient(f"{chat[0]}/{mode}", timeout=5.0).phrase_recruiter


def test_a_faithful_model_phrases_every_line_and_the_money_stays_the_rules(chat) -> None:
    rules = negotiate(_script(STRONG), MARKET)
    worded = negotiate(_script(STRONG), MARKET, _phrase(chat, "echo"))
    recruiter = [t for t in worded["turns"] if t["speaker"] == "counterpart"]
    assert recruiter and all(t["source"] == "llm" for t in recruiter)
    assert all(str(t["text"]).startswith("Thanks for that.") for t in recruiter)
    assert worded["outcome"] == rules["outcome"] and worded["mistakes"] == rules["mistakes"]
    assert {t["source"] for t in rules["turns"] if t["speaker"] == "counterpart"} == {"rules"}


@pytest.mark.parametrize("mode", ["changed", "dropped", "asks", "refuses"])
def test_a_line_that_changes_the_offer_or_adds_a_question_is_not_used(chat, mode: str) -> None:
    rules = negotiate(_script(STRONG[:2]), MARKET)
    worded = negotiate(_script(STRONG[:2]), MARKET, _phrase(chat, mode))
    offer = rules["turns"][2]  # the recruiter's offer, with its figures
    assert re.search(r"\d", str(offer["text"]))
    assert worded["turns"][2] == offer  # the rules' own words, marked as theirs
    assert offer["source"] == "rules"


def test_a_replayed_negotiation_asks_the_model_only_about_its_new_turn(chat) -> None:
    seen = chat[1]
    start = len(seen)
    echo = _phrase(chat, "echo")
    first = NegotiationSession.start("Registered Nurse", market=MARKET, seed=3, phrase=echo)
    first.reply(STRONG[0])
    asked = len(seen) - start  # the opening and the answer to the first line
    again = NegotiationSession.start(
        "Registered Nurse", market=MARKET, seed=3, phrase=echo, phrased=first.phrased
    )
    again.reply(STRONG[0])
    again.reply(STRONG[1])
    assert asked == 2 and len(seen) - start == 3
    assert again.turns[:3] == first.turns


def test_the_command_lets_the_configured_model_phrase_the_recruiter(
    chat, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    script = tmp_path / "script.json"
    script.write_text(json.dumps(_script(STRONG, location="Austin, TX")), encoding="utf-8")
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    args = ["negotiate", "--script", str(script), "--format", "json", "--llm"]
    monkeypatch.delenv("INTERVIEW_COACH_LLM_URL", raising=False)
    get_settings.cache_clear()
    plain = CliRunner().invoke(main, args)
    monkeypatch.setenv("INTERVIEW_COACH_LLM_URL", f"{chat[0]}/echo")
    get_settings.cache_clear()
    worded = CliRunner().invoke(main, args)
    get_settings.cache_clear()
    assert plain.exit_code == 0 and worded.exit_code == 0, worded.output
    sources = [
        {t["source"] for t in json.loads(r.output)["turns"] if t["speaker"] == "counterpart"}
        for r in (plain, worded)
    ]
    assert sources == [{"rules"}, {"llm"}]


def _web(tmp_path: Path, llm_url: str | None):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from interview_coach.config import Settings
    from interview_coach.web import create_app

    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver", llm_url=llm_url)
    return TestClient(create_app(settings, preload=False))


def test_the_web_room_lets_the_chat_model_word_the_recruiter(chat, tmp_path: Path) -> None:
    seen = chat[1]
    with _web(tmp_path, f"{chat[0]}/echo") as client:
        assert 'id="use_llm"' in client.get("/negotiations/new").text
        start = len(seen)
        r = client.post(
            "/negotiations",
            data={"role": "Registered Nurse", "location": "Austin, TX", "target": "$105k",
                  "use_llm": "on"},
        )  # fmt: skip
        assert r.status_code == 200 and "Recruiter (chat model)" in r.text
        url = r.url.path
        for line in STRONG[:2]:
            assert client.post(f"{url}/reply", data={"text": line}).status_code == 200
        # One request for each of the recruiter's three lines: a replay asks again for none.
        assert len(seen) - start == 3
        state = client.get(f"/api{url}").json()
        recruiter = [t for t in state["turns"] if t["speaker"] == "counterpart"]
        assert [t["source"] for t in recruiter] == ["llm"] * 3
        assert all(str(t["text"]).startswith("Thanks for that.") for t in recruiter)
        assert client.get(url).text.count("Thanks for that.") == 3  # the same words again
        # The money is the rules' own: the same offer as without the model.
        job = {"role": "Registered Nurse", "location": "Austin, TX", "target": "$105k"}
        plain = client.post("/negotiations", data=job).url.path
        client.post(f"{plain}/reply", data={"text": STRONG[0]})
        offer = client.get(f"/api{plain}").json()["outcome"]["first_offer"]
        assert offer and state["outcome"]["first_offer"] == offer


def test_the_web_room_keeps_the_rules_words_when_the_model_strays(chat, tmp_path: Path) -> None:
    with _web(tmp_path, f"{chat[0]}/changed") as client:
        body = {"role": "Registered Nurse", "location": "Austin, TX", "use_llm": True}
        sid = client.post("/api/negotiations", json=body).json()["id"]
        client.post(f"/api/negotiations/{sid}/replies", json={"text": STRONG[0]})
        turns = client.get(f"/api/negotiations/{sid}").json()["turns"]
        offer = turns[2]
        assert offer["source"] == "rules" and "999,999" not in str(offer["text"])


def test_the_web_room_says_when_no_chat_model_is_set_up(tmp_path: Path) -> None:
    with _web(tmp_path, None) as client:
        assert 'id="use_llm"' not in client.get("/negotiations/new").text
        body = {"role": "Registered Nurse", "location": "Austin, TX", "use_llm": True}
        r = client.post("/api/negotiations", json=body)
        assert r.status_code == 422 and "No chat model is set up" in r.text
