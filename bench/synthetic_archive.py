"""A synthetic archive of N articles in the project's real schema, for the scale benchmark (``make bench-search``).

    python -m bench.synthetic_archive 1000000 --data $WIREARCHIVE_DATA [--workers 2] [--seed 1]

The database is created by the project's own :class:`pipeline.store.Store` (every table, column and index as the
pipeline makes them); rows are then written in bulk — worker processes make chunks of articles, the writer
inserts each chunk in one transaction — instead of one ``save_article`` transaction per article, and the
article rows are :func:`pipeline.store.article_row` of an :class:`~pipeline.record.Article`, as the pipeline
writes them. Last, the store builds what it derives from those rows (search keys, the search index, the facet
and conference tables: :meth:`Store.rebuild_derived`), the same code a schema upgrade runs.

What is in it (bench/synthetic_text.py for the text): about half Chinese articles, each with an English
machine "translation", half English; 6 sources (the catalog's), 10 conferences (the catalog's 3 and 7 made up)
with an edition a year 2021-2025, a quarter of the articles clustered around an edition and tagged with it;
50,000 people (85% Chinese names with their pinyin, 15% Western) with a Zipf popularity, ~5 mentions and
~4 dates per article; 1% failed pages (error, raw bytes kept), 4% copies of an earlier story, a tenth of the
translations with doubtful sentences (``translation_flags``). Raw pages of stored articles have no body in the
database: the bench archive has the shape ``wirearchive publish`` writes (raw bytes in the WARC files).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from bench.synthetic_text import EN_WORDS_PER_ZH_CHAR, ZH_CHARS_PER_WORD, TextMaker
from pipeline.catalog import load_conferences, load_sources
from pipeline.record import Article, TranslationFlag
from pipeline.store import Store, article_row
from pipeline.store.ids import stable_id
from pipeline.text.names import name_key

SOURCE_WEIGHTS = {"xinhua": 0.22, "chinanews": 0.16, "people": 0.08, "cac": 0.04, "xinhua_en": 0.30}
EXTRA_CONFERENCES = (  # made up, beside the catalog's
    ("digital-china-summit", "Digital China Summit", "数字中国建设峰会", "Fuzhou", (4, 25)),
    ("boao-forum", "Boao Forum for Asia", "博鳌亚洲论坛", "Boao", (3, 28)),
    ("zhongguancun-forum", "Zhongguancun Forum", "中关村论坛", "Beijing", (5, 25)),
    (
        "world-ai-conference",
        "World Artificial Intelligence Conference",
        "世界人工智能大会",
        "Shanghai",
        (7, 6),
    ),
    ("ciie", "China International Import Expo", "中国国际进口博览会", "Shanghai", (11, 5)),
    ("summer-davos", "Annual Meeting of the New Champions", "夏季达沃斯论坛", "Tianjin", (6, 27)),
    ("cybersecurity-week", "China Cybersecurity Week", "国家网络安全宣传周", "Guangzhou", (9, 11)),
)
YEARS = (2021, 2022, 2023, 2024, 2025)
START = datetime(2021, 1, 1, tzinfo=UTC)
SPAN = int((datetime(2026, 1, 1, tzinfo=UTC) - START).total_seconds())
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯俊峰雪梅琳晨欣怡子涵思雨博宏荣盛晓东海波新民立群春晖庆林云飞翔亮晶光永安宁"
WEST_FIRST = (
    "John Michael David James Robert Maria Anna Peter Thomas Paul Mark Sarah Laura Daniel Emma Hans".split()
)
WEST_LAST = "Smith Johnson Brown Miller Davis Wilson Taylor Moore Martin White Harris Clark Schmidt Dubois Rossi Silva Khan Tanaka".split()
ROLES = {
    "zh": [
        "中央网信办副主任",
        "国务院新闻办公室主任",
        "工业和信息化部部长",
        "省委书记",
        "市长",
        "董事长",
        "院士",
        "教授",
        "发言人",
    ],
    "en": [
        "minister",
        "spokesperson",
        "chairman",
        "professor",
        "CEO",
        "director",
        "ambassador",
        "researcher",
    ],
}
KINDS = ["mentioned"] * 12 + ["quoted"] * 5 + ["reporter"] * 2 + ["editor"]
PLACES = {
    "zh": ["北京", "上海", "天津", "杭州", "广州", "深圳", "成都", "乌镇"],
    "en": ["Beijing", "Shanghai", "Hangzhou"],
}
MODEL = "argos translate-zh_en-1_9"
FAILURES = ("HTTP 404", "fetch failed: timeout", "extract: no article body found")


def make_people(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` people rows as the store writes them (key from the pipeline's name_key, id from the key)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    people: list[dict[str, Any]] = []
    while len(people) < n:
        zh: str | None = None
        if rng.random() < 0.85:
            chinese = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            zh, key = chinese, name_key(chinese)
            surname, given = key.split(" ", 1)
            en = f"{surname.capitalize()} {given.replace(' ', '').capitalize()}"
        else:
            en = f"{rng.choice(WEST_FIRST)} {rng.choice(WEST_LAST)}"
            key = name_key(en)
        if key in seen or not key:
            continue
        seen.add(key)
        forms = sorted(f for f in (zh, en) if f)
        people.append(
            {"id": stable_id("person:" + key), "key": key, "name": en, "name_en": en, "name_zh": zh,
             "forms": json.dumps(forms, ensure_ascii=False)}
        )  # fmt: skip
    return people


def make_conferences() -> list[dict[str, Any]]:
    """The catalog's conferences (given an edition a year when they have few) and the made-up ones."""
    out = []
    for i, (cid, c) in enumerate(load_conferences().items()):
        editions = [
            {"year": y, "place": "Beijing", "start": f"{y}-{8 + i % 3:02d}-{10 + 3 * i}"} for y in YEARS
        ]
        out.append({"id": cid, "name_en": c["name_en"], "name_zh": c["name_zh"], "editions": editions})
    for cid, en, zh, place, (month, day) in EXTRA_CONFERENCES:
        editions = [{"year": y, "place": place, "start": f"{y}-{month:02d}-{day:02d}"} for y in YEARS]
        out.append({"id": cid, "name_en": en, "name_zh": zh, "editions": editions, "note": "synthetic"})
    return out


