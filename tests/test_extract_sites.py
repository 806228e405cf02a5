"""Site rules of pipeline/data/sites.toml checked against hand-made pages in each site's layout.

Every ``tests/fixtures/extract/<name>.html`` with a ``<name>.json`` next to it is an article page; the JSON
gives its URL, the site and rule expected to match, and the exact fields decode + extract must produce.
The ``*_list.html`` pages are channel/index pages of the same sites and must not be taken as articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
FIELDS = ("site", "rule", "title", "published", "authors", "editor", "paragraphs")

ARTICLES = sorted(p.stem for p in FIXTURES.glob("*.json") if (FIXTURES / f"{p.stem}.html").exists())

LISTS = {
    "people_list": ("people.com.cn", "http://politics.people.com.cn/GB/1024/index.html"),
    "en_people_list": ("en.people.cn", "http://en.people.cn/90785/index.html"),
    "chinadaily_list": ("chinadaily.com.cn", "https://www.chinadaily.com.cn/china"),
    "cac_list": ("cac.gov.cn", "http://www.cac.gov.cn/wxzw/A0937index_1.htm"),
    "scio_list": ("scio.gov.cn", "http://www.scio.gov.cn/xwfb/gwyxwbgsxwfbh/wqfbh_2284/2025n_1/index.html"),
    "govcn_list": ("gov.cn", "https://www.gov.cn/xinwen/gundong.htm"),
}


def run(name: str, url: str | None) -> Article:
    return extract(decode(Article(raw=(FIXTURES / f"{name}.html").read_bytes(), url=url)))


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def test_every_ruled_site_has_an_article_fixture() -> None:
    sites = {expected(name)["site"] for name in ARTICLES}
    assert {
        "people.com.cn",
        "en.people.cn",
        "chinadaily.com.cn",
        "cac.gov.cn",
        "scio.gov.cn",
        "gov.cn",
    } <= sites


@pytest.mark.parametrize("name", ARTICLES)
def test_site_article_fields(name: str) -> None:
    want = expected(name)
    rec = run(name, want["url"])
    assert rec.error is None
    assert rec.page_kind == want.get("page_kind", "article")
    got = {field: getattr(rec, field) for field in FIELDS}
    assert got == {field: want[field] for field in FIELDS}


@pytest.mark.parametrize("name", ARTICLES)
def test_site_article_without_url(name: str) -> None:
    """The page alone (no URL) still finds its site, rule, title and body."""
    want = expected(name)
    rec = run(name, None)
    assert (rec.site, rec.rule, rec.title) == (want["site"], want["rule"], want["title"])
    assert rec.paragraphs == want["paragraphs"]


def test_people_gbk_page_is_decoded() -> None:
    raw = (FIXTURES / "people_2015_gbk.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rec = decode(Article(raw=raw, url=expected("people_2015_gbk")["url"]))
    assert rec.encoding in ("gb18030", "gbk", "gb2312")
    assert "云岭数字治理大会" in (rec.html or "")


def test_people_agency_from_channel_line() -> None:
    rec = run("people_2015_gbk", expected("people_2015_gbk")["url"])
    assert rec.agency == "人民网-时政频道"
    assert not any("原标题" in p or "图为" in p or "分享" in p for p in rec.paragraphs)


def test_scio_transcript_keeps_every_turn() -> None:
    rec = run("scio_transcript", expected("scio_transcript")["url"])
    assert rec.paragraphs.count("主持人 孙晓丽：") == 4
    assert "中国日报记者：" in rec.paragraphs
    assert rec.authors == []  # speakers and the asking reporter are not authors


@pytest.mark.parametrize("name", sorted(LISTS))
def test_site_list_page_is_not_an_article(name: str) -> None:
    site, url = LISTS[name]
    rec = run(name, url)
    assert rec.site == site
    assert rec.page_kind != "article" or rec.error is not None
    assert rec.page_kind == "list"
    assert rec.error
