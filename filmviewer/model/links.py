"""Which web addresses a film file may hold, and what to show of one before it is opened.

Only http and https addresses with a valid host and port are accepted. Before
a browser is given one, the user sees its real host: spelt in punycode where
it mixes scripts (a Cyrillic "а" in "аpple.com"), and with a warning where a
user name before an "@" makes it look like another site.
"""

from __future__ import annotations

import unicodedata
from typing import Final, NamedTuple
from urllib.parse import SplitResult, urlsplit

MAX_URL_LENGTH: Final = 2_000
"""Characters in a web address; browsers and servers refuse much longer ones."""


class Link(NamedTuple):
    """What a user should know of an address before opening it."""

    url: str
    host: str
    """The host the browser will contact, as the user should read it."""
    user_info: str
    """Anything before an "@" in the address (a user name that can pose as a host), or ""."""
    mixed_scripts: bool
    """The host mixes writing systems, so ``host`` is its punycode form."""
    unicode_host: str
    """The host as written in the address."""


def is_web_address(url: str) -> bool:
    """True for an http:// or https:// address a browser can be given."""
    return inspect_link(url) is not None


def inspect_link(url: str) -> Link | None:
    """The facts of ``url`` to show before opening it, or None if it is no web address."""
    if len(url) > MAX_URL_LENGTH or not url.isprintable() or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # ValueError when out of range
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host or port == 0:
        return None
    shown = _shown_host(parts, host)
    if shown is None:
        return None
    user_info = parts.netloc.rpartition("@")[0]
    return Link(url, shown[0], user_info, shown[1], host)


def _shown_host(parts: SplitResult, host: str) -> tuple[str, bool] | None:
    """The host as shown, and whether it mixes scripts; None if it is not a valid host."""
    if parts.netloc.rpartition("@")[2].startswith("["):
        return (host, False) if all(c in "0123456789abcdef:." for c in host) else None
    if host.isascii():
        valid = all(_ascii_label(label) for label in host.rstrip(".").split("."))
        return (host, False) if valid else None
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if _mixes_scripts(host):
        return ascii_host, True
    return host, False


def _ascii_label(label: str) -> bool:
    return (
        0 < len(label) <= 63
        and all(c.isalnum() or c in "-_" for c in label)
        and not label.startswith("-")
        and not label.endswith("-")
    )


def _mixes_scripts(host: str) -> bool:
    """True if the letters of ``host`` come from more than one writing system."""
    scripts = set()
    for char in host:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts.add(name.split(" ", 1)[0] if name else "?")
    return len(scripts) > 1
