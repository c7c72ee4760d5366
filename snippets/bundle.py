#!/usr/bin/env python3
"""cpgeo bundler: one self-contained file from headers that include each other.

  python3 snippets/bundle.py                  regenerate snippets/, check the example, print a table
  python3 snippets/bundle.py SOL.cpp [-o OUT] bundle a solution (to stdout, or to OUT)
      [-I DIR]... [--keep-comments] [--line-directives]
  python3 snippets/bundle.py --check          exit 1 if a snippet is stale, missing, extra, over
                                              its code-line budget (snippets/budget.txt) or
                                              over the size rule (SNIPPET_LINES below)
  python3 snippets/bundle.py --update-budgets set every budget to the snippet's code lines
  python3 snippets/bundle.py --hash FILE      print the 6-hex hash of FILE
  --root DIR (else env CPGEO_ROOT, else the repo holding this script): the folder with geometry/

Inlined: #include "..." (looked up beside the including file, then in the -I folders, then
in $CPLUS_INCLUDE_PATH, then under the root) and #include <...> when found in those folders
(<geometry/...> also under the root), except standard headers; each file once, dependencies
first. Standard includes are deduplicated (<bits/stdc++.h> covers them all). In a snippet
each header keeps a guard (GEO_<PATH>_HPP), so snippets paste together; in a solution's
bundle the library's comments go (unless --keep-comments). Errors print as
file:line: error: message  and exit 1 (usage errors exit 2).
The hash is KACTL's idea: md5 of the code without comments and whitespace, the first 6
hex digits, equal to the output of HASH_COMMAND below. docs/bundler.md has the details.
Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys

HASH_COMMAND = "cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6"
EXAMPLE_DIR = os.path.join("tests", "example")
EXAMPLE_OUT_DIR = os.path.join("build", "example")
BUDGET_FILE = os.path.join("snippets", "budget.txt")
CODE_SNIPPETS_FILE = os.path.join("snippets", "cpgeo.code-snippets")  # VS Code
SIZE_LIMIT = 65535  # bytes: the source limit of the strictest common judges (64 KiB)
# The size rule (docs/bundler.md, "Code lines and budgets"): a job's default snippet, floors
# included, has at most SNIPPET_LINES code lines; the planar subdivisions and the other heavy
# jobs below at most LARGE_JOB_LINES. An opt-in variant X_fast.hpp or X_exact.hpp of a header
# X.hpp (the same contract, faster or exact) is pasted only by choice: its budget holds it.
SNIPPET_LINES = 200
LARGE_JOB_LINES = 300
LARGE_JOBS = ("delaunay.hpp", "voronoi.hpp", "mst/euclidean.hpp", "hull/layers.hpp",
              "sweep/arrangement.hpp")
BITS = "bits/stdc++.h"
STD_HEADERS = set("""
algorithm any array atomic barrier bit bitset charconv chrono codecvt compare complex
concepts condition_variable coroutine deque exception execution expected filesystem format
forward_list fstream functional future initializer_list iomanip ios iosfwd iostream istream
iterator latch limits list locale map memory memory_resource mutex new numbers numeric
optional ostream queue random ranges ratio regex scoped_allocator semaphore set shared_mutex
source_location span sstream stack stdexcept stop_token streambuf string string_view
strstream syncstream system_error thread tuple type_traits typeindex typeinfo unordered_map
unordered_set utility valarray variant vector version cassert cctype cerrno cfenv cfloat
cinttypes climits clocale cmath csetjmp csignal cstdarg cstddef cstdint cstdio cstdlib
cstring ctime cuchar cwchar cwctype""".split()) | {BITS}  # never inlined, even if found


class BundleError(Exception):
    """An error located in a file: printed as  file:line: error: message."""

    def __init__(self, path, line, message):
        super().__init__(f"{display(path)}:{line}: error: {message}")


def display(path):
    """A path relative to the working directory when it lies below it, else absolute."""
    path = os.path.abspath(path)
    rel = os.path.relpath(path)
    return path if rel == ".." or rel.startswith(".." + os.sep) else rel


def read_source(path):
    """The text of a source file: universal newlines, no byte-order mark, bytes kept."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline=None) as f:
        text = f.read()
    return text[1:] if text.startswith("\ufeff") else text


# ----------------------------------------------------------------------------- lexing
# The lexer follows GCC's `cpp -fpreprocessed` in C++ mode, since the hash must equal
# HASH_COMMAND: backslash-newline is NOT spliced (a // comment ends at the newline even
# after a backslash), a quote without its closing partner ends at the newline, a digit
# separator (1'000) belongs to its number, a string or char literal may carry a
# user-defined suffix ("x"_s), and a raw string R"d(...)d" may span lines, except in a
# directive that cpp processes (see cpp_line), where it ends with the line. An unclosed
# raw string outside such a directive swallows the rest of the file, and cpp drops it.

IDENT_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$")
IDENT_CHARS = IDENT_START | set("0123456789")
STRING_PREFIXES = {"L", "u", "U", "u8"}
RAW_PREFIXES = {"R", "LR", "uR", "UR", "u8R"}
RAW_DELIMITER_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                          "_{}[]#<>%:;.?*+-/^&|~!=,\"'")
UD_SUFFIX = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
KNOWN_DIRECTIVES = {"define", "include", "endif", "ifdef", "if", "else", "ifndef", "undef",
                    "line", "elif", "elifdef", "elifndef", "error", "pragma", "warning",
                    "include_next", "ident", "import", "assert", "unassert", "sccs"}
EXECUTED_DIRECTIVES = {"define", "undef", "pragma", "ident", "sccs"}  # with -fpreprocessed


def _is_extended(c):
    """A non-ASCII character (not an undecodable byte, which cpp passes as it is)."""
    return c >= "\x80" and not "\udc80" <= c <= "\udcff"


def _is_ident(c):
    return c in IDENT_CHARS or _is_extended(c)


def _ident_end(text, i):
    j = i
    while j < len(text) and _is_ident(text[j]):
        j += 1
    return j


def _suffix_end(text, j):
    m = UD_SUFFIX.match(text, j)
    return m.end() if m else j


