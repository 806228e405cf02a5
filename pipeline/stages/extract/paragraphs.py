"""Body paragraphs from the lines of the body element: link lists, noise lines (noise.toml [paragraph]),
page furniture at the top, a lead photo's caption block and credits glued to the end removed.

What is removed is kept: editor and photographer credits are read from it.
"""

from __future__ import annotations

import re

from pipeline.stages.extract.credits import is_byline
from pipeline.stages.extract.dom import Line, compact, tokens
from pipeline.stages.extract.rules import Noise
from pipeline.stages.extract.times import parse_datetime
from pipeline.text.datelines import lead_dateline

LEAD_CAPTION_MAX = 3  # paragraphs a lead photo caption may take before the dateline paragraph
EDGE_TAIL = 3  # the last paragraphs where an author's bio (noise.toml [paragraph] edge_drop) may stand
META_LINE = re.compile(r"(?:来源|來源|时间|時間|发布|發布|作者|Source|Published|Updated|Posted|编辑)", re.I)
# "CHICAGO | Mon Jan 9, 2012 5:13pm EST": a place and the date, the story's header line
PLACE_DATE_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z .,'/-]{1,40}\s*[|｜]\s*\S")


def clean_paragraphs(
    lines: list[Line], nz: Noise, title: str | None, drop_captions: bool = False
) -> tuple[list[str], list[str]]:
    """Body paragraphs from lines, and the noise lines removed (kept for editor/photographer credits).
    ``drop_captions``: lines of <figcaption> and caption-named blocks leave the body too (the generic
    engine; a site rule's container keeps its captions, as its pages print them)."""
    removed_captions: list[str] = []
    if drop_captions:
        captions = [
            ln for ln in lines if ln.caption and not any(rx.search(ln.text) for rx in nz.caption_keep)
        ]
        removed_captions = [ln.text for ln in captions]
        dropped = {id(ln) for ln in captions}
        lines = [ln for ln in lines if id(ln) not in dropped]
    out, removed, caption_ends = _keep_text_lines(lines, nz)
    removed[:0] = removed_captions
    popped = _drop_header_lines(out, title, removed)
    _drop_lead_caption(out, [n - popped for n in caption_ends], removed)
    _strip_tail(out, nz, removed)
    _drop_edge_lines(out, nz, removed)
    return out, removed


def _keep_text_lines(lines: list[Line], nz: Noise) -> tuple[list[str], list[str], list[int]]:
    """(kept lines, removed lines, where photo captions end): out[:n] precedes the end of a caption for
    each n (a credit "(Xinhua/Li Gang)", "新华社记者 X 摄" marks the end)."""
    out: list[str] = []
    removed: list[str] = []
    caption_ends: list[int] = []
    for line in lines:
        text = line.text
        if not text:
            continue
        n = tokens(text)
        if line.link_chars > 0.5 * line.chars and n < 40:
            removed.append(text)
            continue
        credit = any(rx.search(text) for rx in nz.photo_credit)
        if nz.drop_any.search(text):
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
    return out, removed, caption_ends


def _drop_header_lines(out: list[str], title: str | None, removed: list[str]) -> int:
    """Remove furniture at the start: the headline again, "date time 来源：X" lines ("PUBLISHED: November 19,
    2019 at 8:59 pm | UPDATED: …" in any case), "CHICAGO | Mon Jan 9, 2012 5:13pm EST". Returns how many
    lines went."""
    norm_title = compact(title or "")
    popped = 0
    while out:
        first = out[0]
        if (norm_title and compact(first) == norm_title) or (
            len(first) < 90
            and parse_datetime(first)
            and (META_LINE.search(first) or PLACE_DATE_LINE.match(first))
        ):
            removed.append(out.pop(0))
            popped += 1
            continue
        break
    return popped


def _drop_lead_caption(out: list[str], caption_ends: list[int], removed: list[str]) -> None:
    """A lead photo's caption block before the dateline paragraph ("HONG KONG, Jan. 15 (Xinhua) -- …",
    "新华社北京1月15日电"): everything up to the last paragraph that ended in a photo credit goes."""
    lead = next(
        (i for i, p in enumerate(out[1 : LEAD_CAPTION_MAX + 1], 1) if lead_dateline(p, None) is not None), 0
    )
    cut = max((n for n in caption_ends if 0 < n <= lead), default=0)
    if cut:
        # a byline above the photo ("by Xinhua writer X") stays for apply_people
        removed.extend(p for p in out[:cut] if not is_byline(p))
        out[:cut] = [p for p in out[:cut] if is_byline(p)]


def _drop_edge_lines(out: list[str], nz: Noise, removed: list[str]) -> None:
    """An author's bio as the first paragraph or one of the last EDGE_TAIL (noise.toml ``edge_drop``): the
    box above or under the story, which a story's own paragraphs in the middle never are. A body of one
    paragraph keeps it."""
    if len(out) < 2 or not nz.edge_drop:
        return
    edges = {0, *range(max(1, len(out) - EDGE_TAIL), len(out))}
    bios = {i for i in edges if any(rx.search(out[i]) for rx in nz.edge_drop)}
    removed.extend(out[i] for i in sorted(bios))
    out[:] = [p for i, p in enumerate(out) if i not in bios]


def _strip_tail(out: list[str], nz: Noise, removed: list[str]) -> None:
    """Editor lines and end marks glued to the last paragraph (noise.toml strip_tail)."""
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
