"""Which programs hold a file: Windows' Restart Manager (a stand-in here), Linux's /proc."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from apvdesk.platform import file_holders
from apvdesk.platform.file_holders import ERROR_MORE_DATA, RM_PROCESS_INFO, programs_holding


class FakeRestartManager:
    """Stands in for rstrtmgr.dll: answers RmGetList as Windows does, asking first for room."""

    def __init__(self, holders: list[tuple[int, str, str]], start_result: int = 0) -> None:
        self.holders = holders  # (process id, application name, service name)
        self.start_result = start_result
        self.registered: list[str] = []
        self.ended: list[int] = []
        self.calls: list[str] = []

    def RmStartSession(self, session, flags, key) -> int:  # noqa: N802, ANN001 - the DLL's names
        self.calls.append("start")
        assert flags == 0 and len(key) == file_holders.CCH_RM_SESSION_KEY + 1
        session.contents.value = 42
        return self.start_result

    def RmRegisterResources(self, session, count, files, apps, app_list, services, service_list) -> int:  # noqa: N802, ANN001, PLR0913
        self.calls.append("register")
        assert session == 42 and (apps, app_list, services, service_list) == (0, None, 0, None)
        self.registered = [files[i] for i in range(count)]
        return 0

    def RmGetList(self, session, needed, count, infos, reasons) -> int:  # noqa: N802, ANN001
        self.calls.append("list")
        needed.contents.value = len(self.holders)
        if count.contents.value < len(self.holders):
            return ERROR_MORE_DATA
        for info, (pid, app, service) in zip(infos, self.holders, strict=False):
            info.Process.dwProcessId = pid
            info.strAppName = app
            info.strServiceShortName = service
        count.contents.value = len(self.holders)
        reasons.contents.value = 0
        return 0

    def RmEndSession(self, session) -> int:  # noqa: N802, ANN001
        self.calls.append("end")
        self.ended.append(session)
        return 0


def test_windows_names_the_programs_holding_the_file() -> None:
    reader, excel = "Adobe Acrobat Reader", "Microsoft Excel"
    manager = FakeRestartManager([(4120, reader, ""), (5300, excel, ""), (4121, reader, "")])
    path = r"C:\Users\Ejer\Documents\Vaskeri Øst\Handlingsplan 2026.pdf"
    assert programs_holding(path, restart_manager=manager) == ["Adobe Acrobat Reader", "Microsoft Excel"]
    assert manager.registered == [path]
    assert manager.calls == ["start", "register", "list", "list", "end"]  # asked for room, then read


def test_a_service_is_named_by_its_short_name_and_apvdesk_never() -> None:
    manager = FakeRestartManager([(os.getpid(), "apvdesk", ""), (812, "", "WinDefend")])
    assert programs_holding("x.apvdesk", restart_manager=manager) == ["WinDefend"]


def test_nobody_holding_gives_an_empty_list_and_the_session_ends() -> None:
    manager = FakeRestartManager([])
    assert programs_holding("x.pdf", restart_manager=manager) == []
    assert manager.ended == [42]


def test_a_restart_manager_that_fails_gives_an_empty_list() -> None:
    assert programs_holding("x.pdf", restart_manager=FakeRestartManager([(1, "A", "")], start_result=5)) == []

    class Broken(FakeRestartManager):
        def RmGetList(self, *args) -> int:  # noqa: N802, ANN002
            raise OSError("the DLL went away")

    broken = Broken([(1, "A", "")])
    assert programs_holding("x.pdf", restart_manager=broken) == []


def test_the_process_record_has_windows_layout() -> None:
    # DWORD pid + FILETIME, WCHAR[256], WCHAR[64], int, ULONG, DWORD, BOOL, as in RestartManager.h
    wchar = 2 if sys.platform == "win32" else 4  # ctypes' wchar_t is 4 bytes off Windows
    ulong = ctypes.sizeof(ctypes.c_ulong)
    assert ctypes.sizeof(RM_PROCESS_INFO) == 4 + 8 + 256 * wchar + 64 * wchar + 4 + ulong + 4 + 4


def test_on_windows_without_the_dll_nothing_is_named(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(file_holders, "_load_restart_manager", lambda: None)
    assert programs_holding("x.pdf") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
def test_linux_names_another_process_that_has_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / "Handlingsplan.pdf"
    path.write_bytes(b"%PDF")
    script = "import sys, time; f = open(sys.argv[1], 'rb'); print('open', flush=True); time.sleep(30)"
    reader = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
        started = time.monotonic()
        names = programs_holding(path)
        assert time.monotonic() - started < 2.0
        assert names == [Path(sys.executable).name[:15]] or names and names[0].startswith("python")
    finally:
        reader.kill()
        reader.wait()
    assert programs_holding(path) == []
    assert programs_holding(tmp_path / "none.pdf") == []


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows there is no rstrtmgr.dll to load")
def test_off_windows_the_restart_manager_is_never_loaded(monkeypatch) -> None:
    assert file_holders._load_restart_manager() is None  # noqa: SLF001 - the loader itself
    monkeypatch.setattr(sys, "platform", "win32")  # as if on Windows, yet without the DLL
    assert programs_holding("C:/x.pdf") == []
