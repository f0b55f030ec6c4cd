"""The synopsis matcher: examples, and properties against a simple reference."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmviewer.controller.search import (
    Matches,
    SearchError,
    SearchOptions,
    TextSearcher,
    Utf16Offsets,
    find_matches,
    fold_char,
)

CASE = SearchOptions(match_case=True)
WORDS = SearchOptions(whole_words=True)
DIACRITICS = SearchOptions(match_diacritics=True)
REGEX = SearchOptions(regex=True)


DEFAULT = SearchOptions()


def found(text: str, query: str, options: SearchOptions = DEFAULT) -> list[str]:
    matches = find_matches(text, query, options)
    return [text[start:end] for start, end in matches.spans()]


def test_ignores_case_by_default() -> None:
    assert found("Stalin, STALIN and stalin", "stalin") == ["Stalin", "STALIN", "stalin"]


def test_match_case() -> None:
    assert found("Stalin, STALIN and stalin", "Stalin", CASE) == ["Stalin"]


def test_ignores_diacritics_by_default() -> None:
    company = "Magyar Televízió Müvelödési Föszerkesztöség (MTV) (I)"
    assert found(company, "Muvelodesi") == ["Müvelödési"]
    assert found("her résumé", "resume") == ["résumé"]
    assert found("her resume", "résumé") == ["resume"]


def test_decomposed_accents_stay_with_their_letter() -> None:
    text = "re\u0301sume\u0301 x"
    assert found(text, "resume") == ["re\u0301sume\u0301"]
    assert found(text, "e") == ["e\u0301", "e\u0301"]


def test_match_diacritics() -> None:
    assert found("résumé resume", "resume", DIACRITICS) == ["resume"]
    assert found("résumé resume", "résumé", DIACRITICS) == ["résumé"]


def test_whole_words() -> None:
    assert found("Stalin Stalinist Stalin's", "stalin", WORDS) == ["Stalin", "Stalin"]
    assert found("(MTV) (I)", "(MTV)", WORDS) == ["(MTV)"]


def test_regular_expressions() -> None:
    assert found("in 1917, 1921 and 1924", r"19\d\d", REGEX) == ["1917", "1921", "1924"]
    assert found("Lenin lenin", "LENIN", REGEX) == ["Lenin", "lenin"]
    assert found("Lenin lenin", "L.nin", SearchOptions(regex=True, match_case=True)) == ["Lenin"]
    # Empty matches count, as in other editors: "^" and "\\b" find places, not text.
    assert found("ab", "x*", REGEX) == ["", "", ""]
    assert found("one\ntwo", "^", REGEX) == ["", ""]


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "(?P<x"])
def test_an_invalid_pattern_is_a_search_error(pattern: str) -> None:
    with pytest.raises(SearchError, match="Invalid regular expression"):
        find_matches("text", pattern, REGEX)


def test_a_catastrophic_pattern_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from filmviewer.controller import search

    monkeypatch.setattr(search, "REGEX_TIMEOUT", 0.05)
    with pytest.raises(SearchError, match="takes too long"):
        find_matches("a" * 40 + "!", r"(a|aa)+$", SearchOptions(regex=True, match_case=True))


def test_a_literal_query_is_not_a_pattern() -> None:
    assert found("a.c abc (x)", "a.c") == ["a.c"]
    assert found("a.c abc (x)", "(x)") == ["(x)"]


def test_empty_and_mark_only_queries_find_nothing() -> None:
    assert find_matches("abc", "").count == 0
    assert find_matches("abc", "\u0301").count == 0


def test_emoji_cjk_and_right_to_left() -> None:
    text = "🎬 Stalin 斯大林 ستالين 🎬 stalin"
    assert found(text, "STALIN") == ["Stalin", "stalin"]
    assert found(text, "斯大林") == ["斯大林"]
    assert found(text, "ستالين") == ["ستالين"]
    assert found(text, "🎬") == ["🎬", "🎬"]


def test_utf16_offsets_count_surrogate_pairs() -> None:
    assert Utf16Offsets("🎬a😀b").to_utf16_all([0, 1, 2, 3, 4]) == [0, 2, 3, 5, 6]
    assert Utf16Offsets("plain").to_utf16_all([1, 2]) == [1, 2]


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=30))
def test_utf16_offsets_agree_with_an_encoder(text: str) -> None:
    indexes = list(range(len(text) + 1))
    expected = [len(text[:index].encode("utf-16-le")) // 2 for index in indexes]
    assert Utf16Offsets(text).to_utf16_all(indexes) == expected


def test_a_searcher_folds_its_text_once_per_kind_of_folding(monkeypatch) -> None:
    from filmviewer.controller import search

    folds: list[tuple[bool, bool]] = []
    real_of = search._Folded.of

    def counting(text, fold_case, fold_marks, cancelled=search._never):
        folds.append((fold_case, fold_marks))
        return real_of(text, fold_case, fold_marks, cancelled)

    monkeypatch.setattr(search._Folded, "of", counting)
    searcher = TextSearcher("Müvelödési " * 3)
    first = searcher.find("muvelodesi")
    assert searcher.find("muvelodesi") == first
    assert searcher.find("müvelö") == first.__class__([0, 11, 22], [6, 17, 28])
    assert first.count == 3
    assert folds == [(True, True)]
    searcher.find("Müvelödési", DIACRITICS)
    searcher.find("müvelödési", DIACRITICS)
    assert folds == [(True, True), (True, False)]


# A simple reference: fold character by character, keep the original index of
# each kept character, then compare at every position, left to right.


def reference(text: str, query: str, options: SearchOptions) -> Matches:
    """Matches found the slow and obvious way: every character folded apart, each folded
    character knowing the character it came from."""
    fold_case, fold_marks = not options.match_case, not options.match_diacritics
    kept = [
        (piece, index)
        for index, char in enumerate(text)
        for piece in fold_char(char, fold_case, fold_marks)
    ]
    haystack = "".join(folded for folded, _ in kept)
    needle = "".join(fold_char(char, fold_case, fold_marks) for char in query)
    starts: list[int] = []
    ends: list[int] = []
    if not needle:
        return Matches(starts, ends)
    position = 0
    while position + len(needle) <= len(haystack):
        end = position + len(needle)
        word_ok = not options.whole_words or (
            not (position and re.match(r"\w", haystack[position - 1]))
            and not (end < len(haystack) and re.match(r"\w", haystack[end]))
        )
        if haystack[position:end] == needle and word_ok:
            start_index = kept[position][1]
            # The match ends after its last character and any marks dropped after it.
            end_index = kept[end][1] if end < len(kept) else len(text)
            if end < len(kept) and kept[end][1] == kept[end - 1][1]:
                end_index += 1  # it ends inside a character that folds to several: all of it
            if not starts or start_index >= ends[-1]:
                starts.append(start_index)
                ends.append(end_index)
            position = end
        else:
            position += 1
    return Matches(starts, ends)


# Letters with and without accents, combining marks, astral and right-to-left
# characters, and case pairs that do not fold one to one (ß, İ, the Kelvin sign).
ALPHABET = st.sampled_from(
    [*"abAB éÉüÜ\u0301\u0308sS.'-", "🎬", "斯", "ب", "\u05d0", "ß", "\u0130", "\u212a"]
)
options_strategy = st.builds(
    SearchOptions,
    match_case=st.booleans(),
    whole_words=st.booleans(),
    match_diacritics=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(ALPHABET, max_size=40),
    query=st.text(ALPHABET, min_size=1, max_size=3),
    options=options_strategy,
)
def test_matches_agree_with_the_reference(text: str, query: str, options: SearchOptions) -> None:
    assert find_matches(text, query, options) == reference(text, query, options)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), query=st.text(min_size=1, max_size=4), options=options_strategy)
def test_matches_are_ordered_disjoint_and_inside_the_text(text, query, options) -> None:
    previous_end = 0
    for start, end in find_matches(text, query, options).spans():
        assert previous_end <= start < end <= len(text)
        previous_end = end


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), query=st.text(max_size=10))
def test_any_regex_query_is_matched_or_refused_cleanly(text: str, query: str) -> None:
    try:
        matches = find_matches(text, query, REGEX)
    except SearchError:
        return
    assert all(end >= start for start, end in matches.spans())


# The one folding rule, as the find bar uses it --------------------------------------------

FOLDING = [
    ("Müvelödési Föszerkesztöség", "muvelodesi"),  # Latin diacritics
    ("Die Straße", "strasse"),  # German ß
    ("İstanbul'da ılık", "istanbul'da ilik"),  # Turkish dotted and dotless i
    ("Αθήνα και Σοφία", "αθηνα"),  # Greek tonos
    ("Tiếng Việt đẹp", "tieng viet dep"),  # Vietnamese, đ
    ("كَتَبَ الولد", "كتب"),  # Arabic harakat
    ("שָׁלוֹם עליכם", "שלום"),  # Hebrew niqqud
    ("ﬁnal œuvre Æsir", "final oeuvre aesir"),  # ligatures
    ("ＦＵＬＬ ｗｉｄｔｈ", "full width"),  # full-width forms
]


@pytest.mark.parametrize(("text", "query"), FOLDING)
def test_the_find_bar_folds_by_the_one_rule(text: str, query: str) -> None:
    from filmviewer.model.text import fold

    assert found(text, query) != []
    # The folded query is in the folded text: the rule the library folds by.
    assert fold(query) in fold(text)
