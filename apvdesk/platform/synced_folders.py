r"""Whether a path lies in a folder that a cloud service keeps in step (OneDrive, Dropbox …).

apvdesk saves every change at once, and each save writes and removes a journal beside
the file; a sync client copies the file while it is being written, and two PCs that
change their own copies get conflict copies. :func:`sync_service` names the service so
that the program can say so (docs/storage.md, "Synced folders").

What is looked at, all of it cheap and none of it on the network:

- the folders OneDrive announces in the environment (``OneDrive``,
  ``OneDriveConsumer``, ``OneDriveCommercial``) and, on Windows, in the registry
  (``HKCU\Software\Microsoft\OneDrive\Accounts\*\UserFolder``);
- Dropbox's ``info.json`` and iCloud Drive's folder in the user's profile;
- folder names in the path: ``OneDrive``, ``OneDrive - Firma``, ``Dropbox``,
  ``Dropbox (Firma)``, ``Google Drive``, ``iCloudDrive``;
- on Windows, the attributes that the cloud files API puts on files and folders it
  manages (placeholders recalled on access, pinned or unpinned files).

Windows paths are compared as Windows compares them (drive letters and names without
regard to case, ``\\server\share`` roots), whatever system runs the check, so that the
rules can be tested anywhere by passing ``windows=True`` and an environment.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

ONEDRIVE = "OneDrive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
ICLOUD_DRIVE = "iCloud Drive"
CLOUD_FILES = "cloud"  # a folder managed by Windows' cloud files API, service unknown

ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
# Windows file attributes set on files and folders that a cloud service manages.
FILE_ATTRIBUTE_PINNED = 0x00080000
FILE_ATTRIBUTE_UNPINNED = 0x00100000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x00040000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x00400000
CLOUD_ATTRIBUTES = (
    FILE_ATTRIBUTE_PINNED
    | FILE_ATTRIBUTE_UNPINNED
    | FILE_ATTRIBUTE_RECALL_ON_OPEN
    | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)

_FOLDER_NAMES = (
    (re.compile(r"^onedrive( - .+)?$", re.IGNORECASE), ONEDRIVE),
    (re.compile(r"^dropbox( \(.+\))?$", re.IGNORECASE), DROPBOX),
    (re.compile(r"^google ?drive$", re.IGNORECASE), GOOGLE_DRIVE),
    (re.compile(r"^(icloud ?drive|com~apple~clouddocs)$", re.IGNORECASE), ICLOUD_DRIVE),
)

Stat = Callable[[str], os.stat_result]


def sync_service(
    path: str | PurePath,
    *,
    windows: bool | None = None,
    environ: Mapping[str, str] | None = None,
    registry_folders: Iterable[str] | None = None,
    stat: Stat | None = None,
) -> str | None:
    """Return the name of the service that keeps ``path`` in step, or None for a local folder.

    The name is :data:`ONEDRIVE`, :data:`DROPBOX`, :data:`GOOGLE_DRIVE`,
    :data:`ICLOUD_DRIVE`, or :data:`CLOUD_FILES` when only the Windows attributes tell.
    ``windows``, ``environ``, ``registry_folders`` (OneDrive's folders as the registry
    lists them) and ``stat`` stand in for this PC's, for tests.
    """
    windows = sys.platform == "win32" if windows is None else windows
    env = os.environ if environ is None else environ
    flavour: type[PurePath] = PureWindowsPath if windows else PurePosixPath
    target = flavour(path)
    if not target.is_absolute() and environ is None and windows == (sys.platform == "win32"):
        target = flavour(os.path.abspath(path))
    for root, service in _known_roots(windows, env, registry_folders):
        if _inside(target, flavour(root)):
            return service
    for part in target.parts[1:]:
        for pattern, service in _FOLDER_NAMES:
            if pattern.match(part):
                return service
    if windows and (stat is not None or sys.platform == "win32"):
        if _has_cloud_attributes(target, stat or os.stat):
            return CLOUD_FILES
    return None


def _inside(target: PurePath, root: PurePath) -> bool:
    """Return whether ``target`` is ``root`` or lies under it (a Windows path ignoring case)."""
    if not root.is_absolute():
        return False
    return target == root or target.is_relative_to(root)


def _known_roots(
    windows: bool, env: Mapping[str, str], registry_folders: Iterable[str] | None
) -> list[tuple[str, str]]:
    """Return the folders this PC's sync clients announce, with their service."""
    roots = [(env[name], ONEDRIVE) for name in ONEDRIVE_VARIABLES if env.get(name)]
    if registry_folders is None and windows and sys.platform == "win32":
        registry_folders = onedrive_registry_folders()
    roots += [(folder, ONEDRIVE) for folder in registry_folders or ()]
    roots += [(folder, DROPBOX) for folder in _dropbox_folders(windows, env)]
    profile = env.get("USERPROFILE") if windows else env.get("HOME")
    if profile:
        icloud = ("iCloudDrive",) if windows else ("Library", "Mobile Documents", "com~apple~CloudDocs")
        flavour: type[PurePath] = PureWindowsPath if windows else PurePosixPath
        roots.append((str(flavour(profile, *icloud)), ICLOUD_DRIVE))
    return roots


def _dropbox_folders(windows: bool, env: Mapping[str, str]) -> list[str]:
    """Return the folders in Dropbox's ``info.json`` (personal and business), if it is there."""
    if windows:
        places = [env.get("APPDATA"), env.get("LOCALAPPDATA")]
        candidates = [Path(place, "Dropbox", "info.json") for place in places if place]
    else:
        candidates = [Path(env["HOME"], ".dropbox", "info.json")] if env.get("HOME") else []
    folders: list[str] = []
    for candidate in candidates:
        try:
            accounts = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(accounts, dict):
            for account in accounts.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    folders.append(account["path"])
    return folders


def onedrive_registry_folders() -> list[str]:
    """Return the folder of every OneDrive account on this Windows PC (empty elsewhere)."""
    if sys.platform != "win32":
        return []
    import winreg  # Windows only

    folders: list[str] = []
    try:
        accounts = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\OneDrive\Accounts")
    except OSError:
        return folders
    with accounts:
        index = 0
        while True:
            try:
                name = winreg.EnumKey(accounts, index)
            except OSError:
                break
            index += 1
            try:
                with winreg.OpenKey(accounts, name) as account:
                    folder, _kind = winreg.QueryValueEx(account, "UserFolder")
            except OSError:
                continue
            if isinstance(folder, str) and folder:
                folders.append(folder)
    return folders


def _has_cloud_attributes(target: PurePath, stat: Stat) -> bool:
    """Return whether the file, or the nearest folder above it that exists, is a cloud file."""
    for candidate in (target, *target.parents):
        try:
            attributes = getattr(stat(str(candidate)), "st_file_attributes", 0)
        except (OSError, ValueError):
            continue
        return bool(attributes & CLOUD_ATTRIBUTES)
    return False
