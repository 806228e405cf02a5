"""``wirearchive search``: pipeline.store.Store.search from the terminal."""

from __future__ import annotations

import click

from pipeline import config


@click.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
def search(query: str, limit: int) -> None:
    """Search the archive: Chinese substrings (文明) and English words, originals and translations."""
    from pipeline.store import Store

    store = Store(config.db_path())
    try:
        rows = store.search(query, limit)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    for row in rows:
        click.echo(f"{row['lang'] or '?':3} {row['title'] or row['title_en'] or '(no title)'}  {row['url']}")
    if not rows:
        click.echo("no match", err=True)
