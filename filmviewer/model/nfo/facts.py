"""The film's own facts: titles, year and dates, plots, runtime, lists (genres, countries,
studios, tags), the collection it belongs to, and its aspect ratio."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from filmviewer.model.nfo.reading import element_where
from filmviewer.model.nfo.values import (
    UnreadableError,
    children,
    date,
    excerpt,
    line_of,
    local_name,
    prose_of,
    ratio,
    split_list,
    year,
)
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Handler, Reading


def one_line(field: str) -> Handler:
    def handle(reading: Reading, element: _Element) -> None:
        value = line_of(element)
        if value:
            reading.put(element, (field,), value)

    return handle


def listed(*path: str, slashes: bool = False, commas: bool = False) -> Handler:
    """A list field, one value per element, split where writers join several in one.

    ``commas``: a comma-separated list, where the element is the only one of
    its name in the file (tinyMediaManager's old files hold all studios in one).
    """

    def handle(reading: Reading, element: _Element) -> None:
        alone = reading.tag_counts.get(local_name(element.tag), 1) <= 1
        for value in split_list(line_of(element), slashes=slashes, commas=commas and alone):
            reading.append(element, path, value)

    return handle


def wrapped(inner: str, handler: Handler) -> Handler:
    """A wrapper such as ``<genres><genre>…</genre></genres>``: each ``inner`` element read."""

    def handle(reading: Reading, element: _Element) -> None:
        for tag, child in children(element):
            if tag == inner:
                handler(reading, child)
            else:
                reading.unknown(child, f"{local_tag(element)}/{tag}")

    return handle


def local_tag(element: _Element) -> str:
    return local_name(element.tag)


def handle_year(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if not value or value in ("0", "-1"):
        return
    reading.put(element, ("year",), year(value))


def handle_date(*path: str) -> Handler:
    def handle(reading: Reading, element: _Element) -> None:
        value = line_of(element)
        if not value:
            return
        found = date(value)
        if isinstance(found, int):
            reading.put(element, ("year",), found)
        else:
            reading.put(element, path, found)

    return handle


def handle_outline(reading: Reading, element: _Element) -> None:
    value = prose_of(element)
    if value:
        summaries = reading.data.setdefault("summaries", [])
        if any(summary.get("outline") for summary in summaries):
            return
        reading.places[("summaries", len(summaries))] = (reading.line_of(element), "outline")
        summaries.insert(0, {"text": value, "outline": True})


def handle_plot(reading: Reading, element: _Element) -> None:
    value = prose_of(element)
    if value:
        reading.put(element, ("synopsis",), value)


_RUNTIME: Final = re.compile(
    r"(?:(\d{1,5})\s*(?:h|hr|hrs|hours?)\s*)?(?:(\d{1,6})\s*(?:m|min|mins|minutes?)?)?",
    re.IGNORECASE,
)
_CLOCK: Final = re.compile(r"(\d{1,3}):(\d{2})(?::(\d{2}))?")


def handle_runtime(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if not value or value in ("0", "-1"):
        return
    clock = _CLOCK.fullmatch(value)
    match = _RUNTIME.fullmatch(value)
    if clock:
        minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    elif match and (match.group(1) or match.group(2)):
        minutes = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    else:
        raise UnreadableError(
            QT_TRANSLATE_NOOP("problems", "“{value}” is not a running time such as 120 min"),
            value=excerpt(value),
        )
    if minutes:
        reading.put(element, ("tech_specs", "runtime_minutes"), minutes, "runtime")


def handle_set(reading: Reading, element: _Element) -> None:
    """A collection: ``<set>Name</set>`` (old) or ``<set><name>…</name><overview>…``."""
    name = overview = ""
    found = children(element)
    for tag, child in found:
        if tag == "name":
            name = line_of(child)
        elif tag == "overview":
            overview = prose_of(child)
    if not found:
        name = line_of(element)
    if name:
        collection = {"name": name}
        if overview:
            collection["overview"] = overview
        reading.collections.append((element, collection))


def take_collection(reading: Reading) -> None:
    """The first collection is shown; the others a film has no room for are named."""
    if not reading.collections:
        return
    (element, first), *others = reading.collections
    reading.put(element, ("collection",), first, "set")
    for other_element, other in others:
        if other["name"] == first["name"]:
            continue
        reading.warn(
            element_where(reading.line_of(other_element), "set"),
            QT_TRANSLATE_NOOP(
                "problems",
                "the film is also in the collection “{name}”; a film shows one, the first",
            ),
            name=excerpt(other["name"]),
        )


def take_year_from_date(reading: Reading) -> None:
    """A film with <premiered> but no <year> (Kodi 17 on writes none): the year it came out.

    Not for a video site's video stored as a film: its date is the upload's.
    """
    released = reading.data.get("details", {}).get("release_date")
    if "year" in reading.data or not isinstance(released, str):
        return
    if reading.online_video:
        return
    reading.data["year"] = int(released[:4])
    place = reading.places.get(("details", "release_date"))
    if place is not None:
        reading.places[("year",)] = place


def handle_aspect_ratio(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if value:
        found = ratio(value)
        if found:
            reading.put(element, ("tech_specs", "aspect_ratio"), found, "aspectratio")


def ignore(_reading: Reading, _element: _Element) -> None:
    """An instruction to the tool that wrote the file, not a fact of the film."""
