#!/usr/bin/env python3
"""The generated status block of each header page docs/<path>.md (geometry/<path>.hpp).

  python3 tests/docs_status.py [--write]   rewrite every page's block in place
  python3 tests/docs_status.py --check     exit 1 listing each page whose block is stale or missing
  --exclude docs/X.md ...                  leave these pages alone (in both modes)
  --self-test                              first prove, on a temporary fake library, that a stale
                                           and a missing block fail the check
  --root DIR                               the repository (default: the one holding this script)

The block sits between the lines <!-- status:begin --> and <!-- status:end --> right under the
page's H1 title (write mode inserts it there when a page has none). It gives the header and
snippet paths, the status, and:
  Depends on    the cpgeo headers the header includes directly (linked to their pages) and the
                size of its dependency closure (the bundler's: snippets/bundle.py),
  Required by   the headers that include it directly,
  Verified with the judge programs (tests/problems/*.cpp) that include it, directly or
                through which headers; the unit tests (tests/unit), property tests
                (tests/property) and benchmarks (tests/bench) that include it directly, or
                when none does, those that reach it through other headers.
Status: "judged" (a judge program includes it directly), "judged indirectly" (only through
another header), "property-tested only" (no judge program; a property test reaches it), else
"unit-tested only". Includes are parsed by the bundler (its Library: include lines, the search
path, the dependency closure); "input.hpp" beside the judge programs is not a cpgeo header.
Python 3 standard library only."""
import argparse
import importlib.util
import os
import pathlib
import posixpath
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
BEGIN, END = "<!-- status:begin -->", "<!-- status:end -->"
KINDS = [("problems", "judge programs"), ("unit", "unit tests"),
         ("property", "property tests"), ("bench", "benchmarks")]


