"""Each requirement of a job against a résumé, as a recruiter reads it: `covered`, `weak` or
`missing`, with the résumé words that show it.

Three kinds of evidence, strongest first:

1. the same skill under any of its names (the gazetteer folds morphology, abbreviations and
   synonyms: "A/B tests" is A/B testing, "GPhC registered" is registration with the General
   Pharmaceutical Council);
2. the requirement's own content words (stems) in a résumé line;
3. closeness of meaning at phrase level with the shipped MiniLM embedder ("acute medical
   wards" ~ "acute care").

Years of experience are checked against the résumé's dates. `terms_in_answer` runs the same
matching over an interview answer, so "I ran six A/B tests" counts for A/B testing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from interview_coach.nlp.text import squeeze_blanks
from interview_coach.questions.claims import month_of, years_of_experience
from interview_coach.questions.families import family_for_title, load_families
from interview_coach.questions.gazetteer import find_skills, load_gazetteer
from interview_coach.questions.match_words import (
    ACCEPTS_PARTIAL,
    DATES_ONLY,
    PRE_HIRE,
    ROLE_KINDS,
    SECTOR_ASKED,
    VOLUNTEER,
    alternatives,
    availability,
    below_grade,
    driving_licence,
    examples_in,
    named_in,
    names_said,
    names_shown,
    names_wanted,
    qualified,
    role_head,
    shows_alternative,
    unnamed_alternative,
    written_as_name,
)
from interview_coach.questions.requirements import asks_for_a_quality, years_required
from interview_coach.questions.resume import (
    Match,
    RequirementMatch,
    ResumeProfile,
)
from interview_coach.questions.resume_lines import Unit, read_lines, resume_as_text, word_stems
from interview_coach.questions.roles import Role
from interview_coach.questions.second_look import (
    CREDENTIAL_NAMED,
    own_words_line,
    second_look,
    work_quoted_instead,
)
from interview_coach.questions.spoken import language_shown
from interview_coach.types import JobProfile, Requirement

Embed = Callable[[list[str]], np.ndarray]
Status = Literal["covered", "weak", "missing"]

# Cosine similarity (MiniLM, L2-normalised) at which a résumé line says the same thing as a
# requirement, and at which it is related but not the same; set on the dev résumés.
COVERED_SIMILARITY = 0.42
WEAK_SIMILARITY = 0.3
# A line shows a named skill it does not spell out this close to the skill's name ("acute
# medical wards" ~ Acute care 0.51; "Clinical Pharmacist" ~ Independent prescribing 0.37).
NAMED_SKILL_SIMILARITY = 0.45
# Share of a requirement's content stems a résumé line must contain to count as naming it.
COVERED_WORD_SHARE = 0.4
WEAK_WORD_SHARE = 0.3
MIN_SHARED_WORDS = 2  # one shared word ("pharmacy") is a topic, not the same requirement
BARE_LINE_WORDS = 4  # a line this short is a heading, a title or a name
COVERED_LINE = 0.8  # a line's score at which it shows the requirement (below: weak)
IN_USE_BONUS = 0.01
WORDS_TIE_BREAK = 0.005  # times the share of the requirement's words a line repeats
# Résumé lines read at most: a long CV is about 150; more would tie up the model.
MAX_UNITS = 600
# Sections where a line shows the skill in use; a skills list only names it.
USED_SECTIONS = frozenset({"experience", "summary", "projects", "other"})
# "Other": a licence, a language, a system: items read as a credential list's are.
CREDENTIAL_SECTIONS = frozenset({"education", "certifications", "additional"})


@dataclass(frozen=True)
class Span:
    """Words quoted from a document, with their character offsets in it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RequirementStatus:
    """One requirement and what the résumé shows for it."""

    requirement: str
    kind: str
    status: Status
    evidence: tuple[Span, ...]
    reason: str


def _span(unit: Unit) -> Span:
    return Span(unit.text, unit.start, unit.end)


