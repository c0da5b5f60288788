"""Path parameters shared by the pages, the API and the WebSocket, with their ranges."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

# Ids are INTEGER columns, 32-bit signed on PostgreSQL: a larger number cannot name a row (and
# PostgreSQL answers it with an out-of-range error), so it is refused as bad input.
MAX_ID = 2**31 - 1
# Far more questions than any plan holds (at most 20, plus follow-ups).
MAX_INDEX = 10_000

Id = Annotated[int, Path(ge=1, le=MAX_ID, description="a row id")]
Index = Annotated[int, Path(ge=0, le=MAX_INDEX, description="question index, from 0")]
OptionalIndex = Annotated[int | None, Query(ge=0, le=MAX_INDEX)]
