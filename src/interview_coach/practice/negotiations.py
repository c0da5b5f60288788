"""Practice negotiations kept between turns, for the pages and the API.

The recruiter is deterministic (the same seed and lines give the same negotiation), so a
negotiation is kept as what started it and the candidate's lines so far, in the session's
notes in the Store, and replayed on each turn: a few lines, instantly. One lock per
negotiation keeps two replies from overwriting each other. Where the user asked for the chat
model's wording, the recruiter's lines it worded are kept too, so a replay asks the model only
about the new turn and shows the same words again.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from interview_coach.config import Settings
from interview_coach.errors import InputError, StorageError
from interview_coach.inputs import decode_text
from interview_coach.negotiation.basis import Basis, basis_for
from interview_coach.negotiation.money import US_CURRENCY
from interview_coach.negotiation.session import NegotiationSession, Phrase
from interview_coach.practice.locks import SessionLocks
from interview_coach.practice.notes import read_notes, write_notes
from interview_coach.store import Store
from interview_coach.store.repository import DamagedRecord

MODE = "negotiation"
TAG = "interview-coach/negotiation@1"
MAX_LINE_CHARS = 2000  # a spoken minute is about 900 characters
MAX_PHRASED_CHARS = 1000  # a kept recruiter line longer than this is damage, not words
CURRENCY_CODE = re.compile(r"[A-Za-z]{3}")  # ISO 4217: "GBP"; money.money writes any such code


def _phrase(settings: Settings | None, use_llm: bool, *, required: bool = True) -> Phrase | None:
    """The configured chat model's wording of the recruiter's lines, when asked for. Asked
    for at the start with none set up, a clear error; set up no longer in the middle of a
    negotiation, the rules' words (the talk goes on)."""
    if not use_llm:
        return None
    from interview_coach.interviewer.llm import client_from_settings

    client = client_from_settings(settings)
    if client is None and required:
        raise InputError(
            "No chat model is set up (INTERVIEW_COACH_LLM_URL): the recruiter's own words are "
            "used; start without the chat model."
        )
    return client.phrase_recruiter if client else None


def _keep_phrases(setup: dict[str, Any], session: NegotiationSession) -> None:
    """Save with the negotiation the recruiter's lines the model worded (JSON keys: text)."""
    setup["phrased"] = {str(k): v for k, v in session.phrased.items()}


def _kept_phrases(setup: dict[str, Any]) -> dict[int, str | None]:
    """The recruiter's lines the model worded, by turn, as saved (damage is dropped)."""
    out: dict[int, str | None] = {}
    raw = setup.get("phrased")
    for key, value in raw.items() if isinstance(raw, dict) else []:
        if str(key).isdigit() and (value is None or isinstance(value, str)):
            out[int(key)] = value[:MAX_PHRASED_CHARS] if value else None
    return out


def _text(value: str, what: str) -> str:
    """Typed text as the interview's replies are checked: no binary junk, no NUL."""
    if not value:
        return ""
    return decode_text(value[: MAX_LINE_CHARS * 2].encode("utf-8", "replace"), what)


class NegotiationNotFound(StorageError):
    """No practice negotiation with that id (HTTP 404)."""


