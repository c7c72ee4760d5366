#!/usr/bin/env python3
"""eps is a LENGTH (docs/eps.md 1): sgn/cmp must never be applied to a product (a cross or
dot product, a squared norm, a product of two variables: an area, whose tolerance would
change with the square of the scale). This scans geometry/**/*.hpp and reports

    file:line: sgn(...) of a product: <argument>

for every sgn(...) / cmp(...) call whose argument is a product, directly or through a
variable assigned from one earlier in the same block (transitively). Not reported:
  - calls inside an exact-type branch (`if constexpr (is_exact_v<T>)`, its `else` after a
    negated test, or the same with numeric_limits<T>::is_exact / is_integer; or the first
    arm of `is_exact_v<T> ? X : Y`), where sgn is the exact sign;
  - expressions divided by a non-constant or passed through sqrt/hypot/norm()/dist(),
    which turn an area back into a length;
  - products with a numeric constant (2 * x, T(2) * x).
It is a lexical check (comments and strings stripped, braces matched), not a parser.

Usage: lint_eps.py [FILES...]   (default: geometry/**/*.hpp; exit 1 if anything is found)
       lint_eps.py --self-test  (runs on tests/lint_eps_fixtures/: each line marked
                                 `// FLAG` must be reported, and no other line)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "lint_eps_fixtures"

PRODUCT_CALL = re.compile(r"\.(cross|dot|norm2)\s*\(|\b(cross|dot|norm2|dist2|area2|cross_at)\s*\(")
NORMALIZER = re.compile(r"\b(sqrt|hypot|norm|dist)\s*\(|/(?!\s*[\d.]|\s*T\s*\(\s*[\d.]|=)")
CONSTANT = re.compile(r"^(?:[\d.]+(?:e[+-]?\d+)?[fFlLuU]*|[A-Za-z_]\w*\s*\(\s*[\d.]+\s*\))$")
EXACT_COND = re.compile(r"^\s*(!?)\s*(?:std::)?(?:is_exact_v\s*<[^>]*>|std::numeric_limits\s*<[^>]*>\s*::\s*(?:is_exact|is_integer))\s*$")


def strip(text):
    """Comments and string/char literals replaced by spaces (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (min(j + 1, n) - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def match_close(s, i):
    """s[i] is an opening bracket; index of its partner (or len(s))."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    stack = []
    for j in range(i, len(s)):
        if s[j] in pairs:
            stack.append(pairs[s[j]])
        elif stack and s[j] == stack[-1]:
            stack.pop()
            if not stack:
                return j
    return len(s)


def statement_end(s, i):
    """End (exclusive) of the statement or block starting at or after i."""
    while i < len(s) and s[i].isspace():
        i += 1
    if i < len(s) and s[i] == "{":
        return match_close(s, i) + 1
    j = i
    while j < len(s) and s[j] != ";":
        j = match_close(s, j) + 1 if s[j] in "({[" else j + 1
    return j + 1


def exact_spans(s):
    """[start, end) ranges of code that only runs for exact types."""
    spans = []
    for m in re.finditer(r"\bif\s+constexpr\s*\(", s):
        close = match_close(s, m.end() - 1)
        cond = EXACT_COND.match(s[m.end():close])
        if not cond:
            continue
        then_end = statement_end(s, close + 1)
        if not cond.group(1):
            spans.append((close + 1, then_end))
            continue
        e = re.compile(r"\s*else\b").match(s, then_end)
        if e:
            spans.append((e.end(), statement_end(s, e.end())))
    # is_exact_v<T> ? X : Y  -- X runs only for exact types (a ternary, as in a lambda)
    for m in re.finditer(r"\bis_exact_v\s*<[^<>]*>\s*\?", s):
        depth, j = 0, m.end()
        while j < len(s) and not (depth == 0 and s[j] in ":;,)"):
            depth += s[j] in "([{"
            depth -= s[j] in ")]}"
            j += 1
        spans.append((m.end(), j))
    return spans


def split_top(expr, sep):
    parts, depth, cur = [], 0, ""
    for ch in expr:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return parts + [cur]


def has_variable_product(expr):
    """A binary * whose two operands are both non-constant."""
    for m in re.finditer(r"(?<![*/])\*(?!=)", expr):
        left = re.search(r"([A-Za-z_][\w:.]*\s*(?:\([^()]*\))?|[\d.]+[fFlL]?|\))\s*$", expr[: m.start()])
        right = re.match(r"\s*([A-Za-z_][\w:]*\s*(?:\([^()]*\))?|[\d.]+[fFlL]?|\()", expr[m.end():])
        if not left or not right:
            continue  # unary * (dereference) or a pointer type
        lt, rt = left.group(1).strip(), right.group(1).strip()
        if CONSTANT.match(lt) or CONSTANT.match(rt):
            continue
        return True
    return False


def is_product(expr, names):
    if NORMALIZER.search(expr):
        return False
    if PRODUCT_CALL.search(expr) or has_variable_product(expr):
        return True
    return any(re.search(r"\b" + re.escape(v) + r"\b", expr) for v in names)


def block_end(s, i):
    """End of the innermost {...} block containing position i."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            if depth == 0:
                return j
            depth -= 1
    return len(s)


def lint_text(text):
    """[(line, message)] for one file's text."""
    s = strip(text)
    exact = exact_spans(s)
    in_exact = lambda pos: any(a <= pos < b for a, b in exact)
    line_of = lambda pos: s.count("\n", 0, pos) + 1
    # product variables: (name, declared at, scope end), in source order
    prods = []
    for m in re.finditer(r"(?<![=<>!+\-*/%&|^\w.])([A-Za-z_]\w*)\s*(?:[+-])?=(?!=)", s):
        if in_exact(m.start()):
            continue
        start = m.end()
        end = start
        while end < len(s) and s[end] not in ";{}":
            end = match_close(s, end) + 1 if s[end] in "([" else end + 1
        expr = split_top(s[start:end], ",")[0]
        live = [n for n, at, stop in prods if at < m.start() < stop]
        if is_product(expr, live):
            prods.append((m.group(1), m.start(), block_end(s, m.start())))
    found = []
    for m in re.finditer(r"(?<![\w.>])(?:geo::)?(sgn|cmp)\s*\(", s):
        if re.search(r"\b(int|bool|auto)\s+$", s[max(0, m.start() - 12): m.start()]):
            continue  # the definition itself
        close = match_close(s, m.end() - 1)
        arg = " ".join(s[m.end(): close].split())
        if in_exact(m.start()):
            continue
        live = [n for n, at, stop in prods if at < m.start() < stop]
        if is_product(arg, live):
            found.append((line_of(m.start()), f"{m.group(1)}(...) of a product (an area, not a length): {arg}"))
    return found


def run(files):
    bad = 0
    for f in files:
        for line, msg in lint_text(f.read_text()):
            print(f"{f.relative_to(ROOT) if f.is_relative_to(ROOT) else f}:{line}: {msg}")
            bad += 1
    print(f"lint_eps: {len(files)} files, {bad} finding(s)")
    return 1 if bad else 0


def self_test():
    files = sorted(FIXTURES.glob("*.hpp"))
    ok = bool(files)
    for f in files:
        text = f.read_text()
        want = {i + 1 for i, l in enumerate(text.splitlines()) if "// FLAG" in l}
        got = {line for line, _ in lint_text(text)}
        for line in sorted(want - got):
            print(f"{f.relative_to(ROOT)}:{line}: error: should be flagged, was not")
        for line in sorted(got - want):
            print(f"{f.relative_to(ROOT)}:{line}: error: flagged, should not be")
        ok = ok and want == got
        print(f"{'ok  ' if want == got else 'FAIL'} {f.relative_to(ROOT)}: {len(want)} expected, {len(got)} flagged")
    if not files:
        print(f"{FIXTURES}: no fixtures")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    args = [pathlib.Path(a).resolve() for a in sys.argv[1:]]
    sys.exit(run(args or sorted((ROOT / "geometry").rglob("*.hpp"))))
