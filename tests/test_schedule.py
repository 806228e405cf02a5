"""`wirearchive schedule`: crontab lines that run exactly every D, one run at a time, into a rotating log.

The timings are checked by running them through a small cron matcher written here (minute, hour, day of
the week fields: what the lines use) over two days: the gaps between runs must all be D. The crontab is a
fake one (a script on PATH keeping it in a file): the tests never touch the user's real crontab.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import run_cli

from pipeline.logfiles import copy_into
from pipeline.schedule import MARKER, cron_lines, cron_timings, parse_interval


def field_matches(field: str, value: int, first: int, last: int) -> bool:
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/")
            step = int(step_text)
        if part == "*":
            low, high = first, last
        elif "-" in part:
            low, high = map(int, part.split("-"))
        else:
            low = high = int(part)
            if step > 1:
                high = last
        if low <= value <= high and (value - low) % step == 0:
            return True
    return False


def runs(timings: list[str], days: int = 2) -> list[datetime]:
    """The minutes (over ``days`` from a Monday) at which any of the crontab time fields fire."""
    start = datetime(2026, 11, 30)  # a Monday
    found = []
    for offset in range(days * 1440):
        t = start + timedelta(minutes=offset)
        for timing in timings:
            minute, hour, dom, month, dow = timing.split()
            assert dom == "*" and month == "*"  # the lines never use them: cron cannot count days with them
            if (
                field_matches(minute, t.minute, 0, 59)
                and field_matches(hour, t.hour, 0, 23)
                and field_matches(dow, (t.weekday() + 1) % 7, 0, 6)
            ):
                found.append(t)
                break
    return found


@pytest.mark.parametrize(
    "every", ["1m", "5m", "10m", "30m", "45m", "90m", "1h30m", "1h", "2h", "8h", "16m", "12h", "1d"]
)
def test_every_accepted_interval_runs_exactly_that_often(every):
    times = runs(cron_timings(every))
    gaps = {b - a for a, b in zip(times, times[1:], strict=False)}
    assert gaps == {timedelta(minutes=parse_interval(every))}, (every, cron_timings(every))


def test_90_minutes_is_not_hourly_and_a_week_is_weekly():
    assert len(cron_timings("90m")) == 2
    weekly = runs(cron_timings("1w"), days=15)
    assert len(weekly) == 2 and weekly[1] - weekly[0] == timedelta(days=7)


@pytest.mark.parametrize("every", ["7m", "25h", "2d", "3d", "13h", "100m"])
def test_intervals_cron_cannot_keep_are_refused_with_the_reason(every):
    with pytest.raises(ValueError, match="cron cannot run something every"):
        cron_timings(every)


@pytest.mark.parametrize("every", ["", "xh", "0h", "6", "h6", "1.5h", "-1h"])
def test_what_is_not_an_interval_is_refused(every):
    with pytest.raises(ValueError, match="not an interval"):
        cron_timings(every)


def test_the_line_runs_crawl_and_process_under_a_lock_into_a_rotating_log():
    (line,) = cron_lines("6h", "me@example.org", project_dir=Path("/srv/wa"), data_dir=Path("/var/wa"))
    assert line == (
        "0 */6 * * * cd /srv/wa && WIREARCHIVE_DATA=/var/wa WIREARCHIVE_CONTACT=me@example.org "
        "flock -n /var/wa/.schedule.lock make -k crawl process 2>&1 "
        "| /srv/wa/.venv/bin/python -m pipeline.logfiles /var/wa/logs/scheduled.log "
        f"{MARKER} /var/wa"
    )
    (odd,) = cron_lines("1d", "100%me@example.org", data_dir=Path("/var/my data"))
    assert "'/var/my data/.schedule.lock'" in odd and r"100\%me" in odd  # quoted; % escaped for cron


@pytest.fixture
def fake_crontab(tmp_path, monkeypatch):
    """A `crontab` on PATH that keeps the table in a file (crontab -l / crontab -)."""
    table = tmp_path / "crontab.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "crontab"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-l" ]; then [ -f {table} ] && cat {table} || {{ echo "no crontab" >&2; exit 1; }};\n'
        f'elif [ "$1" = "-" ]; then cat > {table}; fi\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return table


@pytest.mark.e2e
def test_install_replaces_and_remove_removes_only_this_schedule(fake_crontab, tmp_path):
    fake_crontab.write_text("15 3 * * * backup.sh\n")
    env = {"WIREARCHIVE_DATA": str(tmp_path / "data"), "WIREARCHIVE_CONTACT": "me@example.org"}
    printed = run_cli("schedule", "--every", "90m", env=env).stdout.splitlines()
    assert len(printed) == 2 and not fake_crontab.read_text().count(MARKER)  # printing installs nothing
    run_cli("schedule", "--every", "90m", "--install", env=env)
    run_cli("schedule", "--every", "6h", "--install", env=env)  # again, another interval: replaces
    lines = fake_crontab.read_text().splitlines()
    assert lines[0] == "15 3 * * * backup.sh" and len(lines) == 2 and lines[1].startswith("0 */6 * * * ")
    result = run_cli("schedule", "--remove", env=env)
    assert "removed 1 line" in result.stdout
    assert fake_crontab.read_text().splitlines() == ["15 3 * * * backup.sh"]


@pytest.mark.e2e
def test_the_command_line_refuses_what_cron_cannot_keep_and_needs_a_contact(tmp_path):
    env = {"WIREARCHIVE_DATA": str(tmp_path / "data"), "WIREARCHIVE_CONTACT": "me@example.org"}
    for bad in ["25h", "7m", "3d", "xh"]:
        result = run_cli("schedule", "--every", bad, env=env, check=False)
        assert result.returncode == 2 and "--every" in result.stderr, bad
    result = run_cli("schedule", "--every", "6h", env={**env, "WIREARCHIVE_CONTACT": ""}, check=False)
    assert result.returncode == 2 and "contact" in result.stderr


@pytest.mark.e2e
def test_a_scheduled_run_still_going_makes_the_next_one_skip(tmp_path):
    """The real crontab line, run twice at once in a stand-in project whose `make` targets just log."""
    project, data = tmp_path / "project", tmp_path / "data"
    project.mkdir()
    (data / "logs").mkdir(parents=True)
    (project / "Makefile").write_text(
        "crawl:\n\techo crawl $$WIREARCHIVE_CONTACT >> $(WIREARCHIVE_DATA)/ran; sleep 3\n"
        "process:\n\techo process >> $(WIREARCHIVE_DATA)/ran\n"
    )
    (line,) = cron_lines("6h", "me@example.org", project_dir=project, data_dir=data, python=sys.executable)
    command = line.split(" ", 5)[5]  # what cron hands to the shell
    first = subprocess.Popen(["sh", "-c", command])
    time.sleep(1)
    subprocess.run(["sh", "-c", command], check=True, timeout=30)  # while the first still runs
    assert first.wait(30) == 0
    assert (data / "ran").read_text().splitlines() == ["crawl me@example.org", "process"]
    assert "echo crawl" in (data / "logs" / "scheduled.log").read_text()  # make's output, in the log


def test_the_scheduled_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.logfiles.LOG_MAX_BYTES", 1000)
    log = tmp_path / "scheduled.log"
    for run in range(30):
        copy_into(log, [f"run {run}: " + "x" * 100 + "\n"])
    assert log.stat().st_size <= 1000 and (tmp_path / "scheduled.log.1").exists()
    assert not (tmp_path / "scheduled.log.6").exists()  # five backups at most
    assert "run 29" in log.read_text()
