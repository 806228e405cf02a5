"""The headline of a page: the site rule's title element, a headline-like element the <title> carries, or
the <title> without its site and channel names ("X-中新网", "X_新闻_新华网", "X - Xinhua")."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from pipeline.stages.extract.dom import clean_text, compact, lines_of, tokens
from pipeline.stages.extract.rules import Noise, Rule, Site, first_text
from pipeline.text.scripts import HAN

MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|<!--|<!\[CDATA\[")
MAX_TITLE = 300
# Elements that may hold the headline (the first 60 found are compared with the <title>).
# ([@class] and [@id] first: elements without the attribute are passed over at once, 3-5x faster on big pages)
HEADLINE_XPATH = (
    "//h1 | //h2 | //*[@class][contains(@class,'title') or contains(@class,'Title') or contains(@class,'headline')]"
    " | //*[@id][contains(@id,'title') or contains(@id,'Title')]"
)
HEADLINE_CANDIDATES = 60
# Small CMS templates set the headline in a lower heading (<h4>, <h5>): looked at only when no element above
# matches the <title>, so the many <h3> teasers of a big portal never crowd out its <h1>.
LOWER_HEADINGS_XPATH = "//h3 | //h4 | //h5 | //h6"
_TITLE_WORD = re.compile(rf"[{HAN}]|[A-Za-z0-9]+")
HAN_RE = re.compile(rf"[{HAN}\u3040-\u30ff]")  # Chinese characters, and Japanese kana


def plausible_title(text: str | None) -> bool:
    """A headline is one short line of text, never markup (an unclosed <title> swallows the page)."""
    if not text:
        return False
    return len(text) <= MAX_TITLE and "\n" not in text and not MARKUP.search(text)


def strip_title(title: str, separators: re.Pattern[str], suffixes: list[str]) -> str:
    """Remove site and channel names around a headline: "X-中新网", "X_新闻_新华网", "X - Xinhua"."""
    title = re.sub(r"\s+", " ", title).strip()
    parts = separators.split(title)
    seps = separators.findall(title)
    known = {s.lower() for s in suffixes}
    while len(parts) > 1:
        last = parts[-1].strip()
        n = len(_TITLE_WORD.findall(last))
        low = last.lower()
        if low in known or n <= 6 or (n <= 10 and any(k in low for k in known if len(k) >= 3)):
            parts.pop()
            seps.pop()
        else:
            break
    while len(parts) > 1 and parts[0].strip().lower() in known:
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip()


def strip_known_suffix(title: str, nz: Noise, suffixes: list[str]) -> str:
    """Remove a known site suffix ("X-中新网", "X - Xinhua") but never split a headline on its dashes."""
    parts = nz.separators.split(title)
    known = {s.lower() for s in suffixes}
    last = parts[-1].strip().lower() if len(parts) > 1 else ""
    # a known name, or a short channel name containing one ("新華網重慶頻道")
    if last and (last in known or (tokens(last) <= 10 and any(k in last for k in known if len(k) >= 3))):
        return strip_title(title, nz.separators, suffixes)
    return title.strip()


def find_title(
    root: lxml_html.HtmlElement, rule: Rule | None, site: Site | None, metas: dict[str, str], nz: Noise
) -> str | None:
    """The page's headline, never more than one short line of text (see plausible_title)."""
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
    og = metas.get("og:title") or metas.get("twitter:title")
    best = _headline_in_title(root, og, compact_doc, stripped)
    if best and og and best == clean_text(og) and not _headline_in_title(root, None, compact_doc, stripped):
        # only the og:title fits the <title>, no element of the page does: the two repeat one search-engine
        # wording, and a printed <h1> of the same story is the headline
        best = _printed_headline(root, stripped, og) or best
    best = (
        best
        or _headline_in_title(root, None, compact_doc, stripped, LOWER_HEADINGS_XPATH)
        or _headline_of_social_title(root, og, nz)
        or _printed_headline(root, stripped, og)
    )
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


