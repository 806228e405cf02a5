"""Atom feeds: a ``.atom`` rendering of any query with ``atom_id``, ``atom_title`` and ``atom_updated`` columns.

The same contract as datasette-atom (optional ``atom_link``, ``atom_content``, ``atom_author_name``), which
we do not use: datasette-atom 0.9 answers HTTP 500 for a query with no rows (``max()`` of nothing) and for a
date without a time zone, and a subscribed search that has no hit yet is normal (docs/choices.md). Content
is text only (``type="text"``): feed readers get no HTML from crawled pages.

The canned queries ``search_feed`` and ``conference_feed`` (metadata.json) are the feeds the pages link to.
"""

import datetime
import re
import xml.etree.ElementTree as ET

from datasette.utils.asgi import Response

from datasette import hookimpl

ATOM = "http://www.w3.org/2005/Atom"
REQUIRED = {"atom_id", "atom_title", "atom_updated"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@hookimpl
def register_output_renderer():
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}


def can_render_atom(columns):
    return REQUIRED.issubset(columns)


def timestamp(value):
    """An RFC 3339 time for Atom: dates and times without a zone are taken as UTC."""
    text = str(value or "").strip()
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.datetime(1970, 1, 1)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.isoformat()


def xml_text(value):
    """Text XML 1.0 can carry: crawled pages hold control characters it forbids."""
    return _NOT_XML.sub("", str(value))


def render_atom(datasette, request, columns, rows, database, query_name, data):
    if not REQUIRED.issubset(columns):
        return Response.text("this query has no atom_id, atom_title and atom_updated columns", status=400)
    title = request.args.get("_feed_title")
    if not title and query_name:
        title = (datasette.metadata("queries", database=database) or {}).get(query_name, {}).get("title")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    entries = [dict(zip(columns, row, strict=False)) for row in rows]
    ET.SubElement(feed, f"{{{ATOM}}}id").text = request.url
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title or query_name or "wirearchive"
    updated = max((timestamp(e["atom_updated"]) for e in entries), default=timestamp("1970-01-01"))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    ET.SubElement(feed, f"{{{ATOM}}}link", href=request.url, rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "wirearchive (Datasette)"
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = "wirearchive"
    for row in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = str(row["atom_id"])
        ET.SubElement(entry, f"{{{ATOM}}}title").text = xml_text(row["atom_title"] or "(no title)")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = timestamp(row["atom_updated"])
        if row.get("atom_link"):
            href = str(row["atom_link"])  # a path on this site becomes an absolute URL, as Atom wants
            href = datasette.absolute_url(request, href) if href.startswith("/") else href
            ET.SubElement(entry, f"{{{ATOM}}}link", href=href, rel="alternate")
        if row.get("atom_author_name"):
            author = ET.SubElement(entry, f"{{{ATOM}}}author")
            ET.SubElement(author, f"{{{ATOM}}}name").text = xml_text(row["atom_author_name"])
        if row.get("atom_content"):
            ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = xml_text(row["atom_content"])
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response(
        '<?xml version="1.0" encoding="utf-8"?>\n' + body,
        content_type="application/atom+xml; charset=utf-8",
    )
