"""``wirearchive schedule``: pipeline.schedule's cron line, printed or installed."""

from __future__ import annotations

import click


@click.command()
@click.option("--every", default="6h", show_default=True, help="Interval: Nh (hours) or Nm (minutes).")
@click.option("--install", is_flag=True, help="Add the line to the current user's crontab.")
def schedule(every: str, install: bool) -> None:
    """Print (or install) a cron line that crawls and processes incrementally, with logs and a lock."""
    from pipeline.schedule import cron_line, install_in_crontab

    try:
        line = cron_line(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    click.echo(line)
    if install:
        added = install_in_crontab(line)
        click.echo("installed in crontab" if added else "already in crontab", err=True)
