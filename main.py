"""Run Film Viewer from a source checkout: ``python main.py [PATH]``."""

from filmviewer.app import main

if __name__ == "__main__":  # not when a library scan's worker process imports this file
    raise SystemExit(main())
