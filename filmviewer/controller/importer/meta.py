"""OpenGraph and ``<meta>`` tags, the tab's ``<title>`` and the page's address: the least
trusted of the machine-readable sources, and what tells the page's own address."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from filmviewer.controller.importer import found as values
from filmviewer.controller.importer.found import EPISODE, FILM, OTHER, PAGE, PERSON, TV, Found
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SOURCE: Final = QT_TRANSLATE_NOOP("problems", "meta tags")

_KINDS: Final = {
    "video.movie": FILM,
    "video.tv_show": TV,
    "video.episode": EPISODE,
    "profile": PERSON,
    "books.book": OTHER,
    "music.song": OTHER,
    "music.album": OTHER,
}
"""OpenGraph types that say what the page is about (video.other, article and website do not)."""


def address(root: HtmlElement) -> str | None:
    """The page's own address: its canonical link, else its og:url."""
    for link in root.iterfind(".//link[@rel]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            found = values.address(link.get("href"), None)
            if found:
                return found
    return values.address(_property(root, "og:url"), None)


_OWN_NUMBERS: Final = (
    ("letterboxd", re.compile(r"letterboxd\.com/film/([^/?#]+)")),
    ("douban", re.compile(r"douban\.com/subject/(\d+)")),
    ("rottentomatoes", re.compile(r"rottentomatoes\.com/m/([^/?#]+)")),
)
"""The film's identifier on the site whose page it is, from the page's own address."""


def read(root: HtmlElement, base: str | None = None) -> Found:
    found = Found(SOURCE)
    page = base or ""
    found.put(("identifiers", "imdb"), values.identifiers_in([page]).get("imdb"))
    for source, pattern in _OWN_NUMBERS:
        number = pattern.search(page)
        if number:
            found.put(("identifiers", "others"), [{"source": source, "value": number.group(1)}])
    kind = (_property(root, "og:type") or "").strip().lower()
    if kind in _KINDS:
        found.kinds.append((_KINDS[kind], kind))
    title = root.find(".//title")
    found.title(PAGE, values.text(title.text_content() if title is not None else None))
    found.title("og", values.text(_property(root, "og:title")))
    return found


def _property(root: HtmlElement, name: str) -> str | None:
    for meta in root.iterfind(".//meta"):
        if name in (meta.get("property"), meta.get("name")):
            return str(meta.get("content") or "")
    return None
