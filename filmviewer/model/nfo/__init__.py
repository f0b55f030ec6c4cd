"""Kodi movie .nfo files, as Kodi, Jellyfin, Emby, MediaElch, tinyMediaManager and others
write them.

A .nfo file is read into the same film a JSON film file holds, element by
element: a flaw in one element costs that element, with a warning saying
what was left out and where, never the whole file. ``HANDLERS`` below is
the whole map from element to reader; each reader lives with its concern:

========================================  =====================================  ============
element (any letter case)                 film                                   module
========================================  =====================================  ============
title, localtitle, name                   title                                  facts
originaltitle; sorttitle, sortname        original_title; sort_title             facts
tagline; outline; plot                    tagline; the outline summary; synopsis facts
year; premiered, releasedate, aired       year; details.release_date             facts
dateadded                                 date_added                             facts
runtime; aspectratio                      tech_specs                             facts
genre, genres/genre; country; studio      details lists, split where joined      facts
tag, style                                details.keywords                       facts
set, sets/set                             collection (the others named)          facts
director, credits, writer                 people.directors, people.writers       people
actor, actors/actor (by <type>), producer people.cast, directors, writers, crew  people
ratings/rating, rating, votes             scores, each with its source           ratings
communityrating, criticrating             scores                                 ratings
userrating; top250                        user_rating; top250                    ratings
mpaa, customrating                        details.rating                         ratings
uniqueid, id, imdb(id), tmdb(id), ids     identifiers                            identifiers
collectionnumber, tmdbsetid, wikidataid,  identifiers.others                     identifiers
youtubeid, tvdbid
thumb, fanart, art                        artwork (files beside the film first)  artwork
fileinfo/streamdetails                    media                                  media
lockdata, lockedfields                    nothing: instructions to Jellyfin      facts
anything else                             named in one "not shown" warning       reading
========================================  =====================================  ============

The bytes are decoded and mended (raw ``&``, HTML entities, text around
``<movie>``) in ``repair``, which also cuts the document type declaration
away with everything before ``<movie>``, so no entity is ever expanded and
nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from filmviewer.model.nfo import artwork, facts, identifiers, media, people, ratings, repair
from filmviewer.model.nfo.reading import MAX_WARNINGS, Handler, NfoFilm, Reading

__all__ = ["HANDLERS", "MAX_WARNINGS", "NfoFilm", "read_nfo"]

_LIST: Final = {"slashes": True, "commas": True}

HANDLERS: Final[dict[str, Handler]] = {
    # facts
    "title": facts.one_line("title"),
    "localtitle": facts.one_line("title"),
    "name": facts.one_line("title"),
    "originaltitle": facts.one_line("original_title"),
    "sorttitle": facts.one_line("sort_title"),
    "sortname": facts.one_line("sort_title"),
    "tagline": facts.one_line("tagline"),
    "year": facts.handle_year,
    "premiered": facts.handle_date("details", "release_date"),
    "releasedate": facts.handle_date("details", "release_date"),
    "aired": facts.handle_date("details", "release_date"),
    "dateadded": facts.handle_date("date_added"),
    "outline": facts.handle_outline,
    "plot": facts.handle_plot,
    "runtime": facts.handle_runtime,
    "aspectratio": facts.handle_aspect_ratio,
    "genre": facts.listed("details", "genres", **_LIST),
    "genres": facts.wrapped("genre", facts.listed("details", "genres", **_LIST)),
    "country": facts.listed("details", "countries_of_origin", **_LIST),
    "studio": facts.listed("details", "production_companies", commas=True),
    "tag": facts.listed("details", "keywords"),
    "style": facts.listed("details", "keywords"),
    "set": facts.handle_set,
    "sets": facts.wrapped("set", facts.handle_set),
    "lockdata": facts.ignore,
    "lockedfields": facts.ignore,
    # people
    "director": facts.listed("people", "directors", **_LIST),
    "credits": facts.listed("people", "writers", **_LIST),
    "writer": facts.listed("people", "writers", **_LIST),
    "actor": people.handle_actor,
    "actors": people.handle_actors,
    "producer": people.handle_producer,
    # ratings
    "ratings": ratings.handle_ratings,
    "rating": ratings.handle_flat_rating,
    "communityrating": ratings.handle_flat_rating,
    "votes": ratings.handle_votes,
    "criticrating": ratings.handle_critic_rating,
    "userrating": ratings.handle_user_rating,
    "top250": ratings.handle_top250,
    "mpaa": ratings.handle_mpaa,
    "customrating": ratings.handle_custom_rating,
    # identifiers
    "uniqueid": identifiers.handle_uniqueid,
    "ids": identifiers.handle_ids,
    "id": identifiers.handle_named("id"),
    "imdbid": identifiers.handle_named("imdb"),
    "imdb_id": identifiers.handle_named("imdb"),
    "imdb": identifiers.handle_named("imdb"),
    "tmdbid": identifiers.handle_named("tmdb"),
    "tmdb": identifiers.handle_named("tmdb"),
    "tvdbid": identifiers.handle_named("tvdb"),
    "collectionnumber": identifiers.handle_named("tmdbcollection"),
    "tmdbcolid": identifiers.handle_named("tmdbcollection"),
    "tmdbsetid": identifiers.handle_named("tmdbcollection"),
    "wikidataid": identifiers.handle_named("wikidata"),
    "youtubeid": identifiers.handle_named("youtube"),
    # artwork
    "thumb": artwork.handle_thumb,
    "fanart": artwork.handle_fanart,
    "art": artwork.handle_art,
    # media
    "fileinfo": media.handle_fileinfo,
}
"""Each element of <movie> a film has a place for, and its reader."""


def read_nfo(data: bytes, path: Path, context: str) -> NfoFilm:
    """The film in the .nfo file ``path`` whose bytes are ``data``; raises FilmFileError.

    ``context`` is ``folder_context(path)``: the files beside it.
    """
    reading = Reading(path, context, HANDLERS)
    text = repair.decode(reading, data)
    start = repair.MOVIE_START.search(text)
    if start is None:
        return repair.without_movie(reading, text)
    end = repair.MOVIE_END.search(text, start.end())
    stop = end.end() if end else len(text)
    repair.look_around(reading, text[: start.start()], text[stop:], closed=end is not None)
    root = repair.parse(reading, text[start.start() : stop], text.count("\n", 0, start.start()))
    reading.read_movie(root)
    return reading.finish()