def _quoted_end(text, i):
    """End of the string or char literal whose opening quote is text[i]."""
    quote, j, n = text[i], i + 1, len(text)
    while j < n:
        c = text[j]
        if c == "\\" and j + 1 < n and text[j + 1] != "\n":
            j += 2
        elif c == quote:
            return _suffix_end(text, j + 1)
        elif c == "\n":
            return j  # unterminated: the literal stops at the end of the line
        else:
            j += 1
    return n


def _raw_end(text, q, one_line):
    """(end, closed) of the raw string whose opening quote is text[q] (R"delim( ... )delim").
    With one_line it cannot pass the end of the line (and counts as closed there)."""
    n = len(text)
    limit = text.find("\n", q) if one_line else -1
    limit = n if limit < 0 else limit
    j = q + 1
    while j < limit and j - q <= 16 and text[j] in RAW_DELIMITER_CHARS:
        j += 1
    if text[j:j + 1] == "(":
        close = ")" + text[q + 1:j] + '"'
        k = text.find(close, j + 1, limit)
        end = k + len(close) if k >= 0 else -1
    else:  # a bad delimiter: GCC reads on to the next quote
        k = text.find('"', j, limit)
        end = k + 1 if k >= 0 else -1
    if end < 0:
        return limit, one_line
    return (_suffix_end(text, end) if text[j:j + 1] == "(" else end), True


def _number_end(text, i):
    """End of the preprocessing number starting at text[i] (digits, 1'000, 1e+5, 0x1p-3)."""
    j, n = i + 1, len(text)
    while True:
        while j < n:
            c, prev = text[j], text[j - 1]
            if (c.isascii() and (c.isalnum() or c in "_'") or (c == "." and prev != "'")
                    or (c in "+-" and prev in "eEpP")):
                j += 1
            else:
                break
        while text[j - 1] == "'":  # a number does not end with a digit separator
            j -= 1
        if j < n and (text[j] == "$" or _is_extended(text[j])):
            j += 1
        else:
            return j


def _skip_blanks(text, i):
    """Past spaces and comments that do not end the line (a // comment does)."""
    while i < len(text):
        if text[i] in " \t\f\v\0":
            i += 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = len(text) if j < 0 else j + 2
        else:
            break
    return i


def _processed_directive(text, i, indented):
    """Whether text[i] starts a directive that cpp -fpreprocessed processes (executes or
    drops), rather than passing its line on as text."""
    if text.startswith("#", i) and not text.startswith("##", i):
        j = i + 1
    elif text.startswith("%:", i) and not text.startswith("%:%:", i):
        j = i + 2
    else:
        return False  # not a directive at all
    j = _skip_blanks(text, j)
    name = text[j:_ident_end(text, j)]
    if name and not name[0].isdigit():
        if name in KNOWN_DIRECTIVES:
            return not indented and name in EXECUTED_DIRECTIVES
        return True  # unknown directive: dropped
    if text[j:j + 1].isdigit() or (text[j:j + 1] == "." and text[j + 1:j + 2].isdigit()):
        return not indented  # a linemarker
    return True  # null or invalid directive: dropped


def scan(text):
    """Cut C++ source into pieces (kind, text), kind being 'code', 'comment', 'literal'
    or 'name' (an identifier with non-ASCII characters; otherwise code)."""
    pieces, start, i, n = [], 0, 0, len(text)
    line_start, first_token, in_directive = 0, True, False

    def piece(kind, end):
        nonlocal start
        if i > start:
            pieces.append(("code", text[start:i]))
        pieces.append((kind, text[i:end]))
        start = end
        return end

    while i < n:
        c = text[i]
        if c == "\n":
            i += 1
            line_start, first_token, in_directive = i, True, False
            continue
        if c in " \t\f\v\0":
            i += 1
            continue
        if c == "/" and text.startswith("//", i):
            j = text.find("\n", i)
            i = piece("comment", n if j < 0 else j)
            continue
        if c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = piece("comment", n if j < 0 else j + 2)
            continue
        if first_token:
            first_token = False
            in_directive = _processed_directive(text, i, indented=i > line_start)
        if c in "\"'":
            i = piece("literal", _quoted_end(text, i))
        elif c in IDENT_START or _is_extended(c):
            j = _ident_end(text, i)
            word, nxt = text[i:j], text[j:j + 1]
            if nxt == '"' and word in RAW_PREFIXES:
                end, closed = _raw_end(text, j, in_directive)
                i = piece("literal" if closed else "comment", end)  # cpp drops it unclosed
            elif nxt and nxt in "\"'" and word in STRING_PREFIXES:
                i = piece("literal", _quoted_end(text, j))
            elif not word.isascii():
                i = piece("name", j)  # cpp spells it with UCNs
            else:
                i = j
        elif c.isdigit() or (c == "." and text[i + 1:i + 2].isdigit()):
            i = _number_end(text, i)
        else:
            i += 1
    if n > start:
        pieces.append(("code", text[start:n]))
    return pieces


# ----------------------------------------------------------------------------- hash
# Besides removing comments, `cpp -dD -P -fpreprocessed` (GCC 12, C++ mode) treats a line
# whose first token is # (or %:) as a directive. In that mode it executes only #define,
# #undef, #pragma, #ident and #sccs, and only with the # in column 1; executed, #define and
# #undef are printed back (an invalid one, or a #undef's extra tokens, vanish), GCC's own
# pragmas vanish (once, push_macro, pop_macro, GCC poison|system_header|dependency|warning|
# error), #sccs prints as #ident. A linemarker (# 12 "f") in column 1 vanishes; so do a
# lone # and an unknown directive (#foo), indented or not. Every other directive line
# passes as text. In text, cpp spells non-ASCII characters of identifiers as \UXXXXXXXX.
# tests/bundler checks all of this against the real cpp.
_WS = "[ \t\f\v]"
_ID = "[A-Za-z_$\x80-\udc7f\udd00-\U0010ffff][A-Za-z0-9_$\x80-\udc7f\udd00-\U0010ffff]*"
DIRECTIVE_LINE = re.compile(rf"({_WS}*)(?:#(?!#)|%:(?!%:)){_WS}*(.*)\Z", re.S)
DIRECTIVE_NAME = re.compile(rf"({_ID})?({_WS}*)(.*)\Z", re.S)
GCC_PRAGMAS = re.compile(rf"(once|push_macro|pop_macro|GCC{_WS}+(poison|system_header"
                         rf"|dependency|warning|error))\b")
