r"""How a workplace file's path is handed to SQLite: made absolute, and as a URI for read-only opening.

Every place that opens a workplace file through SQLite goes through here, so that every
kind of path works the same: a drive letter (``C:\Users\…``), a network share
(``\\server\share\…``), a mapped drive (``S:\…``, which is kept as the user named it
and never resolved to the share behind it), Windows' long-path form (``\\?\C:\…``,
``\\?\UNC\server\…``), Danish letters, spaces, and the characters a URI gives a
meaning to (``#``, ``?``, ``%``).

SQLite's URIs (https://www.sqlite.org/uri.html) accept no host name: ``file://server/…``
is refused ("invalid uri authority"), which is what ``Path.as_uri()`` makes of a share.
A share is therefore written with an empty host and the share's two slashes in the path
(``file:////server/share/…``), a drive letter as ``file:///C:/…``; everything but
letters, digits, ``/`` and ``:`` is percent-encoded (as UTF-8), so SQLite's decoding gives
back exactly the path. The engines (:mod:`apvdesk.store.sqlite.database`) take the path
the same way, built into their URL rather than parsed from text. Only the standard
library is used (this module is on the start-up path); :func:`read_only_uri` takes a
pure path, so the Windows cases are tested on any system.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

_LONG_PREFIX = "\\\\?\\"
_LONG_SHARE_PREFIX = "\\\\?\\UNC\\"


def absolute(path: Path | str) -> Path:
    """Return ``path`` made absolute without resolving links or mapped drives.

    ``Path.resolve()`` on Windows turns a mapped drive into the share behind it, and a
    share the user cannot list into something else again; the file is opened by the name
    the user gave it.
    """
    return Path(os.path.abspath(path))


def _slashed(path: PurePath) -> str:
    """Return the path with forward slashes, in the form a ``file:`` URI's path takes."""
    text = str(path)
    if isinstance(path, PureWindowsPath):
        if text.upper().startswith(_LONG_SHARE_PREFIX):
            text = "\\\\" + text[len(_LONG_SHARE_PREFIX) :]
        elif text.startswith(_LONG_PREFIX):
            text = text[len(_LONG_PREFIX) :]
        text = text.replace("\\", "/")
        if not text.startswith("//"):  # a drive letter: C:/… becomes /C:/…
            text = "/" + text
    return text


def read_only_uri(path: PurePath) -> str:
    """Return the SQLite URI that opens the file at the absolute ``path`` strictly read-only.

    Raises ValueError for a relative path: SQLite would read it against its own working folder.
    """
    if not path.is_absolute():
        raise ValueError(f"not an absolute path: {path}")
    return "file://" + quote(_slashed(path), safe="/:") + "?mode=ro"
