"""Helpers shared by the tests (import as ``from helpers import ...``)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(
    *args: str, env: dict[str, str] | None = None, check: bool = True, timeout: int = 300, **kwargs
) -> subprocess.CompletedProcess:
    """Run the installed ``wirearchive`` command in a subprocess (its own Twisted reactor, own imports)."""
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run(
        [str(BIN / "wirearchive"), *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"wirearchive {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-4000:]}"
        )
    return result
