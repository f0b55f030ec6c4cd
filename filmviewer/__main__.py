"""Entry point for ``python -m filmviewer``."""

from filmviewer.app import main

if __name__ == "__main__":  # not when a library scan's worker process imports this module
    raise SystemExit(main())
