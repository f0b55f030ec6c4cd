"""Start-up benchmark: time until the film is on screen, and peak memory, against bare PySide6.

Runs fresh processes alternately with a bare PySide6 window showing the same
text (bench/bare_window.py), and takes the median of RUNS each:

- warm: the film opened before (its display-ready form is in the cache);
- cold: an empty cache for every run, so the film is validated with pydantic;
- the worst-case film (bench/films.py: every list full, long words in every
  field, near the 16 MiB cap), warm and cold, against the bundled film;
- a typical Kodi film (bench/films.py: an .nfo with 20 actors, stream details
  and a poster) against the same film as a JSON film beside it, warm and
  cold, to the frame with the film and to the frame with its poster.

The app prints two milestones: the first painted frame, and the first frame
painted with the film in it; the bare window shows its text in its first
frame, so the film's frame is what is compared. Last lines:

    startup warm: ratio X (app A s, bare B s); memory ratio Y (app M MiB, bare N MiB)
    startup cold: ratio X (...)
    worst-case film warm: first frame X x the bundled film's (...), film shown in T s, memory Y x
    worst-case film cold: ...
    kodi film warm: film shown X x the JSON film's (...); poster shown Y x (...)
    kodi film cold: ...

Targets: warm <= 1.3 time and <= 1.15 memory; cold <= 1.8 and <= 1.3.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from bench.films import make_kodi_sample

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
WORST_RUNS = int(os.environ.get("BENCH_WORST_RUNS", "5"))

APP = [sys.executable, str(ROOT / "main.py")]
BARE = [sys.executable, "-m", "bench.bare_window"]


class Run(NamedTuple):
    first_frame: float
    film_shown: float
    peak_mib: float
    poster_shown: float
    """The frame with the poster in it; the film's frame where that had the poster already."""


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Seconds from process start to the first frame and to the film's, and peak RSS."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    marks = dict(line.split() for line in output.splitlines() if line.strip())
    if process.returncode != 0 or "first-frame" not in marks:
        raise SystemExit(f"{command} failed ({process.returncode}): {output!r}")
    first = float(marks["first-frame"]) - start
    shown = float(marks.get("film-shown", marks["first-frame"])) - start
    poster = float(marks["poster-shown"]) - start if "poster-shown" in marks else shown
    return Run(first, shown, usage.ru_maxrss / 1024, poster)