MACRO_HEAD = re.compile(rf"({_ID})(\((.*?)\))?")
MACRO_PARAMS = re.compile(  # a, b  or  a, ...  or  a, b...  or nothing
    rf"{_WS}*(({_ID}{_WS}*,{_WS}*)*({_ID}|\.\.\.|{_ID}{_WS}*\.\.\.))?{_WS}*\Z")
WHITESPACE = re.compile(r"[ \t\n\v\f\r]+")  # what `tr -d '[:space:]'` removes


def ucn(name):
    return "".join(c if c < "\x80" else f"\\U{ord(c):08x}" for c in name)


def hashed_lines(text):
    """The lines cpp sees, as pairs (raw, spelled): comments become a space (a comment
    spanning lines joins them, as it does for a directive), newlines inside raw strings
    stay inside; `spelled` has non-ASCII identifiers spelled as UCNs, `raw` does not."""
    lines, raw, spelled = [], [], []
    for kind, t in scan(text):
        if kind == "code":
            parts = t.replace("\0", "").split("\n")  # cpp ignores NULs outside literals
            raw.append(parts[0])
            spelled.append(parts[0])
            for p in parts[1:]:
                lines.append(("".join(raw), "".join(spelled)))
                raw, spelled = [p], [p]
        else:
            t = " " if kind == "comment" else t
            raw.append(t)
            spelled.append(ucn(t) if kind == "name" else t)
    lines.append(("".join(raw), "".join(spelled)))
    return lines


def cpp_line(raw, spelled):
    """What cpp -dD -P -fpreprocessed prints for one line, up to whitespace; None if nothing."""
    m = DIRECTIVE_LINE.match(spelled)
    if not m:
        return spelled
    indented, rest = m.group(1), m.group(2)
    name, _, args = DIRECTIVE_NAME.match(rest).groups()
    if name is None:
        if not args:
            return None  # null directive
        if args[:1].isdigit() or (args[:1] == "." and args[1:2].isdigit()):
            return spelled if indented else None  # linemarker
        return None  # invalid directive
    if name not in KNOWN_DIRECTIVES:
        return None
    if indented or name not in EXECUTED_DIRECTIVES:
        return spelled  # not executed in -fpreprocessed mode: passes as text
    if name == "pragma":
        return None if GCC_PRAGMAS.match(args) else "#pragma " + args
    if name in ("ident", "sccs"):  # prints its string, nothing after it
        return "#ident " + args[:_quoted_end(args, 0)] if args[:1] == '"' else None
    raw_args = DIRECTIVE_NAME.match(DIRECTIVE_LINE.match(raw).group(2)).group(3)
    head = MACRO_HEAD.match(raw_args)
    if not head:
        return None  # #define 3: an error, nothing printed
    if name == "undef":
        return "#undef " + head.group(1)
    params = head.group(3)
    if head.group(2) is None and raw_args[head.end():head.end() + 1] == "(":
        return None  # unclosed parameter list
    if head.group(2) is not None:
        if not MACRO_PARAMS.match(params):
            return None
        names = [p.strip(" \t\f\v.") for p in params.split(",")]
        if len(set(names)) != len(names):
            return None  # duplicate parameter
    return "#define " + ucn(head.group(1)) + raw_args[len(head.group(1)):]


def code_hash(text):
    """6-hex md5 of the code without comments and whitespace (= HASH_COMMAND)."""
    kept = [line for line in (cpp_line(r, s) for r, s in hashed_lines(text)) if line is not None]
    code = WHITESPACE.sub("", "".join(kept))
    return hashlib.md5(code.encode("utf-8", "surrogateescape")).hexdigest()[:6]


def code_lines(text):
    """Non-blank lines of `cpp -xc++ -dD -P -fpreprocessed FILE`: the size of the code
    without comments (a comment spanning lines joins them, as for the compiler)."""
    kept = [line for line in (cpp_line(r, s) for r, s in hashed_lines(text)) if line is not None]
    return sum(1 for line in kept for part in line.split("\n") if part.strip())


# ----------------------------------------------------------------------------- parsing
class Unit:
    """One logical source line: physical lines joined by backslash-newline, by a comment
    spanning lines or by a raw string spanning lines. `code` has comments blanked."""

    def __init__(self, lineno, raw, code):
        self.lineno, self.raw, self.code = lineno, raw, code

    def blank(self):
        return len(self.raw) == 1 and not self.raw[0].strip()


def split_units(text):
    phys = text.split("\n")
    if phys[-1] == "":
        phys.pop()
    spliced = []  # (first physical index, last physical index, text without splices)
    k = 0
    while k < len(phys):
        first, parts = k, []
        while phys[k].endswith("\\") and k + 1 < len(phys):
            parts.append(phys[k][:-1])
            k += 1
        parts.append(phys[k])
        spliced.append((first, k, "".join(parts)))
        k += 1
    if not spliced:
        return []
    units, cur, first, idx = [], [], 0, 0

    def close(last):
        a, b = spliced[first][0], spliced[last][1]
        units.append(Unit(a + 1, phys[a:b + 1], "".join(cur)))

    for kind, t in scan("\n".join(s[2] for s in spliced)):
        if kind == "code":
            parts = t.split("\n")
            cur.append(parts[0])
            for p in parts[1:]:
                close(idx)
                idx += 1
                first, cur = idx, [p]
        else:  # a comment is a space; a literal (a raw string may span lines) or a name
            cur.append(" " if kind == "comment" else t)
            idx += t.count("\n")
    close(idx)
    return units


DIRECTIVE = re.compile(r"\s*#\s*([A-Za-z_]\w*)(.*)\Z", re.S)
INCLUDE_SPEC = re.compile(r'\s*(?:"([^"]*)"|<([^>]*)>)\s*\Z')


