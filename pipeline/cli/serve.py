"""``wirearchive serve``: pipeline.serve.serve (Datasette with the project's metadata and plugins); ``publish``:
pipeline.store.publish (a lean copy to serve)."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import config


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option(
    "--immutable",
    is_flag=True,
    help="Serve a finished snapshot: faster, and the database file can be downloaded. "
    "Do not write to the archive (crawl, process) while it is served so.",
)
@click.option(
    "--database",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Serve this database instead of $WIREARCHIVE_DATA/wirearchive.db (e.g. a copy made by publish).",
)
def serve(host: str, port: int, immutable: bool, database: Path | None) -> None:
    """Serve the archive with Datasette (read-only) on http://HOST:PORT."""
    from pipeline.serve import port_in_use, serve

    if port_in_use(host, port):
        raise click.ClickException(f"port {port} is in use on {host}: stop what serves there or pick --port")
    path = database or config.db_path()
    click.echo(f"serving {path} on http://{host}:{port}/", err=True)
    serve(path, host, port, immutable=immutable)


@click.command()
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False), required=False)
def publish(target: Path | None) -> None:
    """Write a lean copy of the archive for publishing (default $WIREARCHIVE_DATA/published/wirearchive.db).

    Every table, row and column is kept, except the raw bytes of fetches that succeeded (they are in the
    WARC files under raw/; failed fetches keep theirs) and the translation cache. Serve it with
    `wirearchive serve --database TARGET --immutable`.
    """
    from pipeline.store.publish import publish as write_copy

    target = target or config.data_dir() / "published" / "wirearchive.db"
    sizes = write_copy(config.db_path(), target)
    click.echo(
        f"published {target}: {sizes['published_bytes'] / 1e6:,.1f} MB "
        f"(the working archive: {sizes['source_bytes'] / 1e6:,.1f} MB)"
    )
