"""Take the screenshots in docs/images/ from a real demo archive, served by Datasette, shot by Chromium.

    make screenshots        # or: .venv/bin/python tools/screenshots.py

Builds a fresh archive from the bundled sample sites in a temporary data folder. When the test translation
model ../shared/models/translate-zh_en-fixture.argosmodel is present it is installed first, so the pictures
show real (fixture-model) translations; without it they show the honest "not translated" status.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FIXTURE_MODEL = ROOT.parent / "shared" / "models" / "translate-zh_en-fixture.argosmodel"
OUT = ROOT / "docs" / "images"
FORUM = "lakeside-digital-culture-forum-2026"
ANNOUNCEMENT = "https://www.news.cn/politics/20261118/5ebeb6065f64f2346dbb00ab789cf001/c.html"


def run(*args: str, env: dict[str, str]) -> None:
    subprocess.run([str(BIN / "wirearchive"), *args], env=env, check=True)


def main() -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from helpers import chromium_command, wait_for_http

    from samples.server import SampleSiteServer

    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("chromium is not installed: make browser-deps")
    work = Path(tempfile.mkdtemp(prefix="wirearchive-shots-"))
    env = dict(os.environ, WIREARCHIVE_DATA=str(work / "data"))
    server = SampleSiteServer(port=0)
    server.start_background()
    run("crawl", env=dict(env, WIREARCHIVE_SAMPLE_BASE=server.base_url))
    server.shutdown()
    if FIXTURE_MODEL.exists():
        run("models", "install", str(FIXTURE_MODEL), env=env)
    run("process", "--quiet", env=env)
    port = 8765
    datasette = subprocess.Popen(
        [str(BIN / "wirearchive"), "serve", "--immutable", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_for_http(base + "/-/versions.json"):
            sys.exit("datasette did not start")

        def first_row(path: str, **params: str | int) -> dict:
            query = urllib.parse.urlencode({"_shape": "array", "_size": 1, **params})
            rows = json.loads(urllib.request.urlopen(f"{base}/wirearchive/{path}.json?{query}").read())
            return rows[0]

        # an article with people, roles and event dates (the announcement of the forum), else any Chinese one
        try:
            article = first_row("articles", url=ANNOUNCEMENT)
        except IndexError:
            article = first_row("articles", lang="zh", error__isnull=1)
        person = first_row("people", key="wang jianguo")
        # (name, URL, window height): the pictures in README.md and docs/archive.md
        pages = [
            ("search", f"{base}/search?" + urllib.parse.urlencode({"q": "王建国"}), 1100),
            ("article", f"{base}/wirearchive/articles/{article['id']}", 1250),
            ("person", f"{base}/wirearchive/people/{person['id']}", 900),
            ("conference", f"{base}/wirearchive/conferences/{FORUM}", 1250),
            ("people", f"{base}/wirearchive/people_by_conference", 800),
            ("failures", f"{base}/wirearchive/failed_pages", 700),
        ]
        OUT.mkdir(parents=True, exist_ok=True)
        for name, url, height in pages:
            subprocess.run(
                chromium_command(
                    chromium,
                    work / "profile",
                    f"--screenshot={OUT / (name + '.png')}",
                    url,
                    size=f"1280,{height}",
                ),
                check=True,
                capture_output=True,
                timeout=120,
            )
            print(f"docs/images/{name}.png  <- {url}")
    finally:
        datasette.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
