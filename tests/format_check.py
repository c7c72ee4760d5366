#!/usr/bin/env python3
"""Every header under geometry/ is formatted as the repository's .clang-format says (63
columns, the printed notebook's width): `clang-format --dry-run --Werror` on each. Prints
one line per header and `N passed, M failed`; exit 1 if any failed or clang-format is absent.

  python3 tests/format_check.py [--clang-format BINARY] [--fix]

--fix rewrites the failing headers in place (clang-format -i) instead of failing."""
import argparse
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clang-format", default="clang-format")
    ap.add_argument("--fix", action="store_true")
    args = ap.parse_args()
    tool = shutil.which(args.clang_format)
    if not tool:
        print(f"format_check: {args.clang_format} not found on PATH (apt-get install clang-format)")
        return 1
    passed = failed = 0
    for h in sorted((ROOT / "geometry").rglob("*.hpp")):
        rel = h.relative_to(ROOT).as_posix()
        run = subprocess.run([tool, "--dry-run", "--Werror", f"--style=file:{ROOT / '.clang-format'}", rel],
                             cwd=ROOT, capture_output=True, text=True)
        if run.returncode == 0:
            passed += 1
            print(f"ok   {rel}")
        elif args.fix:
            subprocess.run([tool, "-i", f"--style=file:{ROOT / '.clang-format'}", rel], cwd=ROOT, check=True)
            passed += 1
            print(f"fixed {rel}")
        else:
            failed += 1
            first = next((l for l in run.stderr.splitlines() if ": error:" in l), run.stderr.strip()[:200])
            print(f"FAIL {rel}: {first}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
