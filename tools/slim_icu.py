"""ICU's data for the Linux bundle, trimmed to what Qt Core asks of it in apvdesk's languages.

Used by packaging/apvdesk.spec after PyInstaller has collected the bundle (see
docs/packaging.md, "ICU data").
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from tools.slim_elf import elf_symbol

# Linux: Qt Core links ICU, whose data library (libicudata, 32 MB) holds every locale,
# converter, break-iteration dictionary and transliterator. The ICU functions Qt Core
# imports (`nm -D libQt6Core.so.6`) are collation (QCollator), time-zone ids and names,
# text codecs beyond UTF and Latin-1, and case mapping (which lives in ICU's code); Qt has
# its own locale tables for everything else. So the bundle's copy keeps the locale-neutral
# tables, the collation and time-zone names of the languages apvdesk speaks (Danish and
# English; the questionnaires also Polish, Romanian and Ukrainian; other locales sort and
# name zones by ICU's root rules) and the single-byte converters (Western, Central
# European, Cyrillic...). Left out: the East-Asian multi-byte converters, the dictionaries,
# transliteration, and the other languages' locale data (about 4 MB stays).
KEPT_ICU_LOCALES = ("root", "pool", "res_index", "da", "en", "pl", "ro", "uk")
KEPT_ICU_TREES = ("coll", "zone")
LARGEST_ICU_CONVERTER = 32 * 1024
ICU_LOCALE_ITEM = re.compile(r"(?:[a-z]{2,3}(?:_[A-Za-z0-9_]+)?|root|pool|res_index)\.res")


def keep_icu_item(name, size):
    """Say whether an item of ICU's common data ("icudt73l/coll/da.res") stays (above)."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if len(parts) > 1 and parts[0] not in KEPT_ICU_TREES:
        return False
    if leaf.endswith(".cnv"):
        return size <= LARGEST_ICU_CONVERTER
    if ICU_LOCALE_ITEM.fullmatch(leaf):
        return leaf.split(".")[0].split("_")[0] in KEPT_ICU_LOCALES
    return True


def trimmed_icu_data(blob):
    """Return ICU's common data (a "CmnD" package, as icupkg writes it) with only the kept items.

    The package is a header, a table of contents (the item count, then each item's name
    and data offsets, from the table's start), the names, and the items, each on a 16-byte
    boundary; the names are sorted (ICU looks them up by binary search), as they stay.
    """
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        item = blob[header_size + data_at : header_size + end]
        if keep_icu_item(name, len(item)):
            items.append((name, item))
    names = b"".join(name.encode("ascii") + b"\0" for name, _item in items)
    name_at = 4 + 8 * len(items)
    data_at = name_at + len(names) + (-(name_at + len(names)) % 16)
    table, body = bytearray(struct.pack("<I", len(items))), bytearray()
    for name, item in items:
        table += struct.pack("<II", name_at, data_at + len(body))
        name_at += len(name) + 1
        body += item + b"\xaa" * (-len(item) % 16)
    table += names
    table += b"\xaa" * (data_at - len(table))
    return blob[:header_size] + bytes(table) + bytes(body)


ICU_DATA_ASSEMBLY = """\
	.section .rodata
	.globl {symbol}
	.type {symbol}, %object
	.balign 16
{symbol}:
	.incbin "{data}"
	.size {symbol}, . - {symbol}
	.section .note.GNU-stack,"",%progbits
"""


def trim_icu(bundle):
    """Replace the bundle's libicudata with one made from the trimmed data (Linux, binutils).

    The library exports one symbol, ``icudtNN_dat``, the data package; `as` and `ld`
    build its replacement from the trimmed package, under the same name and soname.
    """
    import shutil
    import subprocess
    import tempfile

    if shutil.which("as") is None or shutil.which("ld") is None:
        print("apvdesk.spec: no binutils (as, ld): ICU's data stays whole")
        return
    for library in (Path(bundle) / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"):
        if library.is_symlink():
            continue
        data = library.read_bytes()
        symbol = f"icudt{library.name.rsplit('.', 1)[1]}_dat"
        found = elf_symbol(data, symbol)
        if found is None:
            print(f"apvdesk.spec: no {symbol} in {library.name}: ICU's data stays whole")
            continue
        start, size = found
        try:
            trimmed = trimmed_icu_data(data[start : start + size])
        except ValueError:
            print(f"apvdesk.spec: {symbol} is not ICU common data: ICU's data stays whole")
            continue
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            (folder / "icudt.dat").write_bytes(trimmed)
            (folder / "icudt.s").write_text(
                ICU_DATA_ASSEMBLY.format(symbol=symbol, data=folder / "icudt.dat")
            )
            subprocess.run(["as", "-o", str(folder / "icudt.o"), str(folder / "icudt.s")], check=True)
            built = folder / library.name
            subprocess.run(
                ["ld", "-shared", "-soname", library.name, "-o", str(built), str(folder / "icudt.o")],
                check=True,
            )
            made = built.read_bytes()
            if elf_symbol(made, symbol) is None or trimmed not in made:
                print(f"apvdesk.spec: the trimmed {library.name} came out wrong: ICU's data stays whole")
                continue
            shutil.copyfile(built, library)
