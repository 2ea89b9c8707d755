"""The Windows version resource and the installer take their version from apvdesk.__version__."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from apvdesk import __version__
from tools.version_info import version_numbers, version_resource_text, version_strings

ROOT = Path(__file__).resolve().parent.parent


class Recorded:
    """Stands for one of PyInstaller's version classes: keeps what it was made with."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs


def evaluated(text: str) -> Recorded:
    """Evaluate a version file as PyInstaller does, with recording stand-ins for its classes."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    namespace: dict[str, Any] = {
        name: (lambda *a, _n=name, **k: Recorded(_n, *a, **k))
        for name in (*names, "VarFileInfo", "VarStruct")
    }
    result = eval(text, namespace)  # noqa: S307 - our own text, evaluated as PyInstaller evaluates it
    assert isinstance(result, Recorded) and result.kind == "VSVersionInfo"
    return result


def test_the_numbers_are_apvdesks_version_in_four_parts() -> None:
    parts = [int(part) for part in __version__.split(".")]
    assert version_numbers() == tuple(parts + [0] * (4 - len(parts)))
    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("2.10") == (2, 10, 0, 0)
    assert version_numbers("1.2.3.4") == (1, 2, 3, 4)
    assert version_numbers("1.3.0rc2") == (1, 3, 0, 0)
    assert version_numbers("1.3.0+local") == (1, 3, 0, 0)
    for wrong in ("", "v1.0", "1.70000"):
        with pytest.raises(ValueError):
            version_numbers(wrong)


@pytest.mark.parametrize("executable", ["apvdesk.exe", "apvdesk-cli.exe"])
def test_the_resource_the_spec_writes_carries_the_version(executable: str) -> None:
    info = evaluated(version_resource_text(executable))
    fixed = info.kwargs["ffi"]
    numbers = version_numbers(__version__)
    assert fixed.kwargs["filevers"] == numbers and fixed.kwargs["prodvers"] == numbers
    assert fixed.kwargs["fileType"] == 0x1  # an application
    string_info, var_info = info.kwargs["kids"]
    (table,) = string_info.args[0]
    block, structs = table.args
    assert block == "040904B0"  # U.S. English, Unicode: as the Translation below says
    assert var_info.args[0][0].args == ("Translation", [0x0409, 1200])
    strings = {struct.args[0]: struct.args[1] for struct in structs}
    assert strings == version_strings(executable)
    assert strings["ProductVersion"] == __version__
    assert strings["FileVersion"] == ".".join(map(str, numbers))
    assert strings["OriginalFilename"] == executable
    assert strings["CompanyName"] and strings["ProductName"] == "apvdesk"
    assert strings["LegalCopyright"].startswith("©")
    assert strings["FileDescription"].startswith("apvdesk")


def test_another_version_changes_every_number() -> None:
    info = evaluated(version_resource_text("apvdesk.exe", "3.14.2"))
    assert info.kwargs["ffi"].kwargs["filevers"] == (3, 14, 2, 0)
    (table,) = info.kwargs["kids"][0].args[0]
    assert {s.args[0]: s.args[1] for s in table.args[1]}["ProductVersion"] == "3.14.2"


def test_the_spec_and_the_installer_take_the_version_from_there() -> None:
    spec = (ROOT / "packaging" / "apvdesk.spec").read_text(encoding="utf-8")
    assert "version_resource_text(" in spec and "version=version_file(name)" in spec
    script = (ROOT / "packaging" / "apvdesk.iss").read_text(encoding="utf-8")
    # The installer reads the numbers back from the built apvdesk.exe, so none is written in it.
    assert re.search(r"GetVersionNumbersString\(AppExeFile\)", script)
    assert re.search(r'GetStringFileInfo\(AppExeFile, "ProductVersion"\)', script)
    assert __version__ not in script
    for directive in ("VersionInfoVersion", "VersionInfoCompany", "VersionInfoDescription", "AppVersion"):
        assert re.search(rf"^{directive}=", script, re.MULTILINE), directive
