"""`interview-coach serve` as a user runs it: a real process on a loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "INTERVIEW_COACH_HOME": str(home)}


def test_serve_prints_the_url_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "interview_coach.cli", "serve", "--port", str(port)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip().startswith(f"interview-coach is running at http://127.0.0.1:{port}/")
        assert proc.stdout.readline().strip() == f"Data folder: {tmp_path}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health") as r:
                    assert r.read() == b'{"status":"ok"}'
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
            assert b"Practise your next interview" in r.read()
        assert (tmp_path / "history.sqlite3").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_on_a_port_in_use_fails_cleanly(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "interview_coach.cli", "serve", "--port", str(port)],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert out.returncode == 2
    assert f"Cannot listen on 127.0.0.1:{port}" in out.stderr
    assert "Traceback" not in out.stderr


def test_no_sub_command_runs_the_web_app(tmp_path: Path) -> None:
    """`interview-coach` alone (what `make run` starts) serves on the default address."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", 8000)) == 0:
            pytest.skip("port 8000 is in use here")
    proc = subprocess.Popen(
        [sys.executable, "-m", "interview_coach.cli"],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:8000/" in line, line
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ctrl_c_right_after_start_up_stops_cleanly(tmp_path: Path) -> None:
    """Ctrl+C while the models are still being loaded in the background: the server waits
    for them and exits with status 0 (it used to abort: status -6, a C++ "terminate")."""
    import signal

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "interview_coach.cli", "serve", "--port", str(port)],
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        proc.send_signal(signal.SIGINT)  # at once: the preload has only just begun
        out, _ = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, out[-500:]
    assert b"terminate" not in out
