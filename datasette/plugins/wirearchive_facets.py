"""Facets of the articles table that stay fast on a million rows.

Datasette counts a facet by grouping every row of the table (for ``conferences``, a JSON array, by reading
every row's text): seconds on a large archive. Our facet types ``counted`` and ``counted_array`` answer

* the unfiltered table from ``facet_counts`` (kept exact by the store) plus the few pages stored with an
  error (``idx_articles_error``);
* a table filtered by one ``source`` or one ``lang`` from the counts within it (``facet_counts``, facets
  ``lang|source=xinhua`` ...) plus the failed pages;
* a table filtered by ``source`` / ``lang`` and searched with ``_search`` (what the facets' own links and the
  search box give) from the search keys of the matching articles (pipeline/store/keys.py): source and
  language are bits of the key, conferences and translation status come from indexes that end with the key;
* anything else exactly like Datasette's column and array facets (bounded by the facet time limit).

In metadata.json: ``"facets": [{"counted": "source"}, {"counted_array": "conferences"}]``.
"""

import json
import urllib.parse

from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args

from datasette import hookimpl

# table column -> facet_counts.facet
COUNTED = {
    "source": "source",
    "lang": "lang",
    "translation_status": "translation_status",
    "conferences": "conference",
}
ARCHIVE_SQL = "select value, n from facet_counts where facet = :facet"
# the pages stored with an error, found by idx_articles_error (a few rows: no long text)
FAILED = "select id from articles where error is not null"
FAILED_SQL = {
    "source": f"select source, count(*) from articles where id in ({FAILED}) group by 1",
    "lang": f"select lang, count(*) from articles where id in ({FAILED}) group by 1",
    "translation_status": f"select translation_status, count(*) from articles where id in ({FAILED}) group by 1",
    "conferences": f"select j.value, count(*) from articles a, json_each(a.conferences) j where a.id in ({FAILED}) "
    "group by 1",
}


FAILED_FILTERED_SQL = {
    "source": f"select source, count(*) from articles where id in ({FAILED}){{where}} group by 1",
    "lang": f"select lang, count(*) from articles where id in ({FAILED}){{where}} group by 1",
    "translation_status": f"select translation_status, count(*) from articles where id in ({FAILED}){{where}} "
    "group by 1",
    "conferences": f"select j.value, count(*) from articles a, json_each(a.conferences) j where a.id in ({FAILED})"
    "{where} group by 1",
}
# a facet over the matching keys ({keys}: a subquery of search keys k)
KEYED_SQL = {
    "source": "select coalesce(c.value, '*'), m.n from (select (k >> 18) & 15 as code, count(*) as n "
    "from ({keys}) group by 1) m left join search_codes c on c.kind = 'source' and c.code = m.code and c.code < 15",
    # the sources beyond the key's fifteen codes share code 15: their rows say which
    "source*": "select a.source, count(*) from articles a "
    "where a.search_key in (select k from ({keys}) where ((k >> 18) & 15) = 15) group by 1",
    "lang": "select case (m.k >> 16) & 3 when 0 then 'zh' when 1 then 'en' when 3 then null "
    "else (select lang from articles where search_key = m.k) end, count(*) from ({keys}) m group by 1",
    # "+": one pass over the index, each key looked up in the matches (not a seek per match and value)
    "conferences": "select conference_id, count(*) from article_conferences where +search_key in ({keys}) group by 1",
    "translation_status": "select translation_status, count(*) from articles "
    "indexed by idx_articles_translation_status_search_key where +search_key in ({keys}) group by 1",
}


STATUS_BY_BITS = (
    "select translation_status, count(*) from articles indexed by idx_articles_translation_status_search_key "
    "where search_key is not null{where} group by 1"
)


def key_bits(conn, keyed):
    """A source / language filter as conditions on the key's bits (None with a search, or a shared code)."""
    from pipeline.store import keys

    if "_search" in keyed:
        return None
    where, params = "", {}
    if "source" in keyed:
        row = conn.execute(
            "select code from search_codes where kind = 'source' and value = ?", [keyed["source"]]
        ).fetchone()
        if row is None or row[0] == keys.OTHER_SOURCE:
            return None
        where, params["code"] = where + " and ((search_key >> 18) & 15) = :code", row[0]
    if "lang" in keyed:
        if keys.lang_code(keyed["lang"]) == keys.OTHER_LANG:
            return None
        where, params["lang_code"] = (
            where + " and ((search_key >> 16) & 3) = :lang_code",
            keys.lang_code(keyed["lang"]),
        )
    return where, params


def matching_keys(conn, keyed):
    """The search keys of the articles a source / language / search filter matches, as SQL (``k``)."""
    from pipeline.store import finder

    request = finder.Request(
        q=keyed.get("_search", ""), filters={k: v for k, v in keyed.items() if k in ("source", "lang")}
    )
    found = finder.Finder(conn, request)
    return found.source_sql("{k} as k"), found.params


@hookimpl
def register_facet_classes():
    return [CountedColumnFacet, CountedArrayFacet]


