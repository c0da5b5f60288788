"""An optional client for an OpenAI-compatible chat API (Ollama, llama.cpp server, vLLM or a
hosted service), used only to phrase follow-ups and the recruiter's lines, and to draft an
improved answer.

It is off unless `INTERVIEW_COACH_LLM_URL` is set (and the user asks for it). Every call is
defensive: a timeout, a connection error, an HTTP error, malformed or empty JSON, a refusal,
a stream that drips too slowly, or text that fails the checks below gives `None`, and the
caller falls back to the rules. `last_error` says why the last call fell back.

Grounding: a drafted answer may only contain numbers that appear in the candidate's own
answer; any other number must be an explicit placeholder in square brackets
(e.g. "[number of customers]"). `ungrounded_numbers` is that check.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

import httpx

from interview_coach.config import Settings, get_settings

_REFUSAL = re.compile(
    r"\b(i'?m sorry|i am sorry|i cannot|i can'?t (help|assist|do)|as an ai|as a language "
    r"model|i'?m (just )?an ai|i am unable|i'?m unable|cannot comply|not able to help)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_BRACKETS = re.compile(r"\[[^\[\]]{0,120}\]")
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
}
_WORDS_RE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


class LLMFailure(Exception):
    """Why a chat call produced nothing usable (kept in `LLMClient.last_error`)."""


def numbers_in(text: str) -> set[str]:
    """The numbers in a text, normalised ("1,200" -> "1200", "three" -> "3")."""
    found = {m.group(0).replace(",", "").rstrip(".") for m in _DIGITS.finditer(text)}
    found |= {_NUMBER_WORDS[m.group(1).lower()] for m in _WORDS_RE.finditer(text)}
    return found


def ungrounded_numbers(draft: str, *sources: str) -> list[str]:
    """Numbers in `draft` (outside [placeholders]) that none of `sources` contains."""
    allowed: set[str] = set()
    for s in sources:
        allowed |= numbers_in(s)
    bare = _BRACKETS.sub(" ", draft)
    # "one" is also a pronoun ("the one that..."), so it never counts as an invented number.
    return sorted(n for n in numbers_in(bare) - allowed if n != "1")


def _json_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in a model's reply (models wrap JSON in prose or fences)."""
    text = text.strip()
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.DOTALL)
    candidates = [fenced.group(1)] if fenced else []
    start = text.find("{")
    if start >= 0:
        end = text.rfind("}")
        if end > start:
            candidates.append(text[start : end + 1])
    for c in candidates:
        try:
            obj = json.loads(c)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            return obj
    return None


