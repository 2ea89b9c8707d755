"""Finding a folder that OneDrive (or another sync client) keeps in step, with Windows paths on any system."""

from __future__ import annotations

import json
import os
from types import SimpleNamespace

import pytest

from apvdesk.platform import paths, synced_folders
from apvdesk.platform.synced_folders import (
    CLOUD_FILES,
    DROPBOX,
    FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS,
    FILE_ATTRIBUTE_UNPINNED,
    GOOGLE_DRIVE,
    ICLOUD_DRIVE,
    ONEDRIVE,
    sync_service,
)

PROFILE = r"C:\Users\Anna"
WINDOWS_ENV = {
    "USERPROFILE": PROFILE,
    "OneDrive": r"C:\Users\Anna\OneDrive - Vaskeriet ApS",
    "OneDriveCommercial": r"C:\Users\Anna\OneDrive - Vaskeriet ApS",
    "OneDriveConsumer": r"D:\Sky\Privat",
}


def no_attributes(_path: str) -> os.stat_result:
    raise FileNotFoundError(_path)


def on_windows(path: str, env: dict[str, str] = WINDOWS_ENV, **kwargs) -> str | None:
    kwargs.setdefault("stat", no_attributes)
    kwargs.setdefault("registry_folders", [])
    return sync_service(path, windows=True, environ=env, **kwargs)


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\Anna\OneDrive - Vaskeriet ApS\Dokumenter\Vaskeriet.apvdesk",
        r"c:\users\anna\onedrive - vaskeriet aps\Vaskeriet.apvdesk",  # Windows ignores case
        "C:/Users/Anna/OneDrive - Vaskeriet ApS/Vaskeriet.apvdesk",  # forward slashes
        r"C:\Users\Anna\OneDrive - Vaskeriet ApS",  # the folder itself
        r"D:\Sky\Privat\Æbler & pærer\Firma #2.apvdesk",  # OneDriveConsumer elsewhere, Danish letters
        r"d:\SKY\privat\x.apvdesk",
    ],
)
def test_onedrive_folders_from_the_environment(path: str) -> None:
    assert on_windows(path) == ONEDRIVE


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\Anna\Documents\Vaskeriet.apvdesk",
        r"C:\Users\Anna\OneDrive-arkiv\x.apvdesk",  # a folder whose name only starts alike
        r"C:\apvdesk\Vaskeriet.apvdesk",
        r"\\server\share\apv\Vaskeriet.apvdesk",
        r"Z:\Fælles\Vaskeriet.apvdesk",
        r"D:\Sky\Privatfiler\x.apvdesk",
    ],
)
def test_local_and_network_folders_are_not_synced(path: str) -> None:
    assert on_windows(path) is None


def test_onedrive_folders_from_the_registry_including_a_share() -> None:
    env = {"USERPROFILE": PROFILE}
    registry = [r"E:\Firmadata", r"\\NAS\Hjem\anna\Sky"]
    assert on_windows(r"e:\firmadata\APV\x.apvdesk", env, registry_folders=registry) == ONEDRIVE
    assert on_windows(r"\\nas\hjem\Anna\sky\x.apvdesk", env, registry_folders=registry) == ONEDRIVE
    assert on_windows(r"\\nas\hjem\anna\x.apvdesk", env, registry_folders=registry) is None
    assert on_windows(r"E:\Andet\x.apvdesk", env, registry_folders=registry) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"E:\OneDrive\x.apvdesk", ONEDRIVE),
        (r"C:\Users\Bo\OneDrive - Rens & Co\APV\x.apvdesk", ONEDRIVE),
        (r"C:\Users\Bo\Dropbox\x.apvdesk", DROPBOX),
        (r"C:\Users\Bo\Dropbox (Vaskeriet)\x.apvdesk", DROPBOX),
        (r"G:\Google Drive\x.apvdesk", GOOGLE_DRIVE),
        (r"C:\Users\Bo\iCloudDrive\x.apvdesk", ICLOUD_DRIVE),
        (r"\\server\OneDrive\x.apvdesk", None),  # the share's name is its root, not a folder in it
        (r"C:\Users\Bo\OneDrive-kopi\x.apvdesk", None),
    ],
)
def test_folder_names_say_it_without_the_environment(path: str, service: str | None) -> None:
    assert on_windows(path, {}) == service


def test_icloud_drive_in_the_profile() -> None:
    assert on_windows(r"C:\Users\Anna\ICLOUDDRIVE\Firma\x.apvdesk") == ICLOUD_DRIVE


def test_dropbox_folder_from_its_info_file(tmp_path) -> None:
    appdata = tmp_path / "AppData"
    (appdata / "Dropbox").mkdir(parents=True)
    (appdata / "Dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": r"F:\Firma-filer", "host": 1}}), encoding="utf-8"
    )
    env = {"USERPROFILE": PROFILE, "LOCALAPPDATA": str(appdata)}
    assert on_windows(r"f:\firma-filer\APV\x.apvdesk", env) == DROPBOX
    assert on_windows(r"F:\Andet\x.apvdesk", env) is None


@pytest.mark.parametrize("attribute", [FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS, FILE_ATTRIBUTE_UNPINNED])
def test_cloud_file_attributes_of_the_nearest_existing_folder(attribute: int) -> None:
    seen: list[str] = []

    def stat(path: str) -> SimpleNamespace:
        seen.append(path)
        if path == r"E:\Sky":
            return SimpleNamespace(st_file_attributes=attribute | 0x10)  # a directory, in the cloud
        raise FileNotFoundError(path)

    assert on_windows(r"E:\Sky\Ny mappe\x.apvdesk", {}, stat=stat) == CLOUD_FILES
    assert seen == [r"E:\Sky\Ny mappe\x.apvdesk", r"E:\Sky\Ny mappe", r"E:\Sky"]


def test_ordinary_attributes_are_local() -> None:
    def stat(path: str) -> SimpleNamespace:
        return SimpleNamespace(st_file_attributes=0x20 | 0x80)  # archive, normal

    assert on_windows(r"C:\apvdesk\x.apvdesk", {}, stat=stat) is None


def test_posix_paths(tmp_path) -> None:
    env = {"HOME": "/home/anna", "OneDrive": "/home/anna/Sky"}
    assert sync_service("/home/anna/Sky/x.apvdesk", windows=False, environ=env) == ONEDRIVE
    assert sync_service("/home/anna/sky/x.apvdesk", windows=False, environ=env) is None  # case counts here
    assert sync_service("/home/anna/Dropbox/x.apvdesk", windows=False, environ=env) == DROPBOX
    assert sync_service("/home/anna/apv/x.apvdesk", windows=False, environ=env) is None


def test_registry_is_not_read_off_windows() -> None:
    assert synced_folders.onedrive_registry_folders() == []


def test_new_files_go_to_a_local_folder_when_documents_are_synced(monkeypatch, tmp_path) -> None:
    home = tmp_path / "Anna"
    documents = home / "OneDrive" / "Dokumenter"
    monkeypatch.delenv("APVDESK_DATA_DIR", raising=False)
    monkeypatch.setattr(paths, "documents_dir", lambda: documents)
    monkeypatch.setattr(paths.Path, "home", classmethod(lambda cls: home))
    assert paths.workplace_dir() == home / "apvdesk"
    plain = home / "Dokumenter"
    monkeypatch.setattr(paths, "documents_dir", lambda: plain)
    assert paths.workplace_dir() == plain
