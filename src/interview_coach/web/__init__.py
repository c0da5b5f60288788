"""The web app: live spoken mock interviews in the browser, and a REST API under /api.

`create_app(settings=None)` builds the FastAPI application; `interview-coach serve` runs it.
"""

from interview_coach.web.app import create_app

__all__ = ["create_app"]
