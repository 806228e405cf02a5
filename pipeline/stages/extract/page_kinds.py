"""What a page is when it is not (only) an article: a 404 page served as a normal page, a list of links,
an empty body, a video or a photo gallery (Article.page_kind)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.stages.extract.dom import Line, clean_text, good_line_text, tokens
from pipeline.stages.extract.rules import Noise, host_path

MIN_BODY_TOKENS = 15  # below this there is no article text on the page
NOT_FOUND = re.compile(
    r"404|页面不存在|頁面不存在|页面没有找到|找不到(?:该|此)?(?:页面|网页|文章)|页面已删除|文章不存在|稿件不存在|"
    r"not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|no\s+longer\s+available|has\s+been\s+removed|出错了|您访问的页面",
    re.I,
)
SHORT_BODY_TOKENS = 80  # a body this short under a 404 headline is the error page's own text
NOT_FOUND_ERROR = "page not found (an error page served as a normal page)"


def media_kind(url: str | None, lines: list[Line], nz: Noise) -> str | None:
    """ "video" or "gallery" for a video or photo-gallery page (noise.toml [kinds]), else None."""
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


def not_an_article(
    root: Any, title: str | None, lines: list[Line], paragraphs: list[str]
) -> tuple[str, str] | None:
    """(page_kind, error) when the body found is no article text (too little prose, or a 404 headline over
    a short body), else None."""
    body_tokens = sum(tokens(p) for p in paragraphs)
    good_tokens = sum(good_line_text(p) for p in paragraphs)
    if body_tokens < MIN_BODY_TOKENS or good_tokens < MIN_BODY_TOKENS:
        return classify_empty(root, title, lines)
    if title and NOT_FOUND.search(title) and body_tokens < SHORT_BODY_TOKENS:
        return "not_found", NOT_FOUND_ERROR
    return None


def classify_empty(root: Any, title: str | None, lines: list[Line]) -> tuple[str, str]:
    """Why a page has no article text: a 404 page, a list of links, or an empty body."""
    doc_title = clean_text(root.findtext(".//title") or "")
    headings = [clean_text(h.text_content()) for h in root.xpath("//h1|//h2")[:3]]
    heads = " ".join([doc_title, title or "", *headings])
    if NOT_FOUND.search(heads) or any(NOT_FOUND.search(ln.text) for ln in lines[:30] if len(ln.text) < 60):
        return "not_found", NOT_FOUND_ERROR
    link_lines = sum(1 for ln in lines if ln.link_chars > 0.5 * ln.chars and tokens(ln.text) >= 4)
    if link_lines >= 10:
        return "list", f"not an article: a list page ({link_lines} links, no article text)"
    return "empty", "no article text found on the page (empty body)"
