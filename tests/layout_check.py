#!/usr/bin/env python3
"""A header is the unit of everything (docs/architecture.md): for every geometry/**/*.hpp
check that it has its docs page, a row in the docs index, a snippet usage file and its unit
test file named by the rule (geometry/hull/minkowski.hpp -> tests/unit/hull_minkowski_test.cpp)
that includes it, and that its leading comment has the one shape every header shares:
a first line `// <path>: summary`, then lines starting `// Time:`, `// Precision:`,
`// Degenerate:`, `// Source:` and `// Tests:`, in that order. Prints one line per header and
`N passed, M failed`. `--self-test` runs the checks on built-in good and bad samples first."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIELDS = ["Time", "Precision", "Degenerate", "Source", "Tests"]
# Headers whose unit tests still live in another header's file, while their owners move
# them; each still needs a unit test that includes it. Drop an entry when its file exists.
PENDING: set = set()  # every header has its own unit file


def unit_file(h):
    """The unit test file of header h (a path under geometry/): '/' -> '_', then _test.cpp."""
    return "tests/unit/" + h[:-4].replace("/", "_") + "_test.cpp"


def includes(text, h):
    return re.search(r'#include [<"]geometry/' + re.escape(h) + r'[>"]', text) is not None


def check_header(root, h, index, unit_text):
    stem = h[:-4]
    problems = []
    if not (root / "docs" / f"{stem}.md").is_file():
        problems.append(f"no docs/{stem}.md")
    if f"({stem}.md)" not in index:
        problems.append("no row in docs/README.md")
    if not (root / "tests" / "snippets" / "use" / f"{stem}.cpp").is_file():
        problems.append(f"no tests/snippets/use/{stem}.cpp")
    unit = root / unit_file(h)
    if unit.is_file():
        if not includes(unit.read_text(), h):
            problems.append(f"{unit_file(h)} does not include geometry/{h}")
    elif h not in PENDING:
        problems.append(f"no {unit_file(h)} (its unit tests, in the file named after it)")
    elif not includes(unit_text, h):
        problems.append("no tests/unit/*.cpp includes it")
    text = (root / "geometry" / h).read_text()
    head = text[:max(text.find("#pragma once"), 0)]
    if not head.startswith(f"// {h}: "):
        problems.append(f"comment does not start with '// {h}: '")
    at = [m.start() for f in FIELDS for m in [re.search(rf"^// {f}:", head, re.M)] if m]
    missing = [f for f in FIELDS if not re.search(rf"^// {f}:", head, re.M)]
    if missing:
        problems.append("comment lacks the field(s) " + ", ".join(f"'// {f}:'" for f in missing))
    elif at != sorted(at):
        problems.append("comment fields out of order (Time, Precision, Degenerate, Source, Tests)")
    return problems


def run(root, quiet=False):
    headers = sorted(p.relative_to(root / "geometry").as_posix() for p in (root / "geometry").rglob("*.hpp"))
    index = (root / "docs" / "README.md").read_text()
    unit_text = "\n".join(p.read_text() for p in (root / "tests" / "unit").glob("*.cpp"))
    result = {}
    for h in headers:
        result[h] = check_header(root, h, index, unit_text)
        if not quiet:
            print(f"FAIL geometry/{h}: " + "; ".join(result[h]) if result[h] else f"ok   geometry/{h}")
    return result


def self_test():
    import tempfile
    global PENDING
    saved, PENDING = PENDING, {"circle/relation.hpp"}  # the samples' own pending header
    comment = "// Time: O(1).\n// Precision: exact.\n// Degenerate: none.\n// Source: -.\n// Tests: unit.\n#pragma once\n"
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for d in ["geometry/hull", "docs/hull", "tests/snippets/use/hull", "tests/unit"]:
            (root / d).mkdir(parents=True)
        names = ["hull/good.hpp", "hull/bad.hpp", "hull/other.hpp", "hull/elsewhere.hpp", "circle/relation.hpp"]
        (root / "geometry" / "circle").mkdir()
        (root / "docs" / "circle").mkdir()
        (root / "tests" / "snippets" / "use" / "circle").mkdir()
        for h in names:
            (root / "geometry" / h).write_text(f"// {h}: a sample.\n" + comment)
            (root / "docs" / h.replace(".hpp", ".md")).write_text("# sample\n")
            (root / "tests" / "snippets" / "use" / h.replace(".hpp", ".cpp")).write_text("int main() {}\n")
        (root / "docs" / "README.md").write_text("".join(f"[{h}]({h[:-4]}.md)\n" for h in names))
        unit = root / "tests" / "unit"
        (unit / "hull_good_test.cpp").write_text('#include "geometry/hull/good.hpp"\n')
        (unit / "hull_bad_test.cpp").write_text('#include "geometry/hull/good.hpp"\n')  # not its own header
        # hull/other.hpp: its tests in another header's file only; circle/relation.hpp: pending
        (unit / "hull_mixed_test.cpp").write_text(
            '#include "geometry/hull/other.hpp"\n#include "geometry/circle/relation.hpp"\n')
        got = run(root, quiet=True)
        assert got["hull/good.hpp"] == [], got["hull/good.hpp"]
        assert got["hull/bad.hpp"] == ["tests/unit/hull_bad_test.cpp does not include geometry/hull/bad.hpp"], got
        assert got["hull/other.hpp"] == ["no tests/unit/hull_other_test.cpp (its unit tests, in the file named after it)"], got
        assert got["circle/relation.hpp"] == [], got  # pending: a unit test including it suffices
        assert got["hull/elsewhere.hpp"] == ["no tests/unit/hull_elsewhere_test.cpp (its unit tests, in the file named after it)"], got
        (unit / "hull_mixed_test.cpp").write_text('#include "geometry/hull/other.hpp"\n')
        assert run(root, quiet=True)["circle/relation.hpp"] == ["no tests/unit/*.cpp includes it"]
    PENDING = saved
    print("self-test: ok")


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        self_test()
    result = run(ROOT)
    failed = sum(1 for p in result.values() if p)
    print(f"{len(result) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
