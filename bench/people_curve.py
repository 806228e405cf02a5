"""Does more training data help the name recognisers on unseen text? ``python -m bench.people_curve zh|en``.

Two measurements, both with the bench protocol of bench/ner_dev.py (find_people + find_dates, pseudo-articles of
20 sentences, person P/R/F1 with the merge rule):

- **Learning curve.** The model trained on 50 %, 75 % and 100 % of the train split, scored on the dev splits.
  A share keeps whole blocks of 20 sentences (the pseudo-articles the English document features are computed
  over), evenly spaced in file order: block b is kept when floor((b + 1) · share) > floor(b · share) (50 %:
  every second block; 75 %: three blocks of four). 100 % is the bench's train-only model (bench/people_models.py).
- **Half-dev folds.** Each dev split's pseudo-articles are cut into two halves: contiguous (the first and the
  second half in file order: a news story's sentences stay on one side) or interleaved (even and odd positions:
  neighbouring pseudo-articles often come from the same story, so the interleaved estimate is optimistic where
  the split keeps stories in order, as CoNLL-2003 does; msra_dev is a shuffled draw). For each half: a model
  trained on the train split plus the OTHER half's sentences (minus any sentence sharing text with the scored
  half: equal text, or, in Chinese, a common stretch of 20 characters, since People's Daily dev re-splits MSRA
  text), against the train-only model, both scored on that half. The gain estimates what adding the whole dev
  split (twice the sentences added here) does on unseen text.

Models are written under ``$WIREARCHIVE_DATA/bench/people_curve/`` and reused when there (``--runs`` picks
runs, so that they can be trained in separate processes); the tables print at the end. Figures are dev figures
in the sense of docs/benchmarks.md: the recognisers' design was chosen on these splits.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench import ner_dev, people_models
from pipeline.stages.people import recognisers
from tools.train_people_models import MODELS, Block, Sentence, dev_blocks, train_blocks

SHARES = (0.5, 0.75)
# the half each fold scores -> the half it trains on: contiguous halves (the first / second half of each split's
# pseudo-articles in file order), and interleaved ones (even / odd positions)
OTHER_HALF = {"first": "second", "second": "first", "even": "odd", "odd": "even"}
HALVES = tuple(OTHER_HALF)
SHINGLE = 20  # characters: a common stretch this long makes two Chinese sentences the same text


def evenly_spaced(blocks: list[Block], share: float) -> list[Block]:
    """``share`` of the blocks, evenly spaced in order (module docstring)."""
    return [b for k, b in enumerate(blocks) if math.floor((k + 1) * share) > math.floor(k * share)]


def in_half(k: int, n: int, half: str) -> bool:
    """Is the k-th of n pseudo-articles of a split in this half?"""
    if half in ("first", "second"):
        return (k < (n + 1) // 2) == (half == "first")
    return k % 2 == (0 if half == "even" else 1)


def _key(sentence: Sentence) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", sentence["text"])).casefold()


def text_marks(sentence: Sentence, lang: str) -> set[str]:
    """What two sentences sharing text have in common: the whole text, and (Chinese) its 20-character
    stretches."""
    key = _key(sentence)
    marks = {key}
    if lang == "zh":
        marks |= {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}
    return marks


def fold_blocks(lang: str, ner_dir: Path, scored_half: str) -> tuple[list[Block], int]:
    """Train blocks + the other half's dev blocks without the sentences sharing text with the scored half;
    and how many sentences that removal dropped."""
    scored: set[str] = set()
    other: list[Block] = []
    for blocks in dev_blocks(lang, ner_dir).values():
        for k, block in enumerate(blocks):
            if in_half(k, len(blocks), scored_half):
                scored |= {m for s in block for m in text_marks(s, lang)}
            else:
                other.append(block)
    kept = [[s for s in block if not text_marks(s, lang) & scored] for block in other]
    dropped = sum(map(len, other)) - sum(map(len, kept))
    return train_blocks(lang, ner_dir) + [b for b in kept if b], dropped


@dataclass
class Run:
    name: str
    blocks: Callable[[], list[Block]]  # the training data
    halves: tuple[str, ...]  # which dev halves to score ("all" = the whole dev splits)


def share_of_train(lang: str, ner_dir: Path, share: float) -> list[Block]:
    return evenly_spaced(train_blocks(lang, ner_dir), share)


def fold_training(lang: str, ner_dir: Path, scored_half: str) -> list[Block]:
    return fold_blocks(lang, ner_dir, scored_half)[0]


def runs(lang: str, ner_dir: Path) -> list[Run]:
    out = [
        Run(f"train{round(share * 100)}", partial(share_of_train, lang, ner_dir, share), ("all",))
        for share in SHARES
    ]
    out.append(Run("train100", partial(train_blocks, lang, ner_dir), ("all", *HALVES)))
    for half, other in OTHER_HALF.items():
        out.append(Run(f"train+dev_{other}", partial(fold_training, lang, ner_dir, half), (half,)))
    return out


def model_for(lang: str, run: Run, ner_dir: Path) -> Path:
    """The run's model file, trained unless already there (train100: the bench's train-only model)."""
    if run.name == "train100":
        return people_models.train_only_model(lang, ner_dir)
    name, train = MODELS[lang]
    folder = people_models.models_root().parent / "people_curve" / f"{lang}-{run.name}"
    if not (folder / name).exists():
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        blocks = run.blocks()
        t0 = time.process_time()
        train(blocks, building / name)
        (building / "sentences.txt").write_text(f"{sum(map(len, blocks))}\n")
        building.rename(folder)
        print(f"{lang} {run.name}: trained in {time.process_time() - t0:.0f} s CPU", flush=True)
    return folder / name


def score_model(lang: str, model: Path, halves: tuple[str, ...], ner_dir: Path) -> dict[str, dict]:
    """{half: {split or lang: (tp, fp, fn)}} of find_people + find_dates with this model."""
    recognisers.use_models(**{f"{lang}_model": model})
    try:
        system = ner_dev.people_and_dates(lang)
        articles = ner_dev.load_articles(lang, ner_dir)
        out: dict[str, dict] = {}
        for half in halves:
            total = ner_dev.NameScore()
            per_split = {}
            for split, split_articles in articles.items():
                chosen = [
                    a
                    for k, a in enumerate(split_articles)
                    if half == "all" or in_half(k, len(split_articles), half)
                ]
                s = ner_dev.score_articles(system, chosen, lang)
                per_split[split] = (s.tp, s.fp, s.fn)
                total.add(s)
            out[half] = {**per_split, lang: (total.tp, total.fp, total.fn)}
        return out
    finally:
        recognisers.use_models()


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(lang: str, results: dict[str, dict], sizes: dict[str, int]) -> str:
    lines = [
        "| model (training data) | sentences | scored on | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, by_half in results.items():
        for half, counts in by_half.items():
            p, r, f = f1(*counts[lang])
            lines.append(f"| {name} | {sizes.get(name, 0):,} | dev {half} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", choices=["zh", "en"])
    parser.add_argument("--runs", help="comma-separated run names (default: all)")
    parser.add_argument("--data-dir", type=Path, default=ner_dev.NER_DIR)
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args(argv)
    chosen = [r for r in runs(args.lang, args.data_dir) if not args.runs or r.name in args.runs.split(",")]
    results: dict[str, dict] = {}
    sizes: dict[str, int] = {}
    for run in chosen:
        model = model_for(args.lang, run, args.data_dir)
        sizes[run.name] = sum(map(len, run.blocks()))
        results[run.name] = score_model(args.lang, model, run.halves, args.data_dir)
        print(f"{args.lang} {run.name}: {json.dumps(results[run.name][run.halves[0]])}", flush=True)
    print(report(args.lang, results, sizes))
    if args.json:
        args.json.write_text(json.dumps({"lang": args.lang, "sizes": sizes, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
