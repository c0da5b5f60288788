"""Settings, read from the environment (prefix INTERVIEW_COACH_) with embedded defaults."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Live answers one web process takes at once by default (docs/benchmarks.md, "Web / live
# sessions" and "Team mode / under load"): recognising in process, 2 cores give feedback
# within 2 s to 10 two-minute answers; with workers recognising, the web process's own share
# is decoding and analysis (1 % of a core for 30 candidates), so the limit only bounds its
# memory.
LIVE_SESSIONS_IN_PROCESS = 10
LIVE_SESSIONS_WITH_WORKERS = 16


class Settings(BaseSettings):
    """Every setting has a default that works offline on a fresh machine."""

    model_config = SettingsConfigDict(env_prefix="INTERVIEW_COACH_", extra="ignore")

    home: Path = Field(
        default_factory=lambda: user_data_path("interview-coach", appauthor=False),
        description="data folder: database, audio, reports",
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default is SQLite in the data folder"
    )
    whisper_model: str | None = Field(
        None,
        description="local CTranslate2 Whisper folder or a faster-whisper model name; "
        "default is the bundled tiny.en",
    )
    speech_threads: int | None = Field(
        None,
        gt=0,
        description="CPU threads for one speech recognition; default: every core this "
        "process may use. Several workers on one machine: cores divided by workers",
    )
    max_audio_seconds: float = Field(15 * 60, description="longest audio accepted")
    max_audio_bytes: int = Field(100 * 1024 * 1024, description="largest audio file accepted")
    threads: int | None = Field(
        None, description="threads for the embedding model per process; default all cores"
    )
    max_answer_words: int = Field(5000, description="longest typed answer accepted")
    max_live_sessions: int | None = Field(
        None,
        ge=0,
        description="spoken answers a web process records at once; more are asked to wait "
        "(default: 10, what two cores recognise within 2 s; 16 in team mode with a task queue, "
        "where the workers recognise and the web process only decodes)",
    )
    llm_url: str | None = Field(
        None,
        description="OpenAI-compatible chat API base URL, e.g. http://127.0.0.1:8080/v1; "
        "off when unset",
    )
    llm_model: str | None = Field(None, description="model name sent to the chat API")
    llm_api_key: str | None = Field(None, description="bearer key for the chat API, if needed")
    llm_timeout_seconds: float = Field(20.0, description="longest wait for one chat reply")
    allowed_hosts: str | None = Field(
        None,
        description="extra host names the web app answers to, comma-separated; loopback "
        "names (localhost, 127.0.0.1, ::1) and the address `serve` binds to always count",
    )
    access_token: SecretStr | None = Field(
        None,
        description="token a browser or client must present; required to serve beyond "
        "this computer",
    )
    recording_retention_days: float | None = Field(
        None,
        description="delete recordings older than this many days (answers and feedback "
        "stay); kept forever when unset",
        gt=0,
    )
    broker_url: str | None = Field(
        None,
        description="team mode: Redis URL of the task queue (redis://host:6379/0) that "
        "`interview-coach worker` processes take speech recognition, PDF reports and "
        "re-analysis from; none: in process",
    )
    task_visibility_seconds: int = Field(
        600,
        gt=0,
        description="how long a task may run before the queue hands it to another worker",
    )
    task_wait_seconds: float = Field(
        120,
        gt=0,
        description="team mode: how long a web process waits for a worker's speech "
        "recognition or PDF report before telling the user to try again",
    )
    team: bool = Field(
        False,
        description="team mode: accounts and sign-in, one history per account; needs "
        "PostgreSQL and a secret key (docs/team.md)",
    )
    secret_key: SecretStr | None = Field(
        None,
        description="team mode: key for the hashes of sign-in, invitation and API tokens "
        "(at least 32 characters)",
    )
    secure_cookies: bool = Field(
        True,
        description="team mode: send the sign-in cookie over HTTPS only; turn off only "
        "behind no proxy on loopback",
    )

    @property
    def live_session_limit(self) -> int:
        """Spoken answers a web process records at once (`max_live_sessions`, or its
        default for where recognition runs)."""
        if self.max_live_sessions is not None:
            return self.max_live_sessions
        queued = self.team and self.broker_url
        return LIVE_SESSIONS_WITH_WORKERS if queued else LIVE_SESSIONS_IN_PROCESS


@cache
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
