"""A throwaway redis-server on 127.0.0.1 for the distributed-crawl test and bench-crawl: no persistence, its
files in a folder of the caller's. Needs Debian's redis-server (``make redis-deps``)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

MISSING = "redis-server is missing: make redis-deps (Debian package redis-server)"


def redis_server_path() -> str | None:
    return shutil.which("redis-server")


def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    """Start redis-server on a free port and wait until it answers; the process and its redis:// URL."""
    server = redis_server_path()
    if server is None:
        raise RuntimeError(MISSING)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen(
        [server, *options, "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"
