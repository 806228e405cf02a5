"""Write docs/cli.md from the CLI itself (every command's --help), so the docs cannot drift.

``python -m tools.cli_docs`` rewrites it; tests/test_docs.py fails when it is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import cli
from pipeline.config import PROJECT_DIR
from pipeline.runner import STAGE_NAMES

INTRO = """# The `wirearchive` command

`wirearchive` is a thin layer over the library: click parses the options (one module per command in
`pipeline/cli/`) and calls one function, which you can also call from Python. Installed into `.venv` by
`make install`; the Makefile targets call it.

| command | function |
|---|---|
| `extract` | `pipeline.runner.process_record` over `record_from_file`, the stages from `stages_named` |
| `crawl` | `crawlers.run.run_crawl` |
| `process` | `pipeline.runner.process_archive` |
| `search` | `pipeline.store.Store.search` |
| `serve` | `pipeline.serve.serve` (`datasette_args`) |
| `schedule` | `pipeline.schedule.cron_lines`, `install_in_crontab`, `remove_from_crontab` |
| `models` | `pipeline.stages.translate.models`: `scan_models`, `install_model`, `remove_model`, `install_from_index` |

The demo (`make demo`) is `python -m samples.demo`: it needs the bundled sample sites, which only a source
checkout has.

Everything it writes goes under `$WIREARCHIVE_DATA` (default `./data`).

## `wirearchive extract` output

One JSON object (the contract other tools rely on):

| field | meaning |
|---|---|
| `url` | the `--url` given (or null) |
| `site` | site family whose rules matched, e.g. `news.cn` (null for the generic extractor) |
| `lang` | ISO 639-1 language, `und` when unsure |
| `title` | headline without site suffixes |
| `published` | ISO 8601, with `+08:00` for Chinese state media when the page gives a time |
| `authors` | list of reporters |
| `editor` | responsible editor or null |
| `dateline` | `{place, date}` or null |
| `body` | paragraphs joined by blank lines |
| `people` | list of `{name, name_en, name_zh, role}` |
| `dates` | list of `{text, value, kind}` (value ISO 8601; kind published / dateline / event / range) |
| `title_en`, `body_en` | English text: the original for English pages, else the translation, else null |
| `translation` | `{status, model, quality, flags}`; status `original`, `translated`, `partly translated: <why>` or `not translated: <why>`; quality `ok`, `doubtful`, `unusable` (null when not translated); flags: one `{sentence, part, paragraph, source, target, kinds}` per doubtful sentence ([translation.md](translation.md#checks-what-is-flagged-and-why)) |
| `error` | null, or why the page could not be extracted |
| `warnings` | what was read with doubts or cut: an unsure encoding, a page over 5 MB truncated, page text or a body over the extractor's limits cut |

Exit status: 0, also for a bad page (then `error` says why); 2 for bad usage (a missing file, an unknown
stage, a bad `--batch` line), reported before anything is printed.

Example (a sample page bundled with the project):

```sh
.venv/bin/wirearchive extract \\
  samples/sites/www.news.cn/politics/2026-11/17/c_1129000001.htm \\
  --url https://www.news.cn/politics/2026-11/17/c_1129000001.htm
```

**Many pages**: `--batch LIST.jsonl` reads one `{"path", "url", "published"}` object per line (`url` and
`published` optional; relative paths from the current folder) and prints one JSON object per line, in the
same order, with the same fields as for one page. The models are loaded once, so a batch is much faster
than one command per page:

```sh
printf '%s\\n' '{"path": "a.html", "url": "https://www.news.cn/politics/2026-11/17/c_1129000001.htm"}' \\
                '{"path": "b.txt", "published": "2021-11-16"}' > pages.jsonl
.venv/bin/wirearchive extract --batch pages.jsonl > pages.out.jsonl
```

**Some stages**: `--stages extract,people,dates` runs only the stages named (decode always runs first;
the names are `{stage_names}`, in that order). The
fields of a stage not run keep their empty values (`lang` null, `people` and `dates` empty, no English text)
and `translation.status` says `not translated: stage not run`. `--no-translate` leaves out translation
alone (`not translated: --no-translate given`).

## Commands
"""


def _help(command: click.Command, name: str, parent: click.Context) -> str:
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=100, max_content_width=100)
    return command.get_help(ctx)


def render() -> str:
    root = click.Context(cli, info_name="wirearchive", terminal_width=100, max_content_width=100)
    parts = [INTRO.replace("{stage_names}", ", ".join(STAGE_NAMES)), "```", cli.get_help(root), "```", ""]
    for name in sorted(cli.commands):
        command = cli.commands[name]
        parts += [f"### wirearchive {name}", "", "```", _help(command, name, root), "```", ""]
        if isinstance(command, click.Group):
            sub_root = click.Context(command, info_name=name, parent=root)
            for sub in sorted(command.commands):
                parts += [
                    f"#### wirearchive {name} {sub}",
                    "",
                    "```",
                    _help(command.commands[sub], sub, sub_root),
                    "```",
                    "",
                ]
    return "\n".join(parts)


def write(path: Path = PROJECT_DIR / "docs" / "cli.md") -> None:
    path.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_DIR / "docs" / "cli.md")
