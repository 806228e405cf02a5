"""Scheduled crawls: the crontab lines that run ``make -k crawl process`` every D, one run at a time.

Cron has no "every D": it matches minutes, hours and days of the calendar. An interval is accepted only
when cron can keep it exactly: one that divides an hour (``*/20``), one that divides a day (``90m`` is two
lines, ``0 0,3,6,... * * *`` and ``30 1,4,7,... * * *``), a day, or a week. Anything else (``7m``, ``25h``,
``2d``, whose runs would bunch up at the end of each hour, day or month) is refused with the reason.

Each line runs the crawl and the processing under ``flock -n`` (a run that starts while the last one still
works exits at once, instead of piling up; both are incremental, so a skipped run only delays new
articles), with ``make -k`` so the run records of a crawl that failed are still loaded. The output goes
through pipeline/logfiles.py into $WIREARCHIVE_DATA/logs/scheduled.log, which rotates. Each line ends with
a comment naming its data folder, so installing again replaces them and removing finds them.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from pipeline import config

MARKER = "# wirearchive schedule:"
UNITS = {"m": 1, "h": 60, "d": 1440, "w": 10080}
_PART = re.compile(r"(\d+)([mhdw])")
DAY = 1440


def parse_interval(every: str) -> int:
    """``90m``, ``1h30m``, ``6h``, ``1d``, ``1w`` -> minutes; ValueError for anything else."""
    text = every.strip().lower()
    parts = _PART.findall(text)
    if not text or "".join(n + u for n, u in parts) != text:
        raise ValueError(
            f"{every!r} is not an interval: use minutes, hours, days or weeks, e.g. 30m, 90m, 6h, 1d"
        )
    minutes = sum(int(n) * UNITS[u] for n, u in parts)
    if minutes <= 0:
        raise ValueError(f"{every!r} is not an interval: it must be longer than nothing")
    return minutes


def cron_timings(every: str) -> list[str]:
    """The cron time fields that run something every ``every``, exactly: one line or several."""
    minutes = parse_interval(every)
    if minutes == DAY:
        return ["0 0 * * *"]
    if minutes == 7 * DAY:
        return ["0 0 * * 0"]
    if minutes < 60 and 60 % minutes == 0:
        return ["* * * * *" if minutes == 1 else f"*/{minutes} * * * *"]
    if minutes % 60 == 0 and DAY % minutes == 0:
        hours = minutes // 60
        return ["0 * * * *" if hours == 1 else f"0 */{hours} * * *"]
    if DAY % minutes == 0:  # repeats each day: one line per minute of the hour it falls on
        hours_at: dict[int, list[int]] = {}
        for start in range(0, DAY, minutes):
            hours_at.setdefault(start % 60, []).append(start // 60)
        return [f"{minute} {','.join(map(str, hours))} * * *" for minute, hours in sorted(hours_at.items())]
    raise ValueError(
        f"cron cannot run something every {every.strip()}: it matches times of the day and days of the "
        "month, so the interval must divide an hour or a day (e.g. 10m, 30m, 45m, 90m, 2h, 8h, 12h) or be "
        "1d or 7d"
    )


def cron_lines(
    every: str,
    contact: str,
    project_dir: Path = config.PROJECT_DIR,
    data_dir: Path | None = None,
    python: str | None = None,
) -> list[str]:
    """The crontab lines: crawl and process incrementally, one run at a time, into a rotating log."""
    data = data_dir or config.data_dir()
    python = python or str(project_dir / ".venv" / "bin" / "python")
    q = shlex.quote
    command = (
        f"cd {q(str(project_dir))} && WIREARCHIVE_DATA={q(str(data))} WIREARCHIVE_CONTACT={q(contact)} "
        f"flock -n {q(str(data / '.schedule.lock'))} make -k crawl process 2>&1 "
        f"| {q(python)} -m pipeline.logfiles {q(str(data / 'logs' / 'scheduled.log'))}"
    )
    command = command.replace("%", r"\%")  # cron turns a bare % into a newline
    return [f"{timing} {command} {MARKER} {data}" for timing in cron_timings(every)]


def _crontab() -> str:
    crontab = shutil.which("crontab")
    if crontab is None:
        raise RuntimeError("crontab not found: install cron (Debian: apt-get install cron)")
    return crontab


def current_crontab() -> list[str]:
    result = subprocess.run([_crontab(), "-l"], capture_output=True, text=True)
    if result.returncode != 0:  # "no crontab for <user>"
        return []
    return result.stdout.splitlines()


def _ours(line: str, data: Path) -> bool:
    return line.rstrip().endswith(f"{MARKER} {data}")


def _write_crontab(lines: list[str]) -> None:
    subprocess.run([_crontab(), "-"], input="".join(line + "\n" for line in lines), text=True, check=True)


def install_in_crontab(lines: list[str], data_dir: Path | None = None) -> int:
    """Put ``lines`` in the user's crontab in place of any earlier schedule of the same data folder;
    returns how many earlier lines they replaced."""
    data = data_dir or config.data_dir()
    current = current_crontab()
    kept = [line for line in current if not _ours(line, data)]
    _write_crontab(kept + lines)
    return len(current) - len(kept)


def remove_from_crontab(data_dir: Path | None = None) -> int:
    """Remove the schedule of this data folder from the user's crontab; returns how many lines went."""
    data = data_dir or config.data_dir()
    current = current_crontab()
    kept = [line for line in current if not _ours(line, data)]
    if len(kept) != len(current):
        _write_crontab(kept)
    return len(current) - len(kept)
