"""schema.org microdata: the ``itemscope``/``itemprop`` attributes pages wrote before JSON-LD
(IMDb's title pages until about 2016)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from filmviewer.controller.importer import found as values
from filmviewer.controller.importer.found import EPISODE, FILM, NAME, PERSON, TV, Found
from filmviewer.controller.importer.values import UnreadableError, certificate, date
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SOURCE: Final = QT_TRANSLATE_NOOP("problems", "microdata")

_KINDS: Final = {
    "Movie": FILM,
    "TVSeries": TV,
    "TVSeason": TV,
    "TVEpisode": EPISODE,
    "Person": PERSON,
}
_DURATION: Final = re.compile(r"PT?(?:(?P<h>\d{1,5})H)?(?:(?P<m>\d{1,6})M)?")


def read(root: HtmlElement, base: str | None) -> Found:
    """What the page's microdata says of its subject: the first item of a kind that says."""
    found = Found(SOURCE)
    for item in root.iterfind(".//*[@itemscope]"):
        if item.getparent() is not None and _in_item(item):
            continue  # a nested item (a director, a rating) belongs to its item
        said = (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
        if said in _KINDS:
            found.kinds.append((_KINDS[said], said))
            if _KINDS[said] == FILM:
                _movie(found, _properties(item, base), base)
            break
    return found


def _in_item(element: HtmlElement) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.get("itemscope") is not None:
            return True
        parent = parent.getparent()
    return False


def _properties(item: HtmlElement, base: str | None) -> dict[str, list[Any]]:
    """The item's properties, by name; a nested item's properties as a dict of its own."""
    found: dict[str, list[Any]] = {}
    stack = list(reversed(item))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        name = element.get("itemprop")
        nested = element.get("itemscope") is not None
        if name:
            value: Any = _properties(element, base) if nested else _value(element, base, name)
            for prop in name.split():
                found.setdefault(prop, []).append(value)
        if not nested:
            stack.extend(reversed(element))
    return found


_ADDRESSES: Final = frozenset({"url", "image", "sameas", "trailer", "thumbnailurl"})
"""Properties whose value is an address; a link's other properties are its text (IMDb put
``itemprop="genre"`` on the genre's link)."""


def _value(element: HtmlElement, base: str | None, name: str) -> str:
    for attribute in ("content", "datetime"):
        if element.get(attribute) is not None:
            return str(element.get(attribute))
    if name.lower() in _ADDRESSES:
        if element.tag in ("a", "link") and element.get("href"):
            return values.address(element.get("href"), base) or ""
        if element.tag == "img" and element.get("src"):
            return values.address(element.get("src"), base) or ""
    return " ".join(element.text_content().split())


def _first(props: dict[str, list[Any]], name: str) -> Any:
    found = props.get(name) or [None]
    return found[0]


def _names(props: dict[str, list[Any]], name: str) -> list[str]:
    found = []
    for value in props.get(name, []):
        if isinstance(value, dict):
            value = _first(value, "name")
        text = values.text(value)
        if text and text.casefold() not in values.PLACEHOLDERS:
            found.append(text)
    return list(dict.fromkeys(found))


def _movie(found: Found, props: dict[str, list[Any]], base: str | None) -> None:
    found.title(NAME, values.text(_first(props, "name")))
    published = values.text(_first(props, "datePublished"))
    if published:
        try:
            dated = date(published[:10])
        except UnreadableError:
            dated = None
        if dated and dated.date:
            found.put(("details", "release_date"), dated.date.isoformat())
            found.put(("year",), dated.date.year)
    found.put(("details", "genres"), _names(props, "genre"))
    found.put(("details", "languages"), _names(props, "inLanguage"))
    rating = values.text(_first(props, "contentRating"))
    if rating:
        found.put(("details", "rating"), {"certificate": certificate(rating)})
    duration = _DURATION.fullmatch(values.text(_first(props, "duration")) or "")
    if duration and (duration.group("h") or duration.group("m")):
        minutes = int(duration.group("h") or 0) * 60 + int(duration.group("m") or 0)
        found.put(("tech_specs", "runtime_minutes"), minutes)
    description = values.prose(_first(props, "description"))
    if description:
        found.put(("summaries",), [{"text": description, "outline": True}])
    found.put(("people", "directors"), _names(props, "director"))
    found.put(("people", "writers"), _names(props, "author") or _names(props, "creator"))
    found.put(
        ("people", "cast"),
        [{"name": name} for name in _names(props, "actor") or _names(props, "actors")],
    )
    rating_item = _first(props, "aggregateRating")
    if isinstance(rating_item, dict):
        value = values.number(_first(rating_item, "ratingValue"))
        if value is not None:
            best = values.number(_first(rating_item, "bestRating")) or 10.0
            score: dict[str, Any] = {"value": value, "scale": best}
            votes = values.whole(_first(rating_item, "ratingCount"))
            if votes:
                score["votes"] = votes
            site = values.site_of(base)
            if site:
                score["source"] = site
            found.put(("scores",), [score])
    poster = values.address(_first(props, "image"), base)
    if poster:
        found.put(("artwork", "poster"), {"url": poster})
    identifiers = values.identifiers_in([base or ""] + [v for v in props.get("url", []) if v])
    found.put(("identifiers", "imdb"), identifiers.get("imdb"))
