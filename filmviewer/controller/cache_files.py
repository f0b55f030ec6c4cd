"""What Film Viewer's caches share: whole writes, signed entries, and a bound on their size."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QMessageAuthenticationCode, QStandardPaths


def cache_location() -> Path:
    """The user's cache folder for Film Viewer (its thumbnails, sheets and library indexes)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all (readable by this user only)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except OSError:
        os.unlink(temporary)
        raise


def secret_key(folder: Path) -> bytes:
    """This user's signing key for the cache in ``folder``, made there once (user-only)."""
    path = folder / "key"
    try:
        secret = path.read_bytes()
    except OSError:
        secret = b""
    if len(secret) != 32:
        secret = os.urandom(32)
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            write_atomically(path, secret)
    return secret


class Signer:
    """Signs a cache's entries with this user's key, kept in the cache's folder."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._secret: bytes | None = None

    def sign(self, payload: bytes) -> bytes:
        """The hex HMAC-SHA256 of ``payload``."""
        if self._secret is None:
            self._secret = secret_key(self._folder)
        code = QMessageAuthenticationCode.hash(
            payload, self._secret, QCryptographicHash.Algorithm.Sha256
        )
        return bytes(code.toHex().data())


def prune(folder: Path, suffix: str, max_entries: int, max_bytes: int) -> None:
    """Remove the least recently used ``suffix`` files beyond ``max_entries`` or ``max_bytes``."""
    entries = []
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            status = path.stat()
            if path.suffix == suffix:
                entries.append((status.st_mtime_ns, status.st_size, path))
    entries.sort(reverse=True)
    total = 0
    for index, (_, size, path) in enumerate(entries):
        total += size
        if index >= max_entries or total > max_bytes:
            path.unlink(missing_ok=True)
