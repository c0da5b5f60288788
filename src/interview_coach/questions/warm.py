"""Imported by the document reader's fork server (`safe_read.PRELOAD`) to read a tiny job
description and résumé once: the parsers build their patterns and tables on first use, and
every worker forked afterwards inherits them instead of building them again inside its
document's deadline (a third of a second of CPU each time, several seconds for a worker at
low priority on a busy machine)."""

from __future__ import annotations

from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

_JOB = "Warehouse Operative\nEssential: forklift licence, two years' experience.\nSalary £24,000"
_RESUME = "Sam Lee\nExperience\nWarehouse operative, Acme Ltd, 2019–2023\nSkills: forklift"

job_profile_from_text(_JOB)
resume_profile_from_text(_RESUME)
