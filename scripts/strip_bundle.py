"""Strip the symbol tables of the frozen bundle's shared libraries, keeping only safe results.

``strip --strip-unneeded`` saves about 30 MB, but on a library that ``patchelf`` edited (the
wheels' auditwheel-repaired files, such as numpy's OpenBLAS) it writes a file the loader
refuses ("ELF load command address/offset not page-aligned"). So each library is stripped into
a copy, the copy's program headers are checked (every ``PT_LOAD`` segment's file offset and
address agree modulo the page size, as the loader requires), and the original is replaced only
by a valid, smaller copy. Everything else is left as it was.

Usage: ``python scripts/strip_bundle.py BUNDLE_DIR`` (prints the megabytes saved).
Called by ``scripts/build-bundle.sh``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

PAGE = 4096
PT_LOAD = 1


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def loadable(path: Path) -> bool:
    """Whether every PT_LOAD segment of a 64-bit little-endian ELF file is page-congruent."""
    data = path.read_bytes()
    if len(data) < 64 or data[4] != 2 or data[5] != 1:  # ELFCLASS64, little-endian only
        return False
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        base = phoff + i * phentsize
        if base + 56 > len(data):
            return False
        p_type, _flags, p_offset, p_vaddr = struct.unpack_from("<IIQQ", data, base)
        p_filesz, _memsz, p_align = struct.unpack_from("<QQQ", data, base + 32)
        if p_type != PT_LOAD:
            continue
        align = max(p_align, PAGE)
        if p_offset % align != p_vaddr % align or p_offset + p_filesz > len(data):
            return False
    return True


def strip_one(path: Path, scratch: Path) -> int:
    """Strips ``path`` if the result is valid and smaller; returns the bytes saved."""
    if not loadable(path):  # not something this check understands: leave it alone
        return 0
    copy = scratch / "stripped"
    result = subprocess.run(
        ["strip", "--strip-unneeded", "-o", str(copy), str(path)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0 or not copy.exists():
        return 0
    before, after = path.stat().st_size, copy.stat().st_size
    if after >= before or not loadable(copy):
        copy.unlink()
        return 0
    mode = path.stat().st_mode
    shutil.move(str(copy), str(path))
    os.chmod(path, mode)
    return before - after


def main(bundle: Path) -> int:
    saved = kept = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(bundle.rglob("*")):
            if path.is_symlink() or not path.is_file() or not is_elf(path):
                continue
            gain = strip_one(path, Path(tmp))
            saved += gain
            kept += gain == 0
    print(f"strip: {saved / 1e6:.1f} MB saved; {kept} ELF files left as they were")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
