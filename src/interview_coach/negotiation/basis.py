"""What a negotiation is worked out from: the US market figures for the job and the place (or
why there are none) and the currency its sums are said in. The terminal's `negotiate` and the
web pages both ask here, so a job abroad is talked about the same way in each.

Why there are no figures is a `NoFigures` value, so what follows from it (a place abroad with
no currency named has its sums written without a symbol) never hangs on the wording shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from interview_coach.negotiation.money import US_CURRENCY
from interview_coach.negotiation.places import currency_abroad

if TYPE_CHECKING:
    from interview_coach.negotiation.market import Market


class NoFigures(Enum):
    """Why a negotiation has no US market figures."""

    OTHER_CURRENCY = "other_currency"  # the job pays in another currency
    ABROAD = "abroad"  # the place is outside the United States
    UNKNOWN_JOB = "unknown_job"  # no occupation in the survey is close to the title
    UNPUBLISHED = "unpublished"  # the survey publishes no pay for the occupation


@dataclass(frozen=True)
class Basis:
    market: dict[str, object] | None  # the `market` command's object, when there is one
    currency: str | None  # the job's pay's (None: a place abroad whose currency is not known)
    missing: NoFigures | None = None  # why `market` is None
    why: str | None = None  # the same, in words for the user


def basis_for(survey: Market, role: str, location: str, currency: str | None = None) -> Basis:
    """The market figures and the currency for negotiating `role` in `location`. `currency`
    is the one the job names (a job description's pay, a script's or the form's choice);
    none named means dollars in the US, and the place's own currency abroad (None where it is
    not known: "EMEA")."""
    named = (currency or US_CURRENCY).strip().upper()
    if named != US_CURRENCY:  # dollar figures are no guide to pay in another currency
        why = f"the job pays in {named}, and the wage survey is of US pay"
        return Basis(None, named, NoFigures.OTHER_CURRENCY, why)
    # The place first: abroad, the talk is not in dollars whatever the job.
    area = survey.area(location)
    if area is None:
        why = f"{location} is outside the United States (the survey is US only)"
        # Dollars named for a job abroad stay dollars; none named, the place's own currency.
        said = named if currency else currency_abroad(location)
        return Basis(None, said, NoFigures.ABROAD, why)
    occupation = survey.occupation(role)
    if occupation is None:
        why = f"no occupation in the wage survey is close to {role!r}"
        return Basis(None, US_CURRENCY, NoFigures.UNKNOWN_JOB, why)
    wages = survey.wages(occupation, area)
    if wages is None:
        return Basis(None, US_CURRENCY, NoFigures.UNPUBLISHED, "the survey publishes no pay for it")
    return Basis(wages.market(), US_CURRENCY)
