"""``wirearchive serve``: pipeline.serve.serve (Datasette with the project's metadata and plugins)."""

from __future__ import annotations

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
def serve(host: str, port: int, immutable: bool) -> None:
    """Serve the archive with Datasette (read-only) on http://HOST:PORT."""
    from pipeline.serve import port_in_use, serve

    if port_in_use(host, port):
        raise click.ClickException(f"port {port} is in use on {host}: stop what serves there or pick --port")
    click.echo(f"serving {config.db_path()} on http://{host}:{port}/", err=True)
    serve(config.db_path(), host, port, immutable=immutable)
