"""Translation benchmark: ``python -m bench.bench_translate`` (figures in docs/benchmarks.md, "## Translation").

* language detection: the CJK script shortcut against langdetect, paragraphs/s;
* translation with the fixture model (/work/shared/models), 1 and 2 worker processes: sentences/s
  and peak memory (each configuration in a fresh process, so peaks do not mix);
* cache: a re-run over the same articles (SQLite cache) against the cold run, and duplicate copies;
* with a real model installed in the data dir (``wirearchive models install`` / ``make models``):
  the same on real text (the fixture's Chinese paragraphs, or ``--texts DIR`` of .txt articles), and with
  ``--sample PAIRS.tsv`` (a public zh→en test sample, ``Chinese<TAB>reference`` lines) its chrF (sacrebleu)
  beside sentences/s and memory, and the chrF of the sentences the checks flag against the others;
* the checks (issue 13): their share of the translation time in every speed run, their cost per sentence
  measured alone (wall and CPU time, each round with the checks' memories of numbers and words emptied) beside
  the fixture's time per sentence, and how many sentences they flag. ``--checks-only`` runs just that: the
  fixture's 1-worker speed runs and the checks, no 2 workers, peers, cache or real models (about a minute).

* peer, same sentences: ``argostranslate.translate.translate(text, "zh", "en")`` as argos documents it (one
  call per article, its paragraphs joined with newlines; argos's default settings: intra_threads 0 =
  CTranslate2's choice, beam 4), in a fresh process with argos's own settings, and once more with ours
  (intra_threads 1, beam 1). argos's default MiniSBD sentence splitter downloads an ONNX model at the first
  translation, so ``argostranslate.translate.MiniSBDSentencizer`` (and Stanza/spaCy) is replaced by our
  ``pipeline.stages.translate.translator.RegexSentencizer`` before the first translation; every socket connection is refused
  by an audit hook in that process and the attempts are counted.

The fixture only memorises 61 sentences; other input gives fluent nonsense of similar length, which
is what the speed figures below translate (sentences made unique by changing their numbers). Every speed
run starts with an empty in-memory cache and checks it had no hit.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
FIXTURE = SHARED / "models" / "translate-zh_en-fixture.argosmodel"
PAIRS_TSV = SHARED / "models" / "fixture_pairs_zh_en.tsv"


def fixture_sentences() -> list[str]:
    lines = PAIRS_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t")[0] for line in lines if line.strip()]


def unique_sentences(n: int, seed: int = 0) -> list[str]:
    """n distinct Chinese sentences: fixture sentences with their numbers changed."""
    rng = random.Random(seed)
    base = fixture_sentences()
    out: dict[str, None] = dict.fromkeys(base)
    while len(out) < n:
        s = rng.choice(base)
        s = re.sub(r"\d+", lambda _: str(rng.randint(2, 9999)), s) if re.search(r"\d", s) else s
        if not re.search(r"\d", s):
            s = f"{rng.randint(1, 99)}日，{s}"
        out[s] = None
    return list(out)[:n]


def articles(sentences: list[str], per_paragraph: int = 3, paragraphs: int = 4) -> list:
    from pipeline.record import Article

    per_article = per_paragraph * paragraphs
    out = []
    for i in range(0, len(sentences), per_article):
        chunk = sentences[i : i + per_article]
        paras = ["".join(chunk[j : j + per_paragraph]) for j in range(0, len(chunk), per_paragraph)]
        out.append(Article(title="2026湖畔数字文化论坛", paragraphs=paras))
    return out


def _hwm_kb(pid: int | str) -> int:
    """Peak resident memory of a live process (VmHWM; reset at exec, unlike getrusage's ru_maxrss)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class WorkerPeak(threading.Thread):
    """Polls the peak memory of this process's children (the worker processes) while they live."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            for children in Path("/proc/self/task").glob("*/children"):
                for pid in children.read_text().split():
                    self.peak_kb = max(self.peak_kb, _hwm_kb(pid))


def peak_mb(worker_kb: int = 0) -> dict[str, float]:
    return {"parent_mb": round(_hwm_kb("self") / 1024, 1), "largest_worker_mb": round(worker_kb / 1024, 1)}


def one(workers: int, n: int) -> dict:
    """Translate n unique sentences (no cache hits) with `workers` processes; runs in its own process."""
    from pipeline.stages.language import detect_language
    from pipeline.stages.translate.cache import MemoryTranslationCache
    from pipeline.stages.translate.translator import TranslationStats, translate_many

    records = articles(unique_sentences(n))
    for r in records:
        detect_language(r)
    # the checks' one-time loads (the dictionary index, pypinyin's table), once per process: not timed here,
    # reported by bench_checks
    from pipeline.stages.translate import checks, dictionary

    dictionary.gloss_index()
    checks.check(
        checks.Sentence(
            "张海涛说，论坛于11月3日开幕。", "Li Minghua said the forum opened on November 3.", "zh"
        )
    )
    stats = TranslationStats()
    sampler = WorkerPeak()
    sampler.start()
    before = os.times()
    t = time.perf_counter()
    translate_many(records, workers=workers, cache=MemoryTranslationCache(), stats=stats)
    seconds = time.perf_counter() - t
    after = os.times()
    sampler.stop.set()
    sampler.join()
    assert stats.failed == 0, stats.errors
    assert stats.cache_hits == 0 and stats.translated == stats.unique, "the speed runs must not hit the cache"
    return {
        "workers": workers,
        "sentences": stats.sentences,
        "translated": stats.translated,  # texts sent to the model: sentences + second tries + spliced pieces
        "cache_hits": stats.cache_hits,
        "seconds": round(seconds, 2),
        "sentences_per_s": round(stats.sentences / seconds, 1),
        "retried": stats.retried,
        "spliced": stats.spliced,
        "flagged_share": round(stats.flagged / stats.sentences, 3),
        "checks_share_of_time": round(stats.check_seconds / seconds, 3),
        # CPU seconds used: this process (plan, cache, pickling; the model too with 1 worker) and the
        # worker processes (counted once they have exited); their sum over the wall time = cores kept busy
        "parent_cpu_s": round(after.user + after.system - before.user - before.system, 2),
        "workers_cpu_s": round(
            after.children_user + after.children_system - before.children_user - before.children_system, 2
        ),
        **peak_mb(sampler.peak_kb),
    }


def peer(variant: str, n: int) -> dict:
    """argos's own API over the same articles; runs in its own process (argos reads settings at import)."""
    attempts: list[str] = []

    def no_network(event: str, _args: tuple) -> None:
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
            attempts.append(event)
            raise OSError(f"network disabled by bench_translate ({event})")

    sys.addaudithook(no_network)
    from argostranslate import settings
    from argostranslate import translate as argos

    from pipeline.stages.translate.models import patch_argos_translate
    from pipeline.stages.translate.segment import split_sentences

    # argos's default splitter (MiniSBD) downloads zh-hans.onnx at the first translation: ours instead
    patch_argos_translate(argos)

    texts = ["\n".join(r.paragraphs) for r in articles(unique_sentences(n))]
    sentences = sum(len(split_sentences(line)) for text in texts for line in text.split("\n"))
    t = time.perf_counter()
    for text in texts:  # the first call loads the model, as our 1-worker run does inside its timing
        argos.translate(text, "zh", "en")
    seconds = time.perf_counter() - t
    return {
        "peer": variant,
        "intra_threads": settings.intra_threads,
        "beam_size": settings.beam_size,
        "sentences": sentences,
        "seconds": round(seconds, 2),
        "sentences_per_s": round(sentences / seconds, 1),
        "network_attempts": len(attempts),
        **peak_mb(),
    }


PEER_VARIANTS = {
    "argos as documented": {},  # argos's defaults: ARGOS_INTRA_THREADS 0, ARGOS_BEAM_SIZE 4
    "argos, our settings": {"ARGOS_INTRA_THREADS": "1", "ARGOS_INTER_THREADS": "1", "ARGOS_BEAM_SIZE": "1"},
}


def run_peer(data: Path, variant: str, n: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARGOS_") and not k.startswith("XDG_")}
    home = data.parent / "peer-home"
    env.update(
        {
            "PYTHONPATH": str(PROJECT),
            "HOME": str(home),  # argos writes ~/.local/... at import
            "ARGOS_PACKAGES_DIR": str(data / "models"),
            "XDG_DATA_HOME": str(home / "share"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "ARGOS_DEVICE_TYPE": "cpu",
            **PEER_VARIANTS[variant],
        }
    )
    return _run_child(["--peer", variant, "--n", str(n)], env)


def run_one(data: Path, workers: int, n: int) -> dict:
    env = {**os.environ, "WIREARCHIVE_DATA": str(data), "PYTHONPATH": str(PROJECT)}
    return _run_child(["--one", str(workers), "--n", str(n)], env)


def _run_child(args: list[str], env: dict[str, str]) -> dict:
    """This benchmark run again in a fresh process with ``args``: the JSON line it prints last."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_translate", *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _best(runs: list[dict]) -> dict:
    """The fastest of repeated runs, with every run's sentences/s beside it."""
    best = max(runs, key=lambda r: r["sentences_per_s"])
    best["all_sentences_per_s"] = [r["sentences_per_s"] for r in runs]
    return best


def bench_language(rounds: int = 200) -> dict:
    from pipeline.text.langid import _langdetect, guess_text

    zh = [s for s in fixture_sentences() if len(s) > 15]
    en = [
        "The 2026 Lakeside Digital Culture Forum will open on November 19 at the Hangzhou International Expo "
        "Center, the organizers said on Tuesday."
    ] * len(zh)
    guess_text(zh[0]), _langdetect(en[0])  # load profiles
    out = {}
    for name, texts, fn in [
        ("zh script shortcut", zh, guess_text),
        ("zh langdetect", zh, _langdetect),
        ("en guess_text (langdetect)", en, guess_text),
    ]:
        t = time.perf_counter()
        for _ in range(max(1, rounds // 10)):
            for s in texts:
                fn(s)
        dt = time.perf_counter() - t
        out[name] = round(max(1, rounds // 10) * len(texts) / dt)
    return out


def bench_cache(n_articles: int) -> dict:
    from pipeline.stages.language import detect_language
    from pipeline.stages.translate.translator import TranslationStats, translate_many
    from pipeline.store.translation_cache import SQLiteTranslationCache

    sentences = unique_sentences(n_articles * 12, seed=1)
    cold = warm = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(3):  # best of 3 for both: the cores are shared with other processes
            db = Path(tmp) / f"wirearchive-{attempt}.db"
            cold_stats, warm_stats = TranslationStats(), TranslationStats()
            first, second = articles(sentences), articles(sentences)
            for r in first + second:  # the language stage runs before, in the pipeline: not timed here
                detect_language(r)
            t = time.perf_counter()
            translate_many(first, cache=SQLiteTranslationCache(db), stats=cold_stats)
            cold = min(cold, time.perf_counter() - t)
            t = time.perf_counter()
            translate_many(second, cache=SQLiteTranslationCache(db), stats=warm_stats)
            warm = min(warm, time.perf_counter() - t)
            assert warm_stats.translated == 0 and cold_stats.translated == cold_stats.unique
            assert [r.body_en for r in first] == [r.body_en for r in second]
        dup_stats = TranslationStats()
        copies = [a for _ in range(50) for a in articles(sentences[:12])]  # one story, 50 wire copies
        t = time.perf_counter()
        translate_many(copies, cache=SQLiteTranslationCache(Path(tmp) / "other.db"), stats=dup_stats)
        dup = time.perf_counter() - t
    return {
        "articles": len(articles(sentences)),
        "sentences": cold_stats.sentences,
        "cold_s": round(cold, 3),
        "rerun_s": round(warm, 4),
        "speedup": round(cold / warm, 1),
        "duplicate_copies": len(copies),
        "duplicate_translated_sentences": dup_stats.translated,
        "duplicate_s": round(dup, 3),
    }


def forget_checked() -> None:
    """Empty what the checks remember per sentence, word or number (their lru caches; the one-time tables,
    maxsize 1, stay): every round then checks the sentences as never seen, as in a fresh run."""
    from pipeline.stages.translate import checks, dictionary, protect, quantities

    checks._checked.clear()
    for module in (checks, dictionary, protect, quantities):
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and value.cache_parameters()["maxsize"] != 1:
                value.cache_clear()


def checks_alone(records: list, rounds: int = 5) -> dict:
    """The checks alone over translated records, per sentence: wall and CPU microseconds (best of ``rounds``,
    each started with the checks' memories empty), and CPU microseconds of each check (best of ``rounds``)."""
    from pipeline.stages.translate import checks
    from pipeline.stages.translate.protect import Protector
    from pipeline.stages.translate.segment import split_sentences

    protector = Protector()
    sentences = []
    for r in records:
        for zh, en in zip(
            [r.title, *r.paragraphs], [r.title_en, *(r.body_en or "").split("\n\n")], strict=False
        ):
            parts = split_sentences(zh or "")
            if len(parts) == 1:  # a one-sentence unit: its English is that sentence's
                sentences.append(checks.Sentence(zh, en or "", "zh", protector.find(zh)))
    per_sentence = 1e6 / max(1, len(sentences))
    best = best_cpu = float("inf")
    for _ in range(rounds):
        forget_checked()
        t, cpu = time.perf_counter(), time.process_time()
        for s in sentences:
            checks._check(s)
        best, best_cpu = min(best, time.perf_counter() - t), min(best_cpu, time.process_time() - cpu)
    per_check = {}
    for name, handler in checks.CHECKS:
        check_cpu = float("inf")
        for _ in range(rounds):
            forget_checked()
            cpu = time.process_time()
            for s in sentences:
                list(handler(s))
            check_cpu = min(check_cpu, time.process_time() - cpu)
        per_check[name] = round(check_cpu * per_sentence, 1)
    return {
        "sentences": len(sentences),
        "us_per_sentence": round(best * per_sentence, 1),
        "cpu_us_per_sentence": round(best_cpu * per_sentence, 1),
        "cpu_us_per_check": per_check,
    }


def bench_checks(n: int, fixture_run: dict) -> dict:
    """The checks on the fixture's output: flagged share on its training sentences (its right answers) and on
    the speed runs' sentences (numbers changed: it gets those wrong), and their cost alone per sentence beside
    the fixture's time per sentence in ``fixture_run`` (the best 1-worker speed run): wall against wall, and
    CPU against CPU (less moved by other processes on a shared machine)."""
    from pipeline.record import Article
    from pipeline.stages.translate.cache import MemoryTranslationCache
    from pipeline.stages.translate.translator import TranslationStats, translate_many

    out: dict = {}
    for name, sentences in (
        ("training sentences", fixture_sentences()),
        ("changed numbers", unique_sentences(n)),
    ):
        records = [Article(title=None, paragraphs=[s], lang="zh", paragraph_langs=["zh"]) for s in sentences]
        stats = TranslationStats()
        translate_many(records, cache=MemoryTranslationCache(), stats=stats)
        flagged = sum(bool(r.translation_flags) for r in records)
        out[name] = {"sentences": len(records), "flagged_share": round(flagged / len(records), 3)}
        if name == "changed numbers":
            alone = checks_alone(records)
            translate_us = 1e6 / fixture_run["sentences_per_s"]
            translate_cpu_us = fixture_run["parent_cpu_s"] / fixture_run["sentences"] * 1e6
            out["cost"] = {
                **alone,
                "fixture_translation_us_per_sentence_1_worker": round(translate_us, 1),
                "fixture_translation_cpu_us_per_sentence_1_worker": round(translate_cpu_us, 1),
                "share_of_fixture_translation": round(alone["us_per_sentence"] / translate_us, 3),
                "cpu_share_of_fixture_translation": round(alone["cpu_us_per_sentence"] / translate_cpu_us, 3),
            }
    return out


def read_sample(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")[:2]) for line in lines if line.count("\t") >= 1]  # type: ignore[misc]


def bench_chrf(sample: Path, model_filter: str = "real") -> dict | None:
    """chrF (sacrebleu) of the installed zh→en model on a sample of Chinese<TAB>reference lines; the chrF of
    the sentences the checks flag and of the others. ``model_filter`` "real" skips the fixture."""
    import sacrebleu

    from pipeline.record import Article
    from pipeline.stages.translate.cache import MemoryTranslationCache
    from pipeline.stages.translate.models import models_by_source
    from pipeline.stages.translate.translator import TranslationStats, translate_many

    model = models_by_source().get("zh")
    if model is None or (model.fixture and model_filter == "real"):
        return None
    pairs = read_sample(sample)
    # one sentence per article: its flags are that sentence's
    records = [Article(title=None, paragraphs=[zh], lang="zh", paragraph_langs=["zh"]) for zh, _ in pairs]
    stats = TranslationStats()
    t = time.perf_counter()
    translate_many(records, cache=MemoryTranslationCache(), stats=stats)
    seconds = time.perf_counter() - t
    hyps = [r.body_en or "" for r in records]
    refs = [en for _, en in pairs]
    flagged = [bool(r.translation_flags) for r in records]

    def chrf(selected: list[bool]) -> float | None:
        h = [x for x, keep in zip(hyps, selected, strict=True) if keep]
        g = [x for x, keep in zip(refs, selected, strict=True) if keep]
        return round(sacrebleu.corpus_chrf(h, [g]).score, 1) if h else None

    return {
        "model": model.label,
        "sample": str(sample),
        "sentences": len(pairs),
        "chrF": chrf([True] * len(pairs)),
        "chrF_flagged": chrf(flagged),
        "chrF_not_flagged": chrf([not f for f in flagged]),
        "flagged_share": round(sum(flagged) / max(1, len(pairs)), 3),
        "sentences_per_s": round(len(pairs) / seconds, 2),
        "checks_share_of_time": round(stats.check_seconds / seconds, 3),
        **peak_mb(),
    }


def bench_real(texts: Path | None) -> list[dict]:
    from pipeline.record import Article
    from pipeline.stages.language import detect_language
    from pipeline.stages.translate.cache import MemoryTranslationCache
    from pipeline.stages.translate.models import models_by_source
    from pipeline.stages.translate.translator import TranslationStats, translate_many

    real = {lang: m for lang, m in models_by_source().items() if not m.fixture}
    if not real:
        return []
    records = []
    if texts:
        for path in sorted(texts.glob("*.txt")):
            lines = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            records.append(Article(title=lines[0] if lines else "", paragraphs=lines[1:]))
    elif "zh" in real:
        zh = fixture_sentences()
        records = articles(zh, per_paragraph=3, paragraphs=3)
    results = []
    for r in records:
        detect_language(r)
    for workers in (1, 2):
        stats = TranslationStats()
        t = time.perf_counter()
        translate_many(records, workers=workers, cache=MemoryTranslationCache(), stats=stats)
        dt = time.perf_counter() - t
        results.append(
            {
                "models": sorted(m.label for m in real.values()),
                "workers": workers,
                "sentences": stats.sentences,
                "sentences_per_s": round(stats.sentences / dt, 2),
                "flagged_share": round(stats.flagged / max(1, stats.sentences), 3),
                "checks_share_of_time": round(stats.check_seconds / dt, 3),
                **peak_mb(),
            }
        )
    return results


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="translation benchmark")
    ap.add_argument("--n", type=int, default=20000, help="unique sentences per speed run")
    ap.add_argument(
        "--peer-n",
        type=int,
        default=1000,
        help="unique sentences for 'argos as documented' (about 60x slower than ours; the other peer gets --n)",
    )
    ap.add_argument("--no-peer", action="store_true", help="without argostranslate's own API beside ours")
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration (the fastest is shown)")
    ap.add_argument("--cache-articles", type=int, default=1000, help="12 sentences each")
    ap.add_argument("--texts", type=Path, help="folder of .txt articles for a real model")
    ap.add_argument(
        "--sample",
        type=Path,
        help="Chinese<TAB>reference lines (a public zh→en test sample): chrF of an installed real model",
    )
    ap.add_argument(
        "--sample-with-fixture",
        action="store_true",
        help="score --sample with the fixture model too (a check of the code path: its chrF means nothing)",
    )
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--peer", choices=sorted(PEER_VARIANTS), help=argparse.SUPPRESS)
    ap.add_argument("--lang-only", action="store_true", help="only the language detection figures")
    ap.add_argument(
        "--checks-only",
        action="store_true",
        help="only the checks' cost beside the fixture's 1-worker speed (no 2 workers, peers, cache, real models)",
    )
    return ap.parse_args()


def bench_fixture(args: argparse.Namespace) -> None:
    """The fixture model: speed for 1 and 2 workers, the checks' cost, the peers, the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        os.environ["WIREARCHIVE_DATA"] = str(data)
        # install in a child process: install_from_path imports torch, which would inflate our figures
        subprocess.run(
            [sys.executable, "-m", "pipeline.cli.models", "install", str(FIXTURE)],
            env={**os.environ, "PYTHONPATH": str(PROJECT)},
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        bests: dict[int, dict] = {}
        for workers in (1,) if args.checks_only else (1, 2):
            best = _best([run_one(data, workers, args.n) for _ in range(args.repeat)])
            bests[workers] = best
            print("fixture model:", json.dumps(best))
        if not args.checks_only:
            one_w, two_w = bests[1]["all_sentences_per_s"], bests[2]["all_sentences_per_s"]
            print(
                f"speed-up 2 workers / 1 worker: {max(two_w) / max(one_w):.2f}x best/best "
                f"(range over runs {min(two_w) / max(one_w):.2f}-{max(two_w) / min(one_w):.2f}x)"
            )
        print("checks:", json.dumps(bench_checks(args.n // 4, bests[1])))
        if args.checks_only:
            print(f"load average at the end {os.getloadavg()[0]:.2f}")
            return
        if args.sample and args.sample_with_fixture:
            print("fixture model chrF (code path only):", json.dumps(bench_chrf(args.sample, "any")))
        if not args.no_peer:
            for variant in PEER_VARIANTS:
                n = args.peer_n if variant == "argos as documented" else args.n
                print("peer:", json.dumps(_best([run_peer(data, variant, n) for _ in range(args.repeat)])))
        print("cache:", json.dumps(bench_cache(args.cache_articles)))
        print(f"load average at the end {os.getloadavg()[0]:.2f}")


def main() -> int:
    args = parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one, args.n)))
        return 0
    if args.peer is not None:
        print(json.dumps(peer(args.peer, args.n)))
        return 0

    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (other processes share these cores)"
    )
    if not args.checks_only and bench_before_fixture(args):
        return 0
    if not FIXTURE.is_file():
        print(f"fixture model not found ({FIXTURE}): translation figures skipped")
        return 0
    bench_fixture(args)
    return 0


def bench_before_fixture(args: argparse.Namespace) -> bool:
    """Language detection, and the real models of the user's data dir (before the fixture's temp one);
    True when that is all that was asked (--lang-only)."""
    print("language detection, paragraphs/s:", json.dumps(bench_language()))
    if args.lang_only:
        return True
    real = bench_real(args.texts)
    if not real:
        print("real models: none installed in the data dir (wirearchive models install / make models)")
    for row in real:
        print("real model:", json.dumps(row, ensure_ascii=False))
    if args.sample:
        scored = bench_chrf(args.sample)
        print("real model chrF:", json.dumps(scored, ensure_ascii=False) if scored else "no real zh→en model")
    return False


if __name__ == "__main__":
    sys.exit(main())
