"""Every bad file of the battery gets one readable message naming where and what."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filmviewer.model import loader
from filmviewer.model.film import Film
from filmviewer.model.loader import FilmFileError, load_film, parse_film
from tests.conftest import make_film
from tests.hostile import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_loader_explains_each_bad_file(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    problems = caught.value.problems
    assert str(problems[0]) == case.first
    for problem in problems:
        assert problem.where
        assert problem.what
        assert "\n" not in str(problem)
        assert len(str(problem)) < 300


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.json"
    path.write_text('{"title": "x"}', encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # Root reads any file; refuse as the kernel would refuse anyone else.
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(loader.os, "open", refuse)
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    assert [str(p) for p in caught.value.problems] == [
        "file: permission denied: Film Viewer may not read this file"
    ]


def test_a_file_rewritten_during_the_read_is_refused(tmp_path, monkeypatch) -> None:
    path = tmp_path / "film.json"
    path.write_text('{"title": "First"}', encoding="utf-8")
    real_read = os.read

    def read_then_rewrite(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        if data:
            path.write_text('{"title": "Second, longer"}', encoding="utf-8")
        return data

    monkeypatch.setattr(loader.os, "read", read_then_rewrite)
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    assert str(caught.value.problems[0]) == "file: changed while it was being read; try again"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    with pytest.raises(FilmFileError):
        load_film(path)  # would block forever if the loader waited for a writer


def test_a_synopsis_at_the_formats_limit_is_accepted_and_one_over_it_is_not(tmp_path: Path):
    from filmviewer.model.film import MAX_SYNOPSIS

    paragraph = "Stalin rises. " * 40 + "\n\n"
    synopsis = (paragraph * (MAX_SYNOPSIS // len(paragraph) + 1))[:MAX_SYNOPSIS]
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"title": "Long", "synopsis": synopsis}), encoding="utf-8")
    assert load_film(path).synopsis == synopsis
    path.write_text(json.dumps({"title": "Long", "synopsis": synopsis + "x"}), encoding="utf-8")
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    assert [str(p) for p in caught.value.problems] == [
        "synopsis: is longer than the 2,000,000 characters the film format allows"
    ]


def test_problem_locations_are_printable_and_short(tmp_path: Path) -> None:
    key = "\x1b[31m" + "k" * 500
    path = tmp_path / "film.json"
    path.write_text(json.dumps({"title": "x", key: 1}), encoding="utf-8")
    with pytest.raises(FilmFileError) as caught:
        load_film(path)
    where = str(caught.value.problems[0].where)
    assert where.startswith("\\x1b[31mkkk")
    assert len(where) <= 100


# Property tests ------------------------------------------------------------


def assert_explained_or_valid(data: bytes) -> None:
    """Any other exception than FilmFileError escapes and fails the test."""
    try:
        result: Film | tuple = parse_film(data)
    except FilmFileError as error:
        result = error.problems
    if isinstance(result, tuple):
        assert result
        assert all(problem.where and problem.what for problem in result)
    else:
        assert isinstance(result, Film)


# Film text: anything but control, separator and bidi formatting characters, with something to see.
text = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
        blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        "\ufdd0\ufffe\uffff",
    ),
    min_size=1,
    max_size=30,
).filter(lambda value: any(unicodedata.category(c)[0] in "LNPS" for c in value))
money = st.fixed_dictionaries(
    {"amount": st.integers(0, 10**12), "currency": st.sampled_from(["USD", "EUR", "HUF", "RUB"])}
)
films = st.fixed_dictionaries(
    {"title": text},
    optional={
        "year": st.integers(1870, 2200),
        "summaries": st.lists(
            st.fixed_dictionaries({"text": text}, optional={"author": text}), max_size=3
        ),
        "details": st.fixed_dictionaries(
            {},
            optional={
                "keywords": st.lists(text, max_size=4),
                "genres": st.lists(text, max_size=4),
                "release_date": st.dates().map(str),
                "rating": st.fixed_dictionaries({"certificate": text}, optional={"system": text}),
                "filming_locations": st.lists(text, max_size=3),
                "official_sites": st.lists(
                    st.fixed_dictionaries(
                        {"name": text}, optional={"url": st.just("https://example.org/a?b=c")}
                    ),
                    max_size=2,
                ),
            },
        ),
        "box_office": st.fixed_dictionaries(
            {}, optional={"budget": money, "gross_worldwide": money}
        ),
        "tech_specs": st.fixed_dictionaries(
            {},
            optional={
                "runtime_minutes": st.integers(1, 100_000),
                "aspect_ratio": st.floats(0.5, 5, allow_nan=False).map(lambda r: round(r, 2)),
                "sound_mix": st.lists(text, max_size=3),
            },
        ),
        "synopsis": text,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=films)
def test_valid_films_round_trip_through_json_unchanged(data: dict) -> None:
    film = make_film(data)
    again = parse_film(film.model_dump_json().encode("utf-8"))
    assert again == film
    assert parse_film(json.dumps(data, ensure_ascii=False).encode("utf-8")) == film


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=200))
def test_arbitrary_bytes_raise_only_the_loaders_error(data: bytes) -> None:
    # Some byte strings are valid films; every other one is explained.
    assert_explained_or_valid(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["title", "year", "details", "summaries", "text", "x", "box_office"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_arbitrary_json_raises_only_the_loaders_error(value: object) -> None:
    assert_explained_or_valid(json.dumps(value).encode("utf-8"))