def load_bundler(root):
    spec = importlib.util.spec_from_file_location("cpgeo_bundle", root / "snippets" / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Graph:
    """Who includes whom among the headers, and which test files include which headers."""

    def __init__(self, root, bundle):
        self.root, self.bundle = root, bundle
        self.lib = bundle.Library(str(root), include_dirs=[str(root / "tests" / "support")])
        self.headers = sorted(self.name(p) for p in self.lib.headers())  # paths below geometry/
        self.deps = {h: self.includes(root / "geometry" / h) for h in self.headers}
        self.closure = {h: [self.name(s.path) for s in self.lib.closure(
            str(root / "geometry" / h), set(), [])][:-1] for h in self.headers}
        self.tests = {}  # kind -> {file name: headers it includes directly}
        for kind, _ in KINDS:
            folder = root / "tests" / kind
            self.tests[kind] = {p.name: self.includes(p) for p in sorted(folder.glob("*.cpp"))}

    def name(self, path):
        return self.lib.snippet_name(os.path.abspath(path))

    def includes(self, path):
        """The cpgeo headers a file includes directly, in its order, each once."""
        try:
            src = self.lib.load(str(path))
        except self.bundle.BundleError as e:
            sys.exit(f"tests/docs_status.py: {e}")
        found = [self.name(t) for _, t in src.local_includes() if self.lib.is_cpgeo(t)]
        return list(dict.fromkeys(found))

    def users(self, kind, h):
        """[(file, via)] of the kind's files reaching h: via is [] when the file includes h
        itself, else the headers it includes whose closure holds h."""
        out = []
        for f, inc in self.tests[kind].items():
            via = [d for d in inc if h in self.closure[d]]
            if h in inc or via:
                out.append((f, [] if h in inc else via))
        return out


def page_of(h):
    return "docs/" + h[:-len(".hpp")] + ".md"


def link(frm, to):
    """A relative link from page `frm` (repository path) to repository path `to`."""
    return posixpath.relpath(to, posixpath.dirname(frm))


def status(g, h):
    judged = g.users("problems", h)
    if any(not via for _, via in judged):
        return "judged"
    if judged:
        return "judged indirectly"
    return "property-tested only" if g.users("property", h) else "unit-tested only"


def block(g, h):
    """The generated block of header h (between and including the markers)."""
    page = page_of(h)
    hdr = "geometry/" + h

    def hlink(d):
        return f"[{d}]({link(page, page_of(d))})"

    def flink(kind, f):
        shown = f[:-len(".cpp")] if kind == "problems" else f
        return f"[{shown}]({link(page, f'tests/{kind}/{f}')})"

    deps = ", ".join(hlink(d) for d in g.deps[h]) or "nothing from cpgeo"
    n = len(g.closure[h])
    if n > len(g.deps[h]):
        deps += f" ({n} headers in all, with what they include)"
    req = [u for u in g.headers if h in g.deps[u]]
    lines = [BEGIN,
             f"[`{hdr}`]({link(page, hdr)}) · snippet `snippets/{h}` · "
             f"status: **{status(g, h)}**", "",
             f"- **Depends on:** {deps}",
             f"- **Required by:** {', '.join(hlink(u) for u in req) or 'no other header'}",
             "- **Verified with:**"]
    for kind, title in KINDS:
        users = g.users(kind, h)
        if kind != "problems" and any(not via for _, via in users):
            users = [(f, via) for f, via in users if not via]  # the direct ones suffice
        direct = [flink(kind, f) for f, via in users if not via]
        through = [f"{flink(kind, f)} (via {', '.join(via)})" for f, via in users if via]
        parts = []
        if direct:
            parts.append(("directly: " if through else "") + ", ".join(direct))
        if through:
            parts.append("through other headers: " + ", ".join(through))
        lines.append(f"    - {title}: {'; '.join(parts) or 'none'}")
    return "\n".join(lines + [END])


def rewrite(text, new_block):
    """The page with its block replaced by new_block, or inserted under the H1 when absent;
    None if the page has no H1 first line or broken markers."""
    lines = text.split("\n")
    if BEGIN in lines or END in lines:
        if lines.count(BEGIN) != 1 or lines.count(END) != 1:
            return None
        a, b = lines.index(BEGIN), lines.index(END)
        if b < a:
            return None
        return "\n".join(lines[:a] + [new_block] + lines[b + 1:])
    if not lines or not lines[0].startswith("# "):
        return None
    rest = lines[1:]
    while rest and not rest[0].strip():
        rest.pop(0)
    return "\n".join([lines[0], "", new_block, ""] + rest)


def has_block(text):
    lines = text.split("\n")
    return lines.count(BEGIN) == 1 and lines.count(END) == 1


def run(root, check, exclude=(), verbose=True):
    """Write or check every header page under root; returns the problems found."""
    g = Graph(root, load_bundler(root))
    excluded = {posixpath.normpath(e) for e in exclude}
    problems = []
    for h in g.headers:
        page = page_of(h)
        if page in excluded:
            continue
        path = root / page
        if not path.is_file():
            problems.append(f"{page}: missing page for geometry/{h}")
            continue
        text = path.read_text(encoding="utf-8")
        new = rewrite(text, block(g, h))
        if new is None:
            problems.append(f"{page}: no H1 first line, or broken {BEGIN} / {END} markers")
        elif check and not has_block(text):
            problems.append(f"{page}: status block missing (run python3 tests/docs_status.py)")
        elif check and new != text:
            problems.append(f"{page}: status block stale (run python3 tests/docs_status.py)")
        elif not check and new != text:
            path.write_text(new, encoding="utf-8")
            if verbose:
                print(f"{page}: status block written")
    return problems


def md(name):
    """The page of a fake header (a function: docs_check.py reads literal page names)."""
    return f"docs/{name}.md"


def self_test():
    """A fake library: b.hpp includes a.hpp, c.hpp stands alone; a judge program includes
    b.hpp and input.hpp, a property test c.hpp. Write, then check (clean), then a stale and a
    missing block must fail; the statuses come out right."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for d in ("geometry", "snippets", "docs", "tests/problems", "tests/unit",
                  "tests/property", "tests/bench", "tests/support"):
            (root / d).mkdir(parents=True)
        bundler = (HERE.parent / "snippets" / "bundle.py").read_text(encoding="utf-8")
        (root / "snippets" / "bundle.py").write_text(bundler, encoding="utf-8")
        files = {
            "geometry/a.hpp": "#pragma once\n#include <vector>\n",
            "geometry/b.hpp": '#pragma once\n#include "a.hpp"\n',
            "geometry/c.hpp": "#pragma once\n",
            "tests/problems/input.hpp": "#pragma once\n#include <cstdio>\n",
            "tests/problems/P.cpp": '#include "geometry/b.hpp"\n#include "input.hpp"\n',
            "tests/unit/a_test.cpp": '#include <gtest/gtest.h>\n#include "geometry/a.hpp"\n',
            "tests/property/c_prop.cpp": '#include "property.hpp"\n#include "geometry/c.hpp"\n',
            "tests/support/property.hpp": "#pragma once\n",
        }
        for name in "abc":
            files[f"docs/{name}.md"] = f"# {name}.hpp\n\nhand-written text\n"
        for f, t in files.items():
            (root / f).write_text(t, encoding="utf-8")
        missing = "status block missing (run python3 tests/docs_status.py)"
        got = run(root, check=True)
        assert got == [f"{md(n)}: {missing}" for n in "abc"], got
        assert run(root, check=False, verbose=False) == [], "write mode failed"
        assert run(root, check=True) == [], "the written pages fail the check"
        a = (root / md("a")).read_text(encoding="utf-8")
        assert a.startswith("# a.hpp\n\n" + BEGIN), a
        assert a.endswith(END + "\n\nhand-written text\n"), a
        for name, want in (("a", "judged indirectly"), ("b", "judged"),
                           ("c", "property-tested only")):
            text = (root / md(name)).read_text(encoding="utf-8")
            assert f"status: **{want}**" in text, f"{name}.hpp is not {want}:\n{text}"
        assert "[P](../tests/problems/P.cpp) (via b.hpp)" in a and "input" not in a, a
        assert f"[b.hpp]({md('b')[5:]})" in a, a
        assert "[a_test.cpp](../tests/unit/a_test.cpp)" in a, a
        # stale: a hand edit inside the block; and a new include the block does not know of
        b = root / md("b")
        b.write_text(b.read_text(encoding="utf-8").replace("judged", "judged!"), encoding="utf-8")
        (root / "tests/unit/c_test.cpp").write_text('#include "geometry/c.hpp"\n', encoding="utf-8")
        got = run(root, check=True)
        want = [f"{md(n)}: status block stale (run python3 tests/docs_status.py)" for n in "bc"]
        assert got == want, got
        assert run(root, check=True, exclude=[md("b"), md("c")]) == []
        # missing: the markers removed (the page is otherwise what write mode would give)
        run(root, check=False, verbose=False)
        text = (root / md("c")).read_text(encoding="utf-8")
        (root / md("c")).write_text(text.replace(BEGIN + "\n", ""), encoding="utf-8")
        assert run(root, check=True) == [
            f"{md('c')}: no H1 first line, or broken {BEGIN} / {END} markers"]
        (root / md("c")).write_text("# c.hpp\n\nno block\n", encoding="utf-8")
        got = run(root, check=True)
        assert got == [f"{md('c')}: {missing}"], got
    print("self-test: ok")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the blocks (the default)")
    mode.add_argument("--check", action="store_true", help="fail on a stale or missing block")
    ap.add_argument("--exclude", nargs="+", default=[], metavar="PAGE",
                    help="pages to leave alone, e.g. docs/fenwick.md")
    ap.add_argument("--self-test", action="store_true", help="run the self-test first")
    ap.add_argument("--root", default=str(HERE.parent), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.self_test:
        self_test()
    problems = run(pathlib.Path(args.root).resolve(), args.check, args.exclude)
    for p in problems:
        print(p)
    if args.check:
        print(f"docs_status: {len(problems)} page(s) to fix" if problems else "docs_status: ok")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
