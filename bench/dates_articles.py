"""Relative dates in whole short articles (issue 10, rounds 3 and 4): tests/fixtures/dates_unseen/round3_articles.toml
and round4_articles.toml list .txt wire stories whose reference date comes from their dateline (``BEIJING, March 5 (Xinhua) --``,
``新华社北京3月5日电``), else from the publication date given with them. They are run through the contract,
``wirearchive extract --batch FILE --stages extract,dates`` (one process, as a user runs it), and each expected
mention is scored as in bench/dates_unseen.py: right when an event or range mention of the article overlaps its
text with the same value and end; a found event or range mention that answers none is extra. The published and
dateline mentions are not scored. ``python -m bench.dates_articles [file.toml ...]`` (default: every set).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from bench.cli_batch import extract_batch, load_articles
from bench.dates_unseen import UNSEEN_DIR, UnseenScore

ARTICLES = UNSEEN_DIR / "round3_articles.toml"
ROUND4_ARTICLES = UNSEEN_DIR / "round4_articles.toml"
ARTICLE_SETS = (ARTICLES, ROUND4_ARTICLES)


def _answers(found: dict[str, Any], want: dict[str, Any]) -> bool:
    text, want_text = found["text"].strip().lower(), want["text"].strip().lower()
    overlap = text in want_text or want_text in text
    # the contract's date objects carry no range end ({text, value, kind}: docs/cli.md): a range is scored
    # on its first day and its kind
    same_end = (
        found.get("end") == want.get("end")
        if "end" in found
        else (found["kind"] == "range") == ("end" in want)
    )
    return overlap and found.get("value") == want.get("value") and same_end


def score_article(article: dict[str, Any], record: dict[str, Any]) -> UnseenScore:
    found = [d for d in record.get("dates", []) if d["kind"] in ("event", "range")]
    want = article["expect"]
    right = [w for w in want if any(_answers(f, w) for f in found)]
    extra = [f for f in found if not any(_answers(f, w) for w in want)]
    name = Path(article["file"]).name
    misses = [f"{name}: missed {w['text']}={w.get('value')}" for w in want if w not in right]
    misses += [f"{name}: extra {f['text']}={f.get('value')}" for f in extra]
    if record.get("error"):
        misses.append(f"{name}: error {record['error']}")
    return UnseenScore(len(want), len(right), len(extra), misses)


def score_articles(path: Path = ARTICLES) -> dict[str, UnseenScore]:
    """Scores by language (zh, en: the file name ends in _zh.txt or _en.txt) and in all."""
    articles = load_articles(path)
    records = extract_batch(articles, path.parent, stages="extract,dates")
    scores = {"zh": UnseenScore(), "en": UnseenScore()}
    for article, record in zip(articles, records, strict=True):
        scores["zh" if article["file"].endswith("_zh.txt") else "en"].add(score_article(article, record))
    total = UnseenScore()
    for score in list(scores.values()):
        total.add(score)
    return {**scores, "all": total}


def print_articles(verbose: bool, paths: tuple[Path, ...] = ARTICLE_SETS) -> None:
    """One block a set of articles: rows zh, en, all."""
    for path in paths:
        print(f"relative dates in whole articles ({path.name}, through `wirearchive extract --batch`):")
        print(f"{'set':<10} {'expected':>8} {'right':>6} {'accuracy':>9} {'extra':>6}")
        for lang, score in score_articles(path).items():
            acc = f"{score.right / score.expected:.3f}" if score.expected else "-"
            print(f"{lang:<10} {score.expected:>8} {score.right:>6} {acc:>9} {score.extra:>6}")
            if verbose and lang != "all":
                for miss in score.misses or []:
                    print(f"   {miss}")


if __name__ == "__main__":
    print_articles(verbose=True, paths=tuple(Path(a) for a in sys.argv[1:]) or ARTICLE_SETS)
