"""Libraries of real files in temporary folders, for the library's tests."""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.films import library_film


def film_json(title: str, **fields: object) -> str:
    return json.dumps({"title": title, **fields}, ensure_ascii=False)


def make_tree(root: Path) -> dict[str, Path]:
    """A small library with nested folders, odd names, an .nfo film and broken files."""
    files = {
        "stalin": root / "History" / "Stalin (1992).json",
        "ferry": root / "Sea" / "Night Ferry" / "The Night Ferry (1987).nfo",
        "amelie": root / "Sea" / "Amélie – “Fabuleux” (2001).json",
        "broken": root / "Broken" / "broken.json",
        "scene": root / "Broken" / "release.nfo",
        "hidden": root / ".hidden" / "Hidden (2000).json",
        "newline": root / "odd\nname (1999).json",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["stalin"].write_text(
        film_json(
            "Stalin",
            year=1992,
            details={
                "genres": ["Drama", "History"],
                "production_companies": [
                    "HBO Films",
                    "Magyar Televízió Müvelödési Föszerkesztöség",
                ],
                "countries_of_origin": ["United States", "Hungary"],
            },
            people={"cast": [{"name": "Robert Duvall", "role": "Stalin"}]},
            tech_specs={"runtime_minutes": 172},
            synopsis="Siberia, 1917. A devoted follower of Vladimir Lenin is drafted.",
        ),
        encoding="utf-8",
    )
    files["ferry"].write_text(
        "<movie><title>The Night Ferry</title><year>1987</year><genre>Mystery</genre>"
        "<plot>The last ferry of the night carries twenty strangers.</plot>"
        "<actor><name>Nora Quinn</name><role>Hester</role></actor></movie>",
        encoding="utf-8",
    )
    files["amelie"].write_text(
        film_json(
            "Amélie",
            year=2001,
            details={"genres": ["Comedy", "Romance"], "languages": ["French"]},
            tech_specs={"runtime_minutes": 122},
            summaries=[{"text": "A shy waitress in Montmartre quietly changes lives."}],
        ),
        encoding="utf-8",
    )
    files["broken"].write_text('{"title": "Broken", }', encoding="utf-8")
    files["scene"].write_bytes(b"\xdb\xdb\xdb\xdb\xdb\xdb\xdb\xdb" * 4 + b"\r\nSOME.RELEASE\r\n")
    files["hidden"].write_text(film_json("Hidden", year=2000), encoding="utf-8")
    files["newline"].write_text(film_json("Odd Name", year=1999), encoding="utf-8")
    (root / "Sea" / "notes.txt").write_text("not a film", encoding="utf-8")
    return files


def make_many(root: Path, count: int, seed: int = 5) -> list[Path]:
    """``count`` varied films in nested folders (the bench's generator, smaller)."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        film = library_film(index, rng)
        folder = root / f"shelf {index % 7}" / f"row {index % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"film {index:04d}.json"
        path.write_text(json.dumps(film, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths
