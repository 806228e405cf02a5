"""A command's log kept in $WIREARCHIVE_DATA/logs/<name>.log, rotated, for the scheduled runs' record."""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline import config
from pipeline.logfiles import rotating_handler


def log_to_file(name: str) -> Path:
    """Also write this command's log to logs/<name>.log (appended, timestamped, rotated: pipeline/logfiles.py);
    returns its path."""
    path = config.logs_dir() / f"{name}.log"
    handler = rotating_handler(path)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path
