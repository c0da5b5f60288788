"""PostgreSQL restarted under a team-mode server in the middle of a short run of answers.

Requests during the restart fail with a clear "try again" (503), never a traceback; every
answer the server confirmed is kept, none twice; and the server serves again by itself once
the database is back, without a restart of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time

import httpx
import pytest

from taskqueue.conftest import TeamServer

pytestmark = pytest.mark.slow

ANSWERS = 24


def _restart_postgres() -> None:
    """Restart the cluster the tests use (Debian's pg_ctlcluster, as .ci/postgres.sh starts it)."""
    if shutil.which("pg_ctlcluster") is None or os.geteuid() != 0:
        pytest.skip("restarting PostgreSQL needs Debian's pg_ctlcluster, as root (see .ci/run)")
    version = sorted(
        os.listdir("/usr/lib/postgresql"), key=lambda v: [int(x) for x in v.split(".")]
    )[-1]
    subprocess.run(["pg_ctlcluster", version, "main", "restart", "-m", "fast"], check=True,
                   capture_output=True, timeout=120)  # fmt: skip


def _answer_text(i: int) -> str:
    return (f"Answer number {i}: I led the migration of our billing service to a new queue, "
            "planned the cut-over with finance, and we moved every account in one weekend "
            "with no missed invoices, which cut support tickets by a third.")  # fmt: skip


def test_a_database_restart_loses_and_duplicates_no_confirmed_answer(
    team_server: TeamServer,
) -> None:
    api, headers = f"{team_server.url}/api", team_server.headers
    sid = httpx.post(f"{api}/sessions", headers=headers, json={"count": 3}, timeout=60).json()["id"]
    confirmed: list[int] = []
    refused: list[httpx.Response] = []
    restarted = threading.Event()

    def restart_soon() -> None:
        while len(confirmed) < 4:
            time.sleep(0.05)
        _restart_postgres()
        restarted.set()

    restarter = threading.Thread(target=restart_soon)
    restarter.start()
    for i in range(ANSWERS):
        r = httpx.post(f"{api}/sessions/{sid}/questions/{i % 3}/answers", headers=headers,
                       json={"text": _answer_text(i)}, timeout=60)  # fmt: skip
        if r.status_code == 201:
            confirmed.append(i)
        else:
            refused.append(r)
        if i == ANSWERS // 2:
            restarter.join(timeout=120)
    restarter.join(timeout=120)
    assert restarted.is_set()
    assert refused, "no request met the restart"
    for r in refused:  # said plainly, as something to try again
        assert r.status_code == 503, (r.status_code, r.text)
        assert "try again" in r.json()["error"].lower() and "Traceback" not in r.text
    assert confirmed[-1] == ANSWERS - 1  # serving again by the end, without a restart
    kept = httpx.get(f"{api}/answers", headers=headers, params={"limit": 100}, timeout=60).json()
    texts = [httpx.get(f"{api}/answers/{a['id']}", headers=headers, timeout=60).json()[
        "transcript"]["text"] for a in kept]  # fmt: skip
    numbers = sorted(int(t.split(":")[0].split()[-1]) for t in texts)
    assert numbers == confirmed  # every confirmed answer once, and nothing unconfirmed
