"""The output folder's memory of earlier runs: what makes runs incremental and resumable.

A run keeps its state in ``DIR/.spaceclaims/``:

- ``shards/``: one checkpoint file per processed document, named by a key made of the
  document's SHA-256, its file suffix and the *run fingerprint* (pipeline version and code, spaCy and its English
  model, the configuration, the classifier's version and bytes, extra gazetteers, the table
  columns). It holds the document's rows for every table. A document whose shard exists is not
  processed again; the final CSVs are merged from the shards in input order, so an incremental
  or resumed run writes exactly what a fresh run writes.
- ``parsed/``: the parsed text (:class:`ParsedText`, gzipped JSON) of each document, keyed by its
  SHA-256, its file suffix and the *ingest fingerprint* (the ingestion code and its libraries). A new model or
  configuration relabels documents from here without re-reading PDFs.
- ``manifest.json``: per source path, its size, modification time and SHA-256 (so an unchanged
  file is not re-hashed), and a record of the last completed run.
- ``lock``: held while a run writes to the folder; a second run into it stops with a message.

Every file is written to a temporary name and renamed, so a run killed at any moment (even
with SIGKILL) leaves only whole files; a damaged shard is treated as missing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path

from pipeline import __version__
from pipeline.data.resources import GAZETTEER_FILE
from pipeline.dataset.files import atomic_write, output_error
from pipeline.document import sha256_of
from pipeline.errors import StateError
from pipeline.runner.limits import Limits

STATE_DIR = ".spaceclaims"
PACKAGE = Path(__file__).resolve().parents[1]
#: Folders and files of the package that cannot change what a run writes.
_NOT_RUN_CODE = {"analysis", "bench", "cli", "__pycache__", "dask_pool.py"}
_PARSER_LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer.six", "beautifulsoup4", "lxml",
                     "python-docx")  # fmt: skip


@dataclass(frozen=True)
class Fingerprints:
    """``run`` keys shards (rows), ``ingest`` keys the parsed-text cache."""

    run: str
    ingest: str
    model_version: str
    description: dict


def _digest(parts: Iterable[str | bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _package_files(predicate) -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*")):
        rel = path.relative_to(PACKAGE)
        if not path.is_file() or any(p in _NOT_RUN_CODE for p in rel.parts):
            continue
        if path.suffix in {".pyc", ".md"} or not predicate(rel):
            continue
        out.append(path)
    return out


def _files_digest(files: Iterable[Path]) -> str:
    parts: list[str | bytes] = []
    for f in files:
        parts += [str(f.relative_to(PACKAGE)), f.read_bytes()]
    return _digest(parts)


_IMPORT = re.compile(r"\bpipeline((?:\.\w+)+)")


def code_digest() -> str:
    """The digest of every package file that can change what a run writes."""
    return _files_digest(_package_files(lambda rel: True))


def ingest_code_files() -> list[Path]:
    """The ingestion package and every ``pipeline`` module it imports, transitively."""
    todo = [p for p in sorted((PACKAGE / "ingest").rglob("*.py"))] + [PACKAGE / "document.py"]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for m in _IMPORT.finditer(path.read_text(encoding="utf-8")):
            parts = m.group(1).strip(".").split(".")
            for n in range(len(parts), 0, -1):  # "pipeline.ingest.textclean.x" -> textclean.py
                base = PACKAGE.joinpath(*parts[:n])
                for cand in (base.with_suffix(".py"), base / "__init__.py"):
                    if cand.is_file():
                        todo.append(cand)
                        break
                else:
                    continue
                break
    return sorted(seen)


def _library_versions(names: Iterable[str]) -> list[str]:
    out = []
    for name in names:
        try:
            out.append(f"{name}=={importlib_metadata.version(name)}")
        except importlib_metadata.PackageNotFoundError:
            out.append(f"{name}==absent")
    return out


def _base_model(config) -> str:
    """The first installed model of ``[base] models`` (as ``pipeline.nlp.build`` chooses it)."""
    for name in config["base"]["models"]:
        try:
            return f"{name}=={importlib_metadata.version(name)}"
        except importlib_metadata.PackageNotFoundError:
            pass
        if Path(name).is_dir():
            return f"{name}@{_files_hash(Path(name))}"
    return "none"


def _files_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(folder)).encode())
            h.update(sha256_of(f).encode())
    return h.hexdigest()


#: Data files the ingesters read (textclean keeps the gazetteer's numbered names, "Canadarm2").
INGEST_DATA_FILES = (GAZETTEER_FILE,)


def _ingest_data_digests() -> list[str]:
    return [sha256_of(f) if f.is_file() else "" for f in INGEST_DATA_FILES]


def fingerprints(spec) -> Fingerprints:
    """Fingerprints of a :class:`pipeline.runner.task.PipelineSpec` (cheap: reads files, loads no
    model, imports no scikit-learn). Raises ``ValueError`` when the model is missing."""
    from pipeline.runner.task import META_FILE, MODEL_FILE
    from pipeline.schema import TABLES

    config = spec.config()
    ingest = _digest(
        [__version__, _files_digest(ingest_code_files()), spec.pdf_engine,
         *_library_versions(_PARSER_LIBRARIES), *_ingest_data_digests()]
    )  # fmt: skip
    model_version = ""
    model_hash = ""
    model = spec.model_dir()
    if model is not None:
        file = model / MODEL_FILE
        if not file.exists():
            from pipeline.classify.model_io import load_model
            from pipeline.errors import ModelError

            try:
                load_model(model)  # raises ModelError with the message the user needs
            except ModelError as exc:
                raise ValueError(str(exc)) from None
            raise ValueError(f"no model at {model}")
        meta_path = model / META_FILE
        try:
            meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        except (OSError, ValueError):
            meta = {}
        model_version = str(meta.get("version") or f"unversioned-{model.name}")
        model_hash = sha256_of(file)
    gazetteers = [sha256_of(Path(g)) for g in spec.gazetteers]
    description = {
        "spaceclaims": __version__,
        "code": code_digest()[:16],
        "spacy": importlib_metadata.version("spacy"),
        "base_model": _base_model(config),
        "model_version": model_version,
        "model_sha256": model_hash[:16],
        "pdf_engine": spec.pdf_engine,
    }
    run = _digest(
        [ingest, json.dumps(description, sort_keys=True), config.to_str(), *gazetteers,
         json.dumps(TABLES, sort_keys=True)]
    )  # fmt: skip
    return Fingerprints(
        run=run, ingest=ingest, model_version=model_version, description=description
    )


def shard_key(sha256: str, suffix: str, run_fingerprint: str) -> str:
    """The name of a document's shard: its bytes, how they are read (the file suffix: the same
    bytes named .txt and .pdf are different documents) and the run fingerprint."""
    key = f"{sha256}:{suffix.lower()}:{run_fingerprint}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def parsed_key(sha256: str, suffix: str, ingest_fingerprint: str) -> str:
    """The name of a document's cached parsed text (see :func:`shard_key`)."""
    key = f"{sha256}:{suffix.lower()}:{ingest_fingerprint}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class OutputState:
    """The ``.spaceclaims`` folder of an output folder (see the module docstring)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.root = out_dir / STATE_DIR
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(exc, out_dir) from None
        self._lock_fh = open(self.root / "lock", "a+")  # noqa: SIM115 (held for the run)
        self._lock()
        self._clean_temporaries()
        self.manifest = self._load_manifest()
        self._stat_cache: dict[str, list] = self.manifest.get("files", {})
        self.new_files: dict[str, list] = {}

    # -- lifetime ----------------------------------------------------------------------------

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; a second run is the user's risk
            return
        try:
            fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock_fh.close()
            raise StateError(
                f"another spaceclaims run is writing to {self.out_dir}; wait for it to finish "
                "or choose another --out folder"
            ) from None

    def close(self) -> None:
        if not self._lock_fh.closed:
            self._lock_fh.close()  # releases the lock

    def _clean_temporaries(self) -> None:
        """Remove temporary files a killed run left (they were never renamed into place)."""
        for tmp in self.out_dir.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        for tmp in self.root.rglob(".*.tmp"):
            tmp.unlink(missing_ok=True)

    # -- the manifest ------------------------------------------------------------------------

    def _load_manifest(self) -> dict:
        try:
            data = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def identify(self, path: Path, source: str) -> str:
        """The SHA-256 of ``path``, from the manifest when its size and mtime are unchanged.

        Raises ``OSError`` when the file cannot be read.
        """
        st = path.stat()
        cached = self._stat_cache.get(source)
        if cached and cached[0] == st.st_size and cached[1] == st.st_mtime_ns:
            sha = cached[2]
        else:
            sha = sha256_of(path)
        self.new_files[source] = [st.st_size, st.st_mtime_ns, sha]
        return sha

    def save_manifest(self, documents: list[dict], run: dict) -> None:
        data = {"version": 1, "run": run, "files": self.new_files, "documents": documents}
        atomic_write(
            self.root / "manifest.json",
            json.dumps(data, indent=1, ensure_ascii=True).encode("ascii"),
        )

    # -- shards ------------------------------------------------------------------------------

    def _shard_path(self, key: str, kind: str = "") -> Path:
        # Limit errors carry the limits they hit and are checked before reuse; every other
        # shard is reused on sight, so planning an incremental run reads no shard.
        suffix = ".limit" if kind == "limit" else ""
        return self.root / "shards" / key[:2] / f"{key}{suffix}.json.gz"

    def has_shard(self, key: str, limits: Limits) -> bool:
        """Whether a reusable result for ``key`` exists (a limit error only if ``limits`` are
        no more generous than those it hit)."""
        if self._shard_path(key).exists():
            return True
        limit = self._shard_path(key, "limit")
        if not limit.exists():
            return False
        shard = self._read(limit)
        return shard is not None and limits.covers(Limits(*shard.get("limits", (0, 0))))

    def read_shard(self, key: str) -> dict | None:
        """The shard for ``key``; None when missing or damaged (e.g. by a power loss)."""
        for path in (self._shard_path(key), self._shard_path(key, "limit")):
            if path.exists():
                return self._read(path)
        return None

    @staticmethod
    def _read(path: Path) -> dict | None:
        try:
            return json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, ValueError, EOFError):
            return None

    def write_shard(self, key: str, shard: dict) -> None:
        data = json.dumps(shard, separators=(",", ":"), ensure_ascii=True).encode("ascii")
        kind = shard.get("kind", "")
        atomic_write(self._shard_path(key, kind), gzip.compress(data, compresslevel=1, mtime=0))
        other = self._shard_path(key, "" if kind == "limit" else "limit")
        other.unlink(missing_ok=True)

    # -- parsed-text cache -------------------------------------------------------------------

    def _parsed_path(self, key: str) -> Path:
        return self.root / "parsed" / key[:2] / f"{key}.json.gz"

    def read_parsed(self, key: str) -> bytes | None:
        """The cached parsed text under ``key`` (:func:`parsed_key`), if whole."""
        path = self._parsed_path(key)
        try:
            data = path.read_bytes()
            gzip.decompress(data)  # a damaged cache entry is ignored, not trusted
            return data
        except (OSError, EOFError, gzip.BadGzipFile):
            return None

    def write_parsed(self, key: str, packed: bytes) -> None:
        atomic_write(self._parsed_path(key), packed)

    # -- pruning -----------------------------------------------------------------------------

    def prune(self, shard_keys: set[str], parsed_keys: set[str]) -> int:
        """Delete shards and cached texts this run did not use; return how many."""
        keep = {self._shard_path(k, kind) for k in shard_keys for kind in ("", "limit")}
        keep |= {self._parsed_path(k) for k in parsed_keys}
        removed = 0
        for sub in ("shards", "parsed"):
            for path in (self.root / sub).rglob("*.json.gz"):
                if path not in keep:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed


def run_record(fps: Fingerprints, summary: dict) -> dict:
    return {
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "fingerprint": fps.run,
        "ingest_fingerprint": fps.ingest,
        **fps.description,
        **summary,
    }
