"""What the backups this PC made hold, remembered so that opening a file never reads a backup.

Opening makes an "opened" backup only when the newest backup holds something else. To
tell, the content of that backup used to be read in full; in a folder that OneDrive
keeps in step, a backup that only lives in the cloud was then downloaded at every
opening. Now the digest of each backup is noted when it is made, in a small file in
apvdesk's data folder on this PC, with the backup's size and modification time. On
opening, the newest backup is only looked up (its name and ``stat``); when it is not
known here, or has changed since, it is taken as different and a new backup is made
(when one is due): one backup too many, never one too few. See docs/storage.md, "Backups".
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from apvdesk.platform.atomic_file import write_atomically
from apvdesk.platform.file_errors import CannotWrite
from apvdesk.platform.paths import data_dir

log = logging.getLogger(__name__)

DIGESTS_FILE = "backup-digests.json"
MAX_REMEMBERED = 200  # the newest notes are kept; a forgotten one costs at most one extra backup
# SQLite header bytes that change with every write or copy without changing the content:
# the change counter (24-27), the schema cookie (40-43), the user version (60-63: the
# backup mark), version-valid-for and the writing library's version (92-99).
_BOOKKEEPING = ((24, 28), (40, 44), (60, 64), (92, 100))

Digest = tuple[int, str]  # the file's size and the SHA-256 of its pages, header bookkeeping aside


def content_digest(path: Path) -> Digest:
    """Return the size and digest of an SQLite file's content, reading it in full."""
    data = bytearray(path.read_bytes())
    for start, end in _BOOKKEEPING:
        data[start:end] = bytes(end - start)
    return len(data), hashlib.sha256(data).hexdigest()


def remember(backup: Path) -> None:
    """Note the digest of a backup just made (read from the copy on this PC's disk)."""
    try:
        size, digest = content_digest(backup)
        found = os.stat(backup)
    except OSError as exc:
        log.warning("could not note the content of the backup %s: %s", backup, exc)
        return
    notes = _read_notes()
    notes.pop(_key(backup), None)
    notes[_key(backup)] = [found.st_size, found.st_mtime_ns, size, digest]
    _write_notes(dict(list(notes.items())[-MAX_REMEMBERED:]))


def known_digest(backup: Path) -> Digest | None:
    """Return the noted digest of ``backup`` if it is unchanged since; only its ``stat`` is read."""
    try:
        found = os.stat(backup)
    except OSError:
        return None
    note = _read_notes().get(_key(backup))
    if not isinstance(note, list) or len(note) != 4:
        return None
    if note[0] != found.st_size or note[1] != found.st_mtime_ns:
        return None  # changed since it was noted, or another backup under the same name
    return int(note[2]), str(note[3])


def same_as_backup(backup: Path, path: Path) -> bool:
    """Return True when the file ``path`` holds what the backup held when it was made here.

    The backup's content is never read: False when its digest is not known here.
    """
    known = known_digest(backup)
    if known is None:
        return False
    try:
        if os.stat(path).st_size != known[0]:
            return False
        return content_digest(path) == known
    except OSError:
        return False


def _key(backup: Path) -> str:
    return os.path.normcase(os.path.abspath(backup))


def _notes_path() -> Path:
    return data_dir() / DIGESTS_FILE


def _read_notes() -> dict[str, object]:
    try:
        notes = json.loads(_notes_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return notes if isinstance(notes, dict) else {}


def _write_notes(notes: dict[str, object]) -> None:
    try:
        write_atomically(json.dumps(notes, ensure_ascii=False).encode("utf-8"), _notes_path())
    except (OSError, CannotWrite) as exc:
        log.warning("could not note the content of the backups: %s", exc)
