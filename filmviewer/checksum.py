"""A short name for a path, for files and settings kept per library.

Two zlib checksums and the length: stable across runs and machines, and
without hashlib, which loads OpenSSL (4 MiB) for what is only a name. Two
paths that shared a name would share what is kept under it: the library's
index says whose it is (and is built again for the other), a setting is
only a preference.
"""

from __future__ import annotations

import zlib


def path_checksum(path: bytes) -> str:
    return f"{zlib.crc32(path):08x}{zlib.adler32(path):08x}{len(path):04x}"
