"""Posters and other artwork: decoded off the GUI thread, at the size shown, within limits.

An image file is a file like any other the user has: it may be cut short,
misnamed, enormous or built to explode when decoded. Each is read whole
(within MAX_IMAGE_BYTES), checked for an end, measured before it is decoded
(within MAX_PIXELS), and decoded straight at display size. Whatever is wrong
becomes an ArtworkError with a message, never a crash, a hang or a spike
of memory.

Decoded thumbnails are kept on disk (ThumbnailCache), bounded in bytes and
signed, so a long list of posters is decoded once.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCryptographicHash,
    QIODevice,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

from filmviewer.controller.cache_files import Signer, prune, write_atomically
from filmviewer.controller.tasks import Tasks
from filmviewer.i18n import translate
from filmviewer.lazy import logger

if TYPE_CHECKING:
    from filmviewer.controller.tasks import Token

MAX_IMAGE_BYTES: Final = 64 * 1024 * 1024
"""Image files larger than this are not read."""
MAX_PIXELS: Final = 100_000_000
"""Images of more pixels than this (a 10,000 × 10,000 picture) are not decoded."""
ALLOCATION_LIMIT_MB: Final = 512
"""Qt's own ceiling on one decoded image, in MiB: what MAX_PIXELS needs, and no more."""


class ArtworkError(Exception):
    """An image that cannot be shown, and why, in the user's words."""


class Stamp(NamedTuple):
    """The version of an image file, from its status."""

    device: int
    inode: int
    size: int
    modified_ns: int


def decode_image(path: Path, size: QSize) -> QImage:
    """The image at ``path``, scaled down (never up) to fit ``size`` device pixels.

    Raises ArtworkError for anything that is not a whole image of a sane size.
    """
    data, _stamp = _read(path)
    return decode_bytes(data, size)


def decode_bytes(data: bytes, size: QSize) -> QImage:
    """Decode image ``data`` to fit ``size``; ArtworkError if it is not a whole, sane image."""
    if not data:
        raise ArtworkError(translate("artwork", "the file is empty"))
    if _cut_short(data):
        raise ArtworkError(translate("artwork", "the image is cut short (an incomplete file)"))
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise ArtworkError(translate("artwork", "this is not an image Film Viewer can show"))
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        raise ArtworkError(translate("artwork", "the image gives no size"))
    if full.width() * full.height() > MAX_PIXELS:
        raise ArtworkError(
            translate(
                "artwork", "the image is {width} × {height} pixels: too large to show"
            ).format(width=f"{full.width():,}", height=f"{full.height():,}")
        )
    if full.width() > size.width() or full.height() > size.height():
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ArtworkError(
            translate("artwork", "the image could not be decoded ({error})").format(
                error=reader.errorString()
            )
        )
    return image