NO_TIMES = "the résumé does not say when you can work"
DRIVES, NO_LICENCE = "names a driving licence", "no driving licence on the résumé"


# A requirement that asks for an interest or a willingness is met by a stated plan.
ASKS_INTEREST = re.compile(
    r"\b(?:interest(?:ed)? in|keen|willing(?:ness)?|desire|aspir\w*|ambition\w*|"
    r"working towards|motivat\w+ to|commitment to (?:develop|learn|train))\b",
    re.I,
)


# A credential asked for is shown by a credential, not a job that sounds like it.
CREDENTIAL_ASKED = re.compile(
    r"\b(?:degree|qualification|certificate|certification|diploma|licen[cs]e|membership|"
    r"member of|nvq|btec|hnd|hnc|clearance|vetting|"
    # a named check or screen: "Working With Children Check", "DBS", "drug screen"
    r"(?:police|background|criminal(?: record)?|dbs|pvg|disclosure|vulnerable[\s-]sector|"
    r"working with (?:children|vulnerable people)|ndis worker|enhanced|security|credit)\s+"
    r"(?:\w+\s+)?(?:checks?|screening|clearance)|wwcc|drug (?:and alcohol |& alcohol )?"
    r"(?:screens?|tests?|testing)|pre-employment (?:medical|screening|check))\b",
    re.I,
)
# A credential named by its title ("Member of the RCOT"), not described ("a degree in a
# numerate subject").
_NAMED_CREDENTIAL = re.compile(
    r"\b(?:[A-Z][\w&-]*\s+){0,4}(?:Degree|Diploma|Certificate|Award|Licen[cs]e)\b|"
    r"\bMember(?:ship)? of (?:the )?[A-Z]|\b[Cc]hartered\b",
)
_DESCRIBED = re.compile(r"\b(?:equivalent|similar|related|or other|any)\b", re.I)


def names_credential(requirement: str) -> bool:
    """The requirement asks for one credential by its title."""
    return bool(_NAMED_CREDENTIAL.search(requirement)) and not _DESCRIBED.search(requirement)


_A_NAME = re.compile(r"\S*[A-Z]\S*[A-Z]\S*|\S*[A-Za-z]\S*\d\S*|\S*\d\S*[A-Za-z]\S*")


def _names_credential(unit: Unit) -> bool:
    """The line names a credential, or sits under education or certifications."""
    return unit.section in CREDENTIAL_SECTIONS or bool(CREDENTIAL_NAMED.search(unit.text))


def _bare(unit: Unit) -> bool:
    """A heading, a job title or dates: too few words to show work ("Clean licence – 0
    points", with its figure, is not bare)."""
    words = re.findall(r"[\w'’]+", unit.text)
    short = len(words) <= BARE_LINE_WORDS and not any(w.isdigit() for w in words)
    return short or bool(DATES_ONLY.match(unit.text.strip()))


def _nearest(
    work: list[int],
    units: list[Unit],
    vectors: np.ndarray | None,
    req_vectors: np.ndarray | None,
    i: int,
) -> Unit | None:
    """The work line nearest in meaning to requirement `i` (the first without vectors)."""
    if not work:
        return None
    if vectors is None or req_vectors is None:
        return units[work[0]]
    return units[max(work, key=lambda j: float(vectors[j] @ req_vectors[i]))]


def _default_embed() -> Embed | None:
    try:
        from interview_coach.nlp.embeddings import get_embedder

        return get_embedder().encode
    except Exception:  # the model is optional here: without it, matching uses words only
        return None


