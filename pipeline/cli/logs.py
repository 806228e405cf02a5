"""A command's log kept in $WIREARCHIVE_DATA/logs/<name>.log, for the scheduled runs' record."""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline import config


def log_to_file(name: str) -> Path:
    """Also write this command's log to logs/<name>.log (appended, timestamped); returns its path."""
    config.logs_dir().mkdir(parents=True, exist_ok=True)
    path = config.logs_dir() / f"{name}.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path