def _read(path: Path) -> tuple[bytes, Stamp]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except FileNotFoundError:
        raise ArtworkError(translate("artwork", "the file is not there")) from None
    except OSError as error:
        raise ArtworkError(
            translate("artwork", "the file cannot be read ({error})").format(
                error=error.strerror or error
            )
        ) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise ArtworkError(translate("artwork", "this is not a regular file"))
        if status.st_size > MAX_IMAGE_BYTES:
            raise ArtworkError(
                translate(
                    "artwork", "the file is {size} MiB; pictures may be at most {limit} MiB"
                ).format(size=f"{status.st_size / (1 << 20):.0f}", limit=MAX_IMAGE_BYTES >> 20)
            )
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_IMAGE_BYTES:
                raise ArtworkError(translate("artwork", "the file grew while it was read"))
    except OSError as error:
        raise ArtworkError(
            translate("artwork", "the file cannot be read ({error})").format(
                error=error.strerror or error
            )
        ) from None
    finally:
        os.close(fd)
    stamp = Stamp(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
    return b"".join(chunks), stamp


def _cut_short(data: bytes) -> bool:
    """True for a JPEG, PNG or GIF whose end is missing (decoders would show half a picture)."""
    tail = data[-64:].rstrip(b"\x00")
    if data.startswith(b"\xff\xd8\xff"):
        return not tail.endswith(b"\xff\xd9")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"IEND" not in tail
    if data.startswith((b"GIF87a", b"GIF89a")):
        return not tail.endswith(b";")
    return False


# Decoding off the GUI thread --------------------------------------------------


class ArtworkLoader(QObject):
    """Decodes images on a worker thread and hands them back to the GUI thread."""

    loaded = Signal(object, QImage)
    """(the request's key, the image at the size asked for)"""
    failed = Signal(object, str)
    """(the request's key, why the image cannot be shown)"""

    def __init__(self, cache: ThumbnailCache | None = None, parent: QObject | None = None) -> None:

        super().__init__(parent)
        self._cache = cache
        self._tasks = Tasks(threads=2, parent=self)

    def request(self, key: object, path: Path, size: QSize) -> Token:
        """Decode ``path`` to fit ``size`` device pixels; ``loaded`` or ``failed`` follows,
        unless the token returned calls it off first (then neither does)."""
        cache = self._cache

        def failed(error: BaseException) -> None:
            # An image must never take the window down: whatever went wrong is said.
            why = (
                str(error)
                if isinstance(error, ArtworkError)
                else f"{type(error).__name__}: {error}"
            )
            self.failed.emit(key, why)

        return self._tasks.run(
            lambda _token: _cached_or_decoded(path, size, cache),
            done=lambda image: self.loaded.emit(key, image),
            failed=failed,
            name="artwork",
        )

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Wait for the work under way (tests, and the window closing); what it gives is
        delivered when the event loop next turns."""
        return self._tasks.wait(milliseconds / 1000)


def _cached_or_decoded(path: Path, size: QSize, cache: ThumbnailCache | None) -> QImage:
    data, stamp = _read(path)
    if cache is not None:
        key = cache.key(path, stamp, size)
        image = cache.get(key, size)
        if image is not None:
            return image
    image = decode_bytes(data, size)
    if cache is not None:
        try:
            cache.put(key, image)
        except Exception as error:  # a cache that fails is no reason not to show the picture
            logger().warning("thumbnail not cached: %s", error)
    return image


# The thumbnail cache --------------------------------------------------------------

THUMBNAIL_BYTES: Final = 64 * 1024 * 1024
"""The thumbnail folder's size; the least recently used go first beyond it."""
_THUMB_SUFFIX: Final = ".thumb"
_THUMB_MAGIC: Final = b"filmviewer-thumbnail 1\n"


class ThumbnailCache:
    """Decoded pictures at display size, as signed PNG files in ``folder``."""

    def __init__(self, folder: Path, max_bytes: int = THUMBNAIL_BYTES) -> None:
        self._folder = folder
        self._max_bytes = max_bytes
        self._signer = Signer(folder)

    @property
    def folder(self) -> Path:
        return self._folder

    def key(self, path: Path, stamp: Stamp, size: QSize) -> str:
        text = f"{os.fsencode(path.absolute())!r}\0{tuple(stamp)}\0{size.width()}x{size.height()}"
        digest = QCryptographicHash.hash(text.encode(), QCryptographicHash.Algorithm.Sha256)
        return bytes(digest.toHex().data()).decode()

    def get(self, key: str, size: QSize) -> QImage | None:
        """The picture stored under ``key``, checked; None (and the entry gone) if it fails."""
        path = self._folder / f"{key}{_THUMB_SUFFIX}"
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        image = None
        if raw.startswith(_THUMB_MAGIC) and len(raw) < self._max_bytes:
            signature, _, payload = raw[len(_THUMB_MAGIC) :].partition(b"\n")
            if signature == self._sign(payload):
                with contextlib.suppress(ArtworkError):
                    image = decode_bytes(payload, size)
                if image is not None and (
                    image.width() > size.width() or image.height() > size.height()
                ):
                    image = None
        if image is None:
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return image

    def put(self, key: str, image: QImage) -> None:
        """Store ``image``; a cache that cannot be written is silently skipped."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes
            return
        payload = bytes(buffer.data().data())
        with contextlib.suppress(OSError):
            self._folder.mkdir(parents=True, exist_ok=True)
            write_atomically(
                self._folder / f"{key}{_THUMB_SUFFIX}",
                _THUMB_MAGIC + self._sign(payload) + b"\n" + payload,
            )
            self._prune()

    def _sign(self, payload: bytes) -> bytes:
        return self._signer.sign(payload)

    def _prune(self) -> None:
        prune(self._folder, _THUMB_SUFFIX, 100_000, self._max_bytes)
