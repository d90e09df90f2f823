"""Intake benchmark: import generated request e-mails and compare with the bare work.

"Import 1,000 generated request e-mails carrying three images each; print e-mails per second
and the ratio to the bare work (reading the bytes, MIME parsing, decoding the images) measured
in the same run. Aim: ratio under 1.5."

The mails come from :mod:`ssw_desk.demo` (invented people, SAMPLE-marked cards): card front and
back as ~1600 x 1200 phone photos, face photo 200 x 230 or 600 x 690. They are benchmark data,
not personal data, and live in a temporary folder that is deleted afterwards (``--keep`` keeps
it). Generation is not timed and runs in parallel.

Usage: ``python bench/intake.py [--count 1000] [--seed 1] [--workers N] [--keep]``
"""

from __future__ import annotations

import argparse
import email
import email.policy
import io
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

STYLES = ("gmail", "outlook", "iphone", "thunderbird_jis", "sjis")


def _generate_chunk(args: tuple[Path, int, int, int]) -> list[Path]:
    """Write mails ``start``..``stop-1`` of the population of ``seed`` into ``folder``."""
    from ssw_desk.demo.mails import build_request_mail
    from ssw_desk.demo.people import make_person

    folder, seed, start, stop = args
    paths = []
    for index in range(start, stop):
        rng = random.Random(f"{seed}:{index}")
        person = make_person(rng, index)
        style = STYLES[index % len(STYLES)]
        data = build_request_mail(person, style=style, variant="with_back", rng=rng, back=True)
        path = folder / f"bench_{index:05d}.eml"
        path.write_bytes(data)
        paths.append(path)
    return paths


