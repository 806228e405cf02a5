"""Translation models: argostranslate packages installed in ``config.models_dir()``.

Listing and looking up models reads the packages' ``metadata.json`` directly: it never imports
argostranslate, so "is there a zh→en model?" costs a directory listing. Installing goes through
``argostranslate.package.install_from_path``; :func:`import_argos_package` sets argos's environment
first (argos reads it once, at import) and points argos at ``models_dir()`` on every call.

Offline traps handled here (see docs/translation.md):

* ``ARGOS_PACKAGES_DIR`` and the ``XDG_*`` folders argos creates at import point inside the data dir;
* a folder without ``metadata.json`` in the packages dir (it crashes argos's
  ``get_installed_packages()``) is refused at install and skipped when listing;
* ``get_available_packages()`` (endless recursion offline) is only called by
  :func:`install_from_index`, after checking that the index was really downloaded (from argos's index, or
  any index in its format: ``wirearchive models install-index --index URL``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline import config
from pipeline.stages.translate.segment import output_cap, split_sentences

TARGET = "en"
INDEX_LANGUAGES = ("zh", "fr", "es", "ru", "ar", "ja", "de")  # what `make models` installs (to English)


class ModelError(Exception):
    """A model file or folder that cannot be installed, found or removed."""


@dataclass(frozen=True)
class ModelInfo:
    """One installed argostranslate package."""

    name: str  # folder name in models_dir(), e.g. "translate-zh_en-fixture"
    path: Path
    from_code: str
    to_code: str
    version: str
    code: str  # package code, e.g. "translate-zh_en"
    fixture: bool = False  # the tiny test model from /work/shared/models (memorises 61 sentences)

    @property
    def label(self) -> str:
        """Name + version, stored in ``Article.translation_model``: "translate-zh_en 0.1 (fixture)"."""
        return f"{self.code} {self.version}" + (" (fixture)" if self.fixture else "")

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def _read_info(folder: Path) -> ModelInfo:
    meta_path = folder / "metadata.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ModelError(f"{folder.name}: no metadata.json") from e
    except (OSError, ValueError) as e:
        raise ModelError(f"{folder.name}: unreadable metadata.json ({e})") from e
    if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
        raise ModelError(f"{folder.name}: not a translate package")
    from_code, to_code = meta.get("from_code"), meta.get("to_code")
    if not from_code or not to_code:
        raise ModelError(f"{folder.name}: metadata.json has no from_code/to_code")
    return ModelInfo(
        name=folder.name,
        path=folder,
        from_code=str(from_code),
        to_code=str(to_code),
        version=str(meta.get("package_version", "")) or "?",
        code=str(meta.get("code") or f"translate-{from_code}_{to_code}"),
        fixture=bool(meta.get("fixture", False)),
    )


def scan_models(models_dir: Path | None = None) -> tuple[list[ModelInfo], list[str]]:
    """Installed models and the problems found (folders that are not valid packages)."""
    root = models_dir or config.models_dir()
    models: list[ModelInfo] = []
    problems: list[str] = []
    if not root.is_dir():
        return models, problems
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        try:
            models.append(_read_info(folder))
        except ModelError as e:
            problems.append(str(e))
    return models, problems


def list_models() -> list[ModelInfo]:
    """Valid installed models, sorted by folder name."""
    return scan_models()[0]


def _version_key(version: object) -> tuple[int, ...]:
    """ "1.9" -> (1, 9), for "newest first" (a part that is not a number counts as 0)."""
    return tuple(int(p) if p.isdigit() else 0 for p in str(version).split("."))


def _rank(m: ModelInfo) -> tuple[bool, tuple[int, ...], str]:
    return (not m.fixture, _version_key(m.version), m.name)  # a real model beats the fixture, then the newest


def find_model(
    from_code: str, to_code: str = TARGET, models: Iterable[ModelInfo] | None = None
) -> ModelInfo | None:
    """The best installed model for a language pair, or None."""
    candidates = [
        m
        for m in (list_models() if models is None else models)
        if (m.from_code, m.to_code) == (from_code, to_code)
    ]
    return max(candidates, key=_rank) if candidates else None


def has_model(from_code: str, to_code: str = TARGET) -> bool:
    """Whether a model for the language pair is installed."""
    return find_model(from_code, to_code) is not None


def models_by_source(to_code: str = TARGET) -> dict[str, ModelInfo]:
    """{source language: best model} for every installed model into ``to_code``."""
    models = list_models()
    return {
        m.from_code: best
        for m in models
        if m.to_code == to_code and (best := find_model(m.from_code, to_code, models)) is not None
    }


# -- argostranslate, imported lazily with its environment set first ---------------------------------


def argos_env(data_dir: Path | None = None) -> dict[str, str]:
    """Environment argostranslate must see at import: every folder it uses inside the data dir."""
    data = data_dir or config.data_dir()
    argos_home = data / "argos"
    return {
        "ARGOS_PACKAGES_DIR": str(data / "models"),
        "XDG_DATA_HOME": str(argos_home / "share"),
        "XDG_CONFIG_HOME": str(argos_home / "config"),
        "XDG_CACHE_HOME": str(argos_home / "cache"),
        "ARGOS_INTRA_THREADS": "1",  # scale with processes; threads oversubscribe (about 4x slower)
        "ARGOS_INTER_THREADS": "1",
        "ARGOS_BEAM_SIZE": "1",  # greedy: faster, and beam 4 truncates the fixture model's output
        "ARGOS_DEVICE_TYPE": "cpu",
    }


@contextmanager
def _temporary_env(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def sync_argos_settings() -> None:
    """Point an already imported argostranslate at today's ``models_dir()`` (argos reads env once)."""
    settings = sys.modules.get("argostranslate.settings")
    if settings is None:
        return
    packages = config.models_dir()
    packages.mkdir(parents=True, exist_ok=True)
    settings.package_data_dir = packages  # type: ignore[attr-defined]
    settings.package_dirs = [packages]  # type: ignore[attr-defined]
    settings.intra_threads = 1  # type: ignore[attr-defined]
    settings.inter_threads = 1  # type: ignore[attr-defined]
    settings.beam_size = 1  # type: ignore[attr-defined]
    settings.device = "cpu"  # type: ignore[attr-defined]
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:  # someone imported argos's own translate API: make it offline-safe too
        patch_argos_translate(translate)


