"""Credits in whole short articles (issue 10, round 5): tests/fixtures/bylines/round5_articles.toml lists .txt and
.html articles with a credit line at the top or the bottom. They are run through the contract, ``wirearchive
extract --batch FILE --stages extract`` (one process, as a user runs it), and an article is right on `authors` when
the record's authors are exactly the expected ones, on `editor` when its editor is the expected one (``""``: null).
``python -m bench.credit_articles [file.toml ...]`` (default: the round-5 set).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.cli_batch import extract_batch, load_articles

BYLINES_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "bylines"
ROUND5_ARTICLES = BYLINES_DIR / "round5_articles.toml"


def score(path: Path = ROUND5_ARTICLES) -> tuple[int, int, int, list[str]]:
    """(articles, authors right, editor right, misses)."""
    articles = load_articles(path)
    records = extract_batch(articles, path.parent, stages="extract")
    authors_right = editor_right = 0
    misses = []
    for article, record in zip(articles, records, strict=True):
        name = Path(article["file"]).name
        if record.get("authors", []) == article["authors"]:
            authors_right += 1
        else:
            misses.append(f"{name}: authors {record.get('authors')} (want {article['authors']})")
        if (record.get("editor") or "") == article["editor"]:
            editor_right += 1
        else:
            misses.append(f"{name}: editor {record.get('editor')!r} (want {article['editor']!r})")
    return len(articles), authors_right, editor_right, misses


def main(paths: tuple[Path, ...]) -> None:
    for path in paths:
        total, authors_right, editor_right, misses = score(path)
        print(f"{path.name} (through `wirearchive extract --batch`): {total} articles")
        print(f"   authors exactly right {authors_right}/{total}, editor right {editor_right}/{total}")
        for miss in misses:
            print(f"   {miss}")


if __name__ == "__main__":
    main(tuple(Path(a) for a in sys.argv[1:]) or (ROUND5_ARTICLES,))
