#!/usr/bin/env python3
"""Every benchmark program under tests/bench/ compiles (-std=c++17 -Wall -Wextra -Werror,
-fsyntax-only): the benchmarks are built and run only with -DCPGEO_BENCH=ON, so without this
check a library change could leave them behind unseen. Comparison peers (CGAL) are compiled
where their headers are installed (the programs test with __has_include).

  python3 tests/bench/compile_check.py [--cxx g++]

Prints one line per program and exits 1 if any fails (with the compiler's first errors)."""
import concurrent.futures
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def compile_one(cxx, src):
    cmd = [cxx, "-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
           f"-I{ROOT}", f"-I{ROOT / 'tests' / 'support'}", str(src)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    return src, p.returncode, p.stderr


def main(argv):
    cxx = argv[argv.index("--cxx") + 1] if "--cxx" in argv else "g++"
    sources = sorted((ROOT / "tests" / "bench").glob("*.cpp"))
    if not sources:
        print("compile_check: no tests/bench/*.cpp")
        return 1
    failed = 0
    jobs = min(2, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for src, rc, err in pool.map(lambda s: compile_one(cxx, s), sources):
            name = src.relative_to(ROOT).as_posix()
            if rc == 0:
                print(f"ok   {name}")
            else:
                failed += 1
                print(f"FAIL {name}: does not compile with {cxx}")
                print("\n".join(err.splitlines()[:12]))
    print(f"{len(sources) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
