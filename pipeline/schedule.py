"""The cron line for scheduled crawls: ``make crawl process`` every N hours or minutes, under a lock.

``flock -n`` makes a run that starts while the previous one still works exit at once instead of piling
up; both runs are incremental, so a skipped run only delays new articles until the next one.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pipeline import config

INTERVAL = re.compile(r"([1-9][0-9]*)([hm])")


def cron_timing(every: str) -> str:
    """``6h`` -> ``0 */6 * * *``, ``30m`` -> ``*/30 * * * *``; ValueError for anything else."""
    match = INTERVAL.fullmatch(every.strip())
    if match is None:
        raise ValueError("use Nh (hours) or Nm (minutes), e.g. 6h")
    amount, unit = match.groups()
    return f"0 */{amount} * * *" if unit == "h" else f"*/{amount} * * * *"


def cron_line(every: str, project_dir: Path = config.PROJECT_DIR, data_dir: Path | None = None) -> str:
    """The crontab line: crawl and process incrementally, one run at a time, appending to a log."""
    data = data_dir or config.data_dir()
    log = data / "logs" / "scheduled.log"
    return (
        f"{cron_timing(every)} cd {project_dir} && flock -n {data}/.crawl.lock "
        f"make crawl process WIREARCHIVE_DATA={data} >> {log} 2>&1"
    )


def install_in_crontab(line: str) -> bool:
    """Add ``line`` to the current user's crontab unless it is there already; True when it was added."""
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    if line in current:
        return False
    subprocess.run(["crontab", "-"], input=current + line + "\n", text=True, check=True)
    return True
