"""Site-wide touches: the menu, readable cells, template helpers, and what /-/databases.json may say.

- Names in the people and conferences tables (and the canned queries' ``person``) link to their pages;
  JSON lists of names show as names, not as JSON.
- Every template gets ``wa_language`` (zh -> Chinese) and ``wa_machine_translated`` (is this English a
  machine translation?), so every page labels machine translation the same way.
- /-/databases.json lists the databases without ``path``: the server's file layout is nobody's business.
"""

import json

from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from datasette import hookimpl

LANGUAGES = {
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "ja": "Japanese",
    "de": "German",
    "ko": "Korean",
    "und": "undetermined",
}
# Columns holding a JSON list of short strings (names, forms, warnings): shown as a list, not as JSON.
JSON_LIST_COLUMNS = {
    "forms",
    "authors",
    "photographers",
    "aliases",
    "warnings",
    "kinds",
    "paragraph_langs",
    "roles",
    "mentioned_as",
}
# Name columns that link to their row's page (the person page, the conference page).
NAME_LINKS = {"people": {"name", "name_en", "name_zh"}, "conferences": {"name_en", "name_zh"}}


def language(code):
    return LANGUAGES.get(code or "und", code or "undetermined")


def machine_translated(status):
    """True when ``translation_status`` says the English text is a machine translation."""
    return bool(status) and (status.startswith("translated") or status.startswith("partly translated"))


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["wa_json"] = json.loads


@hookimpl
def extra_template_vars():
    return {"wa_language": language, "wa_machine_translated": machine_translated}


@hookimpl
def menu_links(datasette):
    return [
        {"href": "/search", "label": "Search the articles"},
        {"href": datasette.urls.table("wirearchive", "people"), "label": "People"},
        {"href": datasette.urls.table("wirearchive", "conferences"), "label": "Conferences"},
        {"href": datasette.urls.database("wirearchive") + "/failed_pages", "label": "Pages that failed"},
        {"href": datasette.urls.database("wirearchive"), "label": "Tables and canned queries"},
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str):
        return None
    if table == "articles" and column == "title_en" and "translation_status" in row.keys():
        if machine_translated(row["translation_status"]):
            model = row["translation_model"] if "translation_model" in row.keys() else None
            label = "machine translation" + (f" · {model}" if model else "")
            return Markup(f'{escape(value)} <span class="wa-mt">{escape(label)}</span>')
    if column in NAME_LINKS.get(table, ()) and value and "id" in row.keys():
        return row_link(datasette, database, table, row["id"], value)
    if table is None and column == "person" and "person_id" in row.keys():  # the canned queries' people
        return row_link(datasette, database, "people", row["person_id"], value)
    if column in JSON_LIST_COLUMNS and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return " · ".join(items) if items else Markup('<span class="wa-none">none</span>')
    return None


def row_link(datasette, database, table, key, text):
    href = datasette.urls.row(database, table, str(key))
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')


@hookimpl
def register_routes():
    return [(r"^/-/databases(\.json)?$", databases_without_paths)]


async def databases_without_paths(datasette):
    return Response.json(
        [
            {
                "name": name,
                "route": db.route,
                "size": db.size,
                "is_mutable": db.is_mutable,
                "is_memory": db.is_memory,
                "hash": db.hash,
            }
            for name, db in datasette.databases.items()
            if name != "_internal"
        ]
    )
