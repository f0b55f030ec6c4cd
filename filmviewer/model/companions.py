"""The files beside a film file: its folder, its pictures and the video it describes.

Kept apart from the readers, and light: start-up asks what lies beside a
file (a cached film is good only while that is the same) before it knows
whether it must read the file at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

DISC_FOLDERS: Final = ("VIDEO_TS", "BDMV")
"""Folders of a DVD or Blu-ray copy: the film's folder is the one holding them."""


def film_folder(path: Path) -> Path:
    """The folder a film file's artwork paths are relative to.

    The file's own folder, or for a file inside a disc's VIDEO_TS or BDMV
    folder, the folder holding the disc.
    """
    folder = path.parent
    if folder.name.upper() in DISC_FOLDERS:
        return folder.parent
    return folder


IMAGE_SUFFIXES: Final = (".jpg", ".jpeg", ".png", ".webp", ".tbn")
VIDEO_SUFFIXES: Final = (
    ".mkv",
    ".mp4",
    ".m4v",
    ".avi",
    ".mov",
    ".wmv",
    ".mpg",
    ".mpeg",
    ".ts",
    ".m2ts",
    ".webm",
    ".iso",
    ".divx",
    ".ogm",
    ".flv",
)
MOVIE_NFO_NAMES: Final = ("movie.nfo", "video_ts.nfo", "index.nfo")
"""Names that say nothing of the video: its name is found beside them."""

MAX_FOLDER_ENTRIES: Final = 20_000
"""Entries of the film's folder looked at for artwork and the video's name."""

ACTORS_FOLDER: Final = ".actors"
"""Kodi's folder of actor photos beside the film, e.g. .actors/Jane_Doe.jpg."""


def folder_context(path: Path) -> str:
    """The names in the film's folder that choose its artwork and video name, as one text.

    A cached reading of the file is only good while this is the same.
    """
    folder = film_folder(path)
    names = _names(folder, IMAGE_SUFFIXES + VIDEO_SUFFIXES)
    if names is None:
        return ""
    actors = _names(folder / ACTORS_FOLDER, IMAGE_SUFFIXES) or []
    names.extend(f"{ACTORS_FOLDER}/{name}" for name in actors)
    return "\n".join(sorted(names))


def _names(folder: Path, suffixes: tuple[str, ...]) -> list[str] | None:
    """The names in ``folder`` ending in one of ``suffixes`` (any case), or None if it
    cannot be read; at most MAX_FOLDER_ENTRIES entries are looked at."""
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_FOLDER_ENTRIES:
                    break
                if entry.name.lower().endswith(suffixes) and "\n" not in entry.name:
                    names.append(entry.name)
    except OSError:
        return None
    return names
