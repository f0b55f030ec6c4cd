"""Title sort keys in the user's language: collation keys, stored in the index as blobs.

The keys are ICU's, from the ICU library Qt itself collates with (QCollator
gives no keys, only comparisons), with numbers compared by value ("Part 9"
before "Part 10") and case ignored. Byte order of two keys is the order of
their titles, so a reopened library sorts in SQLite with ORDER BY, and a
film that arrives takes its place without comparing it to the others.

Where no ICU library can be found, the keys are the titles folded by the one
folding rule, their numbers padded to compare by value: alphabetical, but
without a language's own rules (Swedish "å" after "z").
"""

from __future__ import annotations

import ctypes
import glob
import os
import re
import threading
from functools import cache
from typing import Any, Final

from filmviewer.model.text import fold

_NUMERIC_COLLATION: Final = 7  # UCOL_NUMERIC_COLLATION
_STRENGTH: Final = 5  # UCOL_STRENGTH
_ON: Final = 17  # UCOL_ON
_SECONDARY: Final = 1  # UCOL_SECONDARY: accents count, case does not
_DIGITS: Final = re.compile(r"\d+")


class TitleKeys:
    """Sort keys for titles in one language; one object per thread (ICU's collator is not
    shared between threads)."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        icu = _icu()
        self._collator: Any = None
        self._buffer = ctypes.create_string_buffer(4096)
        if icu is not None:
            functions, version = icu
            status = ctypes.c_int(0)
            collator = functions["open"](locale.encode("ascii", "replace"), ctypes.byref(status))
            if collator and status.value <= 0:
                functions["set"](collator, _NUMERIC_COLLATION, _ON, ctypes.byref(status))
                functions["set"](collator, _STRENGTH, _SECONDARY, ctypes.byref(status))
                self._collator = collator
                self._key = functions["key"]
                self._close = functions["close"]
                self.name = f"icu{version}:{locale}:1"
                return
        self.name = "fold:1"
        """What the keys are: keys of another name (language, ICU) are made again."""

    def key(self, title: str) -> bytes:
        if self._collator is None:
            return _folded_key(title)
        text = title.encode("utf-16-le", "surrogatepass")
        units = len(text) // 2
        length = self._key(self._collator, text, units, self._buffer, len(self._buffer))
        if length > len(self._buffer):
            self._buffer = ctypes.create_string_buffer(length)
            length = self._key(self._collator, text, units, self._buffer, length)
        return self._buffer.raw[: max(length - 1, 0)]  # without ICU's closing zero byte

    def close(self) -> None:
        if self._collator is not None:
            self._close(self._collator)
            self._collator = None

    def __del__(self) -> None:
        self.close()


def _folded_key(title: str) -> bytes:
    """The fallback key: the folded title, each number padded to compare by value."""
    folded = _DIGITS.sub(lambda digits: f"{len(digits.group()):02d}{digits.group()}", fold(title))
    return folded.encode("utf-8")


_LOCK: Final = threading.Lock()


@cache
def _icu() -> tuple[dict[str, Any], str] | None:
    """ICU's collation functions, from the ICU beside Qt or the system's; None if none loads."""
    with _LOCK:
        for path in _candidates():
            match = re.search(r"\.so\.(\d+)", path) or re.search(r"icui18n(\d+)", path)
            version = match.group(1) if match else ""
            try:
                library = ctypes.CDLL(path)
                functions = {
                    name: _function(library, symbol, version)
                    for name, symbol in (
                        ("open", "ucol_open"),
                        ("set", "ucol_setAttribute"),
                        ("key", "ucol_getSortKey"),
                        ("close", "ucol_close"),
                    )
                }
            except (OSError, AttributeError):
                continue
            functions["open"].restype = ctypes.c_void_p
            functions["open"].argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
            functions["set"].argtypes = [
                ctypes.c_void_p,
                ctypes.c_int,
                ctypes.c_int,
                ctypes.POINTER(ctypes.c_int),
            ]
            functions["key"].restype = ctypes.c_int32
            functions["key"].argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_int32,
                ctypes.c_char_p,
                ctypes.c_int32,
            ]
            functions["close"].argtypes = [ctypes.c_void_p]
            return functions, version
    return None


def _function(library: Any, symbol: str, version: str) -> Any:
    """``symbol``, as ICU names it in this build (with its version, "ucol_open_73", or not)."""
    for name in (f"{symbol}_{version}", symbol):
        if hasattr(library, name):
            return getattr(library, name)
    raise AttributeError(symbol)


def _candidates() -> list[str]:
    """ICU's i18n library: Qt's own first (the one QCollator uses), then the system's."""
    # Only when looking for a collation library.
    import importlib.util

    paths = []
    # Found, not imported: the CLI's listing needs no Qt.
    spec = importlib.util.find_spec("PySide6")
    for package in (spec.submodule_search_locations or []) if spec else []:
        qt = os.path.join(package, "Qt", "lib")
        paths += sorted(glob.glob(os.path.join(qt, "libicui18n.so.*")), reverse=True)
    for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"):
        paths += sorted(glob.glob(os.path.join(folder, "libicui18n.so.*")), reverse=True)
    return paths