# -- one chunk of articles, in a worker process -------------------------------------------------------------
W: dict[str, Any] = {}


def init_worker(seed: int, people: list[dict[str, Any]], conferences: list[dict[str, Any]]) -> None:
    W.update(seed=seed, people=people, conferences=conferences, text=TextMaker())
    ranks = np.arange(1, len(people) + 1, dtype=np.float64)
    W["person_cdf"] = np.cumsum(ranks**-0.9) / np.sum(ranks**-0.9)  # a few people in many articles
    W["editions"] = [
        (i, (datetime.fromisoformat(e["start"]).replace(tzinfo=UTC) - START).total_seconds())
        for i, c in enumerate(conferences)
        for e in c["editions"]
    ]
    sources = load_sources()
    W["sources"] = [(s, sources[s].get("lang", "zh"), w) for s, w in SOURCE_WEIGHTS.items() if s in sources]
    W["sources"] += [(s, c.get("lang", "en"), 0.20) for s, c in sources.items() if s not in SOURCE_WEIGHTS][
        :1
    ]
    weights = np.array([w for _, _, w in W["sources"]])
    W["source_cdf"] = np.cumsum(weights) / weights.sum()


def make_chunk(bounds: tuple[int, int]) -> dict[str, list]:
    """The rows of articles [start, stop): articles, raw_pages, mentions, dates, links, translation flags."""
    start, stop = bounds
    rng = np.random.default_rng([W["seed"], start])
    prng = random.Random(W["seed"] * 1_000_003 + start)
    out: dict[str, list] = {t: [] for t in ("articles", "raw_pages", "mentions", "dates", "links", "flags")}
    for i in range(start, stop):
        record, people = make_article(rng, prng, i)
        out["articles"].append(article_row(record, stable_id(record.url or ""), "0.1.0", None))
        out["articles"][-1]["simhash"] = int(rng.integers(-(2**63), 2**63 - 1, dtype=np.int64))
        out["raw_pages"].append(raw_page_row(rng, record))
        if record.error:
            continue
        article_id = out["articles"][-1]["id"]
        out["links"] += [(article_id, c) for c in record.conferences]
        out["mentions"] += mention_rows(rng, prng, article_id, record, people)
        out["dates"] += [(article_id, d.text, d.value, d.end, d.kind, d.sentence) for d in record.dates]
        out["flags"] += [
            (article_id, f.part, f.paragraph, f.sentence, f.source, f.target, json.dumps(f.kinds))
            for f in record.translation_flags
        ]
    return out


