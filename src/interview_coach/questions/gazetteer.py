"""The skills gazetteer: canonical skills with their aliases (`skills.yaml`), matched on word
boundaries with the longest alias winning.

Words that are also plain English are matched only in their exact case or in context: `Go`
only as "Golang" or in a list of languages, `React` only capitalised. Regular plurals match.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from interview_coach.questions import yaml_text
from interview_coach.questions.families import area_families


@dataclass(frozen=True)
class SkillHit:
    """One mention of a skill in a text."""

    name: str  # canonical name
    area: str  # gazetteer area, e.g. "programming", "healthcare", "soft_skills"
    start: int
    end: int
    text: str  # as written


@dataclass(frozen=True)
class _Matcher:
    insensitive: re.Pattern[str] | None
    insensitive_keys: dict[str, tuple[str, str]]
    sensitive: re.Pattern[str] | None
    sensitive_keys: dict[str, tuple[str, str]]
    regexes: tuple[tuple[re.Pattern[str], str, str], ...]

    def find(self, text: str) -> list[SkillHit]:
        hits: list[SkillHit] = []
        for pattern, keys, fold in (
            (self.insensitive, self.insensitive_keys, True),
            (self.sensitive, self.sensitive_keys, False),
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                key = _key(m.group(0), fold)
                if key not in keys and fold:
                    key = re.sub(r"(?:es|s)$", "", key) if key[:-1] not in keys else key[:-1]
                if key in keys:
                    name, area = keys[key]
                    hits.append(SkillHit(name, area, m.start(), m.end(), m.group(0)))
        for pattern, name, area in self.regexes:
            for m in pattern.finditer(text):
                hits.append(SkillHit(name, area, m.start(), m.end(), m.group(0)))
        return _longest_first([h for h in hits if not _not_a_skill_here(text, h)])


# A levelled vocational qualification, after which its awarding body is named in brackets
# ("NVQ Level 3 … (EAL)", "Level 2 Award (City & Guilds)"); after a bare "Certificate" or
# "Diploma" the brackets more often give its subject ("Diploma in Teaching (ESL)").
_LEVELLED = re.compile(r"\b(?:NVQ|SVQ|BTEC|HN[CD]|QQI|level\s*\d)\b", re.I)
# An exam or a degree taken, whose subject ("A Level English Literature", "BA History") was
# studied, not taught; a teaching qualification beside it ("with QTS") makes it teaching.
_EXAM_TAKEN = re.compile(
    r"\b(?i:GCSEs?|IGCSEs?|[AO][\s-]?levels?|AS[\s-]levels?|(?:leaving|junior) cert\w*|"
    r"highers?|baccalaureate|bachelor\w*|master'?s|degree|hons)\b|\b(?:BA|BSc|MA|MSc|IB|HSC)\b"
)
_TAUGHT = re.compile(r"\bteach|\btutor|\bPGCE\b|\bQTS\b|\beducation\b", re.I)
_SMALL_WORDS = frozenset("a an and as for in of on the to with".split())


def _line_around(text: str, hit: SkillHit) -> tuple[str, str]:
    """The text of the hit's line before it and after it."""
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return text[start : hit.start], text[hit.end : end if end >= 0 else len(text)]


def _not_a_skill_here(text: str, hit: SkillHit) -> bool:
    """Words that name a skill elsewhere but not where they stand: an awarding body in
    brackets after a qualification ("NVQ Level 3 … (EAL)"), or a school or degree subject
    taken ("A Level: English Literature"), which is not a subject taught."""
    before, after = _line_around(text, hit)
    if hit.text.isupper() and before.rstrip().endswith("(") and re.match(r"\s*[),]", after):
        title = before.rstrip()[:-1]
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", title) if w.lower() not in _SMALL_WORDS]
        initials = "".join(w[0] for w in words[-len(hit.text) :]).upper()
        # "English as an additional language (EAL)" spells out the name it gives in brackets.
        spelled = initials == hit.text.upper() or any(
            h.name == hit.name for h in load_gazetteer().skills.find(title)
        )
        return bool(_LEVELLED.search(title)) and not spelled
    if hit.name.endswith(" teaching") and not re.search(r"\bteach|\btutor", hit.text, re.I):
        line = before + hit.text + after
        return bool(_EXAM_TAKEN.search(line)) and not _TAUGHT.search(line)
    return False


