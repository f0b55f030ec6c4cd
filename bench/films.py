"""Generated films of the shapes real data has at its worst: long lists, long words, odd text.

Deterministic, so a benchmark run and a test see the same film. Shared by the
tests (at sizes that keep them quick) and by ``make bench`` (at the format's
limits).
"""

from __future__ import annotations

import json
import random
from typing import Any

from filmviewer.model.film import MAX_ITEMS, MAX_LINE, MAX_SYNOPSIS

WORDS = [
    "stalin",
    "lenin",
    "trotsky",
    "kremlin",
    "moscow",
    "siberia",
    "revolution",
    "politburo",
    "comrade",
    "purge",
    "party",
    "beria",
    "kruschev",
    "georgia",
    "tsar",
    "war",
    "winter",
    "archive",
    "müvelödési",
    "föszerkesztöség",
    "résumé",
    "сталин",
    "ленин",
    "斯大林",
    "ستالين",
    "🎬",
]

LIST_KEYS = (
    "keywords",
    "genres",
    "countries_of_origin",
    "languages",
    "filming_locations",
    "production_companies",
)


def long_word(length: int, seed: int = 0) -> str:
    """A word of ``length`` characters with no place to break it."""
    letters = "abcdefghijklmnopqrstuvwxyzäöüé"
    rng = random.Random(seed)
    return "".join(rng.choice(letters) for _ in range(length))


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def worst_case(
    items: int = MAX_ITEMS,
    summaries: int = MAX_ITEMS,
    summary_words: int = 120,
    synopsis_characters: int = MAX_SYNOPSIS,
    long: int = MAX_LINE,
    seed: int = 1,
) -> dict[str, Any]:
    """A film at the format's limits: every list full, a long word in every field.

    With the defaults the file is about 13 MiB: near the 16 MiB cap.
    """
    rng = random.Random(seed)
    word = long_word(long, seed)
    details: dict[str, Any] = {}
    for key in LIST_KEYS:
        values = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {index}" for index in range(items)]
        if values:
            values[len(values) // 2] = word
        details[key] = values
    details["official_sites"] = [
        {"name": word[:200], "url": "https://example.org/" + "a" * 1_900},
        {"name": "MGM", "url": "https://www.mgm.com/"},
    ]
    details["rating"] = {"certificate": word, "system": "MPA"}
    details["release_date"] = "1992-11-20"
    summary_list = [
        {"text": sentence(rng, summary_words), "author": f"reader{index}"}
        for index in range(summaries)
    ]
    if summary_list:
        summary_list[0] = {"text": long_word(50_000, seed + 1), "outline": True}
    paragraph = " ".join(sentence(rng, 12) for _ in range(8))
    synopsis = ""
    if synopsis_characters:
        long_paragraph = long_word(min(100_000, synopsis_characters // 4), seed + 2)
        body = "\n\n".join([paragraph] * (synopsis_characters // (len(paragraph) + 2)))
        synopsis = (long_paragraph + "\n\n" + body)[:synopsis_characters].rstrip()
    return {
        "format_version": 1,
        "title": word,
        "year": 1992,
        "summaries": summary_list,
        "details": details,
        "box_office": {"budget": {"amount": 10**15, "currency": "XXX"}},
        "tech_specs": {
            "runtime_minutes": 100_000,
            "color": [word, "Color"],
            "sound_mix": [word] * 3,
            "aspect_ratio": 11.999,
        },
        "synopsis": synopsis,
    }


def write(film: dict[str, Any], path: Any) -> None:
    path.write_text(json.dumps(film, ensure_ascii=False), encoding="utf-8")