def median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def main() -> None:
    # Measure the app as installed, with its bytecode compiled (pip compiles on
    # install), even where PYTHONDONTWRITEBYTECODE keeps a checkout uncompiled.
    compileall.compile_dir(ROOT / "filmviewer", quiet=1)
    compileall.compile_dir(ROOT / "bench", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        base = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FILMVIEWER_FIRST_FRAME": "1",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
        }
        warm_env = {**base, "XDG_CACHE_HOME": f"{home}/cache"}
        worst = Path(home) / "worst-case.json"
        # Made in a process of its own: the children this one forks would count its memory.
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from bench.films import worst_case, write; "
                "write(worst_case(), Path(sys.argv[1]))",
                str(worst),
            ],
            cwd=ROOT,
            check=True,
        )
        bundled = str(ROOT / "data" / "stalin-1992.json")
        kodi = make_kodi_pair(Path(home) / "The Night Ferry (1987)", base)

        def cold_env(number: int) -> dict[str, str]:
            return {**base, "XDG_CACHE_HOME": f"{home}/cold-{number}"}

        # Warm-ups, not counted: they also fill the warm cache.
        measure([*APP, bundled], warm_env)
        measure([*APP, str(worst)], warm_env)
        measure(BARE, warm_env)
        results: dict[str, list[Run]] = {name: [] for name in ("warm", "cold", "bare")}
        for number in range(RUNS):
            results["warm"].append(measure([*APP, bundled], warm_env))
            results["bare"].append(measure(BARE, warm_env))
            results["cold"].append(measure([*APP, bundled], cold_env(number)))
        worst_results: dict[str, list[Run]] = {"warm": [], "cold": []}
        for number in range(WORST_RUNS):
            worst_results["warm"].append(measure([*APP, str(worst)], warm_env))
            worst_results["cold"].append(measure([*APP, str(worst)], cold_env(RUNS + number)))
        size = worst.stat().st_size / (1024 * 1024)
        kodi_results: dict[str, list[Run]] = {
            name: [] for name in ("nfo warm", "json warm", "nfo cold", "json cold")
        }
        measure([*APP, str(kodi.nfo)], warm_env)
        measure([*APP, str(kodi.json)], warm_env)
        for number in range(RUNS):
            kodi_results["nfo warm"].append(measure([*APP, str(kodi.nfo)], warm_env))
            kodi_results["json warm"].append(measure([*APP, str(kodi.json)], warm_env))
            offset = 2 * RUNS + WORST_RUNS + 2 * number
            kodi_results["nfo cold"].append(measure([*APP, str(kodi.nfo)], cold_env(offset)))
            kodi_results["json cold"].append(measure([*APP, str(kodi.json)], cold_env(offset + 1)))

    print(f"{'run':>4} {'warm s':>8} {'cold s':>8} {'bare s':>8} {'warm MiB':>9} {'cold MiB':>9}")
    for index, (warm, cold, bare) in enumerate(
        zip(results["warm"], results["cold"], results["bare"], strict=True)
    ):
        print(
            f"{index + 1:>4} {warm.film_shown:8.3f} {cold.film_shown:8.3f} {bare.film_shown:8.3f}"
            f" {warm.peak_mib:9.1f} {cold.peak_mib:9.1f}"
        )
    for name in ("warm", "cold"):
        runs = worst_results[name]
        print(
            f"worst-case runs, {name}: "
            + ", ".join(f"{run.first_frame:.3f}/{run.film_shown:.3f} s" for run in runs)
        )
    bare_time = median(results["bare"], "film_shown")
    bare_memory = median(results["bare"], "peak_mib")
    for name in ("warm", "cold"):
        app_time = median(results[name], "film_shown")
        first = median(results[name], "first_frame")
        memory = median(results[name], "peak_mib")
        print(
            f"startup {name}: ratio {app_time / bare_time:.2f} (app {app_time:.3f} s, "
            f"bare {bare_time:.3f} s; first frame {first:.3f} s); memory ratio "
            f"{memory / bare_memory:.2f} (app {memory:.1f} MiB, bare {bare_memory:.1f} MiB)"
        )
    for name in ("warm", "cold"):
        runs = worst_results[name]
        first = median(runs, "first_frame")
        shown = median(runs, "film_shown")
        memory = median(runs, "peak_mib")
        bundled_first = median(results[name], "first_frame")
        bundled_memory = median(results[name], "peak_mib")
        slowest = max(run.film_shown for run in runs)
        print(
            f"worst-case film {name} ({size:.1f} MiB): first frame {first / bundled_first:.2f}x "
            f"the bundled film's ({first:.3f} s against {bundled_first:.3f} s), film shown in "
            f"{shown:.3f} s (slowest {slowest:.3f} s); memory {memory / bundled_memory:.2f}x "
            f"({memory:.1f} MiB against {bundled_memory:.1f} MiB)"
        )

    for name in ("warm", "cold"):
        nfo, json_film = kodi_results[f"nfo {name}"], kodi_results[f"json {name}"]
        shown, json_shown = median(nfo, "film_shown"), median(json_film, "film_shown")
        poster, json_poster = median(nfo, "poster_shown"), median(json_film, "poster_shown")
        slowest = max(run.poster_shown for run in nfo)
        print(
            f"kodi film {name}: film shown {shown / json_shown:.2f}x the JSON film's "
            f"({shown:.3f} s against {json_shown:.3f} s); poster shown {poster / json_poster:.2f}x "
            f"({poster:.3f} s against {json_poster:.3f} s, slowest {slowest:.3f} s); memory "
            f"{median(nfo, 'peak_mib') / median(json_film, 'peak_mib'):.2f}x"
        )


class KodiPair(NamedTuple):
    nfo: Path
    json: Path


def make_kodi_pair(folder: Path, env: dict[str, str]) -> KodiPair:
    """The Kodi sample film and, beside it, the same film exported as a JSON film."""
    nfo = make_kodi_sample(folder, env)
    exported = subprocess.run(
        [*APP, "--export", "all", "--format", "json", str(nfo)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    json_film = folder / "The Night Ferry (1987).json"
    json_film.write_bytes(exported.stdout)
    return KodiPair(nfo, json_film)


if __name__ == "__main__":
    main()
