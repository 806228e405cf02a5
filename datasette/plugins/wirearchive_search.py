"""Search: the /search page, and Chinese-aware, cross-language ``escape_fts`` for every other search.

Datasette's search box, ``_search=`` and our canned queries run ``articles_search MATCH escape_fts(:q)``. We
replace the SQL function ``escape_fts`` with pipeline.store.search.fts_query (Chinese as bigram phrases,
OR / NOT / "phrases" / prefix*, a person's name in every language), so the box keeps what the reader typed.
``trylast`` makes ours win over Datasette's own.

/search (and /search.json) is the reader's page: ranked by relevance (bm25, hits only in doubtful machine
translation last) or by date, highlighted snippets, facets with readable labels, a date range. Its queries are
pipeline/store/finder.py: bounded work on any archive size (docs/search.md, "At scale"), run on Datasette's
read connection. A search typed in the articles table's box goes to this page.
"""

import calendar
import json
import re
from urllib.parse import parse_qsl, urlencode

from datasette.utils.asgi import Response

from datasette import hookimpl
from pipeline.store import finder
from pipeline.store.search import fts_query, people_lookup

DATABASE = "wirearchive"
PAGE_SIZE = 20
SORTS = finder.SORTS
FILTERS = finder.FILTERS
FACET_TITLES = {
    "conference": "Conference",
    "source": "Source",
    "lang": "Language",
    "person": "Person",
    "month": "Month",
}
FAILED_SQL = "select count(*) from articles where error is not null"  # idx_articles_error
_MONTH = re.compile(r"^\d{4}-\d{2}$")


@hookimpl(trylast=True)
def prepare_connection(conn):
    lookup = people_lookup(conn)
    conn.create_function("escape_fts", 1, lambda query: fts_query(query, lookup))


@hookimpl
def register_routes():
    return [(r"^/search(\.(?P<format>json))?$", search_page)]


@hookimpl
def asgi_wrapper(datasette):
    """The articles table's search box (an HTML page) leads to /search; its JSON stays Datasette's API."""

    def wrap(app):
        async def redirect_table_search(scope, receive, send):
            if scope.get("type") == "http" and scope.get("path") == f"/{DATABASE}/articles":
                args = dict(parse_qsl(scope.get("query_string", b"").decode("utf-8"), keep_blank_values=True))
                if args.get("_search"):
                    target = {"q": args["_search"], **{k: v for k, v in args.items() if k in FILTERS and v}}
                    location = "/search?" + urlencode(target)
                    headers = [(b"location", location.encode("utf-8")), (b"content-type", b"text/plain")]
                    await send({"type": "http.response.start", "status": 302, "headers": headers})
                    await send({"type": "http.response.body", "body": b""})
                    return
            await app(scope, receive, send)

        return redirect_table_search

    return wrap


def read_filters(args):
    """The page's filters from the query string; malformed values are dropped, never an SQL error."""
    return finder.read_filters(args)


async def search_page(request, datasette):
    db = datasette.get_database(DATABASE)
    search = finder.Request.from_args(request.args, PAGE_SIZE)
    found = await db.execute_fn(lambda conn: finder.find(conn, search))
    failed = (await db.execute(FAILED_SQL)).single_value()
    filters = search.filters
    if request.url_vars.get("format") == "json":
        for row in found.rows:
            del row["body"], row["body_en"]
        data = {
            "q": search.q,
            "fts": found.fts,
            "sort": search.sort,
            "page": search.page,
            "total": found.total,
            "total_exact": found.total_exact,
            "filters": filters,
            "rows": found.rows,
            "facets": found.facets,
            "facets_counted_over": found.facet_scope,
            "ranked_among": found.ranked_among,
        }
        return Response(json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8")
    context = {
        "q": search.q,
        "sort": search.sort,
        "sorts": SORTS,
        "page": search.page,
        "page_size": PAGE_SIZE,
        "total": found.total,
        "total_exact": found.total_exact,
        "pages": page_count(found, search.page),
        "ranked_among": found.ranked_among,
        "rows": found.rows,
        "facets": found.facets,
        "facet_scope": found.facet_scope,
        "facet_titles": FACET_TITLES,
        "filters": filters,
        "failed": failed,
        "database": DATABASE,
        "month_name": month_name,
        "link": link_maker(search.q, search.sort, filters, search.count_all),
    }
    return Response.html(await datasette.render_template("search.html", context, request=request))


def page_count(found, page):
    """Pages to offer: an uncounted total (more than COUNT_CAP matches) offers one more after a full page."""
    pages = -(-min(found.total, found.ranked_among or found.total) // PAGE_SIZE)
    if not found.total_exact and not found.ranked_among and len(found.rows) == PAGE_SIZE:
        pages = max(pages, page + 1)
    return pages


def month_name(value):
    if not value or not _MONTH.match(value):
        return value
    year, month = value.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def link_maker(query, sort, filters, count_all=False):
    """A function giving the /search URL of this page with some parameters changed (None removes one)."""
    current = {"q": query, "sort": sort, **{k: v for k, v in filters.items() if k in FILTERS}}
    if count_all:
        current["count"] = "all"

    def link(**changes):
        params = {k: v for k, v in {**current, **changes}.items() if v not in (None, "")}
        if params.get("page") == 1:
            del params["page"]
        return "/search?" + urlencode(params) if params else "/search"

    return link
