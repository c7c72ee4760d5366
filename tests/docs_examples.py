#!/usr/bin/env python3
"""Every C++ example on a docs page compiles, and every program prints what the page shows.

The convention (docs/architecture.md, "The doc page"), for each ```cpp block of docs/**/*.md:

- A *program* is a block that defines `int main(`. It is compiled as it stands with
    g++ -std=c++17 -O1 -Wall -Wextra -Werror -I<repository root>
  and run (stdin empty, exit status 0 within 10 s). It must be followed by its output: the
  next non-blank line after the block starts with "Output" and ends with ":" ("Output:",
  "Output (any order):"), and the next non-blank line after that opens a fence (```text or
  ```). The program's stdout must equal that block's text line by line, trailing whitespace
  and trailing blank lines ignored. A program without an output block fails: an output the
  page does not show is a claim nobody checks.
- A *fragment* is any other ```cpp block. The line before its fence (blank lines between
  allowed) must mark it: `<!-- fragment -->`, or `<!-- fragment: CONTEXT -->` where CONTEXT
  is one line of C++ declaring what the fragment assumes. It is compiled with -fsyntax-only
  (the same flags, plus -Wno-unused: a fragment's results go nowhere) as
      #include "geometry/<page path>.hpp"      (when that header exists)
      the lines of CONTEXT and of the fragment that start with '#', in order
      int main() { CONTEXT  the other lines of the fragment }
  An unmarked fragment fails, and so does a fragment followed by an output block (it
  cannot be run, so its output could not be checked).
- C++ in a fence spelled ```c++, ```cc, ```cxx or ```C++ fails: use ```cpp, so no block
  escapes the check.

Diagnostics point into the page (#line): `docs/<page>.md:LINE: message`; exit 1 on any failure.

Usage: docs_examples.py [--cxx g++] [--jobs 2] [PAGES...]     (default: docs/**/*.md)
       docs_examples.py --self-test   (pages written to a temporary folder: a right
         program and a marked fragment pass; a wrong output, a compile error, a run-time
         failure, an unmarked fragment, a program without output and a misspelled fence
         each fail, reported at the right line)
"""
import concurrent.futures
import difflib
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FLAGS = ["-std=c++17", "-O1", "-Wall", "-Wextra", "-Werror"]
FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([^\s`]*)(.*)$")
MAIN = re.compile(r"\bint\s+main\s*\(")
MARK = re.compile(r"^\s*<!--\s*fragment(?::(.*?))?\s*-->\s*$")
OUTPUT = re.compile(r"^\s*Output\b.*:\s*$")
OTHER_CXX = {"c++", "cc", "cxx", "cplusplus"}
RUN_TIMEOUT = 10


class Block:
    def __init__(self, page, line, code):
        self.page, self.line, self.code = page, line, code  # line: the ```cpp line
        self.kind = "program" if MAIN.search(code) else "fragment"
        self.context = None  # (line, text) of a fragment's marker
        self.output = None  # (line of the first output line, text)


def fences(lines):
    """[(open line index, info, close line index)] of the page's fenced blocks."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        tick, info = m.group(1), m.group(2).lower()
        j = i + 1
        while j < len(lines):
            c = FENCE.match(lines[j])
            if c and c.group(1)[0] == tick[0] and len(c.group(1)) >= len(tick) and not c.group(2):
                break
            j += 1
        out.append((i, info, j))
        i = j + 1
    return out


def next_nonblank(lines, i):
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def parse(page, text):
    """(blocks, errors): the page's ```cpp blocks, and [(line, message)] found by reading."""
    lines = text.splitlines()
    blocks, errors = [], []
    fs = fences(lines)
    starts = {o: (info, c) for o, info, c in fs}
    for o, info, c in fs:
        if info in OTHER_CXX:
            errors.append((o + 1, f"C++ in a ```{info} fence: write ```cpp so the example is checked"))
            continue
        if info != "cpp":
            continue
        b = Block(page, o + 1, "\n".join(lines[o + 1:c]) + "\n")
        prev = o - 1
        while prev >= 0 and not lines[prev].strip():
            prev -= 1
        mark = MARK.match(lines[prev]) if prev >= 0 else None
        k = next_nonblank(lines, c + 1)
        has_output = k < len(lines) and OUTPUT.match(lines[k])
        if has_output:
            f = next_nonblank(lines, k + 1)
            if f in starts and starts[f][0] in ("", "text"):
                body = lines[f + 1:starts[f][1]]
                b.output = (f + 2, "\n".join(body))
            else:
                errors.append((k + 1, "'Output:' is not followed by a ```text block"))
                continue
        if b.kind == "program":
            if mark:
                errors.append((prev + 1, "a program (it has main) is marked as a fragment"))
            elif not b.output:
                errors.append((b.line, "program shows no output: add 'Output:' and a ```text "
                                       "block after it (a program that prints nothing is no example)"))
            else:
                blocks.append(b)
        else:
            if not mark:
                errors.append((b.line, "fragment (no main) is not marked: put <!-- fragment --> "
                                       "or <!-- fragment: CONTEXT --> before it, or make it a program"))
            elif b.output:
                errors.append((b.output[0] - 1, "a fragment cannot show output: make it a program"))
            else:
                b.context = (prev + 1, (mark.group(1) or "").strip())
                blocks.append(b)
    return blocks, errors


def source(b, base, root):
    """The translation unit of a block, with #line directives pointing into the page."""
    name = b.page.relative_to(base).as_posix()
    at = lambda n: f'#line {n} "{name}"\n'
    if b.kind == "program":
        return at(b.line + 1) + b.code
    head, body = [], []
    doc = b.page.relative_to(base / "docs") if (base / "docs") in b.page.parents else None
    header = doc and (root / "geometry" / doc.with_suffix(".hpp"))
    if header and header.is_file():
        head.append(f'#include "geometry/{doc.with_suffix(".hpp").as_posix()}"\n')
    ctx_line, ctx = b.context
    parts = [(ctx_line, ctx)] + [(b.line + 1 + i, l) for i, l in enumerate(b.code.splitlines())]
    for n, l in parts:
        (head if l.lstrip().startswith("#") else body).append(at(n) + l + "\n")
    return "".join(head) + "int main() {\n" + "".join(body) + "}\n"


def compare(b, got, base):
    """[(line, message)] when the program's stdout differs from the page's block."""
    first, shown = b.output
    want = [l.rstrip() for l in shown.splitlines()]
    have = [l.rstrip() for l in got.splitlines()]
    while want and not want[-1]:
        want.pop()
    while have and not have[-1]:
        have.pop()
    if want == have:
        return []
    i = next((i for i, (w, h) in enumerate(zip(want, have)) if w != h), min(len(want), len(have)))
    diff = "\n".join(difflib.unified_diff(want, have, "page", "program", lineterm=""))
    return [(first + i, f"output differs from the page (first at this line):\n{diff}")]


def check(b, base, root, cxx, tmp, i):
    """[(line, message)] for one block."""
    tu = pathlib.Path(tmp) / f"ex{i}.cpp"
    exe = pathlib.Path(tmp) / f"ex{i}"
    tu.write_text(source(b, base, root))
    flags = FLAGS + [f"-I{root}"]
    if b.kind == "fragment":
        cmd = [cxx, *flags, "-Wno-unused", "-fsyntax-only", str(tu)]
    else:
        cmd = [cxx, *flags, str(tu), "-o", str(exe)]
    env = dict(os.environ, LC_ALL="C")
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=base)
    if r.returncode != 0 or r.stderr.strip():
        what = "fragment" if b.kind == "fragment" else "program"
        return [(b.line, f"{what} does not compile ({cxx} {' '.join(flags[:-1])}"
                         f"{' -Wno-unused -fsyntax-only' if b.kind == 'fragment' else ''}):\n"
                         + (r.stdout + r.stderr).rstrip())]
    if b.kind == "fragment":
        return []
    try:
        r = subprocess.run([str(exe)], capture_output=True, text=True, cwd=tmp,
                           stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [(b.line, f"program did not finish in {RUN_TIMEOUT} s")]
    if r.returncode != 0:
        return [(b.line, f"program exited with status {r.returncode}:\n{r.stderr.rstrip()}")]
    return compare(b, r.stdout, base)


def run(pages, base, root, cxx, jobs):
    """(failures [(page, line, message)], programs, fragments)."""
    failures, blocks = [], []
    for p in pages:
        bl, errs = parse(p, p.read_text())
        blocks += bl
        failures += [(p, line, msg) for line, msg in errs]
    with tempfile.TemporaryDirectory(prefix="docs_examples.") as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(lambda ib: check(ib[1], base, root, cxx, tmp, ib[0]), enumerate(blocks))
            for b, res in zip(blocks, results):
                failures += [(b.page, line, msg) for line, msg in res]
    programs = sum(b.kind == "program" for b in blocks)
    return sorted(failures, key=lambda f: (str(f[0]), f[1])), programs, len(blocks) - programs


def report(failures, base):
    for page, line, msg in failures:
        print(f"{page.relative_to(base).as_posix()}:{line}: {msg}")


SELF_GOOD = """# good

```cpp
#include <cstdio>
int main() { std::printf("1 2  \\n\\n"); }
```

Output (trailing spaces and blank lines ignored):

```text
1 2
```

<!-- fragment: #include <vector> -->

```cpp
std::vector<int> v{1, 2};
v.push_back(3);
```

Not C++:

```sh
echo int main
```
"""

SELF_POINT = """<!-- fragment: geo::Point<long long> p(3, 4); -->
```cpp
long long n = p.norm2();  // the page's header is included
```
"""

MD = ".md"  # the sample pages' names are built, so the reference check does not look for them

# Each failing case: the page, and the line that must be reported with a word of its message.
SELF_BAD = {
    "wrong_output": ("""# x

```cpp
#include <cstdio>
int main() { std::printf("1\\n2\\n"); }
```

Output:

```text
1
3
```
""", 12, "output differs"),
    "compile_error": ("""```cpp
#include <cstdio>
int main() { undeclared(); }
```

Output:

```text
```
""", 1, "does not compile"),
    "warning": ("""```cpp
int main() { int unused = 1; }
```

Output:

```
```
""", 1, "does not compile"),
    "bad_fragment": ("""<!-- fragment -->
```cpp
int x = ;
```
""", 2, "does not compile"),
    "unmarked_fragment": ("""## Example

```cpp
auto h = geo::convex_hull(pts);
```
""", 3, "not marked"),
    "no_output": ("""```cpp
int main() {}
```
""", 1, "shows no output"),
    "crash": ("""```cpp
#include <cstdlib>
int main() { std::abort(); }
```

Output:

```text
```
""", 1, "exited with status"),
    "fragment_output": ("""<!-- fragment -->
```cpp
int x = 1;
```

Output:

```text
1
```
""", 8, "cannot show output"),
    "other_fence": ("""```c++
int main() {}
```
""", 1, "```cpp"),
}


def self_test(cxx, jobs):
    ok = True
    with tempfile.TemporaryDirectory(prefix="docs_examples_self.") as tmp:
        base = pathlib.Path(tmp)
        (base / "docs").mkdir()
        good = [base / "docs" / ("good" + MD), base / "docs" / ("point" + MD)]  # point: a header
        good[0].write_text(SELF_GOOD)
        good[1].write_text(SELF_POINT)
        failures, programs, fragments = run(good, base, ROOT, cxx, jobs)
        right = not failures and (programs, fragments) == (1, 2)
        print(f"{'ok  ' if right else 'FAIL'} right program and marked fragments pass "
              f"({programs} program, {fragments} fragments)")
        report(failures, base)
        ok = ok and right
        pages = []
        for name, (text, _, _) in SELF_BAD.items():
            pages.append(base / "docs" / (name + MD))
            pages[-1].write_text(text)
        failures, _, _ = run(pages, base, ROOT, cxx, jobs)
        for name, (_, line, word) in SELF_BAD.items():
            got = [(l, m) for p, l, m in failures if p.stem == name]
            right = len(got) == 1 and got[0][0] == line and word in got[0][1]
            ok = ok and right
            print(f"{'ok  ' if right else 'FAIL'} docs/{name + MD}: expected one failure at line "
                  f"{line} ({word!r}), got {[(l, m.splitlines()[0]) for l, m in got]}")
    return 0 if ok else 1


def main(argv):
    cxx, jobs, pages, test = "g++", min(2, os.cpu_count() or 1), [], False
    it = iter(argv)
    for a in it:
        if a == "--cxx":
            cxx = next(it)
        elif a == "--jobs":
            jobs = int(next(it))
        elif a == "--self-test":
            test = True
        else:
            pages.append(pathlib.Path(a).resolve())
    if test:
        return self_test(cxx, jobs)
    t0 = time.time()
    pages = pages or sorted((ROOT / "docs").rglob("*.md"))
    failures, programs, fragments = run(pages, ROOT, ROOT, cxx, jobs)
    report(failures, ROOT)
    print(f"docs_examples: {len(pages)} pages, {programs} programs run, {fragments} fragments "
          f"compiled, {len(failures)} failure(s), {time.time() - t0:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
