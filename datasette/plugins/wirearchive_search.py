"""Chinese-aware search for Datasette.

Datasette's search box and ``_search=`` run ``articles_fts MATCH escape_fts(:search)``. We replace the
SQL function ``escape_fts`` with pipeline.store.search.fts_query, which turns 文明 or 网络文明大会 into the
bigram phrases the index holds (see pipeline/store/search.py), so Chinese substrings of any length are found
while the search box still shows what the user typed. ``trylast`` makes ours win over Datasette's own.
"""

from datasette import hookimpl
from pipeline.store.search import fts_query


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
