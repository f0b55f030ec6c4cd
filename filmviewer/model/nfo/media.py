"""What the video file holds: <fileinfo><streamdetails> with its video, audio and subtitle streams.

Zeros mean "not known" here, as the writers put them; a stream's language
is made one code per language (``fre`` and ``fra`` are one language); 3D
is Kodi's ``<stereomode>``; Jellyfin's ``<duration>`` is in minutes where
Kodi's ``<durationinseconds>`` is in seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from filmviewer.model.languages import language_code
from filmviewer.model.nfo.reading import left_out
from filmviewer.model.nfo.values import (
    CHANNELS,
    PIXELS,
    SECONDS,
    UnreadableError,
    children,
    line_of,
    local_name,
    means_nothing,
    ratio,
    whole_number,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

    from filmviewer.model.nfo.reading import Reading


def handle_fileinfo(reading: Reading, element: _Element) -> None:
    for tag, details in children(element):
        if tag != "streamdetails":
            reading.unknown(details, f"fileinfo/{tag}")
            continue
        for kind, stream in children(details):
            reader = _STREAMS.get(kind)
            try:
                if reader is None:
                    reading.unknown(stream, f"streamdetails/{kind}")
                else:
                    reader(reading, stream)
            except UnreadableError as unreadable:
                reading.warn(
                    left_out(reading.line_of(stream), kind), unreadable.what, **unreadable.params
                )


def _fields(stream: _Element) -> dict[str, str]:
    fields = {}
    for tag, child in children(stream):
        value = line_of(child)
        if value:
            fields[tag] = value
    return fields


_VIDEO_FIELDS: Final = frozenset(
    {
        "codec",
        "width",
        "height",
        "aspect",
        "aspectratio",
        "hdrtype",
        "durationinseconds",
        "duration",
        "stereomode",
    }
)
_AUDIO_FIELDS: Final = frozenset({"codec", "language", "channels"})
_SUBTITLE_FIELDS: Final = frozenset({"language"})
_NOT_3D: Final = frozenset({"", "mono", "2d"})


def _not_shown_fields(
    reading: Reading, stream: _Element, fields: dict[str, str], known: frozenset[str]
) -> None:
    """Note the stream's elements a film has no place for, as "video/bitrate" and so on."""
    kind = local_name(stream.tag)
    for tag, value in fields.items():
        if tag not in known and not means_nothing(value):
            reading.note_not_shown(f"{kind}/{tag}", reading.line_of(stream))


def _zero_is_unknown(value: str | None, what: str) -> int | None:
    """A whole number where streamdetails writes 0 (or nothing) for "not known"."""
    if not value or value == "-1":
        return None
    number = whole_number(value, what)
    return number or None


def _video(reading: Reading, stream: _Element) -> None:
    fields = _fields(stream)
    video: dict[str, Any] = {}
    if fields.get("codec"):
        video["codec"] = fields["codec"]
    for key in ("width", "height"):
        number = _zero_is_unknown(fields.get(key), PIXELS)
        if number:
            video[key] = number
    aspect = fields.get("aspect") or fields.get("aspectratio")
    if aspect:
        found = ratio(aspect)
        if found:
            video["aspect_ratio"] = found
    hdr = fields.get("hdrtype")
    if hdr:
        video["hdr"] = hdr
    seconds = _zero_is_unknown(fields.get("durationinseconds"), SECONDS)
    minutes = _zero_is_unknown(fields.get("duration"), SECONDS)
    if seconds or minutes:
        video["duration_seconds"] = seconds or (minutes or 0) * 60
    stereo = fields.get("stereomode", "")
    if stereo.lower() not in _NOT_3D:
        video["stereo_mode"] = stereo
    _not_shown_fields(reading, stream, fields, _VIDEO_FIELDS)
    if video:
        reading.put(stream, ("media", "video"), video, "video")


def _audio(reading: Reading, stream: _Element) -> None:
    fields = _fields(stream)
    _not_shown_fields(reading, stream, fields, _AUDIO_FIELDS)
    track: dict[str, Any] = {}
    if fields.get("codec"):
        track["codec"] = fields["codec"]
    language = _language(fields.get("language", ""))
    if language:
        track["language"] = language
    channels = _zero_is_unknown(fields.get("channels"), CHANNELS)
    if channels:
        track["channels"] = channels
    if track:
        target = reading.data.setdefault("media", {}).setdefault("audio", [])
        reading.places[("media", "audio", len(target))] = (reading.line_of(stream), "audio")
        target.append(track)


def _subtitle(reading: Reading, stream: _Element) -> None:
    fields = _fields(stream)
    _not_shown_fields(reading, stream, fields, _SUBTITLE_FIELDS)
    language = _language(fields.get("language", ""))
    if language:
        reading.append(stream, ("media", "subtitles"), language, "subtitle")


def _language(written: str) -> str:
    """One code per language; "" for none, or for ISO 639's "und" (undetermined)."""
    code = language_code(written) if written else ""
    return "" if code in ("und", "unknown", "xx") else code


_STREAMS: dict[str, Callable[[Reading, _Element], None]] = {
    "video": _video,
    "audio": _audio,
    "subtitle": _subtitle,
}
