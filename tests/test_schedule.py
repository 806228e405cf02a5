"""`wirearchive schedule`: a cron line that runs incremental crawls without overlap, logging to the data dir."""

from pathlib import Path

import pytest
from helpers import run_cli

from pipeline.schedule import cron_line, cron_timing


@pytest.mark.e2e
def test_cron_line_runs_crawl_and_process_under_a_lock_with_a_log(tmp_path):
    data = tmp_path / "data"
    line = run_cli("schedule", "--every", "6h", env={"WIREARCHIVE_DATA": str(data)}).stdout.strip()
    timing, command = line.split(" cd ", 1)
    assert timing == "0 */6 * * *"
    assert "flock -n" in command and "make crawl process" in command
    assert f"WIREARCHIVE_DATA={data}" in command and f">> {data}/logs/scheduled.log" in command


@pytest.mark.e2e
def test_minutes_and_bad_intervals():
    assert run_cli("schedule", "--every", "30m").stdout.startswith("*/30 * * * *")
    for bad in ["3d", "xh", "0h", ""]:
        assert run_cli("schedule", "--every", bad, check=False).returncode == 2, bad


def test_cron_timing_and_line_from_the_library():
    assert cron_timing("6h") == "0 */6 * * *" and cron_timing(" 30m ") == "*/30 * * * *"
    for bad in ["3d", "xh", "0h", "", "6"]:
        with pytest.raises(ValueError):
            cron_timing(bad)
    line = cron_line("2h", project_dir=Path("/srv/wa"), data_dir=Path("/var/wa"))
    assert line == (
        "0 */2 * * * cd /srv/wa && flock -n /var/wa/.crawl.lock "
        "make crawl process WIREARCHIVE_DATA=/var/wa >> /var/wa/logs/scheduled.log 2>&1"
    )