def directive(unit):
    """(name, rest) when the unit is a preprocessor directive, else (None, None)."""
    m = DIRECTIVE.match(unit.code)
    return (m.group(1), m.group(2)) if m else (None, None)


def guard_units(units):
    """Indices of a classic include guard (#ifndef X / #define X ... #endif), or ()."""
    sig = [i for i, u in enumerate(units) if u.code.strip()]
    if len(sig) < 3:
        return ()
    n1, r1 = directive(units[sig[0]])
    n2, r2 = directive(units[sig[1]])
    if n1 != "ifndef" or n2 != "define" or not r1.split() or r1.split() != r2.split():
        return ()
    depth = 0
    for k in sig:
        name, _ = directive(units[k])
        depth += name in ("if", "ifdef", "ifndef")
        depth -= name == "endif"
        if depth == 0:
            return (sig[0], sig[1], k) if k == sig[-1] and len(sig) > 3 else ()
    return ()


class Source:
    """A parsed file. actions[i] is, for units[i]: ('keep',), ('drop',), ('open',) (a
    #pragma once or the #ifndef of a classic guard: where a snippet's guard opens), ('std',
    name) for a standard include outside any #if, or ('local', path) for an inlined include."""

    def __init__(self, path, units, actions):
        self.path, self.units, self.actions = path, units, actions

    def std_includes(self):
        return [a[1] for a in self.actions if a[0] == "std"]

    def local_includes(self):
        return [(u.lineno, a[1]) for u, a in zip(self.units, self.actions) if a[0] == "local"]

    def lines(self, u):
        """A unit's physical lines as (text, (path, line number))."""
        return [(t, (self.path, u.lineno + k)) for k, t in enumerate(u.raw)]

    def body(self, guard=None):
        """The kept units' lines as (text, origin), blank lines as None (collapsed later).
        With a guard name, wrapped in #ifndef/#define ... #endif; the guard opens where
        the file's #pragma once or own guard was, else on top."""
        out, opened = [], guard is None
        for u, a in zip(self.units, self.actions):
            if not opened and a[0] == "keep" and u.code.strip():  # code first: guard on top
                out = [(f"#ifndef {guard}", None), (f"#define {guard}", None)] + out
                opened = True
            if a[0] == "keep":
                out.extend([None] if u.blank() else self.lines(u))
            elif a[0] == "open" and not opened:
                out += [(f"#ifndef {guard}", None), (f"#define {guard}", None)]
                opened = True
        if guard is not None:
            if not opened:  # nothing but comments
                out = [(f"#ifndef {guard}", None), (f"#define {guard}", None)] + out
            while out and out[-1] is None:
                out.pop()
            out.append(("#endif", None))
        return out


NS_OPEN, NS_CLOSE = "namespace geo {", "}  // namespace geo"


def without_namespace(body):
    """A guarded body whose code is one namespace geo block, without that block's two
    lines (so a snippet opens the namespace once for all its headers); else None."""
    code = [i for i, x in enumerate(body) if x is not None and x[0].strip()
            and not x[0].lstrip().startswith("//")]
    opens = [i for i in code if body[i][0].strip() == NS_OPEN]
    closes = [i for i in code if body[i][0].strip() == NS_CLOSE]
    if len(code) < 5 or len(opens) != 1 or len(closes) != 1:
        return None
    if opens[0] != code[2] or closes[0] != code[-2]:  # right after #define, before #endif
        return None
    return [x for i, x in enumerate(body) if i not in (opens[0], closes[0])]


def strip_comments(items):
    """The lines (text, origin) without comments: each comment becomes a space, as for
    the compiler and the hash (so the hash does not change), then lines are right-trimmed
    and lines left empty become blank (None). A // comment ending in a backslash stays
    (the compiler would continue it on the next line)."""
    items = [x for x in items if x is not None]
    if not items:
        return []
    out, cur, idx = [], [], 0
    origin = items[0][1]
    for kind, t in scan("\n".join(x[0] for x in items)):
        if kind == "comment" and not (t.startswith("//") and t.endswith("\\")):
            cur.append(" ")
            idx += t.count("\n")  # a comment spanning lines joins them
            continue
        parts = t.split("\n")
        cur.append(parts[0])
        for p in parts[1:]:
            out.append(("".join(cur), origin))
            idx += 1
            cur, origin = [p], items[idx][1]
    out.append(("".join(cur), origin))
    return [(t.rstrip(), o) if t.strip() else None for t, o in out]


def finish(lines, line_directives=False):
    """Join lines (text, origin) or (text, None), collapsing runs of blank lines (None) and
    trimming them at both ends. With line_directives, a #line directive goes before every
    line whose origin (path, number) is not the line the compiler would count it as."""
    out = []
    for line in lines:
        if line is None:
            if out and out[-1] is not None:
                out.append(None)
        else:
            out.append(line)
    while out and out[-1] is None:
        out.pop()
    text, at = [], None  # at: (path, number) the compiler gives the next line
    for line in out:
        if line is None:
            text.append("")
            at = at and (at[0], at[1] + 1)
            continue
        t, origin = line
        if line_directives and origin is not None and origin != at:
            text.append(f'#line {origin[1]} "{line_name(origin[0])}"')
            at = origin
        text.append(t)
        at = at and (at[0], at[1] + 1)
    return "\n".join(text) + "\n"


def line_name(path):
    """A file name for #line: the display path, with backslashes and quotes escaped."""
    return display(path).replace("\\", "\\\\").replace('"', '\\"')


