"""OSErrors as Windows raises them, built on any system (tests only).

On Windows ``OSError(None, text, name, 32)`` sets ``winerror`` (and an errno from it);
elsewhere the fourth argument is ignored, so the attribute is set by hand here.
"""

from __future__ import annotations

import errno

# Windows' error numbers and the errno Python gives each
ERRNO_OF = {2: errno.ENOENT, 3: errno.ENOENT, 5: errno.EACCES, 19: errno.EACCES, 32: errno.EACCES}


def windows_error(winerror: int, text: str = "Adgang nægtet", filename: str | None = None) -> OSError:
    """Return the OSError (PermissionError for "access denied" kinds) Windows raises for ``winerror``."""
    number = ERRNO_OF.get(winerror, errno.EINVAL)
    kind = PermissionError if number == errno.EACCES else OSError
    error = kind(number, text, filename)
    error.winerror = winerror  # type: ignore[attr-defined]  # set by Windows' OSError itself
    return error