class CountedMixin:
    """The unfiltered articles table's facets from ``facet_counts``; anything else as Datasette does."""

    ds: object
    request: object
    database: str
    table: str | None
    sql: str
    params: object
    array = False

    def unfiltered(self):
        return self.table == "articles" and " where " not in f" {self.sql.lower()} " and not self.params

    def keyed(self):
        """The request's filters when they are only ``source``, ``lang`` (equal to) and ``_search``."""
        if self.table != "articles":
            return None
        args = dict(urllib.parse.parse_qsl(self.request.query_string))  # type: ignore[attr-defined]
        filters = {k: v for k, v in args.items() if not k.startswith("_") or k == "_search"}
        if not filters or set(filters) - {"source", "lang", "_search"} or "_where" in args:
            return None
        return filters

    async def counts(self, db, column, keyed):
        """Exact counts of one facet, without reading the articles' rows."""
        if keyed is None:
            counts = dict((await db.execute(ARCHIVE_SQL, {"facet": COUNTED[column]})).rows)
            failed, params = FAILED_SQL[column], {}
        elif len(keyed) == 1 and set(keyed) < {"source", "lang"}:  # counted within it by the store
            [(name, value)] = keyed.items()
            facet = COUNTED[name] if column == name else f"{COUNTED[column]}|{name}={value}"
            counts = dict((await db.execute(ARCHIVE_SQL, {"facet": facet})).rows)
            if column == name:  # the filter's own facet: its one value
                counts = {value: counts[value]} if value in counts else {}
            failed, params = FAILED_FILTERED_SQL[column].format(where=f" and +{name} = :{name}"), dict(keyed)
        else:
            keys_sql, params = await db.execute_fn(lambda conn: matching_keys(conn, keyed))
            sql = KEYED_SQL[column].format(keys=keys_sql)
            bits = await db.execute_fn(lambda conn: key_bits(conn, keyed))
            if column == "translation_status" and bits:  # no list of matches: a bit test per index entry
                sql, params = STATUS_BY_BITS.format(where=bits[0]), bits[1]
            counts = {}
            for value, n in (await db.execute(sql, params)).rows:
                if value == "*":
                    shared = KEYED_SQL["source*"].format(keys=keys_sql)
                    for source, m in (await db.execute(shared, params)).rows:
                        counts[str(source)] = counts.get(str(source), 0) + m
                elif value is not None:
                    counts[str(value)] = counts.get(str(value), 0) + n
            if "_search" in keyed:  # pages stored with an error are not searched
                return counts
            failed = FAILED_FILTERED_SQL[column].format(  # (+: the few failed pages, not the column's index)
                where="".join(f" and +{name} = :{name}" for name in keyed if name != "_search")
            )
            params = dict(params, **{k: v for k, v in keyed.items() if k != "_search"})
        for value, n in (await db.execute(failed, params)).rows:
            if value is not None:
                counts[str(value)] = counts.get(str(value), 0) + n
        return counts

    async def facet_results(self):
        keyed = None if self.unfiltered() else self.keyed()
        if not self.unfiltered() and keyed is None:
            return await super().facet_results()  # type: ignore[misc]
        results = []
        db = self.ds.get_database(self.database)  # type: ignore[attr-defined]
        size = self.get_facet_size()  # type: ignore[attr-defined]
        for source_and_config in self.get_configs():  # type: ignore[attr-defined]
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            if column not in COUNTED:
                continue
            counts = await self.counts(db, column, keyed)
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: size + 1]
            labels = await self.ds.expand_foreign_keys(  # type: ignore[attr-defined]
                self.database, self.table, column, [value for value, _ in ordered]
            )
            results.append(
                {
                    "name": column,
                    "type": self.type,  # type: ignore[attr-defined]
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(  # type: ignore[attr-defined]
                        path_with_removed_args(self.request, {f"_facet_{self.type}": column})  # type: ignore[attr-defined]
                    ),
                    "results": [
                        self.value(column, value, labels.get((column, value), value), n, keyed)
                        for value, n in ordered[:size]
                    ],
                    "truncated": len(ordered) > size,
                }
            )
        return results, []

    def value(self, column, value, label, n, keyed):
        selected = bool(keyed) and keyed.get(column) == value
        args = {column: value}
        if self.array:  # through the links' index, not by reading every row's JSON array
            args = {
                "_through": json.dumps(
                    {"table": "article_conferences", "column": "conference_id", "value": value}
                )
            }
        return {
            "value": value,
            "label": label,
            "count": n,
            "toggle_url": self.ds.absolute_url(  # type: ignore[attr-defined]
                self.request,
                self.ds.urls.path(  # type: ignore[attr-defined]
                    path_with_removed_args(self.request, {column: value})
                    if selected
                    else path_with_added_args(self.request, args)
                ),
            ),
            "selected": selected,
        }


class CountedColumnFacet(CountedMixin, ColumnFacet):
    type = "counted"

    async def suggest(self):
        return []


class CountedArrayFacet(CountedMixin, ArrayFacet):
    type = "counted_array"
    array = True

    async def suggest(self):
        return []