def generate(folder: Path, count: int, seed: int, workers: int) -> list[Path]:
    """Generate ``count`` mails (three images each) as .eml files in ``folder``.

    Args:
        folder: Target folder.
        count: Number of mails.
        seed: Seed of the population.
        workers: Processes to use.

    Returns:
        The files written, in order.
    """
    step = max(1, count // (workers * 4))
    chunks = [(folder, seed, i, min(i + step, count)) for i in range(0, count, step)]
    if workers <= 1:
        return [p for chunk in chunks for p in _generate_chunk(chunk)]
    with ProcessPoolExecutor(workers) as pool:
        return [p for paths in pool.map(_generate_chunk, chunks) for p in paths]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the import's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare_work(paths: list[Path]) -> tuple[float, int]:
    """Read, MIME-parse and fully decode every image; return (seconds, images decoded)."""
    try:  # HEIC attachments decode too when pillow-heif is there
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    images = 0
    start = time.perf_counter()
    for path in paths:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() != "image":
                continue
            data = part.get_payload(decode=True)
            with Image.open(io.BytesIO(data)) as image:
                image.load()
            images += 1
    return time.perf_counter() - start, images


def real_import(paths: list[Path], work: Path) -> tuple[float, object]:
    """Import the mail files ``paths`` into a fresh SQLite desk under ``work``.

    Returns:
        (seconds, import result).
    """
    os.environ["SSW_DESK_DATA_DIR"] = str(work / "data")
    from ssw_desk.services.context import Desk
    from ssw_desk.services.intake import import_paths

    desk = Desk.open(f"sqlite:///{work / 'desk.sqlite3'}")
    try:
        start = time.perf_counter()
        result = import_paths(desk, paths=paths)
        return time.perf_counter() - start, result
    finally:
        desk.close()


def phases(paths: list[Path], work: Path) -> dict[str, float]:
    """CPU seconds per message of each phase of an in-process import of ``paths``.

    Phases: ``parse`` (MIME, decoding, repairs), ``role guess`` (image decode once at the
    working size and face detection, shared with the photo checks), ``photo checks``
    (issue 13's measurements on the face photo), ``extraction`` (the seven items) and
    ``store`` (duplicate checks, blobs, rows, findings, audit, commit).
    """
    os.environ["SSW_DESK_DATA_DIR"] = str(work / "data")
    os.environ["SSW_DESK_IMPORT_WORKERS"] = "0"
    from ssw_desk.services import analysis, intake
    from ssw_desk.services.context import Desk

    spent: dict[str, float] = dict.fromkeys(
        ("parse", "role guess", "photo checks", "extraction", "store"), 0.0
    )

    def timed(module: object, name: str, phase: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[phase] += time.process_time() - start

        setattr(module, name, wrapper)

    timed(intake, "parse_raw", "parse")
    timed(analysis, "guess_role", "role guess")
    timed(analysis, "analyse_photo", "photo checks")
    timed(analysis, "best_extraction", "extraction")
    timed(intake, "store", "store")
    desk = Desk.open(f"sqlite:///{work / 'phases.sqlite3'}")
    try:
        start = time.process_time()
        intake.import_paths(desk, paths=paths)
        spent["total"] = time.process_time() - start
    finally:
        desk.close()
    return {k: v / len(paths) for k, v in spent.items()}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the rates; exit 1 when the ratio misses the aim."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=min(8, os.cpu_count() or 1))
    parser.add_argument("--aim", type=float, default=1.5, help="largest acceptable ratio")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--bare-only", action="store_true", help="skip the real import")
    parser.add_argument(
        "--phases",
        type=int,
        default=0,
        metavar="N",
        help="also import N mails in-process and print the CPU time of each phase",
    )
    parser.add_argument(
        "--mails",
        type=Path,
        help="reuse (or, when empty, fill and keep) this folder of generated mails",
    )
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="ssw-intake-bench-"))
    try:
        mails = args.mails or root / "mails"
        mails.mkdir(parents=True, exist_ok=True)
        paths = sorted(mails.glob("bench_*.eml"))[: args.count]
        if len(paths) < args.count:
            t0 = time.perf_counter()
            paths = generate(mails, args.count, args.seed, args.workers)
            size = sum(p.stat().st_size for p in paths)
            print(f"generated {len(paths)} mails ({size / 2**20:.0f} MiB) in "
                  f"{time.perf_counter() - t0:.1f} s -> {mails}")  # fmt: skip
        else:
            print(f"reusing {len(paths)} mails in {mails}")
        cpu = cpu_seconds()
        bare_s, images = bare_work(paths)
        bare_cpu = cpu_seconds() - cpu
        print(
            f"bare work: {len(paths) / bare_s:8.1f} mails/s  ({images} images, {bare_s:.2f} s, "
            f"{bare_cpu:.2f} s CPU)"
        )
        if args.bare_only:
            return 0
        cpu = cpu_seconds()
        real_s, result = real_import(paths, root)
        real_cpu = cpu_seconds() - cpu
        print(
            f"import:    {len(paths) / real_s:8.1f} mails/s  ({real_s:.2f} s, {real_cpu:.2f} s CPU "
            f"with workers) "
            f"imported={result.imported} duplicates={result.duplicates} "  # type: ignore[attr-defined]
            f"quarantined={result.quarantined}"
        )  # type: ignore[attr-defined]
        ratio = real_s / bare_s
        print(f"ratio import/bare: {ratio:.2f} (aim < {args.aim})")
        print(f"CPU-time ratio import/bare: {real_cpu / bare_cpu:.2f} (aim <= 2)")
        if args.phases:
            per = phases(paths[: args.phases], root)
            bare_per = bare_cpu / len(paths)
            print(f"CPU per mail, in-process, {min(args.phases, len(paths))} mails "
                  f"(bare work {1000 * bare_per:.1f} ms):")  # fmt: skip
            for name, seconds in per.items():
                print(f"  {name:13s} {1000 * seconds:6.1f} ms  ({seconds / bare_per:.2f} x bare)")
        return 0 if ratio < args.aim else 1
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
