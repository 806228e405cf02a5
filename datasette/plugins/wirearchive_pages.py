"""What the article, person and conference pages show beyond their own row (row templates in templates/).

Datasette's row page shows one row and counts of the rows that point at it; a reader wants the people,
dates, copies and doubtful sentences of an article, every mention of a person, the coverage of a
conference. ``extra_template_vars`` runs this module's SQL (one place per page: ``ARTICLE_SQL``,
``PERSON_SQL``, ``CONFERENCE_SQL``; every query is by primary key or an index) for the row pages only.

On a large archive a person or a conference has tens of thousands of articles: their lists come newest first
from the ``(person_id, search_key)`` / ``(conference_id, search_key)`` indexes and stop at the page's length;
the conference's coverage per day, language and source is read off the keys in that index (no article row
read); its people come from ``conference_people``, which the store keeps up to date.
"""

import json

from datasette import hookimpl

# Mentions that are not attendance: the journalists who covered the story.
STAFF_KINDS = ("reporter", "editor", "photographer")

ARTICLE_SQL = {
    "people": """
        select m.person_id, p.name, p.name_en, p.name_zh, p.key, m.name as name_here, m.role, m.kind,
               m.surname_only, m.sentence
        from mentions m join people p on p.id = m.person_id where m.article_id = :id
        order by case m.kind when 'quoted' then 0 when 'mentioned' then 1 else 2 end, m.id""",
    "dates": """
        select value, "end", kind, text, sentence from dates
        where article_id = :id and kind in ('event', 'range') order by value""",
    "conferences": """
        select c.id, c.name_en, c.name_zh from article_conferences ac join conferences c on c.id = ac.conference_id
        where ac.article_id = :id""",
    "copies": """
        select id, title, title_en, source, published, url, duplicate_of from articles
        where (duplicate_of = :url or url = :duplicate_of or duplicate_of = :duplicate_of) and id != :id
        order by published""",
    "flags": """
        select part, paragraph, sentence, source, target, kinds from translation_flags
        where article_id = :id order by sentence""",
    "source": "select name from sources where id = :source",
}

PERSON_SQL = {
    "mentions": """
        select a.id as article_id, a.title, a.title_en, a.published, a.source, a.lang, a.translation_status,
               a.translation_model, m.role, m.kind, m.name, m.sentence,
               (select json_group_array(json_array(c.id, coalesce(c.name_en, c.id)))
                  from article_conferences ac join conferences c on c.id = ac.conference_id
                 where ac.article_id = a.id) as conferences
        from mentions m join articles a on a.id = m.article_id
        where m.person_id = :id
        order by m.search_key desc
        limit :limit""",
    "total": "select count(*) as n from mentions where person_id = :id",
    # what the page says about roles and kinds: the newest mentions (an index range, no article read)
    "recent": "select kind, role from mentions where person_id = :id order by search_key desc limit :recent",
    "conferences": """
        select c.id, coalesce(c.name_en, c.id) as label, sum(cp.articles) as n
        from conference_people cp join conferences c on c.id = cp.conference_id
        where cp.person_id = :id and cp.kind != '*' group by c.id order by n desc""",
}
PERSON_PAGE = 200  # mentions listed on a person's page, newest first
PERSON_RECENT = 1000  # mentions whose roles and kinds the page sums up

# A key's day (its wall-clock date), language and source code: bits of articles.search_key
# (pipeline/store/keys.py).
KEY_DAY = "date(ac.search_key >> 22, 'unixepoch')"
KEY_LANG = """case (ac.search_key >> 16) & 3 when 0 then 'zh' when 1 then 'en'
          else (select lang from articles where id = ac.article_id) end"""

