"""The Linux bundle's slimming: ICU's data package trimmed, patched libraries compacted intact."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from tools import slim_elf, slim_icu

HEADER = 32


def package(items: dict[str, bytes]) -> bytes:
    """Write an ICU common-data package ("CmnD") holding ``items``, names sorted."""
    header = bytearray(HEADER)
    struct.pack_into("<H", header, 0, HEADER)
    header[2:4] = b"\xda\x27"
    header[12:16] = b"CmnD"
    names = sorted(items)
    name_blob = b"".join(name.encode() + b"\0" for name in names)
    table_size = 4 + 8 * len(names)
    data_at = table_size + len(name_blob)
    data_at += -data_at % 16
    table = bytearray(struct.pack("<I", len(names)))
    body = bytearray()
    name_at = table_size
    for name in names:
        table += struct.pack("<II", name_at, data_at + len(body))
        name_at += len(name) + 1
        body += items[name] + b"\xaa" * (-len(items[name]) % 16)
    table += name_blob + b"\xaa" * (data_at - table_size - len(name_blob))
    return bytes(header) + bytes(table) + bytes(body)


def unpack(blob: bytes) -> dict[str, tuple[int, bytes]]:
    """Return each item of a package: (its data offset from the table, its bytes, padding included)."""
    count = struct.unpack_from("<I", blob, HEADER)[0]
    entries = [struct.unpack_from("<II", blob, HEADER + 4 + 8 * i) for i in range(count)]
    items = {}
    for i, (name_at, data_at) in enumerate(entries):
        start = HEADER + name_at
        name = blob[start : blob.index(b"\0", start)].decode()
        end = entries[i + 1][1] if i + 1 < count else len(blob) - HEADER
        items[name] = (data_at, blob[HEADER + data_at : HEADER + end])
    return items


def test_icu_keeps_the_neutral_tables_and_apvdesks_languages_only() -> None:
    items = {
        "icudt73l/root.res": b"root",
        "icudt73l/da.res": b"dansk" * 7,
        "icudt73l/de.res": b"deutsch",
        "icudt73l/en_GB.res": b"british",
        "icudt73l/coll/da.res": b"sortering",
        "icudt73l/coll/de.res": b"sortierung",
        "icudt73l/zone/uk.res": b"zones",
        "icudt73l/zone/zh.res": b"zones zh",
        "icudt73l/brkitr/word.brk": b"break",
        "icudt73l/nfc.nrm": b"normalise",
        "icudt73l/iso-8859_2-1999.cnv": b"c" * 1000,
        "icudt73l/ibm-943_P15A-2003.cnv": b"e" * (40 * 1024),
    }
    blob = package(items)
    trimmed = slim_icu.trimmed_icu_data(blob)
    kept = unpack(trimmed)
    assert sorted(kept) == sorted(
        [
            "icudt73l/root.res",
            "icudt73l/da.res",
            "icudt73l/en_GB.res",
            "icudt73l/coll/da.res",
            "icudt73l/zone/uk.res",
            "icudt73l/nfc.nrm",
            "icudt73l/iso-8859_2-1999.cnv",
        ]
    )
    assert list(kept) == sorted(kept)  # ICU finds items by binary search on the names
    for name, (data_at, data) in kept.items():
        assert (HEADER + data_at) % 16 == 0
        assert data.rstrip(b"\xaa") == items[name].rstrip(b"\xaa")
    assert trimmed[:HEADER] == blob[:HEADER]
    assert len(trimmed) < len(blob) / 3


def test_something_else_than_icu_data_is_refused() -> None:
    with pytest.raises(ValueError):
        slim_icu.trimmed_icu_data(b"\x20\x00" + bytes(100))


def loaded_image(data: bytes) -> list[tuple[int, int, int, int, bytes]]:
    """Return what the loader maps of a library: each segment's type, flags, address, sizes, bytes.

    The file's own headers (ELF header, program headers), which map with the first segment,
    are blanked: they give file offsets, which compacting changes, not the program.
    """
    layout = slim_elf.elf_layout(data)
    assert layout is not None
    header, programs, _sections = layout
    phoff, phentsize, phnum = header[4], header[8], header[9]
    blanked = bytearray(data)
    blanked[: phoff + phnum * phentsize] = bytes(phoff + phnum * phentsize)
    return [
        (p[0], p[1], p[3], p[6], bytes(blanked[p[2] : p[2] + p[5]]))
        for p in programs
        if p[0] in (1, 2, 7)  # PT_LOAD, PT_DYNAMIC, PT_TLS
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF shared libraries: Linux")
@pytest.mark.parametrize("prefix", ["libXau-", "libfreetype-", "libopenjp2-"])
def test_a_patched_library_sheds_its_symbols_and_keeps_every_loaded_byte(tmp_path: Path, prefix: str) -> None:
    import PIL

    libraries = Path(PIL.__file__).resolve().parent.parent / "pillow.libs"  # patched by auditwheel
    if not libraries.is_dir():
        pytest.skip("no auditwheel-patched Pillow libraries here")
    copied = Path(shutil.copytree(libraries, tmp_path / "pillow.libs"))
    library = next(copied.glob(prefix + "*.so*"))
    before = library.read_bytes()
    assert slim_elf.compact_shared_library(library)
    after = library.read_bytes()
    assert len(after) < len(before)
    # Same addresses, sizes and bytes of every loaded segment: the program in memory is the same.
    assert loaded_image(after) == loaded_image(before)
    assert slim_elf.loads(library)


def test_a_file_that_is_not_a_library_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "libnot.so"
    path.write_bytes(b"not an ELF file")
    assert not slim_elf.compact_shared_library(path)
    assert path.read_bytes() == b"not an ELF file"
