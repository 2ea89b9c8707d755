"""Shared libraries of the Linux bundle: read their ELF layout, strip them, check they load.

Used by packaging/apvdesk.spec after PyInstaller has collected the bundle (see
docs/packaging.md, "Symbols"). binutils' ``strip`` takes libraries as their linker wrote
them; those that auditwheel's patchelf rewrote carry segments after their debug sections,
which ``strip`` moves off their page alignment. :func:`compact_shared_library` drops the
non-loaded sections of those instead, copying every loaded byte unchanged, and
:func:`strip_binaries` loads each rewritten library once (:func:`loads`) and puts it back
whole if the loader refuses it. Only 64-bit little-endian ELF files are touched.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path


def elf_layout(data):
    """Return the ELF header fields, program headers and section headers as lists (or None).

    Only 64-bit little-endian files (x86-64, AArch64) are read; others are left alone.
    A program header is [type, flags, offset, vaddr, paddr, filesz, memsz, align]; a
    section header [name, type, flags, addr, offset, size, link, info, addralign, entsize].
    """
    if data[:4] != b"\x7fELF" or data[4:6] != b"\x02\x01":
        return None
    header = list(struct.unpack_from("<HHIQQQIHHHHHH", data, 16))
    phoff, shoff, phentsize, phnum, shentsize, shnum = (header[i] for i in (4, 5, 8, 9, 10, 11))
    programs = [list(struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize)) for i in range(phnum)]
    sections = [list(struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)) for i in range(shnum)]
    return header, programs, sections


def elf_symbol(data, wanted):
    """Return the file offset and size of the dynamic symbol called ``wanted`` (or None)."""
    layout = elf_layout(data)
    if layout is None:
        return None
    _header, programs, sections = layout
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        names = sections[section[6]][4]
        for at in range(section[4], section[4] + section[5], 24):
            name_at, _info, _other, _index, value, size = struct.unpack_from("<IBBHQQ", data, at)
            if data[names + name_at : data.index(b"\0", names + name_at)].decode() != wanted:
                continue
            for program in programs:
                if program[0] == 1 and program[3] <= value < program[3] + program[5]:
                    return value - program[3] + program[2], size
    return None


LARGEST_PAGE = 0x10000  # 64 KiB, the largest page size of x86-64 and AArch64 Linux


def compact_shared_library(path):
    """Rewrite a shared library without its symbol table and debug sections; say if it shrank.

    For the libraries that patchelf rewrote (see `strip_binaries`): the loaded segments
    move down over the dropped sections, each by a multiple of its alignment (at most
    64 KiB), so every segment keeps its address-to-offset congruence modulo the page size,
    which is what the loader checks; the program headers and the remaining section headers
    (the loaded ones and the section names) follow them. A segment that patchelf appended
    after a 2 MB alignment gap (Pillow's libXau) moves into the gap, its alignment lowered
    to 64 KiB; the library's first segment keeps its own, so the load address does too.
    """
    data = Path(path).read_bytes()
    layout = elf_layout(data)
    if layout is None:
        return False
    header, programs, sections = layout
    phoff, phentsize, phnum, shentsize, names_index = (header[i] for i in (4, 8, 9, 10, 12))
    if not sections or names_index >= len(sections):
        return False
    # The loaded parts of the file (and the headers), merged into chunks that move as one.
    spans = sorted((p[2], p[2] + p[5], max(p[7], 1)) for p in programs if p[0] == 1)  # PT_LOAD
    chunks = [[0, phoff + phnum * phentsize, 1]]
    for start, end, align in spans:
        if start <= chunks[-1][1]:
            chunks[-1] = [chunks[-1][0], max(chunks[-1][1], end), max(chunks[-1][2], align)]
        else:
            chunks.append([start, end, align])
    moves, cursor = [], 0
    for start, end, align in chunks:
        align = min(align, LARGEST_PAGE)
        new_start = cursor + (start - cursor) % align if start else 0
        moves.append((start, end, start - new_start))
        cursor = new_start + end - start

    def moved_by(offset, size):
        for start, end, by in moves:
            if start <= offset and offset + size <= end:
                return by
        return None

    kept = [0] + [i for i, section in enumerate(sections) if i and section[2] & 0x2]  # SHF_ALLOC
    for program in programs:
        by = moved_by(program[2], program[5])
        if by is None:
            return False
        program[2] -= by
        if program[0] == 1 and (program[3] - program[2]) % max(program[7], 1):
            program[7] = LARGEST_PAGE  # a segment that sat after a 2 MB alignment gap
    for i in kept[1:]:
        section = sections[i]
        by = moved_by(section[4], 0 if section[1] == 8 else section[5])  # SHT_NOBITS takes no room
        if by is None:
            return False
        section[4] -= by
    kept.append(names_index)
    index = {old: new for new, old in enumerate(kept)}
    out = bytearray(cursor)
    for start, end, by in moves:
        out[start - by : end - by] = data[start:end]
    names = sections[names_index]
    names_data = data[names[4] : names[4] + names[5]]
    names[4] = len(out)
    out += names_data + bytes(-(len(out) + len(names_data)) % 8)
    header[5], header[11], header[12] = len(out), len(kept), index[names_index]
    for i in kept:
        section = list(sections[i])
        section[6] = index.get(section[6], 0)
        if section[2] & 0x40 or section[1] in (4, 9):  # SHF_INFO_LINK, SHT_RELA, SHT_REL
            section[7] = index.get(section[7], 0)
        out += struct.pack("<IIQQQQIIQQ", *section) + bytes(shentsize - 64)
    struct.pack_into("<HHIQQQIHHHHHH", out, 16, *header)
    for i, program in enumerate(programs):
        struct.pack_into("<IIQQQQQQ", out, phoff + i * phentsize, *program)
    if len(out) >= len(data):
        return False
    Path(path).write_bytes(bytes(out))
    return True


def strip_binaries(bundle):
    """Strip symbols and debug information off the bundle's shared libraries (Linux).

    binutils' strip takes the libraries as their linker wrote them. Those that a wheel
    tool patched (auditwheel's patchelf: numpy's OpenBLAS, Pillow, pdfium, Qt's ICU...;
    recognisable by their RPATH/RUNPATH) carry segments appended after the debug sections,
    which strip moves off their page alignment (the library then fails to load: "ELF load
    command address/offset not page-aligned"); `compact_shared_library` drops their
    symbols and debug sections instead (and closes the alignment gap in libraries that
    strip leaves as they are). The interpreter's own libraries (libpython and lib-dynload,
    which carry a RUNPATH of their own) strip cleanly. This saves ~40 MB.
    """
    import shutil
    import subprocess

    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return  # no binutils: the bundle is only bigger
    libraries = [
        path
        for path in (Path(bundle) / "_internal").rglob("*.so*")
        if path.is_file() and not path.is_symlink()
    ]
    chosen = []
    for path in libraries:
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        interpreter = path.name.startswith("libpython") or "lib-dynload" in path.parts
        if interpreter or ("RPATH" not in dynamic and "RUNPATH" not in dynamic):
            chosen.append(str(path))
    if chosen:
        subprocess.run(["strip", "--strip-unneeded", *chosen], check=True)
    for path in libraries:
        original = path.read_bytes()
        if compact_shared_library(path) and not loads(path):
            path.write_bytes(original)  # never ship a library the loader refuses: keep it whole
            print(f"apvdesk.spec: {path.name} could not be loaded once compacted; kept as it was")


def loads(path):
    """Say whether the dynamic loader takes the library (in a separate process, this Python).

    The libraries find their neighbours through their RPATH/RUNPATH ($ORIGIN), as in the
    bundle. A rewrite that moved a segment off its alignment fails here, at build time. A
    library that cannot be loaded on its own on the build machine (Qt's X11 plugin without
    the system's xcb libraries, say) cannot be checked, so it is kept as it was too.
    """
    import subprocess

    # os._exit: some extension modules (pybind11) abort at interpreter exit when loaded this way.
    check = "import ctypes, os, sys; ctypes.CDLL(sys.argv[1], mode=ctypes.RTLD_GLOBAL); os._exit(0)"
    return subprocess.run([sys.executable, "-c", check, str(path)], capture_output=True).returncode == 0