class Library:
    def __init__(self, root, include_dirs=(), keep_comments=False, line_directives=False):
        """include_dirs: folders searched (in order) after the includer's, before the root;
        the comments and #line options apply to bundles of solutions only."""
        self.root = os.path.abspath(root)
        self.geometry = os.path.join(self.root, "geometry")
        self.snippets = os.path.join(self.root, "snippets")
        self.include_dirs = list(include_dirs)
        self.keep_comments, self.line_directives = keep_comments, line_directives
        self.cache = {}

    # -- files
    def is_cpgeo(self, path):
        geometry = os.path.realpath(self.geometry) + os.sep
        return os.path.realpath(path).startswith(geometry)

    def search_path(self, includer, angled):
        """Where an include is looked for, in order: the includer's folder (quoted only),
        the include folders, the root."""
        here = [] if angled else [os.path.dirname(includer)]
        return here + self.include_dirs + [self.root]

    def resolve(self, includer, spec, angled):
        """The file an include names, or None: the first match on the search path; an
        angled include other than <geometry/...> is not looked for under the root."""
        folders = self.search_path(includer, angled)
        if angled and not spec.startswith("geometry/"):
            folders = folders[:-1]
        for c in (os.path.join(d, spec) for d in folders):
            if os.path.lexists(c) and not os.path.isdir(c):
                return os.path.normpath(c)
        return None

    def load(self, path, included_from=None):
        key = os.path.realpath(path)
        if key not in self.cache:
            self.cache[key] = self.parse(path, included_from)
        return self.cache[key]

    def parse(self, path, included_from):
        try:
            text = read_source(path)
        except OSError as e:
            where = f", included from {included_from}" if included_from else ""
            if not os.path.lexists(path):
                raise BundleError(path, 0, f"no such file{where}") from None
            raise BundleError(path, 0, f"cannot read file ({e.strerror}){where}") from None
        units = split_units(text)
        guard = guard_units(units)
        actions, depth, opened = [], 0, []
        for i, u in enumerate(units):
            name, rest = directive(u)
            action = ("keep",)
            if (guard and i == guard[0]) or (name == "pragma" and rest.split()[:1] == ["once"]):
                action = ("open",)
            elif i in guard:
                action = ("drop",)
            elif name in ("if", "ifdef", "ifndef"):
                depth += 1
                opened.append(u.lineno)
            elif name == "endif" and depth:
                depth -= 1
                opened.pop()
            elif name == "include":
                action = self.include_action(path, u, rest, opened)
            actions.append(action)
        return Source(path, units, actions)

    def include_action(self, path, unit, rest, opened):
        m = INCLUDE_SPEC.match(rest)
        if not m:
            return ("keep",)  # #include MACRO: left alone
        quoted, angled = m.group(1), m.group(2)
        spec = quoted if quoted is not None else angled
        cpgeo = angled is not None and angled.startswith("geometry/")
        if angled is not None and not cpgeo:
            found = None if angled.strip() in STD_HEADERS else self.resolve(path, spec, True)
            if opened or found is None:
                return ("keep",) if opened else ("std", angled.strip())
            return ("local", found)  # a library header found on the -I path
        target = self.resolve(path, spec, angled is not None)
        shown = f'"{spec}"' if quoted is not None else f"<{spec}>"
        if opened:
            if cpgeo or (target and self.is_cpgeo(target)):
                raise BundleError(path, unit.lineno,
                                  f"cpgeo header {shown} included inside the #if/#ifdef/#ifndef"
                                  f" of line {opened[-1]}: it cannot be bundled faithfully;"
                                  " include it unconditionally")
            return ("keep",)  # e.g. #ifdef LOCAL / #include "debug.h": the judge never sees it
        if target is None:
            places = [p or "." for p in self.search_path(path, angled is not None)]
            raise BundleError(path, unit.lineno, f"cannot find include {shown}"
                              f" (looked in {', '.join(display(p) for p in places)})")
        return ("local", target)

    # -- dependency order
    def closure(self, path, done, stack, lineno=0):
        """Files that `path` needs and are not in `done` (realpaths), dependencies first,
        `path` last; `done` grows. `stack` holds the includers, the last one including
        `path` at `lineno` (for the messages)."""
        out = []

        def visit(p, lineno):
            key = os.path.realpath(p)
            if key in done:
                return
            keys = [os.path.realpath(s) for s in stack]
            if key in keys:
                chain = stack[keys.index(key):] + [p]
                raise BundleError(stack[-1], lineno, "include cycle: "
                                  + " -> ".join(display(s) for s in chain))
            src = self.load(p, f"{display(stack[-1])}:{lineno}" if stack else None)
            stack.append(p)
            for line, target in src.local_includes():
                visit(target, line)
            stack.pop()
            done.add(key)
            out.append(src)

        visit(path, lineno)
        return out

    # -- outputs
    def snippet_name(self, header):
        return os.path.relpath(header, self.geometry).replace(os.sep, "/")

    def guard_name(self, path):
        """GEO_ and the path below geometry/ (else below the root), e.g.
        geometry/hull/convex_hull.hpp -> GEO_HULL_CONVEX_HULL_HPP."""
        for base in (self.geometry, self.root):
            rel = os.path.relpath(os.path.realpath(path), os.path.realpath(base))
            if not rel.startswith(".."):
                break
        else:
            rel = os.path.basename(path)
        return "GEO_" + re.sub(r"[^A-Za-z0-9]+", "_", rel).upper()

    def snippet(self, header):
        """The text of the snippet for a header under geometry/: standard includes on top,
        then every header it needs, each in its own include guard."""
        files = self.closure(header, set(), [])
        std = []
        for src in files:
            std += [s for s in src.std_includes() if s not in std]
        lines = [(f"#include <{s}>", None) for s in std] + [None]
        inside = False  # one namespace geo block around consecutive headers
        for src in files:
            body = src.body(self.guard_name(src.path))
            inner = without_namespace(body)
            if (inner is not None) != inside:
                lines += [(NS_OPEN if not inside else NS_CLOSE, None), None]
                inside = not inside
            lines += (body if inner is None else inner) + [None]
        if inside:
            lines.append((NS_CLOSE, None))
        text = finish(lines)
        name = self.snippet_name(header)
        return f"// cpgeo {name}, hash {code_hash(text)}; check: {HASH_COMMAND}\n{text}"

    def bundle(self, solution):
        """The text of a bundled solution: its own lines in place; each inlined include
        becomes the standard includes its headers need (not yet emitted) and then those
        headers' bodies in dependency order; later duplicate standard includes go."""
        src = self.load(solution)
        done, emitted, lines = set(), set(), []

        def needed(name):  # once <bits/stdc++.h> is in, every standard header is
            return name not in emitted and not (name in STD_HEADERS and BITS in emitted)

        for u, a in zip(src.units, src.actions):
            if a[0] == "local":
                files = self.closure(a[1], done, [solution], u.lineno)
                std = []
                for f in files:
                    std += [s for s in f.std_includes() if needed(s) and s not in std]
                emitted.update(std)
                lines += [(f"#include <{s}>", None) for s in std]
                for f in files:
                    body = f.body()
                    lines += [None] + (body if self.keep_comments else strip_comments(body))
                    lines.append(None)
            elif a[0] == "std":
                if needed(a[1]):
                    emitted.add(a[1])
                    lines += src.lines(u)
            elif a[0] == "keep":
                lines += [None] if u.blank() else src.lines(u)
        text = finish(lines, self.line_directives)
        name = os.path.basename(solution)
        return f"// cpgeo bundle of {name}, hash {code_hash(text)}; check: {HASH_COMMAND}\n{text}"

    def headers(self):
        found = []
        for dirpath, dirnames, filenames in os.walk(self.geometry):
            dirnames.sort()
            found += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".hpp")]
        return found

    def existing_snippets(self):
        found = {}
        for dirpath, dirnames, filenames in os.walk(self.snippets):
            dirnames.sort()
            for f in sorted(filenames):
                if f.endswith(".hpp"):
                    p = os.path.join(dirpath, f)
                    found[os.path.relpath(p, self.snippets).replace(os.sep, "/")] = p
        return found

    def expected_snippets(self, errors):
        """{name: text} for every header, text None where bundling failed (the error
        is appended to `errors`)."""
        if not os.path.isdir(self.geometry):
            errors.append(f"{display(self.geometry)}:0: error: no such folder")
            return {}
        out = {}
        for h in self.headers():
            try:
                out[self.snippet_name(h)] = self.snippet(h)
            except BundleError as e:
                out[self.snippet_name(h)] = None
                errors.append(str(e))
        return out


# ----------------------------------------------------------------------------- header comments
COMMENT_FIELD = re.compile(r"// ([A-Z][a-z]+): ?(.*)\Z")


def header_comment(text):
    """The leading comment block of a header (docs/architecture.md: `// path: summary`, the
    contract, then `// Time:`, `// Precision:`, ... fields) as {'summary': ..., 'Time': ...,
    ...}, each value one line of words. The summary runs from the first line to the first
    line ending a sentence (. ? !); a field from its line over the lines indented below it.
    Keys are absent where the comment lacks them."""
    lines = []
    for line in text.split("\n"):
        if not line.startswith("//"):
            break
        lines.append(line)
    out = {}
    if lines and ": " in lines[0]:
        words = [lines[0].split(": ", 1)[1]]
        k = 1
        while not words[-1].rstrip().endswith((".", "?", "!")) and k < len(lines) \
                and not COMMENT_FIELD.match(lines[k]):
            words.append(lines[k][2:])
            k += 1
        out["summary"] = " ".join(w.strip() for w in words)
    for i, line in enumerate(lines):
        m = COMMENT_FIELD.match(line)
        if m and m.group(1) not in out:
            words, k = [m.group(2)], i + 1
            while k < len(lines) and lines[k].startswith("//   "):
                words.append(lines[k][2:])
                k += 1
            out[m.group(1)] = " ".join(w.strip() for w in words)
    return out


# ----------------------------------------------------------------------------- editor snippets
def snippet_prefix(name):
    """The editor prefix of a header: geo- and its path without .hpp, _ and / as -, a folder
    left out when the file name has it as a word (hull/convex_hull.hpp -> geo-convex-hull,
    circle/tangents.hpp -> geo-circle-tangents, point.hpp -> geo-point)."""
    parts = name[:-len(".hpp")].split("/")
    words = parts[-1].split("_")
    return "geo-" + "-".join([f for f in parts[:-1] if f not in words] + words)


def code_snippets(lib, expected):
    """The text of snippets/cpgeo.code-snippets (VS Code's snippet JSON) for the snippets
    {name: text}: per header an entry `geo-<name>` whose body is the snippet ($ and \\
    escaped as VS Code's snippet syntax needs), and `geo-include-<name>` inserting its
    #include line (for solutions bundled with bundle.py). Entries whose snippet failed
    (text None) are left out."""
    entries, prefixes = {}, {}
    for name, text in sorted(expected.items()):
        if text is None:
            continue
        prefix = snippet_prefix(name)
        if prefix in prefixes:
            raise BundleError(os.path.join(lib.geometry, name), 0, f"editor prefix {prefix}"
                              f" is also the prefix of geometry/{prefixes[prefix]}")
        prefixes[prefix] = name
        comment = header_comment(read_source(os.path.join(lib.geometry, name)))
        body = [t.replace("\\", "\\\\").replace("$", "\\$")
                for t in text.rstrip("\n").split("\n")]
        entries[f"cpgeo {name}"] = {"prefix": prefix, "description": comment.get(
            "summary", name), "body": body}
        entries[f"cpgeo include {name}"] = {
            "prefix": prefix.replace("geo-", "geo-include-", 1),
            "description": f"#include of geometry/{name} (bundle with snippets/bundle.py)",
            "body": [f'#include "geometry/{name}"']}
    return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------- modes
def write_if_changed(path, text):
    try:
        if read_bytes(path) == text.encode("utf-8", "surrogateescape"):
            return False
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as f:
        f.write(text)
    return True


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


BUDGET_HEADER = """\
# Code-line budget of every snippet: NAME LINES, one a line, sorted by name. Code lines are
# the non-blank lines of  cpp -xc++ -dD -P -fpreprocessed FILE  (comments removed), the
# `code` column of  python3 snippets/bundle.py . `bundle.py --check` fails when a snippet
# has more code lines than its budget, or has no budget here (and, whatever the budget, when
# a default snippet breaks the size rule: SNIPPET_LINES in bundle.py). Each budget is the
# snippet's size when written, so a snippet may not grow unnoticed. Regenerate from the
# headers with  python3 snippets/bundle.py --update-budgets
"""


def read_budgets(lib):
    """({name: (budget, line number)}, errors) from snippets/budget.txt; budgets is None
    when the file cannot be read."""
    path = os.path.join(lib.root, BUDGET_FILE)
    try:
        text = read_source(path)
    except OSError:
        return None, [f"{display(path)}:0: error: cannot read the budget file: run"
                    "  python3 snippets/bundle.py --update-budgets"]
    budgets, errors = {}, []
    for k, line in enumerate(text.split("\n"), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) != 2 or not words[1].isdigit():
            errors.append(f"{display(path)}:{k}: error: expected NAME LINES, got {line.strip()!r}")
        elif words[0] in budgets:
            errors.append(f"{display(path)}:{k}: error: second budget for {words[0]}"
                          f" (first on line {budgets[words[0]][1]})")
        else:
            budgets[words[0]] = (int(words[1]), k)
    return budgets, errors


def size_rule(name, expected):
    """The most code lines the size rule allows snippets/NAME, or None for an opt-in variant."""
    base = re.sub(r"_(fast|exact)\.hpp$", ".hpp", name)
    if base != name and base in expected:
        return None
    return LARGE_JOB_LINES if name in LARGE_JOBS else SNIPPET_LINES


def budget_errors(lib, expected):
    """file:line: error: lines for every snippet over or without its budget or over the size
    rule, and every budget without its snippet."""
    budgets, errors = read_budgets(lib)
    if budgets is None:
        return errors
    path = display(os.path.join(lib.root, BUDGET_FILE))
    for name, text in sorted(expected.items()):
        if text is None:
            continue
        n = code_lines(text)
        limit = size_rule(name, expected)
        if limit is not None and n > limit:
            errors.append(f"geometry/{name}:1: error: its snippet has {n} code lines, over the"
                          f" size rule's {limit} for a job's default paste: make it shorter, or"
                          f" move a speed-up into an opt-in {name[:-4]}_fast.hpp")
        if name not in budgets:
            errors.append(f"{path}:0: error: no budget for {name} ({n} code lines): add"
                          f" '{name} {n}' or run  python3 snippets/bundle.py --update-budgets")
        elif n > budgets[name][0]:
            errors.append(f"{path}:{budgets[name][1]}: error: snippets/{name} has {n} code"
                          f" lines, over its budget of {budgets[name][0]}")
    errors += [f"{path}:{k}: error: budget for {name}, which is no snippet"
               for name, (_, k) in budgets.items() if name not in expected]
    return errors


def update_budgets(lib):
    errors = []
    expected = lib.expected_snippets(errors)
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        return 1
    rows = [f"{name} {code_lines(text)}\n" for name, text in sorted(expected.items())]
    path = os.path.join(lib.root, BUDGET_FILE)
    if write_if_changed(path, BUDGET_HEADER + "".join(rows)):
        print(f"wrote   {display(path)} ({len(rows)} budgets)")
    else:
        print(f"{display(path)} already up to date ({len(rows)} budgets)")
    return 0


def check(lib):
    errors = []
    expected = lib.expected_snippets(errors)
    errors += budget_errors(lib, expected)
    existing = lib.existing_snippets()
    problems = []
    for name, text in expected.items():
        if text is None:
            continue  # reported in errors
        if name not in existing:
            problems.append(f"missing: snippets/{name}")
        elif read_source(existing[name]) != text:
            problems.append(f"stale:   snippets/{name}")
    problems += [f"extra:   snippets/{n}" for n in existing if n not in expected]
    problems += editor_problems(lib, expected, errors)
    for line in errors:
        print(line, file=sys.stderr)
    for line in problems:
        print(line)
    if problems or errors:
        print(f"{len(problems)} snippet(s) out of date, {len(errors)} error(s)")
        return 1
    print(f"all {len(expected)} snippets up to date and within their budgets")
    return 0


def editor_problems(lib, expected, errors):
    """['stale: ...'] or ['missing: ...'] when snippets/cpgeo.code-snippets is not what
    code_snippets() writes (nothing when a header failed: reported in errors)."""
    if None in expected.values():
        return []
    try:
        want = code_snippets(lib, expected)
    except BundleError as e:
        errors.append(str(e))
        return []
    path = os.path.join(lib.root, CODE_SNIPPETS_FILE)
    if not os.path.exists(path):
        return [f"missing: {CODE_SNIPPETS_FILE}"]
    return [] if read_source(path) == want else [f"stale:   {CODE_SNIPPETS_FILE}"]


def same_output(got, want):
    def norm(s):
        return "\n".join(line.rstrip() for line in s.rstrip().split("\n"))
    return norm(got) == norm(want)


def run_example(lib):
    """Bundle tests/example/solution.cpp, compile the bundle alone, compare with
    sample.out. True if that worked, False if not, None if there is no example."""
    example = os.path.join(lib.root, EXAMPLE_DIR)
    solution = os.path.join(example, "solution.cpp")
    if not os.path.exists(solution):
        print(f"example: SKIP (no {display(solution)})")
        return None
    out_dir = os.path.join(lib.root, EXAMPLE_OUT_DIR)
    bundled = os.path.join(out_dir, "solution.bundled.cpp")
    binary = os.path.join(out_dir, "solution")
    try:
        write_if_changed(bundled, lib.bundle(solution))
        with open(os.path.join(example, "sample.in"), "rb") as f:
            sample_in = f.read()
        want = read_source(os.path.join(example, "sample.out"))
    except (BundleError, OSError) as e:
        print(f"example: FAIL\n{e}")
        return False
    cxx = shlex.split(os.environ.get("CXX") or "g++")
    cmd = cxx + ["-std=c++17", "-O2", bundled, "-o", binary]
    try:
        built = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if built.returncode != 0:
            print(f"example: FAIL (compile: {shlex.join(cmd)})\n{built.stderr}")
            return False
        ran = subprocess.run([binary], input=sample_in, capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"example: FAIL ({e})")
        return False
    got = ran.stdout.decode("utf-8", "replace")
    if ran.returncode != 0 or not same_output(got, want):
        print(f"example: FAIL (exit {ran.returncode})\n--- expected\n{want}--- got\n{got}")
        return False
    print(f"example: OK ({display(bundled)} compiled alone, output matches sample.out)")
    return True


