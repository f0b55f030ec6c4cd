"""Start-up benchmark: time to the first painted frame and peak memory, app against bare PySide6.

Runs fresh processes alternately (one warm-up each, not counted), takes the
median of RUNS each, and prints as its last line:

    startup ratio X.XX (app A s, bare B s); memory ratio Y.YY (app M MiB, bare N MiB)

Targets: startup ratio <= 1.5, memory ratio <= 1.3.
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

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "15"))

APP = [sys.executable, str(ROOT / "main.py")]
BARE = [sys.executable, "-m", "bench.bare_window"]


def first_frame(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the first painted frame, and peak RSS in MiB."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not output.startswith("first-frame "):
        raise SystemExit(f"{command} failed ({process.returncode}): {output!r}")
    painted = float(output.split()[1])
    return painted - start, usage.ru_maxrss / 1024


def main() -> None:
    # Measure the app as installed, with its bytecode compiled (pip compiles on
    # install), even where PYTHONDONTWRITEBYTECODE keeps a checkout uncompiled.
    compileall.compile_dir(ROOT / "filmviewer", quiet=1)
    compileall.compile_dir(ROOT / "bench", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FILMVIEWER_FIRST_FRAME": "1",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_CACHE_HOME": f"{home}/cache",
        }
        cold = first_frame(APP, env)
        first_frame(BARE, env)
        app: list[tuple[float, float]] = []
        bare: list[tuple[float, float]] = []
        for _ in range(RUNS):
            app.append(first_frame(APP, env))
            bare.append(first_frame(BARE, env))
    print(f"{'run':>4} {'app s':>8} {'bare s':>8} {'app MiB':>9} {'bare MiB':>9}")
    for index, ((a_time, a_mem), (b_time, b_mem)) in enumerate(zip(app, bare, strict=True)):
        print(f"{index + 1:>4} {a_time:8.3f} {b_time:8.3f} {a_mem:9.1f} {b_mem:9.1f}")
    print(f"first start with an empty cache: {cold[0]:.3f} s, {cold[1]:.1f} MiB")
    app_time = statistics.median(t for t, _ in app)
    bare_time = statistics.median(t for t, _ in bare)
    app_mem = statistics.median(m for _, m in app)
    bare_mem = statistics.median(m for _, m in bare)
    print(
        f"startup ratio {app_time / bare_time:.2f} (app {app_time:.3f} s, bare {bare_time:.3f} s); "
        f"memory ratio {app_mem / bare_mem:.2f} (app {app_mem:.1f} MiB, bare {bare_mem:.1f} MiB)"
    )


if __name__ == "__main__":
    main()
