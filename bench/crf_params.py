"""Choose the name CRFs' trainer parameters (c1, c2, max_iterations) on the TRAIN split only.

    python -m bench.crf_params en --c1 0,0.02,0.05 --c2 0.01 --iterations 200,500
    python -m bench.crf_params zh --held-out-only --settings 0.05:0.01:200,0:0.01:500
    python -m bench.crf_params en --dev --model pipeline/data/ner/en_person.crfsuite   # before / after only

English: K-fold cross-validation (``--folds``, default 3) over contiguous thirds of the train split's 20-sentence
blocks (the pseudo-articles the document features are computed over), so a news story's sentences stay on one
side. Chinese (training takes 7-11 min): one fold only, the last third of the train split held out
(``--held-out-only``). Each setting of the product of ``--c1`` x ``--c2`` x ``--iterations`` is trained on the
other folds with the shipped feature code (tools/train_people_models.py, the same word table / LAC tags and
transliteration table) and scored on the held fold as a raw CRF: PER spans of the tagged sentence against the
gold ``persons`` spans, exact token offsets, summed over the folds. A second score keeps only the persons none of
whose tokens occurs in the training folds (on both sides: gold and predicted spans), the unseen names the
recognisers are weakest on. The dev splits are never read, except by ``--dev``, which scores one given model
on them the same way (the figures before and after a change; never to choose).

Results are cached per setting in ``$WIREARCHIVE_DATA/bench/crf_params/<lang>.json`` (keyed by the feature
fingerprint of bench/people_models.py, which covers TRAINER_PARAMS: changing them starts a new table), so a coordinate search can run in several invocations; one training at a
time. The table printed covers every cached setting.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import people_models
from pipeline.config import data_dir
from pipeline.stages.people import en_crf
from tools import train_people_models as tool

Items = tool.Items


@dataclass
class Fold:
    train: Items
    held: Items
    held_persons: list[set[tuple[int, int]]]  # gold PER spans per held sentence
    held_tokens: list[list[str]]
    vocabulary: set[str]  # tokens of the training folds


def en_items(blocks: list[tool.Block]) -> Items:
    return tool.en_items(blocks, tool.en_words())


def zh_items(blocks: list[tool.Block]) -> Items:
    """Character features as the shipped trainer's, the transliteration table taken from all the blocks given
    (held fold included: a character statistic, a small optimism shared by every setting)."""
    sentences = tool.zh_sentences(blocks)
    return tool.zh_items(sentences, tool.foreign_strength(sentences))


ITEMS: dict[str, Callable[[list[tool.Block]], Items]] = {"en": en_items, "zh": zh_items}


def folds(
    lang: str,
    n_folds: int,
    held_out_only: bool,
    ner_dir: Path = tool.DATA_DIR,
    items_of: Callable | None = None,
) -> Iterator[Fold]:
    """Contiguous folds of the train split's blocks; ``held_out_only``: the last fold alone is scored."""
    blocks = tool.train_blocks(lang, ner_dir)
    bounds = [round(k * len(blocks) / n_folds) for k in range(n_folds + 1)]
    items = (items_of or ITEMS[lang])(blocks)
    sizes = [len(b) for b in blocks]
    starts = [sum(sizes[: bounds[k]]) for k in range(n_folds + 1)]
    sentences = [s for b in blocks for s in b]
    for k in range(n_folds - 1 if held_out_only else 0, n_folds):
        lo, hi = starts[k], starts[k + 1]
        train = items[:lo] + items[hi:]
        yield Fold(
            train=train,
            held=items[lo:hi],
            held_persons=[{(p["start"], p["end"]) for p in s["persons"]} for s in sentences[lo:hi]],
            held_tokens=[s["tokens"] for s in sentences[lo:hi]],
            vocabulary={t for s in sentences[:lo] + sentences[hi:] for t in s["tokens"]},
        )


def dev_fold(lang: str) -> Fold:
    """The dev split(s) as a held fold, the whole train split as training part (its items are not built)."""
    train = [s for b in tool.train_blocks(lang, tool.DATA_DIR) for s in b]
    blocks = [b for bs in tool.dev_blocks(lang, tool.DATA_DIR).values() for b in bs]
    sentences = [s for b in blocks for s in b]
    return Fold(
        train=[],
        held=ITEMS[lang](blocks),
        held_persons=[{(p["start"], p["end"]) for p in s["persons"]} for s in sentences],
        held_tokens=[s["tokens"] for s in sentences],
        vocabulary={t for s in train for t in s["tokens"]},
    )


def score_model(model: Path, fold: Fold) -> dict[str, int]:
    """Raw CRF PER counts of a trained model on a fold's held part (all persons, and unseen ones: u_*)."""
    import pycrfsuite

    counts = {"tp": 0, "fp": 0, "fn": 0, "u_tp": 0, "u_fp": 0, "u_fn": 0}
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for (xseq, _), gold, tokens in zip(fold.held, fold.held_persons, fold.held_tokens, strict=True):
        predicted = set(en_crf.spans_of(tagger.tag(xseq)))
        unseen = {sp for sp in gold | predicted if not any(t in fold.vocabulary for t in tokens[slice(*sp)])}
        counts["tp"] += len(gold & predicted)
        counts["fp"] += len(predicted - gold)
        counts["fn"] += len(gold - predicted)
        counts["u_tp"] += len(gold & predicted & unseen)
        counts["u_fp"] += len((predicted - gold) & unseen)
        counts["u_fn"] += len((gold - predicted) & unseen)
    tagger.close()
    return counts


