#!/usr/bin/env python3
"""Paste every snippet into one file, as a contestant pasting several would, and compile it.

    python3 tests/snippets/paste_all.py --cxx g++ [--std c++17] [--root DIR]

Each inlined header of a snippet keeps its include guard, so the shared ones (point.hpp,
orient.hpp, ...) compile once however many snippets carry them. Two files are checked: all
snippets in name order and in reverse order (a header then arrives first from another
snippet), each followed by  int main() {}  and compiled with
    CXX -std=STD -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror -fsyntax-only
Prints one line per file and then  N passed, M failed ; exits 1 on any failure.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

FLAGS = ["-Wall", "-Wextra", "-Wpedantic", "-Wshadow", "-Wconversion", "-Werror",
         "-fsyntax-only"]


def snippet_files(folder):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".hpp")]
    return sorted(found, key=lambda p: os.path.relpath(p, folder))


def pasted(files):
    parts = []
    for p in files:
        with open(p, encoding="utf-8", errors="surrogateescape") as f:
            parts.append(f.read())
    return "\n".join(parts) + "\nint main() {}\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--cxx", default=os.environ.get("CXX") or "g++")
    p.add_argument("--std", default="c++17", choices=["c++17", "c++20"])
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    args = p.parse_args()
    files = snippet_files(os.path.join(os.path.abspath(args.root), "snippets"))
    passed = failed = 0
    if len(files) < 2:
        print("FAIL fewer than two snippets/**/*.hpp: run  python3 snippets/bundle.py")
        return 1
    with tempfile.TemporaryDirectory(prefix="cpgeo-paste-") as tmp:
        for order, names in [("name order", files), ("reverse order", files[::-1])]:
            path = os.path.join(tmp, f"pasted_{order.split()[0]}.cpp")
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(pasted(names))
            cmd = shlex.split(args.cxx) + [f"-std={args.std}", *FLAGS, path]
            built = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
            ok = built.returncode == 0
            passed, failed = passed + ok, failed + (not ok)
            what = f"{len(names)} snippets pasted into one file, {order}"
            if ok:
                print(f"PASS {args.cxx} -std={args.std}: {what}")
            else:
                print(f"FAIL {args.cxx} -std={args.std}: {what}: {shlex.join(cmd)}\n"
                      f"{built.stderr.rstrip()[:4000]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