def import_argos_package() -> ModuleType:
    """``argostranslate.package`` (no torch: about 0.1 s), with its environment set before the first import.

    The variables are set only while importing and restored afterwards, so the rest of the process
    (and its children) keep the user's ``XDG_*``.
    """
    if "argostranslate.settings" not in sys.modules:
        config.models_dir().mkdir(parents=True, exist_ok=True)
        with _temporary_env(argos_env()):
            import argostranslate.package  # noqa: F401
    sync_argos_settings()
    import argostranslate.package as package

    return package


# -- install / remove ----------------------------------------------------------------------------------


def _check_archive(path: Path) -> str:
    """The top folder of a valid .argosmodel file; raise ModelError otherwise."""
    if not path.is_file():
        raise ModelError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path}: not an .argosmodel file (not a zip archive)")
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.strip("/")]
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) != 1:
            raise ModelError(f"{path}: expected one top folder in the archive, found {sorted(tops)[:5]}")
        top = tops.pop()
        if top in {".", ".."} or "\\" in top:
            raise ModelError(f"{path}: bad folder name {top!r}")
        meta_name = f"{top}/metadata.json"
        if meta_name not in names:
            raise ModelError(f"{path}: no {meta_name} in the archive")
        try:
            meta = json.loads(z.read(meta_name).decode("utf-8"))
        except ValueError as e:
            raise ModelError(f"{path}: unreadable metadata.json ({e})") from e
        if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
            raise ModelError(f"{path}: metadata.json has no from_code/to_code")
        if meta.get("type", "translate") != "translate":
            raise ModelError(f"{path}: not a translate package (type {meta.get('type')!r})")
    return top


def install_model(path: str | Path, source: dict[str, Any] | None = None) -> ModelInfo:
    """Install a ``.argosmodel`` file into ``models_dir()`` (replacing a package of the same name).

    ``source`` says where the file came from (``models list`` shows it); by default, the file itself.
    """
    path = Path(path).resolve()
    top = _check_archive(path)
    target = config.models_dir() / top
    package = import_argos_package()
    if target.exists():
        shutil.rmtree(target)
    package.install_from_path(path)
    _forget(target)
    record = source or {"source": "file", "path": str(path)}
    (target / SOURCE_FILE).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return _read_info(target)


SOURCE_FILE = "wirearchive-source.json"  # written into an installed package folder; argos ignores it


