"""Running translation chunks: in this process or in a pool of worker processes, offline.

Each worker has its own one-thread translator (threads oversubscribe two cores; processes scale). A network
guard (an audit hook) can make every socket attempt in a worker raise, to prove a run stays offline.
"""

from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

import pipeline.stages.translate.models as models  # looked up at call time: tests swap get_engine
from pipeline import config
from pipeline.stages.translate.models import ModelInfo

# -- worker processes --------------------------------------------------------------------------------

NET_EVENTS = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "urllib.Request",
)
_guard = {"installed": False, "on": False}


def _network_guard(event: str, args: tuple[Any, ...]) -> None:
    if _guard["on"] and event in NET_EVENTS:
        raise ConnectionRefusedError(
            f"network blocked by the wirearchive network guard: {event} {args!r:.120}"
        )


def set_network_guard(on: bool = True) -> None:
    """Make every socket/urllib attempt in this process raise (``on``), or stop doing so.

    An audit hook, installed once. Workers turn it on when ``WIREARCHIVE_NETWORK_GUARD=1``:
    a way to check that a run really stays offline.
    """
    if on and not _guard["installed"]:
        sys.addaudithook(_network_guard)
        _guard["installed"] = True
    _guard["on"] = on


def _worker_init(data_dir: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    os.environ["WIREARCHIVE_DATA"] = data_dir
    if os.environ.get("WIREARCHIVE_NETWORK_GUARD") == "1":
        set_network_guard(True)


def _worker_translate(model: ModelInfo, beam_size: int, sentences: list[str]) -> list[str]:
    return models.get_engine(model, beam_size).translate_batch(sentences)


def _progress_bar(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total, disable=not enabled, unit="sent", desc="translating", file=sys.stderr, smoothing=0.1
    )


def run_chunks(
    chunks: list[tuple[ModelInfo, list[str]]],
    workers: int,
    beam_size: int,
    finished: Callable[[ModelInfo, list[str], list[str] | BaseException], None],
    progress: bool,
) -> None:
    total = sum(len(s) for _, s in chunks)
    with _progress_bar(total, progress) as bar:
        if workers <= 1 or len(chunks) == 1:
            for model, sentences in chunks:
                try:
                    result: list[str] | BaseException = models.get_engine(model, beam_size).translate_batch(
                        sentences
                    )
                except Exception as e:  # noqa: BLE001 - a bad model/sentence must not stop the run
                    result = e
                finished(model, sentences, result)
                bar.update(len(sentences))
            return
        # spawn, not fork: a forked child of a process that already runs ctranslate2/torch threads can hang.
        # Children import only pipeline + argostranslate.package + ctranslate2 (about 0.2 s).
        context = multiprocessing.get_context("spawn")
        pool = futures.ProcessPoolExecutor(
            max_workers=min(workers, len(chunks)),
            mp_context=context,
            initializer=_worker_init,
            initargs=(str(config.data_dir()),),
        )
        try:
            pending = {pool.submit(_worker_translate, model, beam_size, s): (model, s) for model, s in chunks}
            for future in futures.as_completed(pending):
                model, sentences = pending[future]
                try:
                    result = future.result()
                except Exception as e:  # noqa: BLE001
                    result = e
                finished(model, sentences, result)
                bar.update(len(sentences))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: drop queued chunks, keep what is cached
            raise
        pool.shutdown(wait=True)
