#!/usr/bin/env python3
"""The editor snippets, snippets/cpgeo.code-snippets (VS Code), written by snippets/bundle.py:

  python3 tests/snippets/code_snippets_check.py [--cxx g++]

Fails (exit 1, one line per problem) unless the file is valid JSON; every entry has a string
prefix, a string description and a body of strings; the prefixes are unique; every header
geometry/X.hpp has its entry `cpgeo X.hpp` and its entry `cpgeo include X.hpp`; a body has
no `$` that VS Code would read as a tab stop or variable (each is escaped: \\$); and, with
VS Code's escapes undone (\\$ -> $, \\\\ -> \\, \\} -> }), each snippet body is its snippet
file snippets/X.hpp exactly (which snippet.compile.* compiles alone), all of them expanded
into one file with an empty main compile (CXX -std=c++17 -fsyntax-only -Wall -Wextra
-Werror), and so do the include bodies in one file with -I at the repository root.
Python 3 standard library and the compiler.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILE = os.path.join("snippets", "cpgeo.code-snippets")
FLAGS = ["-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Werror"]


def expand(line):
    """A body line as VS Code inserts it (no tab stop in it), or None if it has one."""
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == "\\" and line[i + 1:i + 2] in ("$", "\\", "}"):
            out.append(line[i + 1])
            i += 2
        elif c == "$":
            return None
        else:
            out.append(c)
            i += 1
    return "".join(out)


def headers(root):
    geometry = os.path.join(root, "geometry")
    return sorted(os.path.relpath(os.path.join(d, f), geometry).replace(os.sep, "/")
                  for d, _, fs in os.walk(geometry) for f in fs if f.endswith(".hpp"))


def compile_text(cxx, text, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as f:
        f.write(text)
    try:
        p = subprocess.run([cxx, *FLAGS, *extra, f.name], capture_output=True, text=True)
        return p.returncode == 0, p.stderr
    finally:
        os.unlink(f.name)


def problems(root, cxx):
    path = os.path.join(root, FILE)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{FILE}: not readable JSON ({e})"]
    out, seen = [], {}
    if not isinstance(data, dict):
        return [f"{FILE}: not a JSON object of snippets"]
    for key, e in data.items():
        if not (isinstance(e, dict) and isinstance(e.get("prefix"), str)
                and isinstance(e.get("description"), str) and isinstance(e.get("body"), list)
                and all(isinstance(t, str) for t in e["body"])):
            out.append(f"{key}: needs a string prefix and description and a list body")
            continue
        if e["prefix"] in seen:
            out.append(f"{key}: prefix {e['prefix']} is also {seen[e['prefix']]}'s")
        seen[e["prefix"]] = key
    snippets, includes = {}, []
    for h in headers(root):
        for key in (f"cpgeo {h}", f"cpgeo include {h}"):
            if key not in data:
                out.append(f"{FILE}: no entry {key!r}")
        entry = data.get(f"cpgeo {h}")
        if isinstance(entry, dict) and isinstance(entry.get("body"), list):
            lines = [expand(t) for t in entry["body"]]
            if None in lines:
                out.append(f"cpgeo {h}: an unescaped $ (VS Code would make it a tab stop)")
                continue
            text = "\n".join(lines) + "\n"
            try:
                with open(os.path.join(root, "snippets", h), encoding="utf-8") as f:
                    if f.read() != text:
                        out.append(f"cpgeo {h}: the body is not snippets/{h}")
            except OSError:
                out.append(f"cpgeo {h}: no snippets/{h} to compare with")
            snippets[h] = text
        inc = data.get(f"cpgeo include {h}")
        if isinstance(inc, dict) and isinstance(inc.get("body"), list):
            includes += [expand(t) or "" for t in inc["body"]]
            if includes[-1:] != [f'#include "geometry/{h}"']:
                out.append(f"cpgeo include {h}: the body is not #include \"geometry/{h}\"")
    # One file of every expanded body (each keeps its guards, so they paste together);
    # each body alone is its snippet file, which snippet.compile.* compiles alone.
    ok, err = compile_text(cxx, "".join(snippets.values()) + "int main() {}\n")
    if not ok:
        out.append(f"the expanded snippet bodies do not compile in one file:\n{err}")
    ok, err = compile_text(cxx, "\n".join(includes) + "\nint main() {}\n", ["-I", root])
    if not ok:
        out.append(f"the include bodies do not compile together:\n{err}")
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cxx", default="g++")
    p.add_argument("--root", default=ROOT)
    args = p.parse_args()
    found = problems(args.root, args.cxx)
    for line in found:
        print(f"FAIL {line}")
    n = len(headers(args.root))
    print(f"{FILE}: {n} headers, {2 * n} entries checked, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
