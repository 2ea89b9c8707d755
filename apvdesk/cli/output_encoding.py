"""The command line's standard output and error write UTF-8, whatever the system's code page."""

from __future__ import annotations

import codecs
import sys


def _escape_unwritable(error: UnicodeError) -> tuple[str | bytes, int]:
    """Write what UTF-8 cannot hold: a POSIX name's undecodable bytes as they were, else escaped."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    if all(0xDC80 <= ord(char) <= 0xDCFF for char in bad):  # bytes a non-UTF-8 locale could not decode
        return bad.encode("utf-8", "surrogateescape"), error.end
    return bad.encode("ascii", "backslashreplace").decode("ascii"), error.end


def write_utf8() -> None:
    """Make the standard output and error write UTF-8, whatever the system's code page.

    Redirected to a file or a pipe on Windows, they would write the ANSI code page
    (cp1252 on a Danish or English PC), which has no Ł and no Ukrainian letters: printing
    a Polish or Ukrainian name would crash the command. A Windows console already gets
    Unicode (PEP 528); UTF-8 changes nothing there. Under a POSIX locale that is not
    UTF-8, the bytes of a name Python could not decode are written back as they came.
    """
    codecs.register_error("apvdesk-unwritable", _escape_unwritable)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # None without a console (pythonw), or a test's own capture
            reconfigure(encoding="utf-8", errors="apvdesk-unwritable")
