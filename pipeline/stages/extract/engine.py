"""Extraction: from decoded page text to title, time, people and clean body paragraphs.

``extract(record)`` is the stage API. The engine is generic; what differs between sites (selectors per
layout era, title suffixes, time zone) is data in ``pipeline/data/sites.toml`` and what is never article
text (captions, editor lines, share blocks...) is data in ``pipeline/data/noise.toml``. Pages of unknown
sites, and known sites whose layout no rule matches, use a text-density extractor (extract_html.find_main).
See docs/extraction.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lxml import html as lxml_html

from pipeline.record import Article
from pipeline.stages.extract.dom import (
    Line,
    clean_text,
    compact,
    find_main,
    good_line_text,
    lines_of,
    parse,
    strip_junk,
    tokens,
)
from pipeline.stages.extract.meta import (
    AUTHOR_LINE,
    BY_EN,
    CJK,
    dateline_of,
    editor_from_text,
    is_byline,
    nfkc,
    parse_datetime,
    photographers_from,
    reporters_from_paragraphs,
    reporting_by,
    split_names_en,
    split_names_zh,
    strip_title,
    url_date,
)
from pipeline.stages.extract.rules import (
    Noise,
    Rule,
    Site,
    host_path,
    noise,
    registrable,
    site_by_name,
    site_for_url,
    sites,
)

MIN_BODY_TOKENS = 15  # below this there is no article text on the page
NOT_FOUND = re.compile(
    r"404|页面不存在|頁面不存在|页面没有找到|找不到(?:该|此)?(?:页面|网页|文章)|页面已删除|文章不存在|稿件不存在|"
    r"not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|no\s+longer\s+available|has\s+been\s+removed|出错了|您访问的页面",
    re.I,
)
META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "publishdate", "pubdate",
    "publish_date", "publishtime", "publish-date", "firstpublishedtime", "dc.date.issued", "dc.date.created",
    "dc.date", "date", "sailthru.date", "parsely-pub-date", "datepublished", "article.published",
    "originalpublicationdate", "displaydate", "dateline",
)  # fmt: skip
SOURCE_LINE = re.compile(r"(?:来源|來源|稿源|出处|Source)\s*[:：]\s*(?P<src>[^\s|｜丨]{2,20})")
# "CHICAGO | Mon Jan 9, 2012 5:13pm EST": a place and the date, the story's header line
PLACE_DATE_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z .,'/-]{1,40}\s*[|｜]\s*\S")
# a closing credit paragraph: "(Reporting by X in Chicago; additional reporting by Y; editing by Z)"
# (in brackets, or bare without a full stop: "Reported by X, the figures show …" is a sentence and stays)
CREDIT_LINE = re.compile(
    r"^\s*(?:\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()\n]{0,400}\)"
    r"|(?:additional\s+)?(?:reporting|writing)\s+by\b[^.!?\n]{0,300})\s*$",
    re.I,
)
LEAD_CAPTION_MAX = 3  # paragraphs a lead photo caption may take before the dateline paragraph
META_LINE = re.compile(r"(?:来源|來源|时间|時間|发布|發布|作者|Source|Published|Updated|Posted|编辑)")
# Hosts a page links to for widgets, CDNs and analytics: they never tell which site the page belongs to.
INFRA_HOST = re.compile(
    r"baidu|google|cnzz|bshare|jiathis|qq\.com|sina\.com|weibo|facebook|twitter|doubleclick|51\.la"
)
CJK_CHAR = re.compile(rf"[{CJK}]")
LATIN_WORD = re.compile(r"[A-Za-z]+")


def extract(record: Article) -> Article:
    """Fill site, page_kind, rule, title, published, people and paragraphs; never raises."""
    if record.html is None:
        if record.error is not None:
            return record  # decode already failed (empty, binary): nothing to extract
        if record.raw:
            from pipeline.stages.decode import decode

            decode(record)
            if record.html is None:
                return record
        else:
            record.page_kind = "empty"
            record.fail("empty page")
            return record
    try:
        if record.is_text:
            return extract_text(record)
        return extract_html(record)
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop a batch; the record says why
        record.fail(f"extraction failed: {type(exc).__name__}: {exc}")
        return record


# -- site and rule ---------------------------------------------------------------------------------


def site_from_page(root: lxml_html.HtmlElement, page: str) -> tuple[Site | None, str | None]:
    """Site family of a page without a URL: its own canonical URL, else the host most of its links use."""
    for xp in (
        "//link[@rel='canonical']/@href",
        "//meta[@property='og:url']/@content",
        "//input[@id='newsurl']/@value",
        "//base/@href",
    ):
        for url in root.xpath(xp):
            url = str(url)
            if url.startswith("http"):
                s = site_for_url(url)
                if s:
                    return s, s.name
    hosts: dict[str, dict[str, int]] = {}  # registrable domain -> host -> links
    for href in root.xpath("//a/@href | //link/@href | //script/@src | //img/@src"):
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


def first_text(root: Any, selectors: list[Any]) -> tuple[str | None, Any]:
    """Text of the first selector that finds something non-empty."""
    for sel in selectors:
        for found in sel(root):
            if isinstance(found, str):
                text = clean_text(found)
            else:
                text = clean_text(found.text_content())
            if text:
                return text, found
    return None, None


def choose_rule(site: Site | None, root: lxml_html.HtmlElement) -> tuple[Rule | None, Any]:
    """The first rule of the site whose `match` selector finds an element; and its body container."""
    if site is None:
        return None, None
    for rule in site.rules:
        if not any(sel(root) for sel in rule.match):
            continue
        for sel in rule.body:
            for el in sel(root):
                if not isinstance(el, str):
                    return rule, el
    return None, None


# -- paragraphs ------------------------------------------------------------------------------------


def clean_paragraphs(lines: list[Line], nz: Noise, title: str | None) -> tuple[list[str], list[str]]:
    """Body paragraphs from lines, and the noise lines removed (kept for editor/photographer credits)."""
    out: list[str] = []
    # where a photo caption ended (a credit "(Xinhua/Li Gang)", "新华社记者 X 摄"): out[:n] precedes it
    caption_ends: list[int] = []
    removed: list[str] = []
    for line in lines:
        text = line.text
        if not text:
            continue
        n = tokens(text)
        if line.link_chars > 0.5 * line.chars and n < 40:
            removed.append(text)
            continue
        credit = any(rx.search(text) for rx in nz.photo_credit)
        if any(rx.search(text) for rx in nz.drop):
            removed.append(text)
            if credit:
                caption_ends.append(len(out))
            continue
        # a caption sentence ending in its credit stays as printed (the references keep captions); the
        # credit names a photographer and marks where a caption ends
        out.append(text)
        if credit:
            removed.append(text)
            caption_ends.append(len(out))
    # furniture at the start: the headline again, "date time 来源：X" lines, "CHICAGO | Mon Jan 9, 2012 5:13pm EST"
    norm_title = compact(title or "")
    popped = 0
    while out:
        first = out[0]
        if (norm_title and compact(first) == norm_title) or (
            len(first) < 90 and parse_datetime(first) and (META_LINE.search(first) or PLACE_DATE_LINE.match(first))
        ):
            removed.append(out.pop(0))
            popped += 1
            continue
        break
    # a lead photo's caption block before the dateline paragraph ("HONG KONG, Jan. 15 (Xinhua) -- …",
    # "新华社北京1月15日电"): everything up to the last paragraph that ended in a photo credit goes
    lead = next((i for i, p in enumerate(out[1 : LEAD_CAPTION_MAX + 1], 1) if dateline_of(p, None)), 0)
    cut = max((n - popped for n in caption_ends if 0 < n - popped <= lead), default=0)
    if cut:
        # a byline above the photo ("by Xinhua writer X") stays for apply_people
        removed.extend(p for p in out[:cut] if not is_byline(p))
        out[:cut] = [p for p in out[:cut] if is_byline(p)]
    # editor lines and end marks glued to the last paragraph
    while out:
        last = out[-1]
        new = last
        for rx in nz.strip_tail:
            new = rx.sub("", new)
        new = new.strip()
        if new != last:
            removed.append(last[len(new) :])
        if not new:
            out.pop()
            continue
        out[-1] = new
        break
    return out, removed


# -- metadata --------------------------------------------------------------------------------------


def head_meta(root: lxml_html.HtmlElement) -> dict[str, str]:
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content.strip()
    return metas


def find_title(
    root: lxml_html.HtmlElement, rule: Rule | None, site: Site | None, metas: dict[str, str], nz: Noise
) -> str | None:
    suffixes = nz.suffixes + (site.title_suffixes if site else [])
    doc_title = clean_text(root.findtext(".//title") or "")
    if not plausible_title(doc_title):
        doc_title = ""  # an unclosed <title> that swallowed markup or the page: use the headline instead
    compact_doc = compact(doc_title)
    if rule:
        text, _ = first_text(root, rule.title)
        # the rule's element must be the headline the <title> carries (old layouts reuse ids for logos)
        if (
            text
            and tokens(text) >= 2
            and plausible_title(text)
            and (not compact_doc or compact(text) in compact_doc)
        ):
            return strip_known_suffix(text, nz, suffixes)
    stripped = strip_title(doc_title, nz.separators, suffixes) if doc_title else ""
    cands: list[str] = []
    og = metas.get("og:title") or metas.get("twitter:title")
    if og:
        cands.append(clean_text(og))
    for el in root.xpath(
        "//h1 | //h2 | //*[contains(@class,'title') or contains(@id,'title') or contains(@class,'Title')"
        " or contains(@id,'Title') or contains(@class,'headline')]"
    )[:60]:
        t = clean_text(el.text_content())
        if 2 <= len(t) <= 200:
            cands.append(t)
    best = None
    for c in cands:
        cc = compact(c)
        if cc and cc in compact_doc and len(cc) >= 0.5 * len(compact(stripped)) and tokens(c) >= 2:
            if best is None or len(c) > len(best):
                best = c
    if best:
        return strip_known_suffix(best, nz, suffixes)
    if stripped and tokens(stripped) >= 2:
        return stripped
    if og and plausible_title(clean_text(og)):
        return strip_title(clean_text(og), nz.separators, suffixes)
    for h1 in root.xpath("//h1")[:3]:
        # the headline's first line: an unclosed <h1> may hold the rest of the page
        first = lines_of(h1)[:1]
        t = first[0].text if first else ""
        if t and plausible_title(t):
            return t
    return stripped or None


MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|<!--|<!\[CDATA\[")
MAX_TITLE = 300


def plausible_title(text: str | None) -> bool:
    """A headline is one short line of text, never markup (an unclosed <title> swallows the page)."""
    if not text:
        return False
    return len(text) <= MAX_TITLE and "\n" not in text and not MARKUP.search(text)


def strip_known_suffix(title: str, nz: Noise, suffixes: list[str]) -> str:
    """Remove a known site suffix ("X-中新网", "X - Xinhua") but never split a headline on its dashes."""
    parts = nz.separators.split(title)
    known = {s.lower() for s in suffixes}
    last = parts[-1].strip().lower() if len(parts) > 1 else ""
    # a known name, or a short channel name containing one ("新華網重慶頻道")
    if last and (last in known or (tokens(last) <= 10 and any(k in last for k in known if len(k) >= 3))):
        return strip_title(title, nz.separators, suffixes)
    return title.strip()


def find_published(
    root: lxml_html.HtmlElement,
    rule: Rule | None,
    metas: dict[str, str],
    lines: list[Line],
    title: str | None,
    url: str | None,
    tz: str | None,
) -> str | None:
    if rule:
        for sel in rule.published:
            for found in sel(root):
                text = found if isinstance(found, str) else " ".join(found.itertext())
                iso = parse_datetime(str(text), tz)
                if iso:
                    return iso
    for key in META_DATE_KEYS:
        if key in metas:
            iso = parse_datetime(metas[key], tz)
            if iso:
                return iso
    for t in root.xpath("//time/@datetime | //*[@itemprop='datePublished']/@content"):
        iso = parse_datetime(str(t), tz)
        if iso:
            return iso
    # a date line right under the headline
    start = 0
    if title:
        compact_title = compact(title)
        for i, line in enumerate(lines):
            if compact_title and compact_title in compact(line.text):
                start = i
                break
    best_date = None
    for line in lines[start : start + 25] if start else lines[:200]:
        text = line.text
        if len(text) > 200:
            continue
        iso = parse_datetime(text, tz)
        if iso:
            if "T" in iso:
                return iso
            best_date = best_date or iso
    return best_date or url_date(url)


def find_editor(
    root: Any, rule: Rule | None, metas: dict[str, str], removed: list[str], page_text: str
) -> str | None:
    if rule:
        for sel in rule.editor:
            for found in sel(root):
                text = clean_text(found if isinstance(found, str) else found.text_content())
                if not text:
                    continue
                ed = editor_from_text(text)
                if ed:
                    return ed
                if isinstance(found, str) and 2 <= len(text) <= 20:
                    return text
    for text in removed:
        ed = editor_from_text(text)
        if ed:
            return ed
    if metas.get("editor"):
        return clean_text(metas["editor"])
    return editor_from_text(page_text)


def page_lang(text: str) -> str:
    """ "zh" when CJK characters outnumber Latin words, else "en" (the language stage decides later;
    this only picks the byline and date conventions)."""
    cjk = len(CJK_CHAR.findall(text))
    latin = len(LATIN_WORD.findall(text))
    return "zh" if cjk > latin else "en"


def byline_elements(root: Any) -> list[str]:
    """Author names from byline markup of Western pages (itemprop/rel=author, .byline, meta author)."""
    out: list[str] = []
    for el in root.xpath(
        "//*[@itemprop='author']//*[@itemprop='name'] | //*[@rel='author'] | //*[contains(@class,'byline')]"
        " | //*[contains(@class,'Byline')] | //*[contains(@class,'author-name')]"
    )[:5]:
        text = clean_text(" ".join(el.itertext()))
        text = re.sub(r"^\s*By\s+", "", text, flags=re.I)
        if 2 < len(text) < 120:
            for n in split_names_en(text):
                if n not in out:
                    out.append(n)
        if out:
            break
    return out


def apply_people(
    record: Article,
    paragraphs: list[str],
    removed: list[str],
    lang: str,
    root: Any = None,
    page_lines: list[str] | None = None,
) -> None:
    ref = None
    if record.published:
        try:
            ref = date.fromisoformat(record.published[:10])
        except ValueError:
            ref = None
    dl = None
    for p in paragraphs[:3]:
        dl = dateline_of(p, ref)
        if dl:
            break
    authors: list[str] = []
    if dl:
        record.dateline = {"place": dl["place"], "date": dl["date"], "text": dl["text"]}
        authors.extend(dl.get("reporters") or [])
        if dl.get("agency") and not record.agency:
            record.agency = dl["agency"]
    for n in reporters_from_paragraphs(paragraphs, lang):
        if n not in authors:
            authors.append(n)
    if not authors and page_lines:
        # a header line "作者： 记者王敬照" outside the body
        for line in page_lines[:400]:
            if len(line) < 80:
                m = AUTHOR_LINE.search(nfkc(line))
                if m:
                    authors = split_names_zh(m.group("names"))
                    if authors:
                        break
    if not authors and root is not None and lang == "en":
        authors = byline_elements(root)
    if not authors:
        authors = reporting_by(paragraphs)
    record.authors = authors
    # byline-only paragraphs are credits, not body text
    head = [p for p in paragraphs[:3] if is_byline(p)]
    if head and len(paragraphs) > len(head):
        removed.extend(head)
        paragraphs[:] = [p for p in paragraphs if p not in head]
    # the wire's closing credit "(Reporting by X; Editing by Y)" is a credit line like 责任编辑, not body text
    while len(paragraphs) > 1 and CREDIT_LINE.match(nfkc(paragraphs[-1])):
        removed.append(paragraphs.pop())
    record.photographers = photographers_from(removed + paragraphs[:40])


def extract_html(record: Article) -> Article:
    nz = noise()
    page = record.html or ""
    root = parse(page)
    if root is None or not clean_text(root.text_content()):
        record.page_kind = "empty"
        record.fail("empty page: no text in the HTML")
        return record
    metas = head_meta(root)
    site = site_for_url(record.url or record.fetch_url)
    site_name = site.name if site else None
    if site is None:
        site, site_name = site_from_page(root, page)
    record.site = site_name
    strip_junk(root)
    body_root = root.find("body")
    if body_root is None:
        body_root = root
    all_lines = lines_of(body_root, nz.skip, nz.weak_skip)
    page_text = "\n".join(ln.text for ln in all_lines)
    lang = (site.lang if site and site.lang else None) or page_lang(page_text)
    tz = (site.tz if site else None) or ("+08:00" if lang == "zh" else None)

    rule, container = choose_rule(site, root)
    title = find_title(root, rule, site, metas, nz)
    record.published = find_published(root, rule, metas, all_lines, title, record.url, tz)

    paragraphs: list[str] = []
    removed: list[str] = []
    if container is not None and rule is not None:
        for sel in rule.drop:
            for el in sel(container):
                if not isinstance(el, str) and el is not container and el.getparent() is not None:
                    removed.append(clean_text(el.text_content()))
                    el.drop_tree()
        rule_lines = lines_of(container, nz.skip, nz.weak_skip)
        paragraphs, rm = clean_paragraphs(rule_lines, nz, title)
        removed += rm
        chars = sum(ln.chars for ln in rule_lines)
        link_heavy = sum(ln.link_chars for ln in rule_lines) > 0.4 * max(chars, 1)
    else:
        link_heavy = False
    generic = None
    # no rule, a nearly empty rule body, or a rule container that is mostly links (a layout the rule's
    # selectors only seem to fit): let the text-density extractor decide
    if link_heavy or sum(tokens(p) for p in paragraphs) < MIN_BODY_TOKENS * 2:
        generic = find_main(body_root, all_lines, nz.positive, nz.negative)
        if generic is not None:
            g_pars, g_rm = clean_paragraphs(lines_of(generic, nz.skip, nz.weak_skip), nz, title)
            g_tokens = sum(tokens(p) for p in g_pars)
            if g_tokens > sum(tokens(p) for p in paragraphs) or (
                link_heavy and g_tokens >= MIN_BODY_TOKENS * 2
            ):
                paragraphs, removed, rule = g_pars, removed + g_rm, None
    record.rule = rule.name if rule else "generic"
    record.title = title
    record.paragraphs = paragraphs

    body_tokens = sum(tokens(p) for p in paragraphs)
    good_tokens = sum(good_line_text(p) for p in paragraphs)
    if body_tokens < MIN_BODY_TOKENS or good_tokens < MIN_BODY_TOKENS:
        kind, reason = classify_empty(root, title, all_lines, record.url)
        record.page_kind = kind
        record.fail(reason)
        return record
    if title and NOT_FOUND.search(title) and body_tokens < 80:
        record.page_kind = "not_found"
        record.fail("page not found (an error page served as a normal page)")
        return record
    record.page_kind = media_kind(record.url, all_lines, nz) or "article"

    # agency: the dateline's, else the page's source line, else the site's
    apply_people(record, paragraphs, removed, lang, root, [ln.text for ln in all_lines])
    if rule and rule.source:
        text, _ = first_text(root, rule.source)
        if text:
            m = SOURCE_LINE.search(text)
            src = m.group("src") if m else (text if len(text) <= 20 else None)
            record.agency = src or record.agency
    if rule and rule.authors and not record.authors:
        text, _ = first_text(root, rule.authors)
        if text and lang == "en":
            # "By Wang Xiaoming (People's Daily Online)", "By Chen Lin in Xiamen | chinadaily.com.cn | Updated: …"
            record.authors = split_names_en(re.sub(r"^\s*By\s+|\s*[(（][^)）]*[)）]", "", text, flags=re.I))
        elif text:
            record.authors = split_names_zh(re.sub(r"^.*?(?:作者|记者|記者)\s*[:：]?", "", text))
    if not record.agency and site:
        record.agency = site.agency
    record.editor = find_editor(root, rule, metas, removed, page_text)
    return record


def media_kind(url: str | None, lines: list[Line], nz: Noise) -> str | None:
    """"video" or "gallery" for a video or photo-gallery page (noise.toml [kinds]), else None."""
    kinds = nz.kinds
    if not kinds:
        return None
    path = host_path(url)[1] if url else ""
    if path and "video_url" in kinds and kinds["video_url"].search(path):
        return "video"
    if path and "gallery_url" in kinds and kinds["gallery_url"].search(path):
        return "gallery"
    crumb = kinds.get("breadcrumb")
    for line in lines[:80]:
        text = line.text
        if len(text) > 120:
            continue
        if crumb is not None and crumb.search(text):
            if "video_words" in kinds and kinds["video_words"].search(text):
                return "video"
            if "gallery_words" in kinds and kinds["gallery_words"].search(text):
                return "gallery"
    nav = kinds.get("gallery_nav")
    if nav is not None and any(nav.search(ln.text) for ln in lines if len(ln.text) < 12):
        return "gallery"
    return None


def classify_empty(root: Any, title: str | None, lines: list[Line], url: str | None) -> tuple[str, str]:
    """Why a page has no article text: a 404 page, a list of links, or an empty body."""
    doc_title = clean_text(root.findtext(".//title") or "")
    headings = [clean_text(h.text_content()) for h in root.xpath("//h1|//h2")[:3]]
    heads = " ".join([doc_title, title or "", *headings])
    if NOT_FOUND.search(heads) or any(NOT_FOUND.search(ln.text) for ln in lines[:30] if len(ln.text) < 60):
        return "not_found", "page not found (an error page served as a normal page)"
    link_lines = sum(1 for ln in lines if ln.link_chars > 0.5 * ln.chars and tokens(ln.text) >= 4)
    if link_lines >= 10:
        return "list", f"not an article: a list page ({link_lines} links, no article text)"
    return "empty", "no article text found on the page (empty body)"


# -- .txt articles ---------------------------------------------------------------------------------

DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*", re.I)
TOPIC = re.compile(r"^\s*(?:Topic|Title|题|標題|标题)\s*[:：]\s*(.+)$", re.I)
BYLINE_ONLY = re.compile(
    r"^\s*(?:(?:Xinhua News Agency|China News Service|China News Agency|Xinhua|新华社|中新社)\s+)?"
    r"(?:reporters?|记者)\s*$",
    re.I,
)
REPORTER_LINE_EN = re.compile(
    r"^\s*(?:(?:Xinhua News Agency|China News Service|China News Agency|Xinhua)\s+)?reporters?\s+"
    r"(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?:\s*(?:,|and)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})*)\s*$"
)
PHOTO_LINE = re.compile(
    r"^\s*(?:Photo|Photos|Picture)\s+by\b.{0,120}$|^\s*(?:图为|圖為).{0,200}$|(?:摄|攝)\s*$", re.I
)


def extract_text(record: Article) -> Article:
    """A plain-text article: blank-line paragraphs, a "date YYYY-MM-DD" marker, a "Topic:" title line."""
    nz = noise()
    text = (record.html or "").replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    if len([b for b in blocks if b]) <= 1 and text.count("\n") > 2:
        blocks = [b.strip() for b in text.split("\n")]
    blocks = [re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", " ", b) for b in blocks if b]
    site = site_for_url(record.url)
    record.site = site.name if site else None
    record.rule = "text"
    record.title = None
    if blocks:
        m = DATE_MARKER.match(blocks[0])
        if m:
            record.published = m.group(1)
            blocks[0] = blocks[0][m.end() :].strip()
            if not blocks[0]:
                blocks.pop(0)
    paragraphs: list[str] = []
    removed: list[str] = []
    authors: list[str] = []
    for b in blocks:
        b = clean_text(b)
        m = TOPIC.match(b)
        if m and record.title is None:
            record.title = m.group(1).strip()
            continue
        if BYLINE_ONLY.match(b):
            removed.append(b)
            continue
        m = REPORTER_LINE_EN.match(b)
        if m:
            authors += split_names_en(m.group("names"))
            removed.append(b)
            continue
        if PHOTO_LINE.search(b) and tokens(b) < 40:
            removed.append(b)
            continue
        if any(rx.search(b) for rx in nz.drop):
            removed.append(b)
            continue
        paragraphs.append(b)
    # a final editor credit glued to the last paragraph ("... 责编：袁晴 ]")
    if paragraphs:
        last = paragraphs[-1]
        for rx in nz.strip_tail:
            m2 = rx.search(last)
            if m2:
                removed.append(last[m2.start() :])
                last = last[: m2.start()].rstrip()
        if last:
            paragraphs[-1] = last
        else:
            paragraphs.pop()
    record.paragraphs = paragraphs
    if sum(tokens(p) for p in paragraphs) < MIN_BODY_TOKENS:
        record.page_kind = "empty"
        record.fail("no article text found in the text file")
        return record
    record.page_kind = "article"
    lang = page_lang(" ".join(paragraphs))
    apply_people(record, paragraphs, removed, lang)
    for a in authors:
        if a not in record.authors:
            record.authors.append(a)
    record.photographers = photographers_from(removed) or record.photographers
    record.editor = editor_from_text("\n".join(removed)) or editor_from_text(nfkc(text[-200:]))
    if not record.agency and site:
        record.agency = site.agency
    return record


__all__ = ["extract", "extract_html", "extract_text", "BY_EN", "sites", "site_by_name"]
