"""Search: the /search page, and Chinese-aware, cross-language ``escape_fts`` for every other search.

Datasette's search box, ``_search=`` and our canned queries run ``articles_fts MATCH escape_fts(:q)``. We
replace the SQL function ``escape_fts`` with pipeline.store.search.fts_query (Chinese as bigram phrases,
OR / NOT / "phrases" / prefix*, a person's name in every language), so the box keeps what the reader typed.
``trylast`` makes ours win over Datasette's own.

/search (and /search.json) is the reader's page: ranked by relevance (bm25, hits only in doubtful machine
translation last) or by date, highlighted snippets, facets with readable labels, a date range. All its SQL
is in this module (``ROWS_SQL``, ``COUNT_SQL``, ``FACET_SQL``), so it can be swapped for faster forms.
"""

import calendar
import json
import re
from urllib.parse import urlencode

from datasette.utils.asgi import Response

from datasette import hookimpl
from pipeline.store.search import fts_query, highlight_patterns, people_lookup, snippet, unflagged_query

DATABASE = "wirearchive"
PAGE_SIZE = 20
SORTS = ("relevance", "newest", "oldest")

# Each filter of the page: the parameter and its condition on ``articles a`` (all use an index).
FILTERS = {
    "source": "a.source = :source",
    "lang": "a.lang = :lang",
    "conference": "a.id in (select article_id from article_conferences where conference_id = :conference)",
    "person": "a.id in (select article_id from mentions where person_id = :person)",
    "month": "a.published >= :month and a.published < :month_end",
    "from": "a.published >= :from",
    "to": "a.published < date(:to, '+1 day')",
}
MATCH_JOIN = "join articles_fts on articles_fts.rowid = a.id and articles_fts match :fts"
HITS_SQL = "select a.id from articles a {join} where a.error is null {where}"
ROWS_SQL = """
select a.id, a.title, a.title_en, a.published, a.source, coalesce(s.name, a.source) as source_name, a.lang,
       a.url, a.body, a.body_en, a.translation_status, a.translation_model, a.translation_quality,
       a.duplicate_of, {flagged} as flagged_only,
       (select json_group_array(json_array(c.id, coalesce(c.name_en, c.id)))
          from article_conferences ac join conferences c on c.id = ac.conference_id
         where ac.article_id = a.id) as conference_labels
from articles a {join} left join sources s on s.id = a.source
where a.error is null {where}
order by {order}
limit :limit offset :offset
"""
# A hit that only the doubtful sentences of a translation give (translation_flags) ranks last.
FLAGGED_ONLY = "(a.id not in (select rowid from articles_fts where articles_fts match :fts_unflagged))"
ORDERS = {
    "relevance": "flagged_only, articles_fts.rank, a.published desc",
    "newest": "a.published desc, a.id",
    "oldest": "a.published is null, a.published, a.id",
}
COUNT_SQL = "select count(*) from ({hits})"
FAILED_SQL = "select count(*) from articles where error is not null"  # idx_articles_error
FACET_SQL = {
    "conference": """
        select c.id as value, coalesce(c.name_en, c.id) as label, count(*) as n
        from ({hits}) h join article_conferences ac on ac.article_id = h.id
        join conferences c on c.id = ac.conference_id group by c.id order by n desc, label limit 15""",
    "source": """
        select a.source as value, coalesce(s.name, a.source) as label, count(*) as n
        from ({hits}) h join articles a on a.id = h.id left join sources s on s.id = a.source
        group by a.source order by n desc, label limit 15""",
    "lang": """
        select a.lang as value, a.lang as label, count(*) as n
        from ({hits}) h join articles a on a.id = h.id group by a.lang order by n desc limit 15""",
    "person": """
        select p.id as value, p.name as label, p.name_zh as label_zh, count(distinct m.article_id) as n
        from ({hits}) h join mentions m on m.article_id = h.id join people p on p.id = m.person_id
        where m.kind in ('quoted', 'mentioned') and p.key not like '~%'
        group by p.id order by n desc, label limit 15""",
    "month": """
        select substr(a.published, 1, 7) as value, substr(a.published, 1, 7) as label, count(*) as n
        from ({hits}) h join articles a on a.id = h.id where a.published is not null
        group by 1 order by value desc limit 24""",
}
FACET_TITLES = {
    "conference": "Conference",
    "source": "Source",
    "lang": "Language",
    "person": "Person",
    "month": "Month",
}
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@hookimpl(trylast=True)
def prepare_connection(conn):
    lookup = people_lookup(conn)
    conn.create_function("escape_fts", 1, lambda query: fts_query(query, lookup))


