"""Path parameters shared by the pages, the API and the WebSocket, with their ranges."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query
from pydantic import AfterValidator

from interview_coach.inputs import drop_unseen

# Ids are INTEGER columns, 32-bit signed on PostgreSQL: a larger number cannot name a row (and
# PostgreSQL answers it with an out-of-range error), so it is refused as bad input.
MAX_ID = 2**31 - 1
# Far more questions than any plan holds (at most 20, plus follow-ups).
MAX_INDEX = 10_000

Id = Annotated[int, Path(ge=1, le=MAX_ID, description="a row id")]
Index = Annotated[int, Path(ge=0, le=MAX_INDEX, description="question index, from 0")]
OptionalIndex = Annotated[int | None, Query(ge=0, le=MAX_INDEX)]


def _seen(value: str | None) -> str | None:
    return None if value is None else drop_unseen(value).strip()


# Text typed into a form or a request body, kept as every typed answer is: no NUL (which
# PostgreSQL refuses), terminal escape or direction override reaches the database, another
# account's page or an export.
Clean = AfterValidator(_seen)
