#!/usr/bin/env python3
"""Check every snippet's hash three ways.

    python3 tests/snippets/hash_check.py [--root DIR]

For each snippets/<path>.hpp: the hash written in its first line, the bundler's
code_hash of the file, and the shell one-liner printed in that line (GCC's cpp, tr,
md5sum) must be the same 6 hex digits. Prints one line per snippet and then
N passed, M failed ; exits 1 on any failure.
"""
import argparse
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys

FIRST_LINE = re.compile(r"^// cpgeo (\S+), hash ([0-9a-f]{6}); check: (.*FILE.*)$")


def load_bundler():
    """snippets/bundle.py of the repository this script is in."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    spec = importlib.util.spec_from_file_location("cpgeo_bundle",
                                                  os.path.join(repo, "snippets", "bundle.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(bundle, root, name):
    path = os.path.join(root, "snippets", name)
    text = bundle.read_source(path)
    m = FIRST_LINE.match(text.split("\n", 1)[0])
    if not m:
        return False, "first line is not  // cpgeo NAME, hash XXXXXX; check: COMMAND"
    if m.group(1) != name:
        return False, f"first line names {m.group(1)}"
    if m.group(3) != bundle.HASH_COMMAND:
        return False, f"first line's command differs from {bundle.HASH_COMMAND!r}"
    written, computed = m.group(2), bundle.code_hash(text)
    shell = subprocess.run(["bash", "-c", m.group(3).replace("FILE", shlex.quote(path))],
                           capture_output=True, text=True)
    one_liner = shell.stdout.strip()
    if len({written, computed, one_liner}) != 1:
        return False, f"first line {written}, bundle.py {computed}, one-liner {one_liner!r}"
    return True, written


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    root = os.path.abspath(p.parse_args().root)
    bundle = load_bundler()
    names = sorted(n for n in bundle.Library(root).existing_snippets())
    passed = failed = 0
    missing = [tool for tool in ["cpp", "md5sum", "tr", "cut", "bash"] if not shutil.which(tool)]
    if missing:
        print(f"FAIL missing tools: {' '.join(missing)} (apt-get install cpp coreutils)")
        failed += 1
    else:
        for name in names:
            ok, message = check(bundle, root, name)
            passed, failed = passed + ok, failed + (not ok)
            print(f"{'PASS' if ok else 'FAIL'} snippets/{name}: {message}")
    if not names:
        failed += 1
        print("FAIL no snippets/**/*.hpp found: run  python3 snippets/bundle.py")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