@hookimpl
def register_routes():
    return [(r"^/search(\.(?P<format>json))?$", search_page)]


def read_filters(args):
    """The page's filters from the query string; malformed values are dropped, never an SQL error."""
    params: dict[str, str | int] = {}
    for name in FILTERS:
        value = (args.get(name) or "").strip()
        if not value:
            continue
        if name == "month" and not _MONTH.match(value):
            continue
        if name in ("from", "to") and not _DAY.match(value):
            continue
        if name == "person":
            if not value.lstrip("-").isdigit():
                continue
            value = int(value)
        params[name] = value
    if "month" in params:
        year, month = (int(p) for p in str(params["month"]).split("-"))
        params["month_end"] = f"{year + month // 12}-{month % 12 + 1:02d}"
    return params


def build_sql(filters, has_query, sort):
    where = "".join(f" and {FILTERS[name]}" for name in filters if name in FILTERS)
    join = MATCH_JOIN if has_query else ""
    hits = HITS_SQL.format(join=join, where=where)
    rows = ROWS_SQL.format(
        join=join, where=where, flagged=FLAGGED_ONLY if has_query else "0", order=ORDERS[sort]
    )
    return hits, rows


async def search_page(request, datasette):
    db = datasette.get_database(DATABASE)
    query = (request.args.get("q") or "").strip()
    sort = request.args.get("sort") or ("relevance" if query else "newest")
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = "newest"
    page_arg = request.args.get("page") or "1"
    page = max(int(page_arg), 1) if page_arg.isdigit() else 1
    filters = read_filters(request.args)
    params = dict(filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    patterns = []
    if query:
        fts, patterns = await db.execute_fn(
            lambda conn: (
                fts_query(query, people_lookup(conn)),
                highlight_patterns(query, people_lookup(conn)),
            )
        )
        params.update(fts=fts, fts_unflagged=unflagged_query(fts))
    hits, rows_sql = build_sql(filters, bool(query), sort)
    total = (await db.execute(COUNT_SQL.format(hits=hits), params)).single_value()
    rows = [dict(r) for r in (await db.execute(rows_sql, params)).rows]
    facets = {}
    for name, sql in FACET_SQL.items():
        facets[name] = [dict(r) for r in (await db.execute(sql.format(hits=hits), params)).rows]
    failed = (await db.execute(FAILED_SQL)).single_value()
    for row in rows:
        row["snippet"] = snippet(row["body"], patterns)
        row["snippet_en"] = snippet(row["body_en"], patterns) if row["body_en"] != row["body"] else []
        row["conferences"] = json.loads(row.pop("conference_labels") or "[]")
    if request.url_vars.get("format") == "json":
        for row in rows:
            del row["body"], row["body_en"]
        data = {
            "q": query,
            "fts": params.get("fts"),
            "sort": sort,
            "page": page,
            "total": total,
            "filters": filters,
            "rows": rows,
            "facets": facets,
        }
        return Response(json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8")
    context = {
        "q": query,
        "sort": sort,
        "sorts": SORTS,
        "page": page,
        "page_size": PAGE_SIZE,
        "total": total,
        "rows": rows,
        "facets": facets,
        "facet_titles": FACET_TITLES,
        "filters": filters,
        "failed": failed,
        "database": DATABASE,
        "month_name": month_name,
        "link": link_maker(query, sort, filters),
    }
    return Response.html(await datasette.render_template("search.html", context, request=request))


def month_name(value):
    if not value or not _MONTH.match(value):
        return value
    year, month = value.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def link_maker(query, sort, filters):
    """A function giving the /search URL of this page with some parameters changed (None removes one)."""
    current = {"q": query, "sort": sort, **{k: v for k, v in filters.items() if k in FILTERS}}

    def link(**changes):
        params = {k: v for k, v in {**current, **changes}.items() if v not in (None, "")}
        if params.get("page") == 1:
            del params["page"]
        return "/search?" + urlencode(params) if params else "/search"

    return link
