"""Learn the thresholds of the translation checks from real parallel text, and write them as data.

    python -m tools.learn_translation_checks PAIRS.tsv [...] --source "where the pairs come from"

Each input line is ``Chinese<TAB>English`` (a human translation). Two numbers are learned and written to
pipeline/data/translation_learned.toml with their provenance (the pairs themselves are not kept: only the
numbers are shipped):

* the length band: English letters per Han character (the median over the pairs, other characters counting
  one for one), then the 1st and 99th percentiles of len(English) / the length so expected, over the
  sentences of at least ``[length] min_source_chars`` characters (pipeline/data/translation.toml);
* the coverage threshold: the 5th percentile of the dictionary coverage of the human translations (the share
  of the Chinese words with a CC-CEDICT gloss in the English), over sentences with at least
  ``[coverage] min_words`` dictionary words.

It also prints how often each check flags the human translations themselves, learning on one half of the
pairs and counting on the other (both ways): the checks' false-alarm rate on correct translations.
``--dry-run`` prints without writing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

from pipeline.stages.translate import checks, dictionary
from pipeline.stages.translate.vocabulary import LEARNED_TOML, vocabulary
from pipeline.text.scripts import HAN_CHAR

LENGTH_QUANTILES = (0.01, 0.99)
COVERAGE_QUANTILE = 0.05


def read_pairs(paths: list[Path]) -> list[tuple[str, str]]:
    pairs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                zh, en = line.split("\t")[:2]
                if zh.strip() and en.strip():
                    pairs.append((zh.strip(), en.strip()))
    return pairs


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def learn(pairs: list[tuple[str, str]]) -> dict[str, float]:
    v = vocabulary()
    long_enough = [(zh, en) for zh, en in pairs if len(zh) >= v.length_min_source_chars]
    han_weight = statistics.median(
        (len(en) - (len(zh.replace(" ", "")) - han)) / han
        for zh, en in long_enough
        if (han := len(HAN_CHAR.findall(zh)))
    )
    ratios = [checks.length_ratio(zh, en, han_weight) for zh, en in long_enough]
    covered = [
        share
        for zh, en in pairs
        if (result := dictionary.coverage(zh, en))[1] >= v.coverage_min_words
        for share in [result[0]]
    ]
    return {
        "han_weight": round(han_weight, 2),
        "low": round(quantile(ratios, LENGTH_QUANTILES[0]), 2),
        "high": round(quantile(ratios, LENGTH_QUANTILES[1]), 2),
        "coverage": round(quantile(covered, COVERAGE_QUANTILE), 2),
        "length_sentences": len(ratios),
        "coverage_sentences": len(covered),
        "median_ratio": round(statistics.median(ratios), 2),
        "median_coverage": round(statistics.median(covered), 2),
    }


def false_alarms(learned_on: list[tuple[str, str]], counted_on: list[tuple[str, str]]) -> Counter[str]:
    """How many human translations of ``counted_on`` each check kind flags; the length and coverage checks
    with the thresholds learned from ``learned_on``, the other checks as they are."""
    numbers = learn(learned_on)
    v = vocabulary()
    kinds: Counter[str] = Counter()
    for zh, en in counted_on:
        found = set(checks.check(checks.Sentence(zh, en, "zh"))) - {checks.LENGTH, checks.COVERAGE}
        ratio = checks.length_ratio(zh, en, numbers["han_weight"])
        if len(zh) >= v.length_min_source_chars and not numbers["low"] <= ratio <= numbers["high"]:
            found.add(checks.LENGTH)
        share, words = dictionary.coverage(zh, en)
        if words >= v.coverage_min_words and share < numbers["coverage"]:
            found.add(checks.COVERAGE)
        kinds.update(found)
        kinds["(any)"] += bool(found)
    return kinds


def write(numbers: dict[str, float], source: str, path: Path = LEARNED_TOML) -> None:
    path.write_text(
        "# Written by tools/learn_translation_checks.py: do not edit by hand, run it again (docs/translation.md).\n"
        f'provenance = "{source}"\n'
        f"sentences = {numbers['length_sentences']}  # pairs used for the length band\n\n"
        "[coverage]\n"
        f"# 5th percentile of the human translations' dictionary coverage "
        f"(median {numbers['median_coverage']}, {numbers['coverage_sentences']} sentences)\n"
        f"threshold = {numbers['coverage']}\n\n"
        "# len(English) / (han_weight x Han characters + other characters): 1st and 99th percentiles "
        f"(median {numbers['median_ratio']})\n"
        "[length.zh]\n"
        f"han_weight = {numbers['han_weight']}\n"
        f"low = {numbers['low']}\n"
        f"high = {numbers['high']}\n",
        encoding="utf-8",
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", type=Path, nargs="+", help="files of Chinese<TAB>English lines")
    ap.add_argument("--source", required=True, help="provenance written beside the numbers")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    pairs = read_pairs(args.pairs)
    numbers = learn(pairs)
    print(f"{len(pairs)} pairs: {numbers}")
    halves = pairs[0::2], pairs[1::2]
    total: Counter[str] = Counter()
    for learned_on, counted_on in (halves, halves[::-1]):
        total += false_alarms(learned_on, counted_on)
    print("human translations flagged (2-fold, thresholds learned on the other half):")
    for kind, count in total.most_common():
        print(f"  {kind:14s} {count:4d} / {len(pairs)} = {count / len(pairs):.1%}")
    if not args.dry_run:
        write(numbers, args.source)
        print(f"wrote {LEARNED_TOML}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
