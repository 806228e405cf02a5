"""Publishing: the Datasette command line, and a busy port found before any long work (serve, the demo)."""

from __future__ import annotations

import socket

import pytest

from pipeline.config import PROJECT_DIR
from pipeline.serve import datasette_args, port_in_use


def test_datasette_args_name_the_project_files_and_create_an_empty_archive(tmp_path):
    database = tmp_path / "data" / "wirearchive.db"
    database.parent.mkdir()
    args = datasette_args(database, "127.0.0.1", 8123)
    assert database.exists()  # an empty archive with the schema, so Datasette has something to serve
    assert args[1:3] == ["serve", str(database)]
    assert args[args.index("--metadata") + 1] == str(PROJECT_DIR / "metadata.json")
    assert args[args.index("--plugins-dir") + 1] == str(PROJECT_DIR / "datasette" / "plugins")
    assert args[args.index("--port") + 1] == "8123"


@pytest.fixture
def busy_port():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


def test_a_busy_port_is_seen(busy_port):
    assert port_in_use("127.0.0.1", busy_port)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    assert not port_in_use("127.0.0.1", free)


def test_the_demo_reports_a_busy_port_before_crawling(busy_port, data_dir, capsys):
    from samples.demo import main

    with pytest.raises(SystemExit) as stop:
        main(["--port", str(busy_port)])
    assert f"port {busy_port} is in use" in str(stop.value.code)
    assert not (data_dir / "raw").exists()  # nothing was crawled
    assert "crawling" not in capsys.readouterr().out