def main_job(lib):
    errors = []
    expected = lib.expected_snippets(errors)
    for name, text in expected.items():
        if text is not None and write_if_changed(os.path.join(lib.snippets, name), text):
            print(f"wrote   snippets/{name}")
    for name, path in lib.existing_snippets().items():
        if name not in expected and os.path.isdir(lib.geometry):
            os.remove(path)
            print(f"deleted snippets/{name} (its header is gone)")
            folder = os.path.dirname(path)
            while folder != lib.snippets and not os.listdir(folder):
                os.rmdir(folder)
                folder = os.path.dirname(folder)
    if errors:
        print(f"{CODE_SNIPPETS_FILE} not written (a header failed)", file=sys.stderr)
    else:
        try:
            if write_if_changed(os.path.join(lib.root, CODE_SNIPPETS_FILE),
                                code_snippets(lib, expected)):
                print(f"wrote   {CODE_SNIPPETS_FILE}")
        except BundleError as e:
            errors.append(str(e))
    for line in errors:
        print(line, file=sys.stderr)
    example_ok = run_example(lib)
    rows = []
    budgets = read_budgets(lib)[0] or {}
    for name in sorted(n for n, text in expected.items() if text is not None):
        data = read_bytes(os.path.join(lib.snippets, name))
        text = data.decode("utf-8", "surrogateescape")
        budget = budgets.get(name, ("-",))[0]
        rows.append((name, data.count(b"\n"), code_lines(text), budget, len(data),
                     code_hash(text)))
    width = max([len(r[0]) for r in rows] + [7])
    print(f"{'snippet':<{width}}  {'lines':>5}  {'code':>5}  {'budget':>6}  {'bytes':>6}  hash")
    for name, lines, code, budget, size, h in rows:
        over = "  over budget" if isinstance(budget, int) and code > budget else ""
        print(f"{name:<{width}}  {lines:>5}  {code:>5}  {budget:>6}  {size:>6}  {h}{over}")
    ok = example_ok is not False and not errors
    verdict = {True: "OK", False: "FAIL", None: "SKIP"}[example_ok]
    print(f"{len(rows)} snippets, example {verdict}"
          f"{f', {len(errors)} error(s)' if errors else ''}")
    return 0 if ok else 1


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="bundle.py", description="cpgeo bundler (see docs/bundler.md). Without "
        "arguments: regenerate snippets/, check tests/example, print a table.")
    p.add_argument("solution", nargs="?", help="a solution to bundle (to stdout or -o)")
    p.add_argument("-o", "--output", help="write the bundled solution here")
    p.add_argument("-I", dest="include_dirs", metavar="DIR", action="append", default=[],
                   help="also look for includes in DIR (repeatable; searched before "
                   "$CPLUS_INCLUDE_PATH and the root)")
    p.add_argument("--keep-comments", action="store_true",
                   help="keep the library's comments in the bundle (default: removed; the "
                   "hash is the same)")
    p.add_argument("--line-directives", action="store_true",
                   help="add #line directives so compiler messages name the original files")
    p.add_argument("--check", action="store_true", help="exit 1 listing stale, missing or "
                   "extra snippets, and snippets over their budget; write nothing")
    p.add_argument("--update-budgets", action="store_true",
                   help="write snippets/budget.txt: each snippet's current code lines")
    p.add_argument("--hash", metavar="FILE", help="print the 6-hex hash of FILE")
    p.add_argument("--root", help="the folder containing geometry/ (default: $CPGEO_ROOT, "
                   "else the repo this script is in)")
    args = p.parse_args(argv)
    modes = [args.solution is not None, args.check, args.update_budgets, args.hash is not None]
    if sum(modes) > 1:
        p.error("give only one of SOLUTION, --check, --update-budgets, --hash")
    for given, name in [(args.output, "-o"), (args.include_dirs, "-I"),
                        (args.keep_comments, "--keep-comments"),
                        (args.line_directives, "--line-directives")]:
        if given and args.solution is None:
            p.error(f"{name} needs a SOLUTION")
    return args


def include_dirs(given):
    """The -I folders (each must exist), then the existing folders of $CPLUS_INCLUDE_PATH
    (missing or empty entries are skipped, as the compiler does)."""
    for d in given:
        if not os.path.isdir(d):
            raise BundleError(d, 0, "no such folder (given with -I)")
    env = os.environ.get("CPLUS_INCLUDE_PATH", "").split(os.pathsep)
    return [os.path.abspath(d) for d in given] + [
        os.path.abspath(d) for d in env if d and os.path.isdir(d)]


def report_size(solution, output, text):
    """The bundle's size on stderr, and a warning above SIZE_LIMIT bytes."""
    size = len(text.encode("utf-8", "surrogateescape"))
    dest = display(output) if output and output != "-" else "stdout"
    print(f"{display(solution)}: bundle of {size:,} bytes, {text.count(chr(10))} lines"
          f" -> {dest}", file=sys.stderr)
    if size > SIZE_LIMIT:
        print(f"{display(solution)}:0: warning: the bundle is {size:,} bytes, over the"
              f" {SIZE_LIMIT:,}-byte source limit of some judges", file=sys.stderr)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    root = (args.root or os.environ.get("CPGEO_ROOT")
            or os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        lib = Library(root, include_dirs(args.include_dirs) if args.solution else (),
                      args.keep_comments, args.line_directives)
        if args.hash is not None:
            if not os.path.lexists(args.hash):
                raise BundleError(args.hash, 0, "no such file")
            try:
                print(code_hash(read_source(args.hash)))
            except OSError as e:
                raise BundleError(args.hash, 0, f"cannot read file ({e.strerror})") from None
            return 0
        if args.check:
            return check(lib)
        if args.update_budgets:
            return update_budgets(lib)
        if args.solution is not None:
            text = lib.bundle(args.solution)
            if args.output and args.output != "-":
                write_if_changed(args.output, text)
            else:
                sys.stdout.write(text)
            report_size(args.solution, args.output, text)
            return 0
        return main_job(lib)
    except BundleError as e:
        print(e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
