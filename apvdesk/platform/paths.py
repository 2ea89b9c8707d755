"""Where apvdesk finds its resources and keeps its own data.

Resources are looked up the same way wherever apvdesk runs: in a PyInstaller bundle
(``sys._MEIPASS/resources``), inside the installed package (``apvdesk/resources``, put
there by the wheel build) or in the checkout (``resources/`` beside the package).
The data folder follows platformdirs and can be moved with ``APVDESK_DATA_DIR``.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the apvdesk package
APP_NAME = "apvdesk"
FILE_SUFFIX = ".apvdesk"


def _resource_candidates() -> list[Path]:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(PACKAGE_DIR / "resources")
    candidates.append(PACKAGE_DIR.parent / "resources")
    return candidates


@cache
def resources_dir() -> Path:
    """Return the folder that holds question banks, fonts and translations."""
    for candidate in _resource_candidates():
        if (candidate / "questionnaires").is_dir():
            return candidate
    raise FileNotFoundError(
        "apvdesk's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in _resource_candidates())
    )


def resource(*parts: str) -> Path:
    """Return the path of a file under the resources folder."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Return (and create) the folder for settings-like data and the demo workplace."""
    override = os.environ.get("APVDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Return the user's documents folder (the data folder when overridden for tests)."""
    override = os.environ.get("APVDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_documents_path

    return user_documents_path()


def workplace_dir() -> Path:
    """Return the folder offered for new workplace files and the example workplace.

    The documents folder, unless a cloud service keeps it in step (OneDrive often does):
    a workplace file is changed many times a minute and must not be copied meanwhile, so
    then a folder ``apvdesk`` in the user's own profile, which OneDrive does not take
    (see :mod:`apvdesk.platform.synced_folders`). The folder is not created here.
    """
    from apvdesk.platform.synced_folders import sync_service

    documents = documents_dir()
    if os.environ.get("APVDESK_DATA_DIR") or sync_service(documents) is None:
        return documents
    local = local_folder()
    return local if sync_service(local) is None else documents


def local_folder() -> Path:
    """Return the folder suggested for workplace files when the documents folder is synced.

    ``apvdesk`` in the user's own profile (``C:/Users/Anna/apvdesk``): a standard user
    may write there, and OneDrive moves only Desktop, Documents and Pictures into its
    folder. It is not created here.
    """
    return Path.home() / APP_NAME
