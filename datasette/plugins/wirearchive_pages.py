"""Extra data for the person page: every article that mentions the person, with role and sentence.

Datasette's row page shows only the person's own row and a count of mentions; a journalist wants the
coverage itself, so the people row template gets the joined list through ``extra_template_vars``.
"""

from datasette import hookimpl

MENTIONS_SQL = """
select a.id as article_id, a.title, a.title_en, a.published, a.source, a.lang, m.role, m.kind, m.name,
       m.sentence, a.conferences
from mentions m join articles a on a.id = m.article_id
where m.person_id = :person_id
order by a.published desc
limit 500
"""


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name != "row" or table != "people":
        return {}

    async def inner():
        pks = (request.url_vars or {}).get("pks", "")
        try:
            person_id = int(pks)
        except ValueError:
            return {"person_mentions": []}
        result = await datasette.get_database(database).execute(MENTIONS_SQL, {"person_id": person_id})
        return {"person_mentions": [dict(row) for row in result.rows]}

    return inner
