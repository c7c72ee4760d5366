#!/usr/bin/env python3
"""A header is the unit of everything (docs/architecture.md): for every geometry/**/*.hpp
check that it has its docs page, a row in the docs index, a snippet usage file and a unit
test that includes it. Prints one line per header and `N passed, M failed`."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
headers = sorted(p.relative_to(ROOT / "geometry").as_posix() for p in (ROOT / "geometry").rglob("*.hpp"))
index = (ROOT / "docs" / "README.md").read_text()
unit_text = "\n".join(p.read_text() for p in (ROOT / "tests" / "unit").glob("*.cpp"))

passed = failed = 0
for h in headers:
    stem = h[:-4]
    problems = []
    if not (ROOT / "docs" / f"{stem}.md").is_file():
        problems.append(f"no docs/{stem}.md")
    if f"({stem}.md)" not in index:
        problems.append("no row in docs/README.md")
    if not (ROOT / "tests" / "snippets" / "use" / f"{stem}.cpp").is_file():
        problems.append(f"no tests/snippets/use/{stem}.cpp")
    if not re.search(r'#include [<"]geometry/' + re.escape(h) + r'[>"]', unit_text):
        problems.append("no tests/unit/*.cpp includes it")
    if problems:
        failed += 1
        print(f"FAIL geometry/{h}: " + "; ".join(problems))
    else:
        passed += 1
        print(f"ok   geometry/{h}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
