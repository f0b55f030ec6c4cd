"""The poster, the fanart and the cast's photos: files beside the film in Kodi's and
Jellyfin's order, else what <thumb>, <fanart> and <art> name; never an image opened
here, only named.

An actor's photo is ``.actors/First_Last.jpg`` beside the film (Kodi's own
name for it: spaces become underscores), else the file the actor's <thumb>
names, if it is in the film's folder or its ``.actors``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from filmviewer.model.companions import (
    ACTORS_FOLDER,
    IMAGE_SUFFIXES,
    MOVIE_NFO_NAMES,
    VIDEO_SUFFIXES,
    film_folder,
)
from filmviewer.model.nfo.people import LOCAL_THUMB
from filmviewer.model.nfo.reading import Thumb, element_where
from filmviewer.model.nfo.values import children, excerpt, is_url, line_of
from filmviewer.model.problems import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Reading


def handle_thumb(reading: Reading, element: _Element) -> None:
    value = line_of(element)
    aspect = element.get("aspect", "").strip().lower()
    if not value:
        return
    if aspect in ("", "poster"):
        reading.poster_thumbs.append(Thumb(value, reading.line_of(element), "thumb"))
    elif aspect == "fanart":
        reading.fanart_thumbs.append(Thumb(value, reading.line_of(element), "thumb"))
    else:
        reading.unknown(element, "thumb")


def handle_fanart(reading: Reading, element: _Element) -> None:
    """``<fanart><thumb>…</thumb></fanart>``, Kodi's old ``url`` base, or an address as text."""
    thumbs = [thumb for tag, thumb in children(element) if tag == "thumb"]
    if not thumbs:
        value = line_of(element)
        if value:
            reading.fanart_thumbs.append(Thumb(value, reading.line_of(element), "fanart"))
        return
    for thumb in thumbs:
        value = line_of(thumb)
        if value:
            url = element.get("url", "")
            if url and not is_url(value):
                value = url + value  # Kodi's old <fanart url="base"><thumb>path</thumb>
            reading.fanart_thumbs.append(Thumb(value, reading.line_of(thumb), "fanart/thumb"))


def handle_art(reading: Reading, element: _Element) -> None:
    for tag, child in children(element):
        value = line_of(child)
        if not value:
            continue
        if tag == "poster":
            reading.poster_thumbs.append(Thumb(value, reading.line_of(child), "art/poster"))
        elif tag == "fanart":
            reading.fanart_thumbs.append(Thumb(value, reading.line_of(child), "art/fanart"))
        else:
            reading.unknown(child, f"art/{tag}")


_POSTER_NAMES: Final = (("{stem}-poster", "poster"), ("folder", "cover", "{stem}", "movie"))
_FANART_NAMES: Final = (("{stem}-fanart", "fanart"), ("backdrop", "background", "{stem}-backdrop"))


def choose_artwork(reading: Reading) -> None:
    """Poster and fanart files beside the film, else the ones <thumb> names, else links."""
    names = {name.lower(): name for name in reading.folder_names}
    stems = _video_stems(reading.path, reading.folder_names)
    folder = film_folder(reading.path)
    art: dict[str, dict[str, str]] = {}
    for kind, bases, thumbs in (
        ("poster", _POSTER_NAMES, reading.poster_thumbs),
        ("fanart", _FANART_NAMES, reading.fanart_thumbs),
    ):
        found = _first_named(names, stems, bases)
        url = next((thumb.value for thumb in thumbs if is_url(thumb.value)), None)
        if found is None:
            found = _local_thumb(reading, thumbs, names, folder)
        image: dict[str, str] = {}
        if found is not None:
            image["path"] = found
        if url is not None:
            image["url"] = url
        if image:
            art[kind] = image
    if art:
        reading.data["artwork"] = art


def choose_photos(reading: Reading) -> None:
    """Each cast member's photo: Kodi's ``.actors/First_Last.jpg``, else a local <thumb>."""
    cast = reading.data.get("people", {}).get("cast", ())
    names = {name.lower(): name for name in reading.folder_names}
    for person in cast:
        thumb = person.pop(LOCAL_THUMB, None)
        found = _actor_photo(names, person["name"])
        if found is None and thumb is not None:
            found = _named_photo(names, thumb)
        if found is not None:
            person["photo"] = found


def _actor_photo(names: dict[str, str], actor: str) -> str | None:
    """The picture Kodi keeps for ``actor`` in the film's .actors folder, if there is one."""
    prefix = f"{ACTORS_FOLDER}/"
    for base in (actor.replace(" ", "_"), actor):
        for suffix in IMAGE_SUFFIXES:
            found = names.get(f"{prefix}{base}{suffix}".lower())
            if found is not None:
                return found
    return None


def _named_photo(names: dict[str, str], thumb: str) -> str | None:
    """The file an actor's <thumb> names, found in the film's folder or its .actors.

    A path written on another computer still names the same file where its last
    folder is .actors (a library moved, or shared between machines).
    """
    parts = [part for part in thumb.replace("\\", "/").split("/") if part]
    if not parts:
        return None
    if len(parts) == 1 and not thumb.startswith(("/", "\\")):
        return names.get(parts[0].lower())
    if len(parts) >= 2 and parts[-2].lower() == ACTORS_FOLDER:
        return names.get(f"{ACTORS_FOLDER}/{parts[-1]}".lower())
    return None


def _local_thumb(
    reading: Reading, thumbs: list[Thumb], names: dict[str, str], folder: Path
) -> str | None:
    """The first <thumb> naming a file that is in the film's folder; the others are said once."""
    said: set[str] = set()
    for value, line, tag in thumbs:
        if is_url(value) or value in said:
            continue
        said.add(value)
        name = value.replace("\\", "/")
        candidate = Path(name)
        if candidate.is_absolute():
            if candidate.parent == folder:
                name = candidate.name
            else:
                reading.warn(
                    element_where(line, tag),
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "names a picture outside the film's folder ({path}); not shown",
                    ),
                    path=excerpt(value),
                )
                continue
        if name.lower() in names:
            return names[name.lower()]
        if "/" not in name or ":" not in name.split("/", 1)[0]:
            reading.warn(
                element_where(line, tag),
                QT_TRANSLATE_NOOP(
                    "problems", "names a picture that is not in the film's folder ({path})"
                ),
                path=excerpt(value),
            )
        else:
            reading.warn(
                element_where(line, tag),
                QT_TRANSLATE_NOOP(
                    "problems",
                    "names a picture on another computer or share ({path}); not shown",
                ),
                path=excerpt(value),
            )
    return None


def _video_stems(path: Path, names: tuple[str, ...]) -> list[str]:
    """The names, without suffix, the video beside ``path`` may have."""
    if path.name.lower() not in MOVIE_NFO_NAMES:
        return [path.stem]
    return sorted(
        name.rsplit(".", 1)[0] for name in names if name.lower().endswith(VIDEO_SUFFIXES)
    )[:1]


def _first_named(
    names: dict[str, str], stems: list[str], bases: tuple[tuple[str, ...], ...]
) -> str | None:
    """The first file of ``bases`` (names with ``{stem}``) in ``names``, any image suffix."""
    for group in bases:
        for base in group:
            for stem in stems if "{stem}" in base else [""]:
                name = base.replace("{stem}", stem).lower()
                for suffix in IMAGE_SUFFIXES:
                    found = names.get(name + suffix)
                    if found is not None:
                        return found
    return None