def make_article(rng: np.random.Generator, prng: random.Random, i: int) -> tuple[Article, list[dict]]:
    source, lang, _ = W["sources"][int(np.searchsorted(W["source_cdf"], rng.random(), side="right"))]
    conferences: list[int] = []
    if rng.random() < 0.25:  # a quarter of the coverage clusters around a conference edition
        index, edition = W["editions"][int(rng.integers(0, len(W["editions"])))]
        seconds = min(max(edition + rng.normal(0, 3 * 86400), 0), SPAN - 1)
        conferences = sorted(
            {index} | ({int(rng.integers(0, len(W["conferences"])))} if rng.random() < 0.1 else set())
        )
    else:
        seconds = rng.random() * SPAN
    moment = START + timedelta(seconds=int(seconds))
    digest = f"{prng.getrandbits(128):032x}"
    record = Article(
        url=f"https://{source}.example/{moment:%Y%m%d}/{digest}/c.html",
        raw_page_id=f"<urn:uuid:{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:]}>",
        source=source,
        fetched_at=(moment + timedelta(hours=1 + 48 * rng.random())).strftime("%Y-%m-%dT%H:%M:%SZ"),
        encoding="utf-8",
        encoding_confidence="declared",
    )
    people = [
        W["people"][j]
        for j in sorted(
            set(np.searchsorted(W["person_cdf"], rng.random(1 + rng.poisson(4)), side="right").tolist())
        )
    ]
    if rng.random() < 0.01:
        record.error = prng.choice(FAILURES)
        record.page_kind = "not_found" if record.error == "HTTP 404" else "error"
        return record, people
    record.page_kind, record.lang, record.lang_confidence = (
        "article",
        lang,
        round(0.9 + 0.1 * rng.random(), 4),
    )
    record.site, record.rule = f"{source}.example", f"{source}/2024"
    record.published = (
        (moment + timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S+08:00")
        if lang == "zh"
        else f"{moment:%Y-%m-%dT%H:%M:%SZ}"
    )
    record.conferences = [W["conferences"][c]["id"] for c in conferences]
    fill_text(rng, prng, record, people, [W["conferences"][c] for c in conferences])
    fill_dates(rng, record, moment)
    record.duplicate_of = f"https://{source}.example/earlier/{i - 1}" if rng.random() < 0.04 else None
    return record, people


def fill_text(
    rng: np.random.Generator,
    prng: random.Random,
    record: Article,
    people: list[dict],
    conferences: list[dict],
) -> None:
    text = W["text"]
    zh = record.lang == "zh"
    names_en = [p["name_en"] for p in people] + [c["name_en"] for c in conferences for _ in range(2)]
    if zh:
        inserts = [p["name_zh"] or p["name_en"] for p in people] + [
            c["name_zh"] for c in conferences for _ in range(2)
        ]
        inserts += [prng.choice(ROLES["zh"]) for _ in people] + [prng.choice(PLACES["zh"])]
        body = text.chinese(rng, int(text.zh_chars(rng) / ZH_CHARS_PER_WORD), inserts)
        title = text.chinese(
            rng,
            int(rng.integers(6, 14)),
            [c["name_zh"] for c in conferences[:1]] + text.headline_words(rng, 0),
            news=False,
        )
        record.title = title.rstrip("。").replace("\n", "")
        record.body_en = text.english(rng, int(len(body) * EN_WORDS_PER_ZH_CHAR), names_en)
        record.title_en = (
            text.english(rng, int(rng.integers(6, 14)), [c["name_en"] for c in conferences[:1]], news=False)
            .rstrip(".")
            .replace("\n", " ")
        )
        record.translation_status, record.translation_model = "translated", MODEL
        record.translation_quality = "ok"
        if rng.random() < 0.1:  # a tenth of the translations have a doubtful sentence
            sentence = record.body_en.split(". ")[int(rng.integers(0, record.body_en.count(". ") + 1))]
            record.translation_flags = [
                TranslationFlag(
                    part="body", target=sentence, source=None, paragraph=0, sentence=1, kinds=["numbers"]
                )
            ]
            record.translation_quality = "doubtful"
        record.agency = "新华社"
    else:
        inserts = names_en + [prng.choice(ROLES["en"]) for _ in people] + [prng.choice(PLACES["en"])]
        body = text.english(rng, text.en_words(rng), inserts)
        record.title = (
            text.english(
                rng,
                int(rng.integers(6, 14)),
                [c["name_en"] for c in conferences[:1]] + text.headline_words(rng, 1),
                news=False,
            )
            .rstrip(".")
            .replace("\n", " ")
        )
        record.title_en, record.body_en, record.translation_status = record.title, body, "original"
        record.agency = "Xinhua"
    record.paragraphs = [p for p in body.split("\n\n") if p.strip()]
    record.paragraph_langs = [record.lang or "und"] * len(record.paragraphs)
    record.dateline = {
        "place": prng.choice(PLACES["zh" if zh else "en"]),
        "date": (record.published or "")[:10],
    }
    record.authors = [people[0]["name_zh"] or people[0]["name_en"]] if people else []
    record.editor = prng.choice(SURNAMES) + prng.choice(GIVEN) + prng.choice(GIVEN)


def fill_dates(rng: np.random.Generator, record: Article, moment: datetime) -> None:
    from pipeline.record import DateMention

    day = (record.published or "")[:10]
    record.dates = [
        DateMention(day, day, "published"),
        DateMention(f"{moment.day}日", day, "dateline", record.body[:50]),
    ]
    for _ in range(int(rng.poisson(2))):
        event = (moment + timedelta(days=int(rng.integers(-20, 40)))).date().isoformat()
        record.dates.append(DateMention(f"{int(event[8:])}日", event, "event", record.body[60:120]))


def mention_rows(
    rng: np.random.Generator, prng: random.Random, article_id: int, record: Article, people: list[dict]
) -> list[tuple]:
    rows = []
    for j, person in enumerate(people):
        kind = "reporter" if j == 0 and rng.random() < 0.3 else prng.choice(KINDS)
        shown = person["name_zh"] if record.lang == "zh" and person["name_zh"] else person["name_en"]
        at = record.body.find(shown)
        sentence = record.body[max(0, at - 30) : at + 40].replace("\n", "") if at >= 0 else record.body[:60]
        role = prng.choice(ROLES[record.lang or "en"]) if kind in ("quoted", "mentioned") else None
        rows.append(
            (
                person["id"],
                article_id,
                person["name_en"],
                json.dumps([shown], ensure_ascii=False),
                role,
                kind,
                0,
                sentence,
            )
        )
    return rows


def raw_page_row(rng: np.random.Generator, record: Article) -> dict[str, Any]:
    """A raw fetch: metadata always; the bytes only for a failed page (the published shape)."""
    body = (
        (b"<html><body>" + b"<p>not found</p>" * int(rng.integers(50, 500)) + b"</body></html>")
        if record.error
        else None
    )
    return {
        "id": record.raw_page_id, "url": record.url, "source": record.source, "kind": "article",
        "status": 404 if record.error == "HTTP 404" else (None if record.error and "fetch" in record.error else 200),
        "fetched_at": record.fetched_at, "fetch_url": None, "content_type": "text/html; charset=utf-8",
        "headers": json.dumps([["Content-Type", "text/html; charset=utf-8"]]), "length": len(body) if body else int(rng.integers(30_000, 90_000)),
        "sha256": None, "body": body, "error": "timeout" if record.error and "timeout" in record.error else None,
        "warc_file": f"raw/{record.source}/{record.source}-{(record.fetched_at or '')[:10]}.warc.gz",
        "collected_for": None,
    }  # fmt: skip


# -- writing ------------------------------------------------------------------------------------------------
INSERTS = {
    "mentions": "insert into mentions (person_id, article_id, name, forms, role, kind, surname_only, sentence) values (?,?,?,?,?,?,?,?)",
    "dates": 'insert into dates (article_id, text, value, "end", kind, sentence) values (?,?,?,?,?,?)',
    "links": "insert or ignore into article_conferences (article_id, conference_id) values (?,?)",
    "flags": "insert into translation_flags (article_id, part, paragraph, sentence, source, target, kinds) values (?,?,?,?,?,?,?)",
}


def named_insert(conn: sqlite3.Connection, table: str) -> str:
    columns = [row[1] for row in conn.execute(f"pragma table_info({table})")]
    return f"insert into {table} ({', '.join(columns)}) values ({', '.join(':' + c for c in columns)})"


def write_reference_rows(conn: sqlite3.Connection, people: list[dict], conferences: list[dict]) -> None:
    with conn:
        conn.executemany(
            "insert or replace into conferences (id, name_en, name_zh, aliases, editions, note) values (?,?,?,?,?,?)",
            [
                (
                    c["id"],
                    c["name_en"],
                    c["name_zh"],
                    json.dumps([c["name_zh"]], ensure_ascii=False),
                    json.dumps(c["editions"]),
                    c.get("note"),
                )
                for c in conferences
            ],
        )
        conn.executemany(
            "insert or replace into people (id, key, name, name_en, name_zh, forms) values (:id,:key,:name,:name_en,:name_zh,:forms)",
            people,
        )


def build(n: int, path: Path, seed: int, workers: int, chunk: int, n_people: int) -> None:
    started = time.time()
    Store(path).close()  # the project's schema, exactly as the pipeline creates it
    people, conferences = make_people(n_people, seed), make_conferences()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000", "temp_store=MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    write_reference_rows(conn, people, conferences)
    article_sql, raw_sql = named_insert(conn, "articles"), named_insert(conn, "raw_pages")
    with mp.get_context("fork").Pool(workers, init_worker, (seed, people, conferences)) as pool:
        done = 0
        for out in pool.imap(make_chunk, [(s, min(s + chunk, n)) for s in range(0, n, chunk)]):
            conn.execute("begin")
            conn.executemany(article_sql, out["articles"])
            conn.executemany(raw_sql, out["raw_pages"])
            for table, sql in INSERTS.items():
                conn.executemany(sql, out[table])
            conn.execute("commit")
            done += len(out["articles"])
            print(f"{done:>9} articles  {time.time() - started:7.0f} s", file=sys.stderr, flush=True)
    conn.execute("PRAGMA journal_mode=WAL")  # what the store leaves
    conn.close()
    print(f"base rows: {n} articles in {time.time() - started:.0f} s", file=sys.stderr, flush=True)


def repeat(n: int, path: Path, base: Path) -> None:
    """An archive of ``n`` articles made of a generated ``base`` archive's articles, repeated: each copy gets
    a new URL and id and is published 37 minutes later per copy (so the dates, the conference clusters, the
    people, the words and their frequencies per article are the base's). A fast path to a million articles:
    the text is made once, the rows are copied by SQLite, and the store derives everything as for any other."""
    started = time.time()
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000", "temp_store=MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.create_function("stable_id", 1, stable_id, deterministic=True)
    conn.create_function("shifted", 2, _shifted, deterministic=True)
    conn.execute("attach database ? as base", [str(base)])
    copies = -(-n // conn.execute("select count(*) from base.articles").fetchone()[0])
    conn.execute("begin")
    for table in ("people", "conferences", "sources"):
        conn.execute(f"insert or replace into {table} select * from base.{table}")
    conn.execute("commit")
    for copy in range(copies):
        _copy_rows(conn, copy, n)
        print(f"copy {copy + 1}/{copies}  {time.time() - started:7.0f} s", file=sys.stderr, flush=True)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def _shifted(iso: str | None, minutes: int) -> str | None:
    if not iso or not minutes:
        return iso
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(minutes=minutes)
    return moment.isoformat().replace("+00:00", "Z") if iso.endswith("Z") else moment.isoformat()


def _copy_rows(conn: sqlite3.Connection, copy: int, n: int) -> None:
    tag, minutes = f"?copy={copy}" if copy else "", 37 * copy
    article_columns = [r[1] for r in conn.execute("pragma main.table_info(articles)") if r[1] != "search_key"]
    changed = {
        "id": "stable_id(url || :tag)", "url": "url || :tag", "raw_page_id": "raw_page_id || :tag",
        "published": "shifted(published, :minutes)", "fetched_at": "shifted(fetched_at, :minutes)",
    }  # fmt: skip
    select = ", ".join(changed.get(c, c) for c in article_columns)
    params = {
        "tag": tag,
        "minutes": minutes,
        "limit": n - copy * conn.execute("select count(*) from base.articles").fetchone()[0],
    }
    conn.execute("begin")
    conn.execute("create temp table if not exists copied (old integer primary key, new integer)")
    conn.execute("delete from copied")
    conn.execute(
        "insert into copied select id, stable_id(url || :tag) from base.articles order by id limit :limit",
        params,
    )
    conn.execute(
        f"insert into articles ({', '.join(article_columns)}) select {select} from base.articles where id in (select old from copied)",
        params,
    )
    raw_columns = [r[1] for r in conn.execute("pragma main.table_info(raw_pages)")]
    raw_select = ", ".join(
        {"id": "id || :tag", "url": "url || :tag", "fetched_at": "shifted(fetched_at, :minutes)"}.get(c, c)
        for c in raw_columns
    )
    conn.execute(
        f"insert into raw_pages ({', '.join(raw_columns)}) select {raw_select} from base.raw_pages where id in (select raw_page_id from base.articles where id in (select old from copied))",
        params,
    )
    for table in ("mentions", "dates", "article_conferences", "translation_flags"):
        columns = [
            r[1] for r in conn.execute(f"pragma main.table_info({table})") if r[1] not in ("id", "search_key")
        ]
        select = ", ".join("c.new" if col == "article_id" else f"t.[{col}]" for col in columns)
        quoted = ", ".join(f"[{col}]" for col in columns)
        conn.execute(
            f"insert into {table} ({quoted}) select {select} from base.{table} t join copied c on c.old = t.article_id"
        )
    conn.execute("commit")


def derive(path: Path) -> None:
    """What the store derives from the rows: search keys, the search index, facet and conference tables."""
    started, cpu = time.time(), time.process_time()
    store = Store(path, progress=True)  # an archive of an older schema is upgraded (rebuilt) here
    if not store.rebuilt:
        store.rebuild_derived()
    store.close()
    print(
        f"derived tables in {time.time() - started:.0f} s ({time.process_time() - cpu:.0f} s CPU)",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument(
        "--data", type=Path, required=True, help="folder of the archive (wirearchive.db in it)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="generator processes (the writer is one more)")
    parser.add_argument("--chunk", type=int, default=2000, help="articles per transaction")
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--base-only", action="store_true", help="write the rows, leave the derived tables")
    parser.add_argument("--derive-only", action="store_true", help="only (re)build the derived tables")
    parser.add_argument(
        "--repeat", type=Path, help="make the N articles from this generated archive, repeated"
    )
    parser.add_argument(
        "--unique",
        type=int,
        default=100_000,
        help="articles generated (the rest are copies of them with new URLs and dates: the fast path)",
    )
    args = parser.parse_args(argv)
    path = args.data / "wirearchive.db"
    if args.derive_only:
        derive(path)
        return
    if path.exists():
        sys.exit(f"{path} exists: remove it first (or --derive-only)")
    base = args.repeat
    if base is None and args.n > args.unique:  # generate the unique articles once, then repeat them
        base = args.data / f"synthetic-base-{args.unique}-seed{args.seed}.db"
        if not base.exists():
            build(args.unique, base, args.seed, args.workers, args.chunk, args.people)
    if base is not None:
        repeat(args.n, path, base)
    else:
        build(args.n, path, args.seed, args.workers, args.chunk, args.people)
    if not args.base_only:
        derive(path)


if __name__ == "__main__":
    main()