def _years_status(
    req: Requirement, job: JobProfile, resume: ResumeProfile, units: list[Unit]
) -> tuple[Status, tuple[Span, ...], str] | None:
    wanted = years_required("", (req.model_copy(update={"kind": "required"}),))
    if wanted is None:
        return None
    spans = [(month_of(r.start), month_of(r.end, end=True)) for r in resume.roles]
    total = years_of_experience([(s, e) for s, e in spans if s])
    req_stems = word_stems(req.text)
    # A requirement that names the kind of role ("systems administration", "a data analyst
    # role") counts only roles of that kind: help-desk years are not sysadmin years.
    kinds = [k for k, title_words in ROLE_KINDS if k.search(req.text)]
    # A requirement that names a line of work ("retail or customer service experience")
    # counts the roles of that line, whatever their titles say ("Cashier").
    named = {f.name for f in load_families() if f.titles.search(req.text)}

    def relevant_role(role: Role) -> bool:
        title = role.title
        if VOLUNTEER.search(title):
            return False  # unpaid, part-time help shows the work, not years of it
        if kinds and not any(t.search(title) for k, t in ROLE_KINDS if k in kinds):
            return False
        family = family_for_title(title, role.organisation)
        same_family = bool(job.job_family) and family == job.job_family
        return same_family or family in named or bool(word_stems(title) & req_stems)

    relevant = [
        (month_of(r.start), month_of(r.end, end=True), r)
        for r in resume.roles
        if month_of(r.start) and relevant_role(r)
    ]
    years = years_of_experience([(s, e) for s, e, _ in relevant if s])
    role_lines = tuple(_span(u) for _, _, r in relevant[:2] for u in units if r.title in u.text)[:2]
    if years >= wanted:
        return "covered", role_lines, f"{years:g} years in related roles"
    if total >= wanted:
        return "weak", role_lines, f"{total:g} years in all, {years:g} in related roles"
    return "missing", (), f"{total:g} years of experience in all"


