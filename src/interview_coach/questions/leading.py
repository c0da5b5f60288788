"""Whether a job leads people: a driver, a nurse or a developer is not asked how they manage a
team across shifts or handle an underperforming report; a store manager, a ward sister or a
team leader is. Read from the job's title and what the description asks for."""

from __future__ import annotations

import re

from interview_coach.types import JobProfile

# Titles that lead people. ("Controller", "coordinator", "principal" and "senior" alone do
# not: a dispatch controller or a principal engineer may manage nobody.)
_LEADING_TITLE = re.compile(
    r"\b(?:manager|management|supervisor|team lead(?:er)?|shift lead(?:er)?|lead|head|"
    r"director|foreman|forewoman|forewomen|foremen|chief|superintendent|charge nurse|"
    r"ward sister|matron|headteacher|head teacher|captain|chef de partie|sous chef)\b",
    re.IGNORECASE,
)
# Duties that lead people, as a description says them: "manage a team of six", "line
# management of two apprentices", "supervise the night crew", "recruit, train and develop".
_LEADING_DUTY = re.compile(
    r"\b(?:manag(?:e|es|ing) (?:a |the |our |your )?(?:team|staff|people|crew|colleagues|"
    r"shift)|line[- ]manag\w*|lead(?:s|ing)? (?:a |the |our )?(?:team|crew|shift)|"
    r"supervis(?:e|es|ing|ion of) (?:a |the |our )?(?:team|staff|crew|colleagues|shift|"
    r"apprentices|trainees|operatives|drivers|volunteers)|direct reports?|people management|"
    r"team management|(?:recruit|hire)(?:ing)?,? (?:train|develop|coach)\w*|appraisals? for|"
    r"performance manag\w*)\b",
    re.IGNORECASE,
)


def leads_people(job: JobProfile) -> bool:
    """Whether the job manages or supervises people, by its title or its stated duties."""
    if job.title and _LEADING_TITLE.search(job.title):
        return True
    duties = [*job.responsibilities, *(r.text for r in job.requirements)]
    return any(_LEADING_DUTY.search(d) for d in duties)