class Negotiations:
    def __init__(self, store: Store, home: Path, settings: Settings | None = None) -> None:
        self.store = store
        self.home = home
        self.settings = settings  # the chat model's (None: the process's settings)
        self._locks = SessionLocks()

    def start(
        self,
        role: str,
        location: str = "",
        *,
        style: str = "warm",
        seed: int = 1,
        target: float | None = None,
        walk_away: float | None = None,
        use_llm: bool = False,
        currency: str | None = None,
    ) -> int:
        """Open a negotiation; its id. The market range and the currency of its sums are
        decided once, here (`basis.basis_for`: `currency` is the one the job pays in, when the
        user named it). With `use_llm`, the configured chat model words the recruiter's lines;
        the money and every decision stay the rules'."""
        role = " ".join(_text(role, "The job title").split())[:200]
        location = _text(location, "The place")
        if not role:
            raise InputError("Say which job the offer is for.")
        if currency and not CURRENCY_CODE.fullmatch(currency.strip()):
            raise InputError(f"{currency[:20]!r} is not a currency's code (e.g. GBP or EUR).")
        basis = self.basis(role, location[:200], currency)
        market = basis.market
        setup = {"role": role, "location": location[:200], "style": style, "seed": seed,
                 "target": target, "walk_away": walk_away, "market": market,
                 "use_llm": bool(use_llm), "currency": basis.currency}  # fmt: skip
        opened = NegotiationSession.start(  # refuses a bad style or a role with no figure
            role, market=market, style=style, seed=seed, target=target, walk_away=walk_away,
            phrase=_phrase(self.settings, use_llm), currency=basis.currency,
        )  # fmt: skip
        _keep_phrases(setup, opened)
        sid = self.store.start_session(mode=MODE)
        self._save(sid, setup, [])
        return sid

    def basis(self, role: str, location: str, currency: str | None = None) -> Basis:
        """The market figures and the currency for a job and place (`basis.basis_for`)."""
        from interview_coach.negotiation.market import open_market

        return basis_for(open_market(self.home), role, location, currency)

    def reply(self, sid: int, text: str) -> NegotiationSession:
        if len(text) > MAX_LINE_CHARS:
            raise InputError(f"A reply is at most {MAX_LINE_CHARS:,} characters.")
        text = " ".join(_text(text, "The reply").split())
        with self._locks.hold(sid):
            setup, lines = self._load(sid)
            session = self._replay(setup, lines)
            if session.finished:
                raise InputError("This negotiation has ended; its report is ready.")
            if setup.get("use_llm") is True:
                # Only the new turn is put to the model; the kept ones are replayed.
                session.phrase = _phrase(self.settings, True, required=False)
            session.reply(text)
            _keep_phrases(setup, session)
            self._save(sid, setup, [*lines, text])
            if session.finished:
                self.store.finish_session(sid)
            return session

    def history(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest finished negotiations with their outcome and score, newest first: how
        the candidate's negotiating moves over time."""
        out = []
        rows = self.store.recent_sessions(limit * 2, mode=MODE)
        for row in rows:
            try:
                session = self.session(row.id)
            except (StorageError, InputError):
                continue  # damaged, or a role no longer matched: skipped, not fatal
            if not session.finished:
                continue
            result = session.result()
            out.append({
                "id": row.id, "when": row.started_at, "role": session.role,
                "agreed": result["outcome"]["agreed"], "base": result["outcome"]["base"],
                "first_offer": result["outcome"]["first_offer"],
                "percentile": result["outcome"]["percentile"], "score": result["score"],
                "mistakes": len(result["mistakes"]), "currency": result["outcome"]["currency"],
            })  # fmt: skip
            if len(out) >= limit:
                break
        return out

    def outline(self, sid: int) -> dict[str, str]:
        """A negotiation as a list of practice shows it: the job it is for and, in words, how
        it ended ("deal at $101,000 · score 92/100", "no deal · …") or "in progress"."""
        from interview_coach.negotiation.money import money

        session = self.session(sid)
        if not session.finished:
            return {"role": session.role, "outcome": "in progress"}
        result = session.result()
        outcome: dict[str, Any] = result["outcome"]  # type: ignore[assignment]
        deal = "no deal"
        if outcome["agreed"]:
            deal = f"deal at {money(outcome['base'], outcome['currency'])}"
        return {"role": session.role, "outcome": f"{deal} · score {result['score']}/100"}

    def session(self, sid: int) -> NegotiationSession:
        setup, lines = self._load(sid)
        return self._replay(setup, lines)

    # ------------------------------------------------------------ internals

    @staticmethod
    def _replay(setup: dict[str, Any], lines: list[str]) -> NegotiationSession:
        # One kept before currencies were kept was talked about in dollars: it stays so.
        kept = setup.get("currency", US_CURRENCY)
        currency = kept if isinstance(kept, str) and CURRENCY_CODE.fullmatch(kept) else None
        session = NegotiationSession.start(
            setup["role"], market=setup["market"], style=setup["style"], seed=setup["seed"],
            target=setup["target"], walk_away=setup["walk_away"], phrased=_kept_phrases(setup),
            currency=currency,
        )  # fmt: skip
        for line in lines:
            session.reply(line)
        return session

    def _load(self, sid: int) -> tuple[dict[str, Any], list[str]]:
        doc = read_notes(self.store, sid, mode=MODE, tag=TAG, what="practice negotiation",
                         missing=NegotiationNotFound)  # fmt: skip
        try:
            if doc is None or not isinstance(doc.get("lines"), list):
                raise ValueError("not a saved negotiation")
            return dict(doc["setup"]), [str(x) for x in doc["lines"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise DamagedRecord(f"Negotiation {sid} is damaged in the history.") from None

    def _save(self, sid: int, setup: dict[str, Any], lines: list[str]) -> None:
        write_notes(self.store, sid, TAG, setup=setup, lines=lines)
