"""Headless Chromium (Debian's package) driven by Playwright, with a fake microphone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Screenshots land here (gitignored); CI can keep them as build artefacts.
ARTIFACTS = Path(__file__).parents[3] / "test-artifacts" / "web"
CHROMIUM = "/usr/bin/chromium"
BASE_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def browser(spoken_clip) -> Iterator[object]:
    """Chromium whose microphone plays the synthesised spoken answer."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is needed for browser tests (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    args = [*BASE_ARGS, f"--use-file-for-fake-audio-capture={spoken_clip.path}"]
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    context.grant_permissions(["microphone"], origin=live_server.url)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
