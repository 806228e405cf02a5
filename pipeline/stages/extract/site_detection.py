"""Which site family a page belongs to (sites.toml), from its URL or, without one, from the page itself;
and which conventions (Chinese or English bylines and datelines, time zone) to read a page with.

``generic_only()`` switches recognition off: no page is then of a known site, so no site rule, title suffix,
time zone or agency applies and the generic engine (text density + noise.toml) does everything. The
benchmark uses it to measure how the extractor does on sites it has no rules for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import html as lxml_html

from pipeline.stages.extract.rules import Site, host_path, registrable, site_for_url
from pipeline.text.scripts import han_outnumbers_latin_words

# Hosts a page links to for widgets, CDNs and analytics: they never tell which site the page belongs to.
INFRA_HOST = re.compile(
    r"baidu|google|cnzz|bshare|jiathis|qq\.com|sina\.com|weibo|facebook|twitter|doubleclick|51\.la"
)
# A page's own URL, where it states one.
OWN_URL_XPATHS = (
    "//link[@rel='canonical']/@href",
    "//meta[@property='og:url']/@content",
    "//input[@id='newsurl']/@value",
    "//base/@href",
)
LINK_XPATH = "//a/@href | //link/@href | //script/@src | //img/@src"

_GENERIC_ONLY: ContextVar[bool] = ContextVar("generic_only", default=False)


@contextmanager
def generic_only() -> Iterator[None]:
    """Within this block, extract() recognises no site: the generic engine alone (an ablation)."""
    token = _GENERIC_ONLY.set(True)
    try:
        yield
    finally:
        _GENERIC_ONLY.reset(token)


def site_of_url(url: str | None) -> Site | None:
    """The site family of a URL (None within generic_only())."""
    if _GENERIC_ONLY.get():
        return None
    return site_for_url(url)


def site_of_page(url: str | None, root: lxml_html.HtmlElement) -> tuple[Site | None, str | None]:
    """(site, site name) of an HTML page: by its URL, else by the page (the name may be a bare domain of an
    unknown site); (None, None) within generic_only()."""
    if _GENERIC_ONLY.get():
        return None, None
    site = site_for_url(url)
    if site is not None:
        return site, site.name
    return site_from_page(root)


def site_from_page(root: lxml_html.HtmlElement) -> tuple[Site | None, str | None]:
    """Site family of a page without a URL: its own canonical URL, else the host most of its links use."""
    for xp in OWN_URL_XPATHS:
        for url in root.xpath(xp):
            url = str(url)
            if url.startswith("http"):
                s = site_for_url(url)
                if s:
                    return s, s.name
    hosts: dict[str, dict[str, int]] = {}  # registrable domain -> host -> links
    for href in root.xpath(LINK_XPATH):
        href = str(href)
        if href.startswith(("http://", "https://", "//")):
            host, _ = host_path(href if href.startswith("http") else "http:" + href)
            if host:
                per_host = hosts.setdefault(registrable(host), {})
                per_host[host] = per_host.get(host, 0) + 1
    # the most linked domain, unless it is infrastructure (CDNs, share widgets, analytics)
    ranked = sorted(hosts, key=lambda reg: -sum(hosts[reg].values()))
    for reg in ranked:
        if INFRA_HOST.search(reg):
            continue
        # the domain's most linked host decides between families sharing it (en.people.cn, people.cn)
        top = max(hosts[reg].items(), key=lambda kv: kv[1])[0]
        s = site_for_url("http://" + top + "/") or site_for_url("http://www." + reg + "/")
        return s, (s.name if s else reg)
    return None, None


def page_lang(text: str) -> str:
    """ "zh" when Han characters outnumber Latin words, else "en" (the language stage decides later; this
    only picks the byline and date conventions)."""
    return "zh" if han_outnumbers_latin_words(text) else "en"