def match_requirements(
    job: JobProfile,
    resume: ResumeProfile,
    resume_text: str | None = None,
    embed: Embed | None = None,
) -> list[RequirementStatus]:
    """Every requirement of `job` as covered, weak or missing in the résumé, with evidence
    quoted from `resume_text` (offsets refer to it)."""
    if not job.requirements:
        return []  # nothing to match, so no résumé line needs embedding
    text = squeeze_blanks(resume_text if resume_text is not None else resume_as_text(resume))
    units = read_lines(text, MAX_UNITS, [r.organisation or "" for r in resume.roles])
    embed = embed or _default_embed()
    vectors = embed([u.own for u in units]) if embed and units else None
    reqs = list(job.requirements)
    req_vectors = embed([r.text for r in reqs]) if embed and reqs else None
    gaz = load_gazetteer()
    # A role's dates or employer on a line of their own ("March 2021 – Present", "Dignity
    # Funerals (Ripon branch)") are near many requirements and show no work, related or not.
    role_heads = {j for j, u in enumerate(units) if role_head(u, resume)}
    # Lines about the work (not a date, a place, a heading or a role's head), for qualities.
    work = [
        j
        for j, u in enumerate(units)
        if u.section in USED_SECTIONS and not _bare(u) and not u.hope and j not in role_heads
    ]
    shows_work = {units[j] for j in work}
    out: list[RequirementStatus] = []
    for i, req in enumerate(reqs):
        years = _years_status(req, job, resume, units)
        if years is not None:
            status, evidence, reason = years
            out.append(RequirementStatus(req.text, req.kind, status, evidence, reason))
            continue
        if (times := availability(req.text, units)) is not None:
            line = times[0]
            out.append(
                RequirementStatus(req.text, req.kind, "missing", (), NO_TIMES)
                if line is None
                else RequirementStatus(
                    req.text, req.kind, "covered", (_span(line),), "names the working times"
                )
            )
            continue
        want = set(req.skills)
        # Names the gazetteer does not know, written as names ("CILEx", "BPO", "SD/MM"), are
        # met word for word; a plain word it found ("care", "leading") is not a name.
        unknown = sorted(w for w in want if w not in gaz.areas and _A_NAME.fullmatch(w))
        names, any_names = names_wanted(req.text)
        examples = examples_in(req.text)
        related = {r for s in want for r in gaz.related.get(s, frozenset())}
        stems = word_stems(req.text)
        best: tuple[float, Unit, str] | None = None
        best_credential: tuple[float, Unit, str] | None = None  # among lines naming one
        wants_credential = bool(CREDENTIAL_ASKED.search(req.text))
        wants_interest = bool(ASKS_INTEREST.search(req.text))
        accepts_partial = bool(ACCEPTS_PARTIAL.search(req.text))
        # Short requirements need fewer shared words, but "hospital pharmacy" needs both (a
        # community pharmacist lacks the point); "healthcare or health tech" needs one.
        has_alternatives = bool(re.search(r"\bor\b|/", req.text))
        alternatives_named = alternatives(req.text)
        enough = min(MIN_SHARED_WORDS, len(stems) - (has_alternatives and len(stems) > 1))
        # A sector asked for ("public sector", "a hospital setting") is shown by whom one
        # worked for: there the employer's line is the evidence.
        heads_out = set() if SECTOR_ASKED.search(req.text) else role_heads
        for j, unit in enumerate(units):
            if unit.hope and not wants_interest:
                continue  # a plan shows an interest, not the experience
            # A recruiter takes a skill named anywhere on the résumé, a skills list included,
            # as shown; a line only close in meaning needs to be about the work itself.
            used = unit.section in USED_SECTIONS or unit.section in CREDENTIAL_SECTIONS
            score, why = 0.0, ""
            if want & unit.skills:
                score, why = 1.0, "names " + ", ".join(sorted(want & unit.skills))
            elif said := named_in(unknown, unit.own):
                score, why = 1.0, "names " + ", ".join(said)
            elif any_names and names_shown(any_names, unit.own):
                score, why = 1.0, "names " + names_said(any_names, unit.text)
            elif example := named_in(examples, unit.own, re.I):
                score, why = 1.0, f"names {example[0]}"
            elif related & unit.skills:
                score, why = 0.5, "a related skill: " + ", ".join(sorted(related & unit.skills))
            alt = shows_alternative(alternatives_named, unit.text)
            if score < 0.9 and unit.section in USED_SECTIONS and alt:
                score, why = 0.9, f"names {alt}"
            shared = len(stems & unit.stems)
            share = shared / len(stems) if stems else 0.0
            if share >= COVERED_WORD_SHARE and shared >= enough and share > score:
                score, why = 0.9, "the same words"
            elif share >= WEAK_WORD_SHARE and score < 0.5:
                score, why = 0.5, "some of the same words"
            if vectors is not None and req_vectors is not None:
                cos = float(vectors[j] @ req_vectors[i])
                # A heading or a bare job title ("DRIVING LICENCE", "Dental Nurse (Trainee)")
                # is near many requirements in meaning and shows none of them.
                bare = len(unit.text.split()) <= BARE_LINE_WORDS
                if cos >= COVERED_SIMILARITY and used and not bare and score < 0.85:
                    score, why = 0.85, "close in meaning"
                elif cos >= WEAK_SIMILARITY and score < 0.45 and (j not in heads_out):
                    score, why = 0.45, "related in meaning"
            if score and (unit.section in USED_SECTIONS or unit.section in CREDENTIAL_SECTIONS):
                score += IN_USE_BONUS  # on a tie, a line about the work beats a skills list
            # Among lines that show it equally, the one in the requirement's own words quotes
            # it best ("City & Guilds 2391-52 Inspection and Testing" for the 2391); too small
            # to change a status.
            score += WORDS_TIE_BREAK * share if score else 0.0
            if score and (best is None or score > best[0]):
                best = (score, unit, why)
            beats = best_credential is None or score > best_credential[0]
            if wants_credential and score and beats and _names_credential(unit):
                best_credential = (score, unit, why)
        if best_credential is not None and best_credential[0] >= COVERED_LINE:
            best = best_credential  # a credential asked for is shown by the line naming it
        elif not wants_credential and not names:  # quote it in the requirement's own words
            quotable = [u for j, u in enumerate(units) if j not in role_heads]
            best = own_words_line(best, quotable, stems, COVERED_WORD_SHARE, COVERED_LINE)
        # Skills the gazetteer knows by name and the requirement writes as a name (a product,
        # a certificate: "AWS", "Zendesk", "GP"): only these need their own name on the
        # résumé. "report-writing" or "typography" is shown by work close in meaning.
        named = {h.name for h in find_skills(req.text) if h.name in want and written_as_name(h)}
        if best is None:
            status, evidence, reason = "missing", (), "not found in the résumé"
        else:
            score, unit, why = best
            status = "covered" if score >= COVERED_LINE else "weak"
            found_named = any(named & u.skills for u in units)
            meaning_only = why == "close in meaning"
            if named and not found_named and meaning_only and status == "covered" and embed:
                # A named skill ("Independent prescribing") needs a line close to the skill
                # itself, not just to the requirement's sentence ("Clinical Pharmacist").
                sims = embed(sorted(named)) @ embed([unit.text])[0]
                if float(sims.max()) < NAMED_SKILL_SIMILARITY:
                    status = "weak"
            evidence, reason = (_span(unit),), why
        if (
            status == "covered"
            and best is not None
            and names
            and not names_shown(names, best[1].own)
            and not unnamed_alternative(alternatives_named, names, best[1].text)
        ):
            # "OSHA 30" is not shown by "OSHA 10-Hour", nor "AWS D1.2" by "AWS D1.1": related
            # work, but the thing asked for is not named.
            status, reason = "weak", f"{reason}; {' '.join(names[0])} not named"
        quality = not wants_credential and asks_for_a_quality(req.text, want, gaz) and not names
        near = _nearest(work, units, vectors, req_vectors, i) if quality else None
        if status == "missing" and quality and resume.roles and gaz.soft.find(req.text) and near:
            # A quality no line names ("curiosity", "resilient") is still called on by the work
            # itself; the line nearest in meaning is quoted, and the interview tests it.
            status, evidence = "covered", (_span(near),)
            reason = "a personal quality, shown by the work"
        if status != "missing" and quality and near is not None:
            # A personal quality ("a calm phone manner", "attention to detail") is not proved
            # on paper: work that calls on it is as much as a résumé shows; the interview tests
            # it. A date, a role's head, a card or a list quoted for it is no such work ("Jan
            # 2020 - Present" for attention to detail): the nearest work line is quoted instead.
            if work_quoted_instead(best[1] if best else None, status, reason, shows_work):
                evidence = (_span(near),)
            if status == "weak":
                status, reason = "covered", reason + "; a personal quality, shown by the work"
        if (
            status == "covered"
            and evidence
            and not accepts_partial
            and qualified(evidence[0].text, want, stems)
        ):
            # "basic G-code edits", "RHCSA (studying)", "home lab": shown, but only in part.
            status, reason = "weak", reason + "; the résumé qualifies it"
        if status == "covered" and evidence and below_grade(req.text, evidence[0].text):
            status, reason = "weak", reason + "; at a lower level than asked"
        job_line = best is not None and not (
            _names_credential(best[1]) or (any_names and names_shown(any_names, best[1].text))
        )
        if status in ("covered", "weak") and wants_credential and job_line:
            # "Member of the RCOT", "a degree in logistics": a job line that sounds like it
            # shows the work, not the credential, which is held or not.
            status, evidence, reason = "missing", (), "related work, but no such credential named"
        elif (
            status == "covered"
            and best is not None
            and best[2] == "close in meaning"
            and names_credential(req.text)
        ):
            # A credential is shown by its name: an MPharm is close in meaning to a clinical
            # pharmacy diploma, but it is not one.
            status, reason = "weak", "a related credential, not the one asked for"
        if again := second_look(req.text, status, best[1] if best else None, reason, job.title):
            status, reason, kept = again
            evidence = evidence if kept else ()
        if PRE_HIRE.search(req.text) and status != "missing" and not reason.startswith("names"):
            # "Must pass a drug and alcohol screen": done before the start; a first-aid course
            # close in meaning is no sign of it.
            status, evidence, reason = "missing", (), "a check done before the start"
        if status != "covered" and (spoken := language_shown(req.text, units)):
            status, evidence, reason = "covered", (_span(spoken),), "names the language, fluent"
        if drive := driving_licence(req.text, evidence[0].text if evidence else "", units):
            line = drive[0]  # a trade's licence is not a driving licence
            status, reason = ("covered", DRIVES) if line else ("missing", NO_LICENCE)
            evidence = (_span(line),) if line else ()
        out.append(RequirementStatus(req.text, req.kind, status, evidence, reason))
    return out


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class TermHit:
    """A job term an answer covers, and where."""

    term: str
    text: str
    start: int
    end: int
    how: Literal["skill", "words", "meaning"]


