"""Who made the film and who is in it: <director>, <credits>, <writer>, <actor>, <producer>.

An ``<actor>`` is cast unless its ``<type>`` says otherwise (Jellyfin and
Emby write their whole crew as actors: a Director is a director, a Writer
a writer, a Producer, Composer or Lyricist crew). Cast is billed by
``<order>`` where the file gives it, else as listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from filmviewer.model.film import MAX_ITEMS
from filmviewer.model.nfo.reading import left_out
from filmviewer.model.nfo.values import UnreadableError, children, is_url, line_of, whole_number
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Reading

LOCAL_THUMB: Final = "_local_thumb"
"""A cast member's <thumb> that names a file: not film data, taken out by choose_photos."""
_CAST_TYPES: Final = frozenset({"", "actor", "gueststar", "guest star", "voice"})
_UNORDERED: Final = MAX_ITEMS * 100


def handle_actor(reading: Reading, element: _Element, tag: str = "actor") -> None:
    fields: dict[str, str] = {}
    for child_tag, child in children(element):
        if child_tag not in fields:
            fields[child_tag] = line_of(child)
    name = fields.get("name", "")
    if not name:
        reading.warn(
            left_out(reading.line_of(element), tag),
            QT_TRANSLATE_NOOP("problems", "an actor without a <name>"),
        )
        return
    kind = fields.get("type", "").strip()
    folded = kind.casefold()
    if tag == "producer":
        _crew(reading, element, name, fields.get("role") or "Producer", tag)
    elif folded == "director":
        reading.append(element, ("people", "directors"), name, tag)
    elif folded == "writer":
        reading.append(element, ("people", "writers"), name, tag)
    elif folded not in _CAST_TYPES:
        _crew(reading, element, name, kind, tag)
    else:
        _cast(reading, element, name, fields, tag)


def _crew(reading: Reading, element: _Element, name: str, job: str, tag: str) -> None:
    reading.append(element, ("people", "crew"), {"name": name, "job": job}, tag)


def _cast(reading: Reading, element: _Element, name: str, fields: dict[str, str], tag: str) -> None:
    person = {"name": name}
    if fields.get("role"):
        person["role"] = fields["role"]
    thumb = fields.get("thumb", "")
    if is_url(thumb):
        person["thumb"] = thumb
    elif thumb:
        # A picture file: looked for beside the film once the whole file is read.
        person[LOCAL_THUMB] = thumb
    order: int | None = None
    for key in ("order", "sortorder"):
        if fields.get(key):
            try:
                order = whole_number(fields[key], "")
            except UnreadableError:
                order = None
            break
    cast = reading.data.setdefault("people", {}).setdefault("cast", [])
    if len(cast) >= MAX_ITEMS:
        reading.count_over(("people", "cast"))
        return
    reading.places[("people", "cast", len(cast))] = (reading.line_of(element), tag)
    # Billing order: by <order> where the file gives it, else as listed.
    reading.cast_order.append(order if order is not None else _UNORDERED)
    cast.append(person)


def handle_producer(reading: Reading, element: _Element) -> None:
    """tinyMediaManager's old ``<producer><name>…</name><role>Producer</role>``."""
    if len(element):
        handle_actor(reading, element, "producer")
    else:
        name = line_of(element)
        if name:
            _crew(reading, element, name, "Producer", "producer")


def handle_actors(reading: Reading, element: _Element) -> None:
    """Actors inside an ``<actors>`` wrapper, as some generators write them."""
    for tag, actor in children(element):
        if tag == "actor":
            handle_actor(reading, actor)
        else:
            reading.unknown(actor, f"actors/{tag}")


def bill_cast(reading: Reading) -> None:
    """The cast in billing order: by <order>, and as listed where the orders tie."""
    cast = reading.data.get("people", {}).get("cast")
    if not cast or reading.cast_order == sorted(reading.cast_order):
        return
    order = sorted(range(len(cast)), key=reading.cast_order.__getitem__)
    reading.data["people"]["cast"] = [cast[index] for index in order]
    places: dict[tuple[str | int, ...], tuple[int | None, str]] = {}
    for new, old in enumerate(order):
        place = reading.places.pop(("people", "cast", old), None)
        if place is not None:
            places[("people", "cast", new)] = place
    reading.places.update(places)
