"""Shared fixtures: the sample-site server, a throw-away data folder, the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SHARED

from pipeline.sampleserver import SampleSiteServer


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


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
