"""``wirearchive models``: list, install and remove translation models (argostranslate packages).

Each command calls one function of pipeline.stages.translate.models. Registered on the main command in
pipeline/cli/__init__.py; also runs standalone as ``python -m pipeline.cli.models``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from pipeline import config
from pipeline.stages.translate.models import (
    INDEX_LANGUAGES,
    ModelError,
    install_from_index,
    install_model,
    model_size,
    model_source,
    remove_model,
    scan_models,
)


@contextmanager
def _model_errors() -> Iterator[None]:
    """A ModelError becomes a click error: its message and exit status 1, no traceback."""
    try:
        yield
    except ModelError as e:
        raise click.ClickException(str(e)) from e


@click.group("models")
def models() -> None:
    """Translation models (argostranslate packages) in DATA/models."""


@models.command("list")
def list_command() -> None:
    """List installed models: name, language pair, package and version, size, where it came from."""
    installed, problems = scan_models()
    click.echo(f"models dir: {config.models_dir()}")
    if not installed:
        click.echo(
            "no translation model installed (articles keep status 'not translated: no model installed')"
        )
    for m in installed:
        size = f"{model_size(m) / 1_000_000:.1f} MB"
        click.echo(f"{m.name}\t{m.pair}\t{m.label}\t{size}\t{model_source(m)}")
    for problem in problems:
        click.echo(f"warning: not a valid package: {problem}", err=True)


@models.command("install")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def install_command(path: str) -> None:
    """Install a .argosmodel file (no network)."""
    with _model_errors():
        m = install_model(path)
    click.echo(f"installed {m.name} ({m.pair}, {m.label}) into {config.models_dir()}")


@models.command("remove")
@click.argument("name")
def remove_command(name: str) -> None:
    """Remove an installed model (folder name, package code or pair such as zh_en)."""
    with _model_errors():
        m = remove_model(name)
    click.echo(f"removed {m.name} ({m.pair})")


@models.command("install-index")
@click.argument("langs", nargs=-1)
@click.option(
    "--index",
    "index",
    metavar="URL",
    help="A package index in argos's format (http(s) or file URL, or a path); default: argos's own index.",
)
def install_index_command(langs: tuple[str, ...], index: str | None) -> None:
    """Install LANGS→en models from a package index (default zh fr es ru ar ja de; argos's index NEEDS
    INTERNET)."""
    with _model_errors():
        installed = install_from_index(langs or INDEX_LANGUAGES, url=index)
    for m in installed:
        click.echo(f"installed {m.name} ({m.pair}, {m.label}) into {config.models_dir()}")


if __name__ == "__main__":
    models()
