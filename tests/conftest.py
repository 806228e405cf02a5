"""Shared fixtures: the sample-site server, a throw-away data folder, the ../shared folder.

Marks (registered in pyproject.toml): ``corpus``, ``e2e``, ``browser``, ``slow``; ``make check`` runs the
tests with none of them. ``@pytest.mark.corpus("seeds")`` also says what the test reads from ../shared, and
``browser`` that it needs Chromium: both are checked before the test runs (skip, or fail under CI=true).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from helpers import (
    BIN,
    SHARED,
    crawl_samples,
    free_port,
    require_chromium,
    require_shared,
    run_cli,
    wait_for_http,
)

from samples.server import SampleSiteServer

FIXTURE_MODEL = SHARED / "models" / "translate-zh_en-fixture.argosmodel"


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("corpus"):
        for relative in mark.args:
            require_shared(relative)
    if item.get_closest_marker("browser"):
        require_chromium()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def sample_server():
    server = SampleSiteServer(port=0)
    server.start_background()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("WIREARCHIVE_DATA", str(folder))
    return folder


# -- one real archive built from the sample sites, shared by the end-to-end and browser tests --------
@pytest.fixture(scope="session")
def archive(tmp_path_factory, sample_server):
    data = tmp_path_factory.mktemp("e2e") / "data"
    env = {"WIREARCHIVE_DATA": str(data), "WIREARCHIVE_SAMPLE_BASE": sample_server.base_url}
    crawl_samples(env)  # today's news and the 2022 backfill, as the demo crawls them
    if FIXTURE_MODEL.exists():  # the tiny zh→en test model: real argostranslate code, real translations
        run_cli("models", "install", str(FIXTURE_MODEL), env=env)
    first = run_cli("process", "--quiet", env=env)
    second = run_cli("process", "--quiet", env=env)
    return data, env, first.stdout, second.stdout


@pytest.fixture(scope="session")
def datasette(archive):
    data, env, _, _ = archive
    port = free_port()
    log = open(data / "datasette.log", "wb")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(
        [str(BIN / "wirearchive"), "serve", "--port", str(port)],
        env=dict(os.environ, **env),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    if not wait_for_http(base + "/-/versions.json"):
        proc.kill()
        raise AssertionError("datasette did not start: " + (data / "datasette.log").read_text())
    yield base
    proc.terminate()
    proc.wait(10)
    log.close()
