"""Site rules and noise patterns, loaded from pipeline/data/sites.toml and noise.toml (knowledge as data)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from cssselect import GenericTranslator, SelectorError
from lxml import etree

from pipeline.config import DATA_FILES
from pipeline.stages.extract.class_names import WordPattern
from pipeline.stages.extract.dom import BlockNames, clean_text
from pipeline.stages.extract.shapes import HiddenClasses

_CSS = GenericTranslator()


class Selector:
    """One selector from the rules: XPath when it starts with "/" or "(", CSS otherwise."""

    def __init__(self, text: str):
        self.text = text
        expr = text if text.startswith(("/", "(")) else _CSS.css_to_xpath(text, prefix="descendant-or-self::")
        self.xpath = etree.XPath(expr)

    def __call__(self, root: Any) -> list[Any]:
        try:
            found = self.xpath(root)
        except etree.XPathError:
            return []
        if isinstance(found, list):
            return found
        return [found] if found else []

    def __repr__(self) -> str:
        return f"Selector({self.text!r})"


def first_text(root: Any, selectors: list[Selector]) -> tuple[str | None, Any]:
    """Text of the first selector that finds something non-empty, and what it found."""
    for sel in selectors:
        for found in sel(root):
            if isinstance(found, str):
                text = clean_text(found)
            else:
                text = clean_text(found.text_content())
            if text:
                return text, found
    return None, None


def _selectors(values: Any) -> list[Selector]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out = []
    for v in values:
        try:
            out.append(Selector(v))
        except (SelectorError, etree.XPathSyntaxError) as exc:
            raise ValueError(f"bad selector {v!r} in sites.toml: {exc}") from exc
    return out


@dataclass
class Rule:
    name: str
    match: list[Selector]
    title: list[Selector] = field(default_factory=list)
    published: list[Selector] = field(default_factory=list)
    body: list[Selector] = field(default_factory=list)
    editor: list[Selector] = field(default_factory=list)
    authors: list[Selector] = field(default_factory=list)
    source: list[Selector] = field(default_factory=list)
    drop: list[Selector] = field(default_factory=list)


@dataclass
class Site:
    name: str
    domains: list[str]
    markers: list[str] = field(default_factory=list)
    lang: str | None = None
    tz: str | None = None
    agency: str | None = None
    title_suffixes: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def _rule(d: dict[str, Any]) -> Rule:
    body = _selectors(d.get("body"))
    return Rule(
        name=d["name"],
        match=_selectors(d.get("match")) or body[:1],
        title=_selectors(d.get("title")),
        published=_selectors(d.get("published")),
        body=body,
        editor=_selectors(d.get("editor")),
        authors=_selectors(d.get("authors")),
        source=_selectors(d.get("source")),
        drop=_selectors(d.get("drop")),
    )


@lru_cache(maxsize=1)
def sites() -> list[Site]:
    with open(DATA_FILES / "sites.toml", "rb") as fh:
        data = tomllib.load(fh)
    out = []
    for s in data.get("site", []):
        out.append(
            Site(
                name=s["name"],
                domains=[d.lower() for d in s.get("domains", [])],
                markers=s.get("markers", []),
                lang=s.get("lang"),
                tz=s.get("tz"),
                agency=s.get("agency"),
                title_suffixes=s.get("title_suffixes", []),
                rules=[_rule(r) for r in s.get("rule", [])],
            )
        )
    return out


@dataclass
class Noise:
    skip: WordPattern  # class/id words of subtrees that are never article text
    weak_skip: WordPattern  # layout-ambiguous names ("nav"): skipped unless the subtree is prose
    positive: WordPattern  # class/id words of article containers (a bonus for the generic scorer)
    negative: WordPattern  # and of other containers (a malus)
    body: WordPattern  # names of an article's body container ("article-body", "entry-content"): a bonus
    caption: WordPattern  # names of photo captions and credits
    under_story: WordPattern  # names of furniture under a story (comments, newsletter forms)
    separators: re.Pattern[str]
    suffixes: list[str]
    drop: list[re.Pattern[str]]
    drop_any: re.Pattern[str]  # the `drop` patterns as one expression (one search per line)
    strip_tail: list[re.Pattern[str]]
    edge_drop: list[re.Pattern[str]]  # dropped only as the body's first paragraph or among its last (a bio)
    photo_credit: list[re.Pattern[str]]
    caption_keep: list[re.Pattern[str]]  # captions ending in a state-media credit stay in the body
    kinds: dict[str, re.Pattern[str]] = field(default_factory=dict)  # [kinds]: video/gallery page hints
    hidden: HiddenClasses = HiddenClasses()  # class names that hide an element, and those that show it

    @property
    def names(self) -> BlockNames:
        """The class/id words the line walker skips by."""
        return BlockNames(self.skip, self.weak_skip, self.positive, self.caption, self.hidden)


@lru_cache(maxsize=1)
def noise() -> Noise:
    with open(DATA_FILES / "noise.toml", "rb") as fh:
        data = tomllib.load(fh)
    para = data["paragraph"]
    blocks = data["blocks"]
    modifiers = blocks.get("modifiers", [])
    return Noise(
        skip=WordPattern(blocks["skip"], modifiers),
        weak_skip=WordPattern(blocks.get("weak_skip", []), modifiers),
        positive=WordPattern(blocks["positive"]),
        negative=WordPattern(blocks["negative"], modifiers),
        body=WordPattern(blocks.get("body", [])),
        caption=WordPattern(blocks.get("caption", [])),
        under_story=WordPattern(blocks.get("under_story", []), modifiers),
        separators=re.compile(data["title"]["separators"]),
        suffixes=data["title"]["suffixes"],
        drop=[re.compile(p) for p in para["drop"]],
        drop_any=re.compile("|".join(f"(?:{p})" for p in para["drop"])),
        strip_tail=[re.compile(p) for p in para["strip_tail"]],
        edge_drop=[re.compile(p) for p in para.get("edge_drop", [])],
        kinds={k: re.compile(v) for k, v in data.get("kinds", {}).items()},
        photo_credit=[re.compile(p) for p in para["photo_credit"]],
        caption_keep=[re.compile(p) for p in para.get("caption_keep", [])],
        hidden=HiddenClasses(
            frozenset(blocks.get("hidden_classes", [])),
            re.compile(blocks["shown_class"]) if blocks.get("shown_class") else None,
        ),
    )


def inner_url(url: str) -> str:
    """The archived URL inside a Wayback / gateway URL (web.archive.org/web/2012/http://x/...)."""
    m = re.search(r".(https?://.+)$", url)
    if m and "://" in url[: m.start() + 1]:
        return m.group(1)
    m = re.search(r"/gate/big5/([^/]+\.[a-z]{2,}/.*)$", url)  # Xinhua's big5 gateway
    if m:
        return "http://" + m.group(1)
    return url


def host_path(url: str) -> tuple[str, str]:
    """(lowercase host, path) of a URL; ("", "/") for one that cannot be read (``http://[x]``, a bad port):
    a malformed link on a page never costs the page."""
    try:
        parts = urlsplit(inner_url(url))
        host = (parts.hostname or "").lower()
    except ValueError:
        return "", "/"
    return host, parts.path or "/"


def site_for_url(url: str | None) -> Site | None:
    """The site family of a URL: longest matching domain (english.news.cn before news.cn)."""
    if not url:
        return None
    host, path = host_path(url)
    best: tuple[int, Site] | None = None
    for site in sites():
        for d in site.domains:
            if "/" in d:
                dh, dp = d.split("/", 1)
                ok = (host == dh or host.endswith("." + dh)) and path.lstrip("/").startswith(dp)
            else:
                ok = host == d or host.endswith("." + d)
            if ok and (best is None or len(d) > best[0]):
                best = (len(d), site)
    return best[1] if best else None


def registrable(host: str) -> str:
    """people.com.cn from www.js.people.com.cn, huanqiu.com from world.huanqiu.com."""
    labels = host.lower().strip(".").split(".")
    second_level = ("com", "net", "org", "gov", "edu", "ac", "co")
    if len(labels) >= 3 and labels[-2] in second_level and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