def model_source(model: ModelInfo) -> str:
    """Where an installed model came from: "file PATH", "index URL", or "copied in" (no record)."""
    try:
        record = json.loads((model.path / SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "copied in (no install record)"
    if record.get("source") == "index":
        return f"index {record.get('index')}"
    return f"file {record.get('path')}"


def model_size(model: ModelInfo) -> int:
    """Bytes on disk of an installed model folder."""
    return sum(f.stat().st_size for f in model.path.rglob("*") if f.is_file())


def _forget(folder: Path) -> None:
    """Drop cached translators and argos's language cache for a package folder."""
    forget_engines(folder)
    argos_translate = sys.modules.get("argostranslate.translate")
    if argos_translate is not None:
        argos_translate.installed_translates.clear()
        argos_translate.get_installed_languages.cache_clear()


def remove_model(name: str) -> ModelInfo:
    """Remove an installed model by folder name ("translate-zh_en-fixture"), code or pair ("zh_en")."""
    models = list_models()
    exact = [m for m in models if m.name == name]
    matches = exact or [
        m for m in models if name in (m.code, f"{m.from_code}_{m.to_code}", f"{m.from_code}-{m.to_code}")
    ]
    if not matches:
        raise ModelError(f"no installed model named {name!r}")
    if len(matches) > 1:
        raise ModelError(f"{name!r} matches several models: {', '.join(m.name for m in matches)}")
    model = matches[0]
    shutil.rmtree(model.path)
    _forget(model.path)
    return model


def _download_index(url: str) -> list[dict[str, Any]]:
    """Have argos download the package index at ``url`` into its local index file, and read it.

    argos's ``update_package_index()`` logs a failed download and returns, and its
    ``get_available_packages()`` then recurses forever: the local file is removed first, so that a missing
    file after the call means the download failed.
    """
    package = import_argos_package()
    settings: Any = sys.modules["argostranslate.settings"]
    local = Path(settings.local_package_index)
    local.unlink(missing_ok=True)
    default = settings.remote_package_index
    settings.remote_package_index = url  # read by update_package_index() at call time
    try:
        package.update_package_index()
    finally:
        settings.remote_package_index = default
    if not local.is_file():
        raise ModelError(f"could not download the package index {url} (offline, or a wrong address?)")
    try:
        index = json.loads(local.read_text(encoding="utf-8"))
    except ValueError as e:
        local.unlink(missing_ok=True)
        raise ModelError(f"{url}: not an argos package index (not JSON: {e})") from e
    if not isinstance(index, list) or not all(isinstance(entry, dict) for entry in index):
        local.unlink(missing_ok=True)
        raise ModelError(f"{url}: not an argos package index (expected a JSON list of packages)")
    return index


def index_url(url: str | None = None) -> str:
    """The index to install from: ``url`` (an http(s) or file URL, or a local path), else argos's own."""
    if url is None:
        import_argos_package()
        return str(sys.modules["argostranslate.settings"].remote_package_index)
    if "://" not in url:
        return Path(url).resolve().as_uri()
    return url


def install_from_index(
    langs: Iterable[str] = INDEX_LANGUAGES, to_code: str = TARGET, url: str | None = None
) -> list[ModelInfo]:
    """Install the newest ``<lang>→en`` model of each language from a package index in argos's format.

    ``url`` defaults to argos's own index (NEEDS INTERNET); any index in its format works (a JSON list of
    package metadata whose ``links`` give http(s) URLs of .argosmodel files), e.g. a mirror on the local
    network. The real argos code path: ``update_package_index``, ``get_available_packages`` and
    ``AvailablePackage.download``; each file is then checked and installed like ``install_model``.
    """
    url = index_url(url)
    package = import_argos_package()
    _download_index(url)
    settings: Any = sys.modules["argostranslate.settings"]
    available = package.get_available_packages()  # reads the index just downloaded: no recursion
    installed: list[ModelInfo] = []
    missing: list[str] = []
    for lang in langs:
        found = [
            p for p in available if (p.from_code, p.to_code) == (lang, to_code) and p.type == "translate"
        ]
        if not found:
            missing.append(f"{lang}→{to_code}")
            continue
        best = max(found, key=lambda p: _version_key(p.package_version))
        stale = Path(settings.downloads_dir) / f"{package.argospm_package_name(best)}.argosmodel"
        stale.unlink(missing_ok=True)  # argos reuses a file of that name: it may come from another index
        try:
            download = best.download()
        except Exception as e:  # argos raises a bare Exception when every link fails
            raise ModelError(f"{lang}→{to_code}: download failed from {best.links}: {e}") from e
        try:
            source = {"source": "index", "index": url, "links": list(best.links)}
            installed.append(install_model(download, source=source))
        finally:
            Path(download).unlink(missing_ok=True)
    _forget(config.models_dir())
    if missing:
        names = ", ".join(m.name for m in installed) or "nothing"
        raise ModelError(f"installed {names}; not in the index {url}: {', '.join(missing)}")
    return installed


# -- loading a model ----------------------------------------------------------------------------------

BATCH_SIZE = 16  # sentences per ctranslate2 call


class RegexSentencizer:
    """Drop-in for argostranslate.sbd's sentencizers (constructor ``(pkg)``), downloading nothing."""

    def __init__(self, pkg: Any = None) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text)


def patch_argos_translate(translate: ModuleType | None = None) -> ModuleType:
    """Make argos's own ``argostranslate.translate`` API offline-safe (we do not use it ourselves).

    Replaces the MiniSBD, Stanza and spaCy sentencizers (they download models at the first
    translation) with :class:`RegexSentencizer` and drops argos's cached translation objects.
    Importing ``argostranslate.translate`` imports torch (3-5 s): only call this if you need it.
    """
    if translate is None:
        import_argos_package()  # environment first
        import argostranslate.translate

        translate = argostranslate.translate
    argos: Any = translate  # argos's module attributes are not typed
    if getattr(argos, "MiniSBDSentencizer", None) is not RegexSentencizer:
        argos.MiniSBDSentencizer = RegexSentencizer
        argos.StanzaSentencizer = RegexSentencizer
        argos.SpacySentencizerSmall = RegexSentencizer
        argos.installed_translates.clear()
        argos.get_installed_languages.cache_clear()
    return translate


class ArgosEngine:
    """One installed model: argos's Package (tokenizer) + a single-threaded ctranslate2 Translator."""

    def __init__(self, model: ModelInfo, beam_size: int = 1) -> None:
        package = import_argos_package()
        import ctranslate2

        self.model = model
        self.beam_size = beam_size
        self.pkg = package.Package(model.path)
        if not hasattr(self.pkg, "tokenizer"):
            raise RuntimeError(f"{model.name}: no sentencepiece.model or bpe.model in the package")
        self.translator = ctranslate2.Translator(
            str(model.path / "model"), device="cpu", inter_threads=1, intra_threads=1, compute_type="auto"
        )

    def translate_batch(self, sentences: Sequence[str]) -> list[str]:
        tokenizer = self.pkg.tokenizer
        prefix = self.pkg.target_prefix or ""
        tokenized = [tokenizer.encode(s) for s in sentences]
        caps = [output_cap(len(t)) for t in tokenized]
        todo = [i for i, t in enumerate(tokenized) if t]
        out = [""] * len(sentences)
        if not todo:
            return out
        results = self.translator.translate_batch(
            [tokenized[i] for i in todo],
            target_prefix=[[prefix]] * len(todo) if prefix else None,
            replace_unknowns=True,
            max_batch_size=BATCH_SIZE,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=0.2,
            max_decoding_length=max(caps[i] for i in todo),
        )
        for i, result in zip(todo, results, strict=True):
            tokens = result.hypotheses[0][: caps[i] + (1 if prefix else 0)]
            value = tokenizer.decode(tokens)
            if prefix and value.startswith(prefix):
                value = value[len(prefix) :]
            out[i] = (
                value.strip()
            )  # as the model wrote it (capped): loops are cut, and flagged, by the caller
        return out


_engines: dict[Path, ArgosEngine] = {}


def get_engine(model: ModelInfo, beam_size: int = 1) -> ArgosEngine:
    engine = _engines.get(model.path)
    if engine is None or engine.model != model or engine.beam_size != beam_size:
        engine = _engines[model.path] = ArgosEngine(model, beam_size)
    return engine


def forget_engines(folder: Path | None = None) -> None:
    """Drop loaded translators (all, or those under ``folder``), e.g. after a model is removed."""
    for path in list(_engines):
        if folder is None or path == folder or folder in path.parents:
            del _engines[path]
