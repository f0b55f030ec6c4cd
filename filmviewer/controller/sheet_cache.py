"""A cache of display-ready films, so an unchanged file opens without re-validation.

An entry is keyed by the file's exact bytes, the display locale and a
fingerprint of everything that shapes an entry: the model, reader and
presentation code and the translation catalogue. It holds the FilmSheet, the
film in file format and the reader's warnings, each long text once.

The cache is a convenience, never a source of truth. An entry is signed with
a key of this user's, and read back only if the signature matches and its
shape is exactly what this code writes: a damaged, edited, foreign or old
entry is a miss, and is removed. The folder is bounded in entries and bytes,
and the least recently used entries go first.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCryptographicHash, QLocale

import filmviewer
from filmviewer.controller.cache_files import Signer, prune, write_atomically
from filmviewer.controller.presentation import FilmSheet, sheet_from_dict, sheet_to_dict
from filmviewer.model.problems import Problem, problem_from_list, problem_to_list

MAX_ENTRIES: Final = 200
MAX_BYTES: Final = 64 * 1024 * 1024
"""The folder's size; the least recently used entries are removed beyond it."""

_MAGIC: Final = b"filmviewer-sheet 2\n"
_SUFFIX: Final = ".sheet"
_SHARED_LENGTH: Final = 32
"""Texts at least this long are stored once, however often the entry holds them."""
_PRODUCERS: Final = ("model", "controller")
"""The packages whose code shapes an entry; a change to any file invalidates every entry."""

Entry = tuple[FilmSheet, dict[str, Any], tuple[Problem, ...]]


class SheetCache:
    """Sheets on disk, in ``folder``; ``catalogue`` is the translation the sheets are made in."""

    def __init__(self, folder: Path, catalogue: bytes = b"") -> None:
        self._folder = folder
        self._catalogue = catalogue
        self._fingerprint: str | None = None
        self._signer = Signer(folder)

    @property
    def folder(self) -> Path:
        return self._folder

    def key(self, content: bytes, locale: QLocale, reader: str, context: str) -> str:
        """The key of a film read from ``content`` by ``reader`` in ``context``, for ``locale``."""
        about = f"\0{reader}\0{context}\0{locale.name()}\0{self._code_fingerprint()}"
        return _sha256(_sha256(content).encode() + about.encode("utf-8", "surrogatepass"))

    def get(self, key: str) -> Entry | None:
        """The entry stored under ``key``, or None; an entry that fails a check is removed."""
        path = self._folder / f"{key}{_SUFFIX}"
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            entry = self._decode(raw)
        except Exception:
            entry = None
        if entry is None:
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # most recently used
        return entry

    def put(
        self, key: str, sheet: FilmSheet, data: dict[str, Any], warnings: tuple[Problem, ...]
    ) -> None:
        """Store an entry; a cache that cannot be written is silently skipped."""
        with contextlib.suppress(OSError):
            self._folder.mkdir(parents=True, exist_ok=True)
            raw = self._encode(sheet, data, warnings)
            if len(raw) > MAX_BYTES // 2:
                return
            write_atomically(self._folder / f"{key}{_SUFFIX}", raw)
            self._prune()

    def _encode(
        self, sheet: FilmSheet, data: dict[str, Any], warnings: tuple[Problem, ...]
    ) -> bytes:
        shared: dict[str, int] = {}
        tree = _share(
            {
                "sheet": sheet_to_dict(sheet),
                "data": data,
                "warnings": [problem_to_list(warning) for warning in warnings],
            },
            shared,
        )
        payload = (
            json.dumps(list(shared), ensure_ascii=False)
            + "\n"
            + json.dumps(tree, ensure_ascii=False)
        ).encode("utf-8")
        return _MAGIC + self._sign(payload) + b"\n" + payload

    def _decode(self, raw: bytes) -> Entry | None:
        if not raw.startswith(_MAGIC):
            return None
        signature, _, payload = raw[len(_MAGIC) :].partition(b"\n")
        if signature != self._sign(payload):
            return None
        strings_line, _, tree_text = payload.decode("utf-8").partition("\n")
        strings = json.loads(strings_line)
        if not isinstance(strings, list) or not all(isinstance(s, str) for s in strings):
            return None

        def expand(item: dict[str, Any]) -> Any:
            if len(item) == 1 and "$" in item:
                return strings[item["$"]]
            return item

        tree = json.loads(tree_text, object_hook=expand)
        if not isinstance(tree, dict) or set(tree) != {"sheet", "data", "warnings"}:
            return None
        data = tree["data"]
        if not isinstance(data, dict) or not isinstance(data.get("title"), str):
            return None
        warnings = tuple(problem_from_list(item) for item in tree["warnings"])
        return sheet_from_dict(tree["sheet"]), data, warnings

    def _sign(self, payload: bytes) -> bytes:
        return self._signer.sign(payload)

    def _prune(self) -> None:
        prune(self._folder, _SUFFIX, MAX_ENTRIES, MAX_BYTES)

    def _code_fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = code_fingerprint(Path(filmviewer.__file__).parent, self._catalogue)
        return self._fingerprint


def code_fingerprint(package: Path, catalogue: bytes = b"") -> str:
    """A hash of the code in ``package`` that shapes an entry, and of the translation used."""
    return _sha256(b"\0".join([filmviewer.__version__.encode(), catalogue, _sources(package)]))


def _sources(package: Path) -> bytes:
    """The hash of the code that shapes entries: read once for each state of the files
    (the sheets' and the library's caches both ask, at every start)."""
    files = [source for folder in _PRODUCERS for source in sorted((package / folder).rglob("*.py"))]
    stamps = []
    for source in files:
        with contextlib.suppress(OSError):
            info = source.stat()
            stamps.append((str(source), info.st_size, info.st_mtime_ns))
    signature = tuple(stamps)
    if signature not in _SOURCES_READ:
        parts = []
        for source in files:
            with contextlib.suppress(OSError):
                name = source.relative_to(package).as_posix().encode()
                parts.append(name + b"\0" + source.read_bytes())
        _SOURCES_READ[signature] = _sha256(b"\0".join(parts)).encode()
    return _SOURCES_READ[signature]


_SOURCES_READ: dict[tuple[tuple[str, int, int], ...], bytes] = {}


def _share(value: Any, shared: dict[str, int]) -> Any:
    """``value`` with each text of _SHARED_LENGTH or more replaced by {"$": its index}."""
    if isinstance(value, str):
        if len(value) < _SHARED_LENGTH:
            return value
        return {"$": shared.setdefault(value, len(shared))}
    if isinstance(value, dict):
        return {key: _share(item, shared) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_share(item, shared) for item in value]
    return value


def _sha256(data: bytes) -> str:
    # QtCore's hash: hashlib would load OpenSSL at start-up for this one call.
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")
