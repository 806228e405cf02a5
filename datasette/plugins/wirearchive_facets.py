"""Facets of the articles table that stay fast on a million rows.

Datasette counts a facet by grouping every row of the table (for ``conferences``, a JSON array, by reading
every row's text): seconds on a large archive. Our facet types ``counted`` and ``counted_array`` answer the
unfiltered table from ``facet_counts`` (kept exact by the store) plus the few pages stored with an error
(``idx_articles_error``), and behave exactly like Datasette's column and array facets once a filter or a
search is applied (a filtered set is smaller, and Datasette's facet time limit bounds it).

In metadata.json: ``"facets": [{"counted": "source"}, {"counted_array": "conferences"}]``.
"""

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

    async def facet_results(self):
        if not self.unfiltered():
            return await super().facet_results()  # type: ignore[misc]
        results = []
        db = self.ds.get_database(self.database)  # type: ignore[attr-defined]
        size = self.get_facet_size()  # type: ignore[attr-defined]
        for source_and_config in self.get_configs():  # type: ignore[attr-defined]
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            if column not in COUNTED:
                continue
            counts = dict((await db.execute(ARCHIVE_SQL, {"facet": COUNTED[column]})).rows)
            for value, n in (await db.execute(FAILED_SQL[column])).rows:
                if value is not None:
                    counts[str(value)] = counts.get(str(value), 0) + n
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
                        self.value(column, value, labels.get((column, value), value), n)
                        for value, n in ordered[:size]
                    ],
                    "truncated": len(ordered) > size,
                }
            )
        return results, []

    def value(self, column, value, label, n):
        arg = f"{column}__arraycontains" if self.array else column
        return {
            "value": value,
            "label": label,
            "count": n,
            "toggle_url": self.ds.absolute_url(  # type: ignore[attr-defined]
                self.request,
                self.ds.urls.path(path_with_added_args(self.request, {arg: value})),  # type: ignore[attr-defined]
            ),
            "selected": False,
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
