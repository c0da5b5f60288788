"""What routes receive from the app, declared once as FastAPI dependencies.

    def route(..., coach: CoachDep) -> ...

`CoachDep` is the practice service every page, API route and WebSocket shares (the app
creates one per process, with its Store and settings).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from interview_coach.config import Settings
from interview_coach.web.services import Coach


# Both are async only so that FastAPI calls them in the event loop: a plain function
# dependency is sent to the thread pool, a hop per request for an attribute read.
async def _coach(connection: HTTPConnection) -> Coach:
    return connection.app.state.coach  # type: ignore[no-any-return]


async def _settings(connection: HTTPConnection) -> Settings:
    return connection.app.state.coach.settings  # type: ignore[no-any-return]


CoachDep = Annotated[Coach, Depends(_coach)]
SettingsDep = Annotated[Settings, Depends(_settings)]
