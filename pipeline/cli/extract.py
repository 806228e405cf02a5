"""``wirearchive extract``: one page, or a batch of pages, through the stages, printed as JSON.

The contract other tools rely on (docs/cli.md): the same fields for one page and for each line of a
batch; exit status 0 also for a bad page (``error`` says why), 2 for bad usage, found before any output.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pipeline.runner import Stage

NOT_RUN = "not translated: stage not run"
NO_TRANSLATE = "not translated: --no-translate given"


@dataclass(frozen=True)
class PageToExtract:
    """One page of ``extract``: a file and what the caller knows about it."""

    path: Path
    url: str | None = None
    published: str | None = None


def read_batch(list_file: Path) -> list[PageToExtract]:
    """The pages of a JSON Lines list: one {"path", "url", "published"} object per line (url and published
    optional; blank lines ignored; relative paths from the current folder). UsageError naming the first
    bad line."""
    pages = []
    with open(list_file, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                pages.append(_batch_entry(line))
            except ValueError as exc:
                raise click.UsageError(f"{list_file}, line {number}: {exc}") from exc
    return pages


def _batch_entry(line: str) -> PageToExtract:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from exc
    if not isinstance(entry, dict):
        raise ValueError('not a JSON object such as {"path": "page.html", "url": "https://..."}')
    unknown = set(entry) - {"path", "url", "published"}
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}; keys are path, url, published")
    if not isinstance(entry.get("path"), str) or not entry["path"]:
        raise ValueError('"path" (a string) is required')
    for key in ("url", "published"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise ValueError(f'"{key}" must be a string or null')
    path = Path(entry["path"])
    if not path.is_file():
        raise ValueError(f"no such file: {path}")
    return PageToExtract(path, entry.get("url"), entry.get("published"))


def chosen_stages(stages: str | None, no_translate: bool) -> tuple[Stage, ...]:
    """The stages to run: all, or those named in ``--stages`` (decode always first), less translation
    when ``--no-translate`` is given."""
    from pipeline.runner import STAGE_NAMES, stages_named

    names = [n.strip() for n in stages.split(",") if n.strip()] if stages is not None else list(STAGE_NAMES)
    try:
        chosen = stages_named(names)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--stages") from exc
    return tuple(s for s in chosen if not (no_translate and s.name == "translate"))


def extract_page(page: PageToExtract, stages: tuple[Stage, ...], no_translate: bool) -> dict[str, Any]:
    """One page through ``stages``, as the contract's JSON object."""
    from pipeline.runner import process_record, record_from_file

    record = process_record(record_from_file(page.path, url=page.url, published=page.published), stages)
    if record.translation_status is None and not any(s.name == "translate" for s in stages):
        record.translation_status = NO_TRANSLATE if no_translate else NOT_RUN
    return record.to_contract()


@click.command()
@click.argument("page", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (used to pick the site's rules).")
@click.option("--published", help="Publication date (ISO 8601) when the page does not give it.")
@click.option(
    "--batch",
    "batch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='A JSON Lines file, one {"path", "url", "published"} per line: prints one JSON object per line, '
    "in order (models loaded once).",
)
@click.option(
    "--stages",
    metavar="NAMES",
    help="Comma list of stages to run, e.g. extract or extract,people,dates (decode always runs first; "
    "default: all).",
)
@click.option("--no-translate", is_flag=True, help="Skip translation (faster).")
def extract(
    page: Path | None,
    url: str | None,
    published: str | None,
    batch: Path | None,
    stages: str | None,
    no_translate: bool,
) -> None:
    """Extract one article from PAGE (.html bytes in any encoding, or .txt) and print it as JSON.

    \b
    Examples:
        wirearchive extract page.html --url https://www.news.cn/politics/20261119/ab.../c.html
        wirearchive extract --batch pages.jsonl --stages extract,people,dates
    Stages: decode, extract, language, translate, people, dates, conferences.
    Exit status is 0 even for a bad page ("error" says why); 2 for bad usage.
    """
    if (page is None) == (batch is None):
        raise click.UsageError("give either PAGE or --batch LIST.jsonl")
    if batch is not None and (url or published):
        raise click.UsageError("--url and --published are for one PAGE; in a batch, give them per line")
    chosen = chosen_stages(stages, no_translate)
    if batch is not None:
        pages = read_batch(batch)
    else:
        assert page is not None
        pages = [PageToExtract(page, url, published)]
    logging.getLogger().setLevel(logging.WARNING)  # stdout is for the JSON only
    for one in pages:
        doc = extract_page(one, chosen, no_translate)
        if batch is None:
            click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps(doc, ensure_ascii=False))
