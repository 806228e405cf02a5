"""The schema's version and what each version changed: docs/schema.md prints the changelog, and
tests/test_schema.py checks that every version has an entry and a DDL fixture (tests/fixtures/schema_v<N>.sql; a
version that changed no DDL, such as 6, uses the newest fixture before it).
The declaration itself is pipeline/store/schema.py.
"""

SCHEMA_VERSION = 6

# What each schema version changed (newest first): docs/schema.md prints it, tests/test_schema.py checks that
# the current version has an entry and a DDL fixture (tests/fixtures/schema_v<N>.sql, or the newest before it).
CHANGELOG: tuple[tuple[int, str], ...] = (
    (
        6,
        "`facet_counts` also counts within one source and within one language: facets named "
        "`<facet>|source=<id>` and `<facet>|lang=<code>` (for `source`, `lang`, `conference`, "
        "`translation_status`), so that the articles table filtered by a source or a language counts its facets "
        "without reading the source's rows. No table or column changed; `meta.facet_counts` records the version "
        "of the counts, and an older database gets them counted when the store opens it (about two minutes at a million "
        "articles; the search index is not rebuilt).",
    ),
    (
        5,
        "Added the table `crawl_runs`: one row per spider run of `wirearchive crawl` (source, conference, "
        "start and end, URLs seen, fetched, archived, unchanged, failed by reason, robots.txt denials), "
        "loaded by `wirearchive process` from the run records in the WARC archive; index on "
        "`crawl_runs.started_at`.",
    ),
    (
        4,
        'For an archive of a million articles (docs/search.md, "At scale"): the search table `articles_fts` '
        "became `articles_search`, a contentless FTS5 index (no second copy of the text) whose rowid is the new "
        "column `articles.search_key`, a time-ordered key (publication time, source, language, id): newest "
        "first is `order by search_key desc`. The key is also in `mentions.search_key`, "
        "`translation_flags.search_key` and `article_conferences.search_key`, whose person and conference indexes now end with it "
        "(`idx_mentions_person_id_search_key`, `idx_article_conferences_conference_id_search_key` replace "
        "`idx_mentions_person_id`, `idx_article_conferences_conference_id`; `idx_articles_source_search_key`, "
        "`idx_articles_lang_search_key` replace `idx_articles_source`, `idx_articles_lang`). English originals are indexed once "
        "(`title_en` / `body_en` are left empty in the index when they repeat `title` / `body`). New tables "
        "`search_codes` (the source codes in the key), `facet_counts` (counts of the whole archive by source, "
        "language, month, conference, person, translation) and `conference_people` (people per conference, "
        "kind and role), kept up to date by `wirearchive process`; an index for the translation counts. "
        "Derived data: an older database gets all of it built when the store opens it.",
    ),
    (
        3,
        "Added `raw_pages.collected_for` and `articles.collected_for`: the conference a crawl "
        "(`wirearchive crawl --conference`) collected a page for; the conferences stage adds it to "
        "`articles.conferences`. `raw_pages.kind` gained the discovery kinds (`sitemap`, `archive`, "
        "`search`, `topic`) and `found`.",
    ),
    (
        2,
        "Added `articles.translation_quality` and the table `translation_flags` (sentences the translation "
        "stage doubts, filled by the translate stage); indexes on `articles.duplicate_of`, `articles.error`, "
        "`article_conferences.conference_id` and `translation_flags.article_id`; the search "
        "table `articles_fts` gained the column `flagged_en` (doubtful English sentences, ranked lower) and "
        "the search table `people_fts` (every form of every person's name) was added. Search tables are "
        "derived data: an older database gets them rebuilt when it is opened.",
    ),
    (1, "The first public schema."),
)