# a bracketed column name opening a printed headline (【记者即时播报】, [独家], 〔快讯〕)
KICKER = re.compile(r"^\s*[【\[［〔][^】\]］〕]{1,12}[】\]］〕]\s*")


def _headline_in_title(
    root: lxml_html.HtmlElement, og: str | None, compact_doc: str, stripped: str, xpath: str = HEADLINE_XPATH
) -> str | None:
    """The longest headline-like element (og:title, then the elements of ``xpath``: h1, h2, *title* classes)
    that the <title> contains and that keeps at least half of the <title> without its suffixes; an og:title
    that is such an element and more ("X | CNN Politics", "X（写真＝ロイター）": a site name or a photo note
    after the printed headline "X") gives way to the element."""
    floor = 0.5 * len(compact(stripped))

    def fits(c: str) -> bool:
        cc = compact(c)
        return bool(cc) and cc in compact_doc and len(cc) >= floor and tokens(c) >= 2

    found = [
        t
        for el in root.xpath(xpath)[:HEADLINE_CANDIDATES]
        if 2 <= len(t := clean_text(el.text_content())) <= 200
    ]
    # a column kicker printed before the headline and left out of the <title>: "【记者即时播报】X" is X there
    found += [k for c in found if (k := KICKER.sub("", c, count=1)) != c]
    elements = [c for c in found if fits(c)]
    social = clean_text(og) if og else ""
    if social and fits(social) and not any(compact(social).startswith(compact(c)) for c in elements):
        elements.append(social)
    return max(elements, key=len) if elements else None


# words of a headline set in a script with spaces: the <h1> test below compares words, never characters
_WORD = re.compile(r"\w+")
H1_MIN_WORDS = 3
H1_SHARED_WORDS = (
    0.6  # of the <h1>'s words found in the <title> or og:title: the same story, worded for print
)
H1_CANDIDATES = 3


def _printed_headline(root: lxml_html.HtmlElement, stripped: str, og: str | None) -> str | None:
    """The printed <h1> when neither the <title> nor the og:title carries a headline element: an <h1> (of the
    first three; no Chinese or Japanese characters, whose titles this word test does not fit) of at least
    three words, most of them in the <title> or the og:title. The <title> is then a search-engine wording of
    the same story ("X ... Getting a Makeover?" over the printed "X?", the headline plus its deck); an <h1>
    of the site's or a section's name shares few words with it, or is short; an <h1> holding the <title>'s
    headline and more (the site's name glued to it) leaves the <title> standing."""
    words = {w.lower() for w in _WORD.findall(f"{stripped} {og or ''}")}
    if not words:
        return None
    for h1 in root.xpath("//h1")[:H1_CANDIDATES]:
        first = lines_of(h1)[:1]
        text = first[0].text if first else ""
        own = [w.lower() for w in _WORD.findall(text)]
        if not plausible_title(text) or len(own) < H1_MIN_WORDS or HAN_RE.search(text):
            continue
        if stripped and compact(stripped) in compact(text):
            return None  # the <title>'s headline and more (a logo's text glued to it): the <title> stands
        if sum(w in words for w in own) >= H1_SHARED_WORDS * len(own):
            return text
    return None


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _folded(text: str) -> str:
    return compact(text).translate(_QUOTES).lower()


def _headline_of_social_title(root: lxml_html.HtmlElement, og: str | None, nz: Noise) -> str | None:
    """The page's <h1> when the <title> carries none of its headline elements but the og:title (without
    its site name) is that <h1>, quotes aside: the <title> is a search-engine wording, and the printed
    headline is the one the page and its social card agree on."""
    if not og:
        return None
    social = _folded(strip_title(clean_text(og), nz.separators, nz.suffixes))
    for h1 in root.xpath("//h1")[:HEADLINE_CANDIDATES]:
        text = clean_text(h1.text_content())
        if social and plausible_title(text) and tokens(text) >= 2 and _folded(text) == social:
            return text
    return None
