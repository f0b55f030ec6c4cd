"""Scores and certificates: <ratings>, the flat <rating> and <votes>, Jellyfin's and Emby's
<communityrating>, <criticrating> and <customrating>, <userrating>, <top250> and <mpaa>.

Every score a file holds is kept as its own, with its source: a flat
``<rating>`` beside a ``<ratings>`` block is dropped only where it repeats
one of its scores (Kodi writes the default score there too).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from filmviewer.model.nfo.reading import element_where, left_out
from filmviewer.model.nfo.values import (
    PLACE,
    SCALE,
    UnreadableError,
    attribute,
    children,
    count,
    decimal,
    excerpt,
    line_of,
    whole_number,
)
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Reading


def handle_ratings(reading: Reading, element: _Element) -> None:
    for tag, rating in children(element):
        if tag != "rating":
            continue
        try:
            _take_rating(reading, rating)
        except UnreadableError as unreadable:
            reading.warn(
                left_out(reading.line_of(rating), "rating"), unreadable.what, **unreadable.params
            )


def _take_rating(reading: Reading, element: _Element) -> None:
    fields = {tag: line_of(child) for tag, child in children(element)}
    value_text, votes_text = fields.get("value", ""), fields.get("votes", "")
    if not value_text:
        return
    score: dict[str, Any] = {"value": decimal(value_text)}
    source = attribute(element, "name")
    if source:
        score["source"] = source.lower()
    scale = element.get("max")
    if scale:
        score["scale"] = decimal(scale, SCALE)
    votes = count(votes_text) if votes_text else 0
    if votes:
        score["votes"] = votes
    if element.get("default", "").strip().lower() == "true" and not any(
        existing.get("default") for existing in reading.data.get("scores", [])
    ):
        score["default"] = True
    if score["value"] == 0 and not score.get("votes"):
        return  # Kodi writes 0 for a score the site has not given
    reading.append(element, ("scores",), score, "rating")


def handle_flat_rating(reading: Reading, element: _Element) -> None:
    """Kodi's old <rating>7.5</rating> (with <votes> beside it), Jellyfin's and Emby's
    community rating, or a misplaced new <rating> with children."""
    if len(element):
        handle_ratings(reading, element)  # some tools drop the <ratings> around <rating>
        return
    value = line_of(element)
    if not value:
        return
    number = decimal(value)
    if number == 0:
        return
    scale = element.get("max")
    score = {"value": number, "scale": decimal(scale, SCALE) if scale else 10.0}
    reading.flat_scores.append((element, score))


def handle_votes(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if value:
        reading.flat_votes = count(value)


def handle_critic_rating(reading: Reading, element: _Element) -> None:
    """Jellyfin's and Emby's critics' score, out of 100 (Rotten Tomatoes' where it has one)."""
    value = line_of(element)
    if value:
        number = decimal(value)
        if number:
            reading.critic_scores.append(
                (element, {"source": "critics", "value": number, "scale": 100.0})
            )


def take_flat_score(reading: Reading) -> None:
    """The flat scores, each kept unless a <ratings> score already says the same; then the
    critics' (after the community's, as Jellyfin shows them)."""
    kept = list(reading.data.get("scores", []))
    for index, (element, score) in enumerate(reading.flat_scores):
        if index == 0 and reading.flat_votes:
            score["votes"] = reading.flat_votes
        if any(
            abs(other["value"] / other.get("scale", 10.0) - score["value"] / score["scale"]) < 0.005
            for other in kept
        ):
            continue  # the default score written again, in the old way
        reading.append(element, ("scores",), score, "rating")
        kept.append(score)
    for element, score in reading.critic_scores:
        reading.append(element, ("scores",), score, "criticrating")


def handle_user_rating(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if value and value != "-1":
        number = round(decimal(value))
        if number:
            reading.put(element, ("user_rating",), number, "userrating")


def handle_top250(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    if value and value not in ("0", "-1"):  # not in the Top 250
        reading.put(element, ("top250",), whole_number(value, PLACE))


_RATED: Final = re.compile(r"(?:rated\s+)?(.+)", re.IGNORECASE)


def certificate(value: str) -> dict[str, str] | None:
    """``Rated PG-13``, ``UK:12A``, ``Australia:M`` as a certificate and its system."""
    if not value:
        return None
    system = None
    if ":" in value:
        head, tail = value.split(":", 1)
        if head.strip() and tail.strip() and len(head) <= 30:
            system, value = head.strip(), tail.strip()
    match = _RATED.fullmatch(value)
    found = match.group(1).strip() if match else value
    rating = {"certificate": found}
    if system is None and found != value:
        system = "MPA"  # "Rated PG-13" is how the MPA says it
    if system:
        rating["system"] = system
    return rating


def handle_mpaa(reading: Reading, element: _Element) -> None:
    rating = certificate(line_of(element))
    if rating:
        reading.put(element, ("details", "rating"), rating, "mpaa")


def handle_custom_rating(reading: Reading, element: _Element) -> None:
    """Jellyfin's and Emby's own certificate for a film: shown where <mpaa> gives none."""
    value = line_of(element)
    if value:
        reading.custom_ratings.append((element, value))


def take_custom_rating(reading: Reading) -> None:
    for element, value in reading.custom_ratings:
        rating = certificate(value)
        if rating and not reading.put(element, ("details", "rating"), rating, "customrating"):
            reading.warn(
                element_where(reading.line_of(element), "customrating"),
                QT_TRANSLATE_NOOP(
                    "problems", "the custom certificate “{value}” is not shown: <mpaa> gives one"
                ),
                value=excerpt(value),
            )