def _key(alias: str, fold: bool) -> str:
    """Aliases and matched text compare with spaces and hyphens folded together."""
    text = re.sub(r"[\s\-]+", " ", alias.strip())
    return text.lower() if fold else text


def _alias_pattern(alias: str) -> str:
    parts = re.split(r"[\s\-]+", alias.strip())
    return r"[\s\-]+".join(re.escape(p) for p in parts)


# A skill name is a whole token: not glued to letters, digits or the symbols that end
# names like C++ and C#. A full stop may follow (end of sentence) but not lead (".NET").
_BEFORE = r"(?<![\w+#/.@-])"
_AFTER = r"(?![\w+#@]|-\w|\.\w)"


def _compile(aliases: dict[str, tuple[str, str]], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    ordered = sorted(aliases, key=len, reverse=True)
    body = "|".join(_alias_pattern(a) for a in ordered)
    # Case-insensitive names may take a plural ("tracheostomies", "wireframes").
    plural = r"(?:e?s)?" if flags & re.IGNORECASE else ""
    return re.compile(f"{_BEFORE}(?:{body}){plural}{_AFTER}", flags)


def _longest_first(hits: list[SkillHit]) -> list[SkillHit]:
    """Drop hits inside a longer one ("Google Analytics" hides "analytics")."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[SkillHit] = []
    end = -1
    for hit in hits:
        if hit.start >= end:
            kept.append(hit)
            end = hit.end
    return kept


@dataclass(frozen=True)
class Gazetteer:
    """The packaged skills list, ready to match."""

    skills: _Matcher
    soft: _Matcher
    areas: dict[str, str]  # canonical -> area
    competency_of: dict[str, str]  # soft skill canonical -> bank competency
    families: dict[str, str]  # area -> job family
    related: dict[str, frozenset[str]]  # canonical -> skills that can stand in for it

    @property
    def size(self) -> int:
        return len(self.areas)


def _build_matcher(entries: Iterable[tuple[str, str, list[str]]]) -> _Matcher:
    insensitive: dict[str, tuple[str, str]] = {}
    sensitive: dict[str, tuple[str, str]] = {}
    regexes: list[tuple[re.Pattern[str], str, str]] = []
    for name, area, aliases in entries:
        # A name spelled with an exact-case or context rule ("=Go", "re:...") must not also
        # match in any case: "go the extra mile" is not the Go language.
        exact = any(a == f"={name}" or a.startswith("re:") for a in map(str, aliases))
        own = [] if exact else [name]
        for alias in [*own, *aliases]:
            alias = str(alias)
            if alias.startswith("re:"):
                regexes.append((re.compile(alias[3:], re.MULTILINE), name, area))
            elif alias.startswith("="):
                sensitive.setdefault(_key(alias[1:], False), (name, area))
            else:
                insensitive.setdefault(_key(alias, True), (name, area))
    # Exact-case names that are also common words (React, Go…) must not match in lower case:
    # the canonical name goes in the case-sensitive table when an "=" alias spells it.
    return _Matcher(
        _compile(insensitive, re.IGNORECASE),
        insensitive,
        _compile(sensitive, 0),
        sensitive,
        tuple(regexes),
    )


@cache
def load_gazetteer() -> Gazetteer:
    """Read `skills.yaml` once."""
    raw = yaml_text.load(
        resources.files("interview_coach.questions").joinpath("skills.yaml").read_text("utf-8")
    )
    related_groups: list[list[str]] = raw.pop("related")
    soft_raw: dict[str, dict] = raw.pop("soft_skills")
    entries: list[tuple[str, str, list[str]]] = []
    areas: dict[str, str] = {}
    for area, skills in raw.items():
        for name, aliases in skills.items():
            entries.append((str(name), area, [str(a) for a in aliases or []]))
            areas[str(name)] = area
    soft_entries = [(name, "soft_skills", list(v["aliases"])) for name, v in soft_raw.items()]
    related: dict[str, set[str]] = defaultdict(set)
    for group in related_groups:
        for name in group:
            related[name].update(n for n in group if n != name)
    return Gazetteer(
        skills=_build_matcher(entries),
        soft=_build_matcher(soft_entries),
        areas=areas,
        competency_of={name: v["competency"] for name, v in soft_raw.items()},
        families=area_families(),
        related={k: frozenset(v) for k, v in related.items()},
    )


def find_skills(text: str) -> list[SkillHit]:
    """Every skill mention in `text`, in order, overlaps resolved to the longest."""
    return load_gazetteer().skills.find(text)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
