"""The command line and the modes without a window, one module each (as calibre's
``db/cli/cmd_*.py``).

===============  ===========================================================
arguments.py     the options, parsed (Qt's own set aside for the QApplication)
check.py         --check PATH...
export.py        --export SECTION|all
schema.py        --schema
listing.py       --list DIR [--filter | --search]
import_page.py   --import PAGE
output.py        printing and writing what they give
===============  ===========================================================

None opens a dialog; app.py runs them, and turns an unexpected error into a
report (and a closed pipe into a quiet end).
"""