CONFERENCE_SQL = {
    "per_day": f"""
        select {KEY_DAY} as day, {KEY_LANG} as lang, count(*) as n
        from article_conferences ac
        where ac.conference_id = :id and ac.search_key >= (1 << 22)
        group by 1, 2 order by 1""",
    "people": """
        select p.id, p.name, p.name_zh, top.articles,
               (select json_group_array(distinct role) from conference_people
                 where conference_id = :id and person_id = p.id and kind in ('quoted', 'mentioned')
                   and role is not null) as roles,
               (select group_concat(distinct kind) from conference_people
                 where conference_id = :id and person_id = p.id and kind in ('quoted', 'mentioned')) as kinds
        from (select person_id, articles from conference_people where conference_id = :id and kind = '*'
              order by articles desc limit 200) top
        join people p on p.id = top.person_id
        order by top.articles desc, p.name""",
    "staff": """
        select p.id, p.name, p.name_zh, cp.kind, cp.articles
        from conference_people cp join people p on p.id = cp.person_id
        where cp.conference_id = :id and cp.kind in ('reporter', 'editor', 'photographer')
        order by cp.articles desc, p.name limit 100""",
    "sources": """
        select coalesce(sc.value, '?') as source, coalesce(s.name, sc.value) as name, g.articles, g.zh, g.en,
               g.copies, (select published from articles where search_key = g.first_key) as first,
               (select published from articles where search_key = g.last_key) as last
        from (select (ac.search_key >> 18) & 15 as code, count(*) as articles,
                     sum(((ac.search_key >> 16) & 3) = 0) as zh, sum(((ac.search_key >> 16) & 3) = 1) as en,
                     sum(ac.article_id in (select id from articles where duplicate_of is not null)) as copies,
                     min(ac.search_key) as first_key, max(ac.search_key) as last_key
              from article_conferences ac where ac.conference_id = :id and ac.search_key is not null
              group by 1) g
        left join search_codes sc on sc.kind = 'source' and sc.code = g.code
        left join sources s on s.id = sc.value
        order by g.articles desc""",
    "latest": """
        select a.id, a.title, a.title_en, a.published, a.lang, a.source, a.translation_status, a.translation_model
        from article_conferences ac join articles a on a.id = ac.article_id
        where ac.conference_id = :id and ac.search_key is not null
        order by ac.search_key desc limit 20""",
}


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name != "row" or table not in PAGES:
        return {}

    async def inner():
        key = (request.url_vars or {}).get("pks", "")
        db = datasette.get_database(database)
        return await PAGES[table](db, key)

    return inner


async def rows(db, sql, params):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def article_vars(db, key):
    if not key.lstrip("-").isdigit():
        return {}
    found = await rows(db, "select * from articles where id = :id", {"id": int(key)})
    if not found:
        return {}
    article = found[0]
    params = {
        "id": article["id"],
        "url": article["url"],
        "duplicate_of": article["duplicate_of"],
        "source": article["source"],
    }
    data = {name: await rows(db, sql, params) for name, sql in ARTICLE_SQL.items()}
    for flag in data["flags"]:
        flag["kinds"] = json.loads(flag["kinds"] or "[]")
    people = data.pop("people")
    return {
        "article_people": [p for p in people if p["kind"] not in STAFF_KINDS],
        "article_staff": [p for p in people if p["kind"] in STAFF_KINDS],
        "article_dates": data["dates"],
        "article_conferences": data["conferences"],
        "article_copies": data["copies"],
        "article_flags": data["flags"],
        "article_source": data["source"][0]["name"] if data["source"] else article["source"],
        "article_reporters": reporters(json.loads(article["authors"] or "[]"), people),
        "article_paragraphs": paragraph_pairs(article, data["flags"]),
        "article_title_en": flagged_segments(
            article["title_en"] or "", [f for f in data["flags"] if f["part"] == "title"]
        ),
    }


def reporters(authors, people):
    """The byline's names, each with the person id of its mention (any form of the name) when there is one."""
    linked = []
    for name in authors:
        ids = [
            p["person_id"] for p in people if name in (p["name_here"], p["name"], p["name_en"], p["name_zh"])
        ]
        linked.append({"name": name, "person_id": ids[0] if ids else None})
    return linked


