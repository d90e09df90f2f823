"""Collect the third-party licence notices that ship with the frozen bundle and installers.

Walks the runtime dependencies of ``pyproject.toml`` (and what they pull in, without extras),
copies each distribution's licence files (``LICENSE``, ``COPYING``, ``NOTICE``, ...) into
``<out>/<distribution>/`` and writes ``<out>/THIRD-PARTY.md``: name, version and declared
licence of each. The hand-written notices in ``resources/licences/`` (Qt's LGPL with how to
relink, the LGPL/GPL texts) and the IPAex font licence are added beside them.

``build.spec`` calls :func:`collect`; run ``python scripts/collect_licences.py OUT`` to look.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTICE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[ <>=!~;\[(]", requirement, maxsplit=1)[0]).lower()


def runtime_distributions() -> list[str]:
    """The runtime requirements and everything they pull in (no extras), sorted."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo = list(meta["project"]["dependencies"])
    seen: set[str] = set()
    while todo:
        requirement = todo.pop()
        name = _name(requirement)
        extras = re.findall(r"\[([^\]]*)\]", requirement.split(";")[0])
        wanted = {e.strip() for group in extras for e in group.split(",")}
        try:
            reqs = requires(name) or []
        except PackageNotFoundError:
            continue
        for r in reqs:  # an extra asked for (psycopg[binary]) brings its requirements
            extra = re.search(r"extra\s*==\s*[\"']([^\"']+)", r)
            if extra is None or extra.group(1) in wanted:
                todo.append(r.split(";")[0])
        seen.add(name)
    return sorted(seen)


def collect(out: Path) -> Path:
    """Write the notices into ``out`` (emptied first) and return it."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    rows = ["# Third-party software in SSW Desk", "",
            "Each folder holds the licence files its distribution ships. See also",
            "`Qt-LGPL-relinking.md` (how to replace Qt/PySide6) and `IPAex-font/`",
            "(the report font).",
            "The face detector's YuNet weights are compiled into yuface's libfacedetection and",
            "are under its licence (`yuface/LICENSE`, BSD-3-Clause).", "",
            "| Distribution | Version | Licence |", "|---|---|---|"]  # fmt: skip
    for name in runtime_distributions():
        dist = distribution(name)
        meta = dist.metadata
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if not licence or len(licence) > 60 or licence.startswith("./"):
            classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                           if c.startswith("License ::")]  # fmt: skip
            licence = ", ".join(classifiers) or licence[:60]
        rows.append(f"| {meta['Name']} | {dist.version} | {licence} |")
        for file in dist.files or []:
            if (NOTICE.search(file.name) and ".dist-info" in str(file)) or (
                NOTICE.search(file.name) and file.suffix in ("", ".txt", ".md", ".rst")
                and len(file.parts) <= 3
            ):  # fmt: skip
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    target = out / meta["Name"] / file.name
                    if target.exists():
                        target = target.with_name(f"{file.parent.name}-{file.name}")
                    target.parent.mkdir(exist_ok=True)
                    shutil.copyfile(source, target)
    python_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt"
    )
    if not python_licence.is_file():  # Windows layout
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "Python").mkdir()
        shutil.copyfile(python_licence, out / "Python" / "LICENSE.txt")
        rows.append(f"| Python | {sys.version.split()[0]} | PSF-2.0 |")
    for notice in (ROOT / "resources" / "licences").iterdir():
        shutil.copyfile(notice, out / notice.name)
    fonts = ROOT / "ssw_desk" / "resources" / "fonts"
    (out / "IPAex-font").mkdir()
    for name in ("IPA_Font_License_Agreement_v1.0.txt", "SOURCE.md"):
        shutil.copyfile(fonts / name, out / "IPAex-font" / name)
    (out / "THIRD-PARTY.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(collect(Path(sys.argv[1])))
