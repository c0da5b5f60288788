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


def _coach(connection: HTTPConnection) -> Coach:
    return connection.app.state.coach  # type: ignore[no-any-return]


def _settings(connection: HTTPConnection) -> Settings:
    return connection.app.state.coach.settings  # type: ignore[no-any-return]


CoachDep = Annotated[Coach, Depends(_coach)]
SettingsDep = Annotated[Settings, Depends(_settings)]