def paragraph_pairs(article, flags):
    """The original and English paragraphs side by side, the English as segments with flags marked.

    Translation keeps paragraphs (docs/translation.md), so the n-th English paragraph is the n-th original
    one; when the counts differ the shorter column is padded and the page says so.
    """
    original = [p for p in (article["body"] or "").split("\n\n")]
    english = [p for p in (article["body_en"] or "").split("\n\n")] if article["body_en"] else []
    if article["body_en"] == article["body"]:  # an English original: one column
        english = []
    body_flags = [f for f in flags if f["part"] == "body"]
    pairs = []
    for i in range(max(len(original), len(english))):
        here = [f for f in body_flags if f["paragraph"] in (i, None)]
        en = english[i] if i < len(english) else ""
        pairs.append(
            {"original": original[i] if i < len(original) else "", "english": flagged_segments(en, here)}
        )
    return pairs


def flagged_segments(text, flags):
    """``text`` as (piece, flag or None) segments: each flagged sentence is one segment with its flag."""
    segments = [(text, None)]
    for flag in flags:
        target = flag["target"]
        if not target:
            continue
        for i, (piece, mark) in enumerate(segments):
            if mark is None and target in piece:
                before, _, after = piece.partition(target)
                segments[i : i + 1] = [s for s in ((before, None), (target, flag), (after, None)) if s[0]]
                break
    return [s for s in segments if s[0]]


async def person_vars(db, key):
    if not key.lstrip("-").isdigit():
        return {}
    params = {"id": int(key), "limit": PERSON_PAGE, "recent": PERSON_RECENT}
    mentions = await rows(db, PERSON_SQL["mentions"], params)
    for m in mentions:
        m["conferences"] = json.loads(m["conferences"] or "[]")
    roles: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for m in await rows(db, PERSON_SQL["recent"], params):  # all of them unless the page says otherwise
        if m["role"]:
            roles[m["role"]] = roles.get(m["role"], 0) + 1
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    conferences = await rows(db, PERSON_SQL["conferences"], params)
    return {
        "person_mentions": mentions,
        "person_total": (await rows(db, PERSON_SQL["total"], params))[0]["n"],
        "person_recent": PERSON_RECENT,
        "person_roles": sorted(roles.items(), key=lambda kv: -kv[1]),
        "person_kinds": sorted(kinds.items(), key=lambda kv: -kv[1]),
        "person_conferences": [((c["id"], c["label"]), c["n"]) for c in conferences],
    }


async def conference_vars(db, key):
    params = {"id": key}
    data = {name: await rows(db, sql, params) for name, sql in CONFERENCE_SQL.items()}
    for person in data["people"]:
        person["roles"] = json.loads(person["roles"] or "[]")
    found = await rows(db, "select editions from conferences where id = :id", params)
    editions = json.loads(found[0]["editions"] or "[]") if found else []
    return {
        "conference_chart": coverage_chart(data["per_day"], editions),
        "conference_editions": editions_with_coverage(editions, data["per_day"]),
        "conference_people": data["people"],
        "conference_staff": data["staff"],
        "conference_sources": data["sources"],
        "conference_latest": data["latest"],
    }


def editions_with_coverage(editions, per_day):
    """Each edition with the number of articles published in its year (coverage runs before and after)."""
    counts: dict[str, int] = {}
    for row in per_day:
        counts[row["day"][:4]] = counts.get(row["day"][:4], 0) + row["n"]
    out = [dict(e, articles=counts.pop(str(e.get("year")), 0)) for e in editions]
    out += [{"year": int(year), "articles": n, "unlisted": True} for year, n in sorted(counts.items())]
    return sorted(out, key=lambda e: e.get("year") or 0, reverse=True)


def coverage_chart(per_day, editions):
    """The data of the coverage chart (drawn by static/wirearchive-chart.js): articles per day and language."""
    return {
        "title": "Articles per day",
        "series": sorted({row["lang"] or "und" for row in per_day}),
        "points": [{"day": row["day"], "lang": row["lang"] or "und", "n": row["n"]} for row in per_day],
        "spans": [
            {
                "start": e["start"],
                "end": e.get("end") or e["start"],
                "label": f"{e.get('year')} {e.get('place', '')}".strip(),
            }
            for e in editions
            if e.get("start")
        ],
    }


PAGES = {"articles": article_vars, "people": person_vars, "conferences": conference_vars}