def setting_key(c1: float, c2: float, iterations: int) -> str:
    return f"c1={c1:g} c2={c2:g} it={iterations}"


def train_and_score(trainer: Any, fold: Fold, params: dict[str, Any]) -> dict[str, Any]:
    """Train on the fold's training part with ``params``; counts on the held part (all / unseen persons)."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "m.crfsuite"
        t0 = time.process_time()
        trainer.set_params(params)
        trainer.train(str(model))
        seconds = time.process_time() - t0
        iterations = len(trainer.logparser.iterations)
        counts = score_model(model, fold)
    return {**counts, "seconds": seconds, "iterations": iterations}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cache_path(lang: str) -> Path:
    return data_dir() / "bench" / "crf_params" / f"{lang}.json"


def run(lang: str, settings: list[tuple[float, float, int]], n_folds: int, held_out_only: bool) -> dict:
    """Train every setting not yet cached on every fold (one training at a time); the cache, updated."""
    import pycrfsuite

    path = cache_path(lang)
    cache = json.loads(path.read_text()) if path.exists() else {}
    scope = f"{people_models.fingerprint(lang, tool.DATA_DIR)} folds={n_folds} held_out_only={held_out_only}"
    results = cache.setdefault(scope, {})
    todo = [s for s in settings if setting_key(*s) not in results]
    if not todo:
        return results
    per_setting: dict[str, list[dict]] = {setting_key(*s): [] for s in todo}
    for k, fold in enumerate(folds(lang, n_folds, held_out_only)):
        trainer = pycrfsuite.Trainer(verbose=False)
        for xseq, yseq in fold.train:
            trainer.append(xseq, yseq)
        for c1, c2, iterations in todo:
            params = {**tool.TRAINER_PARAMS, "c1": c1, "c2": c2, "max_iterations": iterations}
            out = train_and_score(trainer, fold, params)
            print(f"fold {k}: {setting_key(c1, c2, iterations)} {out}", flush=True)
            per_setting[setting_key(c1, c2, iterations)].append(out)
    for key, outs in per_setting.items():
        summed = {name: sum(o[name] for o in outs) for name in outs[0] if name != "iterations"}
        results[key] = {**summed, "iterations": [o["iterations"] for o in outs]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(cache, indent=1))
    return results


def table(results: dict[str, dict]) -> str:
    rows = [
        "| setting | PER P | PER R | PER F1 | unseen F1 (n gold) | L-BFGS iterations | CPU s |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, r in sorted(results.items(), key=lambda kv: -f1(kv[1]["tp"], kv[1]["fp"], kv[1]["fn"])):
        p = r["tp"] / max(1, r["tp"] + r["fp"])
        rec = r["tp"] / max(1, r["tp"] + r["fn"])
        unseen = f"{f1(r['u_tp'], r['u_fp'], r['u_fn']):.4f} ({r['u_tp'] + r['u_fn']})"
        iters = "/".join(map(str, r["iterations"]))
        rows.append(
            f"| {key} | {p:.4f} | {rec:.4f} | {f1(r['tp'], r['fp'], r['fn']):.4f} | {unseen} | {iters} "
            f"| {r['seconds']:.0f} |"
        )
    return "\n".join(rows)


def _floats(text: str) -> list[float]:
    return [float(x) for x in text.split(",")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", choices=sorted(ITEMS))
    parser.add_argument("--c1", type=_floats, help="default: the model's TRAINER_PARAMS")
    parser.add_argument("--c2", type=_floats, help="default: the model's TRAINER_PARAMS")
    parser.add_argument("--iterations", type=lambda t: [int(x) for x in t.split(",")], help="max_iterations")
    parser.add_argument(
        "--settings", help="instead of the product: c1:c2:iterations,... (e.g. 0.05:0.01:200,0:0.01:500)"
    )
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--held-out-only", action="store_true", help="score the last fold only (Chinese)")
    parser.add_argument(
        "--dev",
        action="store_true",
        help="instead: score a model on the dev split, for before / after figures (never to choose)",
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="with --dev: this model (default: the bench's train-only one, bench/people_models)",
    )
    args = parser.parse_args(argv)
    if args.dev:
        model = args.model or people_models.train_only_model(args.lang, tool.DATA_DIR)
        r = score_model(model, dev_fold(args.lang))
        print(f"{model}: {r}")
        print(
            f"PER F1 {f1(r['tp'], r['fp'], r['fn']):.4f}, unseen F1 {f1(r['u_tp'], r['u_fp'], r['u_fn']):.4f}"
            f" R {r['u_tp'] / max(1, r['u_tp'] + r['u_fn']):.4f} (n gold {r['u_tp'] + r['u_fn']})"
        )
        return 0
    current = tool.TRAINER_PARAMS
    settings = [
        (c1, c2, it)
        for c1 in args.c1 or [current["c1"]]
        for c2 in args.c2 or [current["c2"]]
        for it in args.iterations or [current["max_iterations"]]
    ]
    if args.settings:
        settings = [
            (float(a), float(b), int(c)) for a, b, c in (t.split(":") for t in args.settings.split(","))
        ]
    print(table(run(args.lang, settings, args.folds, args.held_out_only)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
