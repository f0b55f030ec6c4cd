"""Every hostile or broken .nfo of the battery: a film with warnings, or one line saying why not."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filmviewer.model.film import Film
from filmviewer.model.loader import FilmFileError
from filmviewer.model.nfo import read_nfo
from filmviewer.model.readers import load
from tests.hostile_nfo import CASES, SECRET, Case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_reader_gives_a_film_or_one_reason(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    if case.title is None:
        with pytest.raises(FilmFileError) as caught:
            load(path)
        assert [str(problem) for problem in caught.value.problems] == list(case.lines)
        return
    loaded, _file = load(path)
    assert loaded.film.title == case.title
    assert [f"warning: {warning}" for warning in loaded.warnings] == list(case.lines[1:])
    dumped = json.dumps(loaded.film.model_dump(mode="json"))
    assert SECRET not in dumped


def test_entities_are_never_expanded_and_memory_stays_flat(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "a billion laughs")
    path = case.make(tmp_path)
    tracemalloc.start()
    try:
        loaded, _file = load(path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert loaded.film.synopsis == "&lol9;"
    assert peak < 20 * 1024 * 1024  # a billion "lol"s would be gigabytes


def test_an_external_entity_shows_as_written_never_as_the_file_it_names(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == "an external entity naming a file")
    loaded, _file = load(case.make(tmp_path))
    assert loaded.film.title == "&secret;"
    assert loaded.film.synopsis == "Leak: &secret;"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "<movie>",
                "</movie>",
                "<title>",
                "</title>",
                "<actor>",
                "<name>",
                "</name>",
                "</actor>",
                "<ratings>",
                "<rating name='imdb' max='10'>",
                "<value>",
                "</value>",
                "</rating>",
                "</ratings>",
                "<year>",
                "</year>",
                "<fileinfo>",
                "<streamdetails>",
                "<video>",
                "<width>",
                "&",
                "&amp;",
                "&eacute;",
                "&#0;",
                "&#x110000;",
                "<![CDATA[",
                "]]>",
                "<!--",
                "-->",
                "<!DOCTYPE movie [<!ENTITY e 'x'>]>",
                "&e;",
                "\x00",
                "\u202e",
                "é",
                "0",
                "7,5",
                "tt0000001",
                "http://www.imdb.com/title/tt0000001/",
                " / ",
                "\n",
                "<set>",
                "</set>",
                "<thumb aspect='poster'>",
                "</thumb>",
                "<?xml?>",
            ]
        ),
        max_size=40,
    )
)
def test_any_mix_of_nfo_pieces_gives_a_film_or_a_reason(pieces: list[str]) -> None:
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        result: object = read_nfo(data, Path("/nowhere/Film (2001).nfo"), "")
    except FilmFileError as error:
        result = error.problems
    if isinstance(result, tuple) and not hasattr(result, "film"):
        assert result
        assert all(str(problem) for problem in result)
    else:
        film, warnings = result  # type: ignore[misc]
        assert isinstance(film, Film)
        assert all(str(warning) for warning in warnings)
