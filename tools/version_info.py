"""The Windows version resource of apvdesk's executables, made from ``apvdesk.__version__``.

On Windows packaging/apvdesk.spec writes :func:`version_resource_text` for each executable
to a file and passes it to PyInstaller (``EXE(version=...)``); Explorer shows it under
Properties > Details, and SmartScreen and antivirus programs read it. packaging/apvdesk.iss
reads the same numbers back from ``apvdesk.exe``, so the program, its installer and the
wheel cannot tell different versions. Plain Python: PyInstaller's version classes load only
on Windows, where they evaluate the text.
"""

from __future__ import annotations

import re

from apvdesk import __version__

COMPANY = "apvdesk"
PRODUCT = "apvdesk"
DESCRIPTIONS = {
    "apvdesk.exe": "apvdesk – APV of the psychosocial work environment",
    "apvdesk-cli.exe": "apvdesk – command line",
}
COPYRIGHT = "© 2026 apvdesk"
LANGUAGE = 0x0409  # U.S. English: the language of the texts below
CODEPAGE = 1200  # Unicode


def version_numbers(version: str = __version__) -> tuple[int, int, int, int]:
    """Return the four numbers Windows keeps of ``version``: "0.1.0" -> (0, 1, 0, 0).

    A pre-release or local suffix ("1.2.0rc1", "1.2.0+dev") is not a number and is left
    out; each number must fit in 16 bits.
    """
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = tuple(int(part or 0) for part in match.groups())
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"a Windows version number is at most 65535: {version!r}")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_strings(executable: str, version: str = __version__) -> dict[str, str]:
    """Return the texts of ``executable``'s version resource (the StringFileInfo block)."""
    dotted = ".".join(str(number) for number in version_numbers(version))
    return {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTIONS.get(executable, PRODUCT),
        "FileVersion": dotted,
        "InternalName": executable.removesuffix(".exe"),
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": executable,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }


def version_resource_text(executable: str, version: str = __version__) -> str:
    """Return ``executable``'s version resource as PyInstaller's version file reads it.

    The text is the Python expression of a ``VSVersionInfo`` (the format ``pyi-grab_version``
    writes); the spec writes it to a file and gives that to ``EXE(version=...)``, which
    evaluates it with PyInstaller's version classes on Windows.
    """
    numbers = version_numbers(version)
    block = f"{LANGUAGE:04X}{CODEPAGE:04X}"  # "040904B0"
    table = ",\n".join(
        f"            StringStruct({name!r}, {value!r})"
        for name, value in version_strings(executable, version).items()
    )
    return f"""# UTF-8
# The version resource of {executable}, made by tools/version_info.py from apvdesk.__version__.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        {block!r},
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])])
  ]
)
"""
