"""Publish the archive with Datasette: ``datasette serve`` with this project's metadata, templates and plugins."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import NoReturn

from pipeline import config


def datasette_args(database: Path, host: str, port: int) -> list[str]:
    """The ``datasette serve`` command line for ``database`` (created empty, with the schema, if missing)."""
    root = config.PROJECT_DIR
    if not database.exists():
        from pipeline.store import Store

        Store(database).close()  # an empty archive with the documented schema
    exe = Path(sys.executable).with_name("datasette")
    return [
        str(exe) if exe.exists() else "datasette",
        "serve",
        str(database),
        "--metadata",
        str(root / "metadata.json"),
        "--template-dir",
        str(root / "datasette" / "templates"),
        "--plugins-dir",
        str(root / "datasette" / "plugins"),
        "--static",
        f"static:{root / 'datasette' / 'static'}",
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "3000",
        "--setting",
        "default_page_size",
        "50",
    ]


def port_in_use(host: str, port: int) -> bool:
    """True when something already listens on HOST:PORT (checked before long work that ends in serving)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def serve(database: Path, host: str = "127.0.0.1", port: int = 8001) -> NoReturn:
    """Replace this process with Datasette serving ``database`` read-only on http://HOST:PORT."""
    args = datasette_args(database, host, port)
    os.execvp(args[0], args)
