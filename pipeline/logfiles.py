"""Log files that rotate: every log under $WIREARCHIVE_DATA/logs is cut at LOG_MAX_BYTES and keeps
LOG_BACKUPS older files (crawl.log, crawl.log.1 ... crawl.log.5), so scheduled runs never fill the disk.

Python's own RotatingFileHandler, not logrotate: it needs no root, no system configuration and no package
(Debian images often lack logrotate). One writer at a time per file: the scheduled runs hold a lock.

``python -m pipeline.logfiles FILE`` copies its standard input into FILE, rotating it the same way: the
cron line pipes the output of a scheduled run through it (pipeline/schedule.py).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_MAX_BYTES = int(os.environ.get("WIREARCHIVE_LOG_MAX_BYTES", str(10 * 1024 * 1024)))
LOG_BACKUPS = 5


def rotating_handler(path: Path, max_bytes: int | None = None) -> RotatingFileHandler:
    path.parent.mkdir(parents=True, exist_ok=True)
    return RotatingFileHandler(
        path, maxBytes=max_bytes or LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )


def copy_into(path: Path, lines=sys.stdin) -> None:
    """Append each line of ``lines`` to ``path``, rotating it when it grows past LOG_MAX_BYTES."""
    handler = rotating_handler(path)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for line in lines:
            handler.emit(logging.makeLogRecord({"msg": line.rstrip("\n"), "levelno": logging.INFO}))
    finally:
        handler.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m pipeline.logfiles FILE  (copies standard input into FILE, rotated)")
    copy_into(Path(sys.argv[1]))
