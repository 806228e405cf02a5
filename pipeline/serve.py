"""Publish the archive with Datasette: ``datasette serve`` with this project's metadata, templates and plugins."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Any, NoReturn

from pipeline import config


def datasette_options() -> dict[str, Any]:
    """Where the archive's Datasette configuration lives: for the server and for in-process tests."""
    root = config.PROJECT_DIR
    return {
        "metadata": root / "metadata.json",
        "template_dir": root / "datasette" / "templates",
        "plugins_dir": root / "datasette" / "plugins",
        "static_mounts": [("static", root / "datasette" / "static")],
        # suggest_facets off: suggestions group every column of a table (seconds on a million articles);
        # the facets we configure are answered from indexes and facet_counts (docs/search.md, "At scale").
        # A page cache of 200 MB per connection keeps the search index's hot pages in memory.
        "settings": {
            "sql_time_limit_ms": 3000,
            "default_page_size": 50,
            "suggest_facets": False,
            "facet_time_limit_ms": 500,
            "num_sql_threads": 3,
            "cache_size_kb": 200_000,
        },
    }


def datasette_args(database: Path, host: str, port: int, immutable: bool = False) -> list[str]:
    """The ``datasette serve`` command line for ``database`` (created empty, with the schema, if missing).

    ``immutable`` serves a finished snapshot (``-i``): faster, and the database file can be downloaded.
    """
    if not database.exists():
        from pipeline.store import Store

        Store(database).close()  # an empty archive with the documented schema
    options = datasette_options()
    exe = Path(sys.executable).with_name("datasette")
    args = [str(exe) if exe.exists() else "datasette", "serve"]
    args += ["-i", str(database)] if immutable else [str(database)]
    args += ["--metadata", str(options["metadata"]), "--template-dir", str(options["template_dir"])]
    args += ["--plugins-dir", str(options["plugins_dir"])]
    for mount, folder in options["static_mounts"]:
        args += ["--static", f"{mount}:{folder}"]
    args += ["--host", host, "--port", str(port)]
    for name, value in options["settings"].items():
        args += ["--setting", name, str(value)]
    return args


def port_in_use(host: str, port: int) -> bool:
    """True when something already listens on HOST:PORT (checked before long work that ends in serving)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def serve(database: Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> NoReturn:
    """Replace this process with Datasette serving ``database`` read-only on http://HOST:PORT."""
    args = datasette_args(database, host, port, immutable=immutable)
    os.execvp(args[0], args)
