"""A library: the films of one folder, kept in an index and shown as a list.

============  ==========================================================  ======
module        what it does                                                 Qt
============  ==========================================================  ======
index.py      the SQLite index: schema, migrations, and the only SQL       no
collation.py  title sort keys in the user's language (ICU), as blobs        no
query.py      the filter's words and fields, parsed; FTS5 expressions      no
view.py       for a query and a sort, the films in order, a window at a    no
              time; plot search with its total; rows by id
scan.py       walking the folder and reading changed files into the index   no
watch.py      following the folder: file system watches, else a timer      QtCore
library.py    an open library: its index, scans and watches, as signals    QtCore
list_model.py the list's Qt models, asking the view for the rows in sight  QtCore
============  ==========================================================  ======

The headless ``--list`` uses view.py and no Qt model. Nothing here imports
a widget; a single film never imports this package.
"""
