"""`wirearchive process`: resumable and idempotent over a real crawled archive."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from helpers import ROOT, crawl_samples, run_cli

pytestmark = pytest.mark.e2e
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


def test_a_run_stopped_early_is_completed_by_the_next_without_duplicates(tmp_path, sample_server):
    env = {"WIREARCHIVE_DATA": str(tmp_path / "data"), "WIREARCHIVE_SAMPLE_BASE": sample_server.base_url}
    crawl_samples(env)
    run_cli("process", "--quiet", "--limit", "5", env=env)  # stands for a run interrupted after 5 articles
    db = sqlite_utils.Database(tmp_path / "data" / "wirearchive.db")
    assert db["articles"].count == 5
    first_ids = {r["id"]: r["processed_at"] for r in db.query("select id, processed_at from articles")}
    run_cli("process", "--quiet", env=env)
    assert db["articles"].count == len(EXPECTED)
    runs = list(db.query("select stored, failed, skipped from runs order by id"))
    assert runs[1]["stored"] + runs[1]["failed"] == len(EXPECTED) - 5  # only what was left
    assert runs[1]["skipped"] == 5
    # the first five were not touched again
    again = {r["id"]: r["processed_at"] for r in db.query("select id, processed_at from articles")}
    assert {i: again[i] for i in first_ids} == first_ids
    # every table that hangs off an article points at an existing one, no orphans or duplicates
    assert not list(db.query("select 1 from mentions where article_id not in (select id from articles)"))
    assert not list(db.query("select 1 from dates where article_id not in (select id from articles)"))
    assert (
        db.execute("select count(*) from articles_fts").fetchone()[0]
        == db.execute("select count(*) from articles where error is null").fetchone()[0]
    )


def test_force_reprocesses_everything_to_the_same_rows(tmp_path, sample_server):
    env = {"WIREARCHIVE_DATA": str(tmp_path / "data"), "WIREARCHIVE_SAMPLE_BASE": sample_server.base_url}
    run_cli("crawl", "xinhua_en", env=env)
    run_cli("process", "--quiet", env=env)
    db = sqlite_utils.Database(tmp_path / "data" / "wirearchive.db")

    def snapshot():
        return (
            list(
                db.query("select id, url, title, body, body_en, published, authors from articles order by id")
            ),
            list(db.query("select article_id, name, role, kind from mentions order by 1, 2, 3, 4")),
            list(db.query("select article_id, text, value, kind from dates order by 1, 2, 3, 4")),
        )

    before = snapshot()
    run_cli("process", "--quiet", "--force", env=env)
    assert snapshot() == before
