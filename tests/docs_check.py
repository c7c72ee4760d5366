#!/usr/bin/env python3
"""Every reference in the project points at something that exists.

Checks, over README.md, docs/, tests/ and geometry/ (snippets/ is generated from geometry/):
  - a Markdown link [text](target#anchor) in a .md file: the target file exists relative to
    the page, and the anchor is a heading of the target (GitHub's slug rule);
  - a file name ending in .md mentioned anywhere (comments, prose): some file of the project
    has that path or ends with it (a note kept outside the repository is not there for a reader);
  - "pitfall N": N is a numbered section of docs/pitfalls.md, and no other list is cited;
  - docs pages do not cite issue numbers (a reader cannot see the tracker).
Prints file:line: message for each problem and `N passed, M failed` (files); exit 1 on any.
`--self-test` runs the checker on built-in good and bad samples first."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
MD_NAME = re.compile(r"(?<![\w/.-])([\w./-]*\w\.md)\b")
PITFALL = re.compile(r"\bpitfalls? (\d+)")
FOREIGN_PITFALL = re.compile(r"\b[A-Z]{3,}(\.md)? pitfall")  # "NOTES pitfall 9": a list that is not ours
ISSUE = re.compile(r"\bissue #?\d+", re.I)
PLACEHOLDERS = {"X.md", "NAME.md"}  # "docs/X.md" in a description of the layout
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"`|\*\*|__", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    result, fence = set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        m = None if fence else HEADING.match(line)
        if m:
            result.add(slug(m.group(1)))
    return result


def pitfall_numbers(root):
    page = root / "docs" / "pitfalls.md"
    if not page.is_file():
        return set()
    return {int(m.group(1)) for m in re.finditer(r"^## (\d+)\.", page.read_text(encoding="utf-8"), re.M)}


def check_file(path, root, md_files, pitfalls):
    problems = []
    rel = path.relative_to(root).as_posix()
    is_md = path.suffix == ".md"
    fence = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{rel}:{number}"
        if is_md and line.lstrip().startswith("```"):
            fence = not fence
        if is_md and not fence:
            for target in LINK.findall(line):
                if re.match(r"[a-z]+:", target):
                    continue  # http:, https:, mailto:
                file_part, _, anchor = target.partition("#")
                dest = (path.parent / file_part).resolve() if file_part else path
                if not dest.exists():
                    problems.append(f"{where}: link to {file_part}, which does not exist")
                elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                    problems.append(f"{where}: link to {target}: no such heading in {dest.name}")
        for name in MD_NAME.findall(LINK.sub("", line) if is_md else line):
            if re.search(r"(^|/)[A-Z]+\.md$", name) and name.split("/")[-1] in PLACEHOLDERS:
                continue
            if not any(f == name or f.endswith("/" + name) for f in md_files):
                problems.append(f"{where}: mentions {name}, which is not a file of the project")
        if FOREIGN_PITFALL.search(line):
            problems.append(f"{where}: cites a pitfall list other than docs/pitfalls.md")
        for n in PITFALL.findall(line):
            if int(n) not in pitfalls:
                problems.append(f"{where}: pitfall {n} is not a section of docs/pitfalls.md")
        if rel.startswith("docs/") and ISSUE.search(line):
            problems.append(f"{where}: cites an issue number, which a reader cannot see")
    return problems


def scanned_files(root):
    for pattern in ("README.md", "docs/**/*.md", "geometry/**/*.hpp", "tests/**/*.md", "tests/**/*.cpp",
                    "tests/**/*.hpp", "tests/**/*.py", "snippets/*.py"):
        for path in sorted(root.glob(pattern)):
            if "fixtures" not in path.parts and path.name != "docs_check.py":
                yield path


def run(root):
    md_files = [p.relative_to(root).as_posix() for p in root.rglob("*.md") if "build" not in p.parts]
    pitfalls = pitfall_numbers(root)
    passed = failed = 0
    for path in scanned_files(root):
        problems = check_file(path, root, md_files, pitfalls)
        for p in problems:
            print(p)
        failed += bool(problems)
        passed += not problems
    return passed, failed


def self_test():
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "docs").mkdir()
        (root / "docs" / "pitfalls.md").write_text("# P\n\n## 1. One\n\n## 2. Two\n")
        (root / "docs" / "a.md").write_text("# A page\n\n## The `x` part\n")
        good = ("See [a](a.md), [part](a.md#the-x-part), [p](pitfalls.md#1-one), pitfall 2, docs/a.md.\n"
                "```\n[not a link](nowhere.md#x)\n```\n")
        bad = ["[b](b.md)", "[a](a.md#missing)", "NOTES.md pitfall 3", "pitfall 7", "see issue 4", "NOTES pitfall 1"]
        (root / "docs" / "good.md").write_text("# Good\n\n" + good)
        (root / "docs" / "bad.md").write_text("# Bad\n\n" + "\n".join(bad) + "\n")
        md = [p.relative_to(root).as_posix() for p in root.rglob("*.md")]
        pit = pitfall_numbers(root)
        assert check_file(root / "docs" / "good.md", root, md, pit) == [], "good sample flagged"
        got = check_file(root / "docs" / "bad.md", root, md, pit)
        lines = sorted({int(p.split(":")[1]) for p in got})
        assert lines == [3, 4, 5, 6, 7, 8], f"bad sample: flagged lines {lines}, expected 3..8: {got}"
    print("self-test: ok")


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        self_test()
    passed, failed = run(ROOT)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
