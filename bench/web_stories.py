"""Stories of modern English web news for the relative-dates benchmark (issue 10, the fifth sample), built at run
time from ../shared/corpus-web (nothing of its pages is copied into the repository).

The text of a page is the ground-truth body of scrapinghub's article-extraction benchmark (``truth.jsonl``:
``body``), so extraction plays no part; its paragraphs (the body's non-empty lines) are the story's sentences,
numbered from 0. Its reference is the publication date **as printed on the page**, which the annotation carries
(``bench.dates_natural`` puts it on the story): the truth file has none, and a page without a printed date is
left out of the annotation, by rule.

The sample is mechanical (``web_sample``): the English scrapinghub pages of the tuning part of the corpus-web split
(bench.web_split: the held-out part stays unread), in file order, whose body holds a cue of ``WEB_RELATIVE_CUES``
(a list fixed before any body was read), every ``WEB_STEP``-th.

``python -m bench.web_stories`` lists the sampled pages with their paragraphs, for annotating by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.natural_stories import Story
from bench.web_split import part_of

ROOT = Path(__file__).resolve().parents[1]
WEB_DIR = ROOT.parent / "shared" / "corpus-web"
WEB_SPLIT = "scrapinghub"
# The cues, fixed before a body of the sample was read: weekday names, the day words, a relative week, weekend,
# month, year or season, "ago", "from now", "earlier/later this …" and "… in the …", the next/previous day. The
# annotation decides which of them are mentions ("Black Friday", "today" meaning nowadays are not).
WEB_RELATIVE_CUES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this|past|coming)\s+(?:week|month|year|weekend|summer|spring|autumn|fall|winter)"
    r"|ago|from\s+now|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the"
    r"|the\s+(?:next|following|previous)\s+day)\b",
    re.I,
)
WEB_STEP = 1  # every page with a cue


def web_pages(web_dir: Path = WEB_DIR) -> list[dict]:
    """The English scrapinghub rows of truth.jsonl, in file order, each with its line number as ``index``."""
    rows = []
    with (web_dir / "truth.jsonl").open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            row = json.loads(line)
            if row["set"] == WEB_SPLIT and row["lang"] == "en":
                rows.append({**row, "index": index})
    return rows


def paragraphs(body: str) -> list[str]:
    return [line.strip() for line in body.split("\n") if line.strip()]


def web_story(row: dict) -> Story:
    """A page as a story: ``first`` = its line in truth.jsonl, no reference (the annotation gives the printed one)."""
    return Story(WEB_SPLIT, "en", row["index"], "", list(enumerate(paragraphs(row["body"]))))


def web_sample(rows: list[dict], web_dir: Path = WEB_DIR, step: int = WEB_STEP) -> list[dict]:
    """Every ``step``-th page of the tuning part whose body holds a cue, in file order, from the first."""
    tuning = [r for r in rows if part_of((web_dir / r["file"]).read_bytes()) == "tuning"]
    return [r for r in tuning if WEB_RELATIVE_CUES.search(r["body"])][::step]


if __name__ == "__main__":
    for row in web_sample(web_pages()):
        story = web_story(row)
        print(f"=== page {story.first} {row['file'].rsplit('/', 1)[-1][:12]} {row['url']}")
        for index, text in story.sentences:
            print(f"{index}\t{text}")
