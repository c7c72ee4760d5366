#!/usr/bin/env python3
"""A header is the unit of everything (docs/architecture.md): for every geometry/**/*.hpp
check that it has its docs page, a row in the docs index, a snippet usage file and a unit
test that includes it, and that its leading comment has the one shape every header shares:
a first line `// <path>: summary`, then lines starting `// Time:`, `// Precision:`,
`// Degenerate:`, `// Source:` and `// Tests:`, in that order. Prints one line per header and `N passed, M failed`."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
headers = sorted(p.relative_to(ROOT / "geometry").as_posix() for p in (ROOT / "geometry").rglob("*.hpp"))
index = (ROOT / "docs" / "README.md").read_text()
unit_text = "\n".join(p.read_text() for p in (ROOT / "tests" / "unit").glob("*.cpp"))

FIELDS = ["Time", "Precision", "Degenerate", "Source", "Tests"]
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
    text = (ROOT / "geometry" / h).read_text()
    head = text[:max(text.find("#pragma once"), 0)]
    if not head.startswith(f"// {h}: "):
        problems.append(f"comment does not start with '// {h}: '")
    at = [m.start() for f in FIELDS for m in [re.search(rf"^// {f}:", head, re.M)] if m]
    missing = [f for f in FIELDS if not re.search(rf"^// {f}:", head, re.M)]
    if missing:
        problems.append("comment lacks the field(s) " + ", ".join(f"'// {f}:'" for f in missing))
    elif at != sorted(at):
        problems.append("comment fields out of order (Time, Precision, Degenerate, Source, Tests)")
    if problems:
        failed += 1
        print(f"FAIL geometry/{h}: " + "; ".join(problems))
    else:
        passed += 1
        print(f"ok   geometry/{h}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
