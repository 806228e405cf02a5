"""One run at a time per data folder: ``with run_lock("crawl"):`` holds $WIREARCHIVE_DATA/<name>.lock.

An advisory ``flock`` on the file: the kernel releases it when the process ends, however it ends (even
SIGKILL), so a crashed run never leaves a stale lock behind. The file holds the pid and start time of the
holder, for the message the second run prints.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline import config
from pipeline.clock import utc_now


class Busy(RuntimeError):
    """Another run holds the lock."""


@contextmanager
def run_lock(name: str) -> Iterator[None]:
    path = config.data_dir() / f"{name}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown process"
            raise Busy(f"another {name} is running on {config.data_dir()} ({holder}); not starting") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, since {utc_now()}\n")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)
