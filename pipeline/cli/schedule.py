"""``wirearchive schedule``: pipeline.schedule's crontab lines, printed, installed or removed."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--every",
    default="6h",
    show_default=True,
    help="Interval: minutes, hours, days or weeks (30m, 90m, 1h30m, 6h, 1d, 1w). Cron keeps only those that "
    "divide an hour or a day, or 1d or 1w: others are refused.",
)
@click.option(
    "--contact",
    envvar="WIREARCHIVE_CONTACT",
    default="",
    help="Contact sent in the user agent of the scheduled (live) crawls. [env: WIREARCHIVE_CONTACT]",
)
@click.option(
    "--install", is_flag=True, help="Put the lines in your crontab (replacing an earlier schedule)."
)
@click.option("--remove", is_flag=True, help="Remove this data folder's schedule from your crontab.")
def schedule(every: str, contact: str, install: bool, remove: bool) -> None:
    """Print (or install, or remove) the crontab lines that crawl and process incrementally, every EVERY.

    One run at a time (a run still going makes the next one skip), the output kept in
    $WIREARCHIVE_DATA/logs/scheduled.log, rotated. An interval cron can only keep with several lines
    (90m: 0:00, 1:30, 3:00 ...) is written as several lines.
    """
    from crawlers.settings import contact_problem
    from pipeline.schedule import cron_lines, install_in_crontab, remove_from_crontab

    if remove:
        try:
            removed = remove_from_crontab()
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(
            f"removed {removed} line(s) from your crontab" if removed else "no schedule in your crontab"
        )
        return
    problem = contact_problem(contact)
    if problem:
        raise click.UsageError(problem.replace("a live crawl", "a scheduled crawl (live)"))
    try:
        lines = cron_lines(every, contact)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    for line in lines:
        click.echo(line)
    if install:
        try:
            replaced = install_in_crontab(lines)
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(
            f"installed in your crontab{f' (replacing {replaced} line(s))' if replaced else ''}", err=True
        )
