#!/usr/bin/env python3
"""Compile and run every snippet against its usage file, as a contestant would paste it.

    python3 tests/snippets/compile_all.py --cxx g++ --std c++17 [--jobs 2] [--root DIR] [--ndebug]

For each snippets/<path>.hpp:
    CXX -std=STD -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror -O1
        -include snippets/<path>.hpp tests/snippets/use/<path>.cpp -o TMP && TMP
must compile without a warning and exit 0 (the usage file asserts simple facts); clang++
compiles at -O0 instead (its warnings come from the front end only). A snippet
without a usage file fails, and so does a usage file that includes anything but standard
headers (it would not be testing the snippet alone) or that has no snippet. Prints one line
per snippet and then  N passed, M failed ; exits 1 on any failure.

--ndebug: compile (not run) with -DNDEBUG instead, as a release build does, and fail on any
warning located in the snippet (the usage file's own asserts vanish, so its warnings are not
the snippet's): a debug-only check must not leave an unused variable behind. CTest runs it
with --std c++20, so one pass also checks the C++20 front end's warnings.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

FLAGS = ["-Wall", "-Wextra", "-Wpedantic", "-Wshadow", "-Wconversion", "-Werror", "-O1"]
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]*)[>"]', re.M)


def files_under(folder, suffix):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [os.path.relpath(os.path.join(dirpath, f), folder).replace(os.sep, "/")
                  for f in sorted(filenames) if f.endswith(suffix)]
    return found


def bad_includes(use_file):
    """Its includes other than standard headers: anything quoted or under geometry/."""
    with open(use_file, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return [m.group(0).strip() for m in INCLUDE.finditer(text)
            if m.group(1) == '"' or "geometry" in m.group(2)]


def check(root, name, cxx, std, tmp, ndebug=False):
    """(ok, message) for snippets/<name>."""
    snippet = os.path.join(root, "snippets", name)
    use = os.path.join(root, "tests", "snippets", "use", name[:-len(".hpp")] + ".cpp")
    if not os.path.isfile(use):
        return False, f"no usage file {os.path.relpath(use, root)}"
    bad = bad_includes(use)
    if bad:
        return False, f"usage file includes {', '.join(bad)}: only standard headers allowed"
    binary = os.path.join(tmp, name.replace("/", "__")[:-len(".hpp")])
    if ndebug:
        cmd = cxx + [f"-std={std}", *[f for f in FLAGS if f != "-Werror"], "-DNDEBUG",
                     "-fsyntax-only", "-include", snippet, use]
        try:
            built = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as e:
            return False, f"cannot compile: {e}"
        own = [line for line in built.stderr.splitlines()
               if line.startswith(snippet + ":") and "warning:" in line]
        if built.returncode != 0 or own:
            return False, f"-DNDEBUG: {shlex.join(cmd)}\n" + ("\n".join(own) or built.stderr.rstrip())
        return True, "compiled warning-free with -DNDEBUG"
    # clang++ warns from its front end only: -O0 (faster) sees the same warnings
    level = ["-O0"] if "clang" in os.path.basename(cxx[0]) else []
    cmd = cxx + [f"-std={std}", *FLAGS, *level, "-include", snippet, use, "-o", binary]
    try:
        built = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, f"cannot compile: {e}"
    if built.returncode != 0:
        return False, f"compile failed: {shlex.join(cmd)}\n{built.stderr.rstrip()}"
    try:
        ran = subprocess.run([binary], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, f"run failed: {e}"
    if ran.returncode != 0:
        return False, f"usage run exited {ran.returncode}\n{(ran.stdout + ran.stderr).rstrip()}"
    return True, "compiled warning-free and ran"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--cxx", default=os.environ.get("CXX") or "g++")
    p.add_argument("--std", default="c++17", choices=["c++17", "c++20"])
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    p.add_argument("--ndebug", action="store_true", help="compile with -DNDEBUG, fail on snippet warnings")
    args = p.parse_args()
    root = os.path.abspath(args.root)
    cxx = shlex.split(args.cxx)
    snippets = sorted(files_under(os.path.join(root, "snippets"), ".hpp"))
    uses = files_under(os.path.join(root, "tests", "snippets", "use"), ".cpp")
    orphans = [u for u in uses if u[:-len(".cpp")] + ".hpp" not in snippets]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="cpgeo-snippets-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        jobs = [pool.submit(check, root, n, cxx, args.std, tmp, args.ndebug) for n in snippets]
        for name, job in zip(snippets, jobs):
            ok, message = job.result()
            passed, failed = passed + ok, failed + (not ok)
            verdict = "PASS" if ok else "FAIL"
            print(f"{verdict} {args.cxx} -std={args.std} snippets/{name}: {message}")
    for u in orphans:
        failed += 1
        print(f"FAIL tests/snippets/use/{u}: no snippets/{u[:-len('.cpp')]}.hpp for it")
    if not snippets:
        failed += 1
        print("FAIL no snippets/**/*.hpp found: run  python3 snippets/bundle.py")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
