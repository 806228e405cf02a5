"""Where everything lives. ``WIREARCHIVE_DATA`` (default ``./data``) is the one folder the program writes to."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_FILES = PACKAGE_DIR / "data"  # site rules, conferences, sources: knowledge kept as data


def data_dir() -> Path:
    """The data folder: database, raw archive, translation models, logs, crawl state."""
    return Path(os.environ.get("WIREARCHIVE_DATA", "data")).resolve()


def db_path() -> Path:
    return data_dir() / "wirearchive.db"


def raw_dir() -> Path:
    """WARC files written by the crawlers, one folder per source."""
    return data_dir() / "raw"


def models_dir() -> Path:
    """argostranslate packages (ARGOS_PACKAGES_DIR)."""
    return data_dir() / "models"


def logs_dir() -> Path:
    return data_dir() / "logs"


def keep_writes_in_data_dir() -> None:
    """Point the XDG cache/data/config folders of the libraries we load into the data folder.

    Some libraries write on their own (onnxruntime, used by the Chinese name tagger, keeps a device id
    under ~/.cache; argostranslate creates folders under ~/.local and ~/.config at import). The command
    line promises that everything it writes goes under $WIREARCHIVE_DATA, so it calls this first.
    """
    base = data_dir() / "home"
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "share"), ("XDG_CONFIG_HOME", "config")):
        os.environ[var] = str(base / sub)