class LLMClient:
    """Synchronous client for `POST {url}/chat/completions`."""

    def __init__(
        self,
        url: str,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.url = url.rstrip("/")
        if not self.url.endswith("/v1"):
            self.url += "/v1"
        self.model = model or "default"
        self.api_key = api_key
        self.timeout = timeout
        self.last_error: str | None = None

    # ------------------------------------------------------------ transport

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int = 200,
        temperature: float = 0.2,
        stream: bool = False,
    ) -> str:
        """The assistant's reply text; raises LLMFailure with a reason on any problem.

        `timeout` bounds the whole call, including a stream that keeps sending slowly.
        """
        body = {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": stream,
        }
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        deadline = time.monotonic() + self.timeout
        per_read = httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        try:
            with (
                httpx.Client(timeout=per_read) as client,
                client.stream(
                    "POST", f"{self.url}/chat/completions", json=body, headers=headers
                ) as resp,
            ):
                if resp.status_code != 200:
                    raise LLMFailure(f"the chat server answered HTTP {resp.status_code}")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if time.monotonic() > deadline:
                        raise LLMFailure(f"the reply took longer than {self.timeout:g} s")
                    if size > 2_000_000:
                        raise LLMFailure("the reply was far too large")
                raw = b"".join(chunks).decode("utf-8", errors="replace")
        except httpx.TimeoutException:
            raise LLMFailure(f"no reply within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise LLMFailure(f"cannot reach the chat server ({type(exc).__name__})") from None
        text = self._parse_stream(raw) if stream else self._parse(raw)
        if not text.strip():
            raise LLMFailure("the reply was empty")
        return text.strip()

    @staticmethod
    def _parse(raw: str) -> str:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise LLMFailure("the reply was not valid JSON") from None
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise LLMFailure("the reply had no message in it") from None
        if not isinstance(content, str):
            raise LLMFailure("the reply's message was not text")
        return content

    @staticmethod
    def _parse_stream(raw: str) -> str:
        parts: list[str] = []
        done = False
        for line in raw.splitlines():
            line = line.strip()
            if not line.startswith("data:"):
                continue
            payload = line[5:].strip()
            if payload == "[DONE]":
                done = True
                break
            try:
                delta = json.loads(payload)["choices"][0].get("delta", {})
            except (json.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
                raise LLMFailure("the stream contained a malformed event") from None
            piece = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(piece, str):
                parts.append(piece)
        if not done and not parts:
            raise LLMFailure("the stream ended without any text")
        return "".join(parts)

    def _try(self, messages: list[dict[str, str]], **kw: Any) -> str | None:
        self.last_error = None
        try:
            return self.chat(messages, **kw)
        except LLMFailure as exc:
            self.last_error = str(exc)
            return None

    # ------------------------------------------------------------ tasks

    def phrase_follow_up(self, question: str, answer: str, template: str) -> str | None:
        """The rule's follow-up in the model's words, or None (use the template)."""
        messages = [
            {
                "role": "system",
                "content": "You are a polite job interviewer. Rephrase the follow-up question "
                "so it sounds natural after the candidate's answer. Keep its meaning. One "
                'sentence ending with a question mark. Reply as JSON: {"question": "..."}',
            },
            {
                "role": "user",
                "content": f"Interview question: {question}\nCandidate's answer: "
                f"{answer[:1500]}\nFollow-up to rephrase: {template}",
            },
        ]
        return self._rephrase(
            messages, "question", 80, lambda text: self._check_follow_up(text, answer, template)
        )

    def _rephrase(
        self,
        messages: list[dict[str, str]],
        key: str,
        max_tokens: int,
        check: Callable[[str], str | None],
    ) -> str | None:
        """The text under `key` of the model's JSON reply (or its plain reply), on one line,
        when `check` finds nothing wrong with it; else None, with the reason kept."""
        raw = self._try(messages, max_tokens=max_tokens)
        if raw is None:
            return None
        obj = _json_object(raw)
        text = obj.get(key) if obj else raw
        if not isinstance(text, str):
            self.last_error = f"the JSON had no {key} text"
            return None
        text = " ".join(text.split()).strip().strip('"')
        problem = check(text)
        if problem:
            self.last_error = problem
            return None
        return text

    @staticmethod
    def _check_follow_up(text: str, answer: str, template: str) -> str | None:
        if not text:
            return "the follow-up was empty"
        if _REFUSAL.search(text):
            return "the model refused"
        if not text.endswith("?") or text.count("?") > 2:
            return "the follow-up was not a single question"
        if not 8 <= len(text) <= 250:
            return "the follow-up was too short or too long"
        if ungrounded_numbers(text, answer, template):
            return "the follow-up mentioned numbers the candidate never gave"
        return None

    def phrase_recruiter(self, line: str, candidate: str) -> str | None:
        """The practice recruiter's rule-made line in the model's words, or None (use the
        line). Every figure of the line must stay, and no other may come in: the rules decide
        the money, the model only the words."""
        messages = [
            {
                "role": "system",
                "content": "You are a friendly, professional recruiter negotiating a job offer. "
                "Rephrase your next line so it answers the candidate naturally. Keep its "
                "meaning and every figure exactly as written; add no offer, figure, promise or "
                'question of your own. At most three sentences. Reply as JSON: {"line": "..."}',
            },
            {
                "role": "user",
                "content": f"The candidate said: {candidate[:1500] or '(nothing yet)'}\n"
                f"Your line to rephrase: {line}",
            },
        ]
        return self._rephrase(messages, "line", 160, lambda text: self._check_recruiter(text, line))

    @staticmethod
    def _check_recruiter(text: str, line: str) -> str | None:
        if not text:
            return "the line was empty"
        if _REFUSAL.search(text):
            return "the model refused"
        if not 8 <= len(text) <= max(400, 2 * len(line)):
            return "the line was too short or too long"
        if ungrounded_numbers(text, line):
            return "the line mentioned figures the recruiter never offered"
        if numbers_in(line) - numbers_in(text):
            return "the line left out a figure of the offer"
        if line.count("?") != text.count("?"):
            return "the line asked a question the recruiter did not, or dropped one"
        return None

    def draft_answer(self, question: str, answer: str, missing: list[str]) -> str | None:
        """A stronger version of `answer` using only its facts, or None (use the rules)."""
        gaps = ", ".join(missing) if missing else "nothing in particular"
        messages = [
            {
                "role": "system",
                "content": "You help a candidate improve an interview answer. Rewrite it in "
                "the first person, clearly structured, under 180 words. Use ONLY facts from "
                "the answer. Never invent numbers: where a number or detail is missing, "
                "write a placeholder in square brackets such as [number of customers].",
            },
            {
                "role": "user",
                "content": f"Question: {question}\nAnswer: {answer[:3000]}\n"
                f"Parts missing from the answer: {gaps}",
            },
        ]
        raw = self._try(messages, max_tokens=320)
        if raw is None:
            return None
        obj = _json_object(raw)
        if obj and isinstance(obj.get("answer"), str):
            raw = obj["answer"]
        text = raw.strip().strip('"').strip()
        if _REFUSAL.search(text):
            self.last_error = "the model refused"
            return None
        if len(text.split()) < 15:
            self.last_error = "the draft was too short"
            return None
        if len(text.split()) > 400:
            self.last_error = "the draft was too long"
            return None
        invented = ungrounded_numbers(text, answer)
        if invented:
            self.last_error = f"the draft invented numbers: {', '.join(invented)}"
            return None
        return text


def client_from_settings(settings: Settings | None = None) -> LLMClient | None:
    """The configured client, or None when no chat API URL is set."""
    s = settings or get_settings()
    if not s.llm_url:
        return None
    return LLMClient(s.llm_url, s.llm_model, s.llm_api_key, s.llm_timeout_seconds)
