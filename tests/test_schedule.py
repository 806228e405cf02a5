"""`wirearchive schedule`: a cron line that runs incremental crawls without overlap, logging to the data dir."""

from helpers import run_cli


def test_cron_line_runs_crawl_and_process_under_a_lock_with_a_log(tmp_path):
    data = tmp_path / "data"
    line = run_cli("schedule", "--every", "6h", env={"WIREARCHIVE_DATA": str(data)}).stdout.strip()
    timing, command = line.split(" cd ", 1)
    assert timing == "0 */6 * * *"
    assert "flock -n" in command and "make crawl process" in command
    assert f"WIREARCHIVE_DATA={data}" in command and f">> {data}/logs/scheduled.log" in command


def test_minutes_and_bad_intervals():
    assert run_cli("schedule", "--every", "30m").stdout.startswith("*/30 * * * *")
    for bad in ["3d", "xh", "0h", ""]:
        assert run_cli("schedule", "--every", bad, check=False).returncode == 2, bad