def terms_in_answer(answer: str, terms: Sequence[str], embed: Embed | None = None) -> list[TermHit]:
    """Which of `terms` (a job's skills or requirement phrases) an answer covers, with the
    answer's words that cover each: the same skill under another name ("A/B tests" for A/B
    testing), the term's own words, or a sentence close in meaning. Pure given `embed`."""
    hits: list[TermHit] = []
    found = find_skills(answer)
    sentences = [(m.start(), m.group(0)) for m in re.finditer(r"[^.!?\n]+[.!?]?", answer)]
    sentences = [(s, t) for s, t in sentences if t.strip()][:MAX_UNITS]
    pending: list[str] = []
    for term in terms:
        canon = {h.name for h in find_skills(term)} or {term}
        hit = next((h for h in found if h.name in canon), None)
        if hit is not None:
            hits.append(TermHit(term, hit.text, hit.start, hit.end, "skill"))
            continue
        stems = word_stems(term)
        by_words = next(
            ((s, t) for s, t in sentences if stems and stems <= word_stems(t)),
            None,
        )
        if by_words is not None:
            s, t = by_words
            a, b = _words_span(t, stems)
            hits.append(TermHit(term, t[a:b], s + a, s + b, "words"))
            continue
        pending.append(term)
    if pending and sentences and embed is not None:
        sv = embed([t for _, t in sentences])
        tv = embed(pending)
        for k, term in enumerate(pending):
            sims = sv @ tv[k]
            j = int(np.argmax(sims))
            if float(sims[j]) >= COVERED_SIMILARITY:
                s, t = sentences[j]
                hits.append(TermHit(term, t.strip(), s, s + len(t), "meaning"))
    return hits


def _words_span(sentence: str, stems: frozenset[str]) -> tuple[int, int]:
    """From the first to the last of a term's words in a sentence: the words that cover it
    ("reconcile each patient's medicines" for medicines reconciliation), not the sentence."""
    at = [
        m.span()
        for m in re.finditer(r"[a-z0-9&+#/]+", sentence.lower())
        if word_stems(m.group()) & stems
    ]
    return (at[0][0], at[-1][1]) if at else (0, len(sentence))


def requirement_match(
    job: JobProfile, resume: ResumeProfile, resume_text: str | None = None
) -> Match | None:
    """The job's written requirements against the résumé as a `Match` (the prep sheet's
    table); None when the job description has no requirements section to read."""
    if not job.requirements:
        return None
    return Match(
        requirements=tuple(
            RequirementMatch(
                requirement=m.requirement,
                kind="nice_to_have" if m.kind == "nice_to_have" else "required",
                status=m.status,
                evidence=tuple(e.text for e in m.evidence),
                reason=m.reason,
            )
            for m in match_requirements(job, resume, resume_text)
        )
    )
