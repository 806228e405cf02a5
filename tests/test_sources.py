"""Every source in sources.toml has a spider, and its URL patterns tell articles from list pages."""

import re
import subprocess

import pytest
from helpers import BIN, ROOT

from pipeline.catalog import load_sources

ARTICLES = {
    "chinanews": "https://www.chinanews.com.cn/gn/2021/11-16/9610166.shtml",
    "xinhua": "https://www.news.cn/politics/20231117/3f1c1c8e1b0a4c0f9d2b6a7e8f9a0b1c/c.html",
    "xinhua_en": "https://english.news.cn/20230115/98a3b5c41af641938a2a205f1e0b9f71/c.html",
    "people": "http://politics.people.com.cn/n1/2022/0830/c1001-32515432.html",
    "chinadaily": "https://www.chinadaily.com.cn/a/202405/20/WS664af0b2a31082fc043c814d.html",
    "cac": "https://www.cac.gov.cn/2021-11/16/c_1638680011111111.htm",
}


@pytest.mark.e2e  # runs `scrapy list` in a subprocess
def test_every_source_has_a_spider_of_its_name():
    listed = subprocess.run(
        [str(BIN / "scrapy"), "list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert sorted(listed) == sorted(load_sources())


@pytest.mark.parametrize("source", sorted(ARTICLES))
def test_article_urls_match_the_article_patterns_and_not_the_list_patterns(source):
    config = load_sources()[source]
    url = ARTICLES[source]
    assert any(re.search(p, url) for p in config["article_patterns"])
    assert not any(re.search(p, url) for p in config.get("list_patterns", []))
    assert any(re.search(p, url) for p in config["url_dates"])  # the publication day is read from it
    for start in config["start_urls"]:
        assert not any(re.search(p, start) for p in config["article_patterns"])
    host = url.split("/")[2]
    assert any(host == d or host.endswith("." + d) for d in config["allowed_domains"])


def test_every_source_is_tested_here():
    assert set(ARTICLES) == set(load_sources())
