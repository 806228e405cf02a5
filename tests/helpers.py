"""Helpers shared by the tests (import as ``from helpers import ...``)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
# CI sets CI=true: there every test must run, so a missing ../shared or Chromium fails instead of skipping.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str, how: str = "") -> None:
    """Skip the calling test when ``what`` is missing; fail it instead under CI (CI=true)."""
    if available:
        return
    message = f"{what} is missing{': ' + how if how else ''}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: tests that need it must run, not skip)", pytrace=False)
    pytest.skip(message)


def require_shared(relative: str = "") -> Path:
    """``../shared/<relative>`` (the read-only data beside the project), or skip / fail (under CI)."""
    path = SHARED / relative if relative else SHARED
    require(path.exists(), f"../shared/{relative}".rstrip("/"), "the shared data folder beside the project")
    return path


def require_chromium() -> str:
    """The Chromium executable, or skip / fail (under CI)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require(chromium is not None, "Debian chromium", "make browser-deps")
    assert chromium is not None
    return chromium


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


# Chromium as the machine notes say to run it as root on a closed network: headless, no sandbox, and no
# background connections (they would be refused, many at a time, and slow every start down).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium_command(chromium: str, profile: Path, *args: str, size: str = "1280,1400") -> list[str]:
    return [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", *args]


def wait_for_http(url: str, tries: int = 100) -> bool:
    """Poll ``url`` until it answers (a server starting up); False when it never does."""
    import time
    import urllib.request

    for _ in range(tries):
        try:
            urllib.request.urlopen(url, timeout=1)
            return True
        except OSError:
            time.sleep(0.2)
    return False
