#!/usr/bin/env python3
"""cpgeo's printed notebook: the headers of geometry/ as a PDF a team takes to a contest.

  python3 notebook/notebook.py [-o OUT.pdf] [--headers SEL] [--tex-only OUT.tex] [--root DIR]

SEL is `default` (every header but the opt-in speed-ups: *_fast.hpp, halfplane_exact.hpp),
`all`, or header paths below geometry/ separated by spaces, commas or semicolons
(`hull/convex_hull.hpp,circle/circle.hpp`); the headers they include are added. The PDF is
A4 landscape, 3 columns, code in 7 pt Latin Modern Typewriter, at most 63 characters a line
(.clang-format), no line wrapped. Per header: its name, the summary and Time of its header
comment, a caption with the cpgeo headers it includes (left) and `hash, N lines` (right),
then its own code: no comments, #pragma once, #include lines, nor the namespace geo { }
around it (the snippets drop those two lines too). The hash is what
  cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
prints for a file holding the block as printed (the bundler's code_hash). Chapters follow the
library's floors; page 1 has the precision rules, the typing check and the contents.
Needs pdflatex (Debian: texlive-latex-base, lmodern). docs/notebook.md has the details.
Python 3 standard library only.
"""
import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 63           # columns of code (.clang-format ColumnLimit)
# The page budget of the default selection's 2-D library (every header outside 3d/),
# checked by tests/notebook_check.py; the 3-D floor prints after it.
PAGE_BUDGET, BUDGET_EXCLUDED = 10, ("3d/",)
# The page (docs/notebook.md): A4 landscape; millimetres.
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM, COLUMN_SEP = 6.0, 4.0, 5.5, 4.0
FONT_PT, CODE_SKIP_PT = 7, 7.0     # code: 7 pt on a 7 pt baseline
CHAR_W_PT = 0.525 * FONT_PT        # Latin Modern Typewriter: every glyph 0.525 em wide

# Chapters in the order of the floors: each header after the headers it includes.
CHAPTERS = [
    ("Foundation", ["scalar.hpp", "point.hpp", "where.hpp", "orient.hpp", "ccw.hpp",
                    "polar.hpp", "io.hpp", "fenwick.hpp", "radix_sort.hpp"]),
    ("Lines and segments", ["line_base.hpp", "on_segment.hpp", "line.hpp", "projection.hpp",
                            "line_intersection.hpp", "rational_point.hpp", "segment.hpp",
                            "intersection_exact.hpp", "dist2.hpp",
                            "distance.hpp", "line_distance.hpp"]),
    ("Polygons", ["polygon/area.hpp", "polygon/centroid.hpp", "polygon/convex.hpp",
                  "polygon/contains.hpp", "polygon/cut.hpp", "polygon/lattice.hpp"]),
    ("Convex hulls and convex polygons", [
        "hull/drop_near_collinear.hpp", "hull/convex_hull.hpp", "hull/convex_hull_fast.hpp",
        "hull/strict_vertex.hpp",
        "hull/point_in_convex.hpp", "hull/tangents.hpp", "hull/line_convex.hpp",
        "hull/diameter.hpp", "hull/calipers.hpp", "hull/minkowski.hpp",
        "hull/convex_intersection.hpp", "hull/layers.hpp", "hull/layers_fast.hpp",
        "hull/triangle_count.hpp"]),
    ("Circles", ["circle/circle.hpp", "circle/relation.hpp", "circle/contains.hpp",
                 "circle/intersect.hpp",
                 "circle/segment.hpp",
                 "circle/tangents.hpp", "circle/triangle.hpp", "circle/enclosing.hpp",
                 "circle/area.hpp", "circle/union.hpp"]),
    ("Sweeps, closest pair, half-planes", [
        "closest_pair.hpp", "closest_pair_fast.hpp", "sweep/segment_count.hpp",
        "sweep/any_intersection.hpp", "polygon/simple.hpp", "halfplane.hpp",
        "halfplane_exact.hpp", "halfplane_abc.hpp"]),
    ("Delaunay, Voronoi, spanning trees", [
        "delaunay.hpp", "delaunay_fast.hpp", "voronoi.hpp", "mst/kruskal.hpp",
        "mst/euclidean.hpp", "mst/manhattan.hpp"]),
    ("Unions", ["union/rectangles.hpp", "union/polygons.hpp"]),
    ("Dynamic structures", ["envelope/line_container.hpp", "envelope/li_chao.hpp",
                            "kdtree.hpp", "hull/online.hpp", "sweep/all_intersections.hpp",
                            "sweep/arrangement.hpp"]),
    ("Three dimensions", ["3d/point3.hpp", "3d/line3.hpp", "3d/plane.hpp", "3d/distance.hpp",
                          "3d/polyhedron.hpp", "3d/hull.hpp", "3d/sphere.hpp",
                          "3d/enclosing.hpp"]),
]
# A header not named above that lies in one of these folders goes at the end of the
# folder's chapter (by name). Any other header is printed last, in a chapter UNPLACED,
# with a warning; the notebook test fails until CHAPTERS places it.
FOLDER_CHAPTERS = {"polygon": "Polygons", "hull": "Convex hulls and convex polygons",
                   "envelope": "Dynamic structures",
                   "circle": "Circles", "sweep": "Sweeps, closest pair, half-planes",
                   "mst": "Delaunay, Voronoi, spanning trees", "union": "Unions",
                   "3d": "Three dimensions"}
UNPLACED = "Not yet placed (notebook/notebook.py: CHAPTERS)"
# The description (name, summary, Time) in at most two lines: about this many characters.
DESCRIPTION_MAX, TIME_MAX = 130, 45


class NotebookError(Exception):
    pass


def load_bundler():
    spec = importlib.util.spec_from_file_location(
        "cpgeo_bundle", os.path.join(os.path.dirname(HERE), "snippets", "bundle.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chapter_title(k):
    return CHAPTERS[k][0] if k < len(CHAPTERS) else UNPLACED


def opt_in(name):
    """An opt-in speed-up or variant of a job another header does (not in the default)."""
    return name.endswith("_fast.hpp") or name == "halfplane_exact.hpp"


# ----------------------------------------------------------------------------- the blocks
class Block:
    """One header as printed: name, description, time, includes (cpgeo paths), lines
    (code lines, None for a gap where the header has a blank line), hash, count."""

    def __init__(self, name, lines, includes, comment, bundle):
        self.name, self.lines, self.includes = name, lines, includes
        self.time = shorten(comment.get("Time", ""), TIME_MAX, clause=True)
        self.summary = shorten(comment.get("summary", ""),
                               DESCRIPTION_MAX - len(name) - len(self.time) - 10)
        code = [t for t in lines if t is not None]
        self.text = "\n".join(code) + "\n"
        self.hash = bundle.code_hash(self.text)
        self.count = len(code)


def shorten(text, limit, clause=False):
    """The first sentence of text (with clause, only up to a first ': ' right after a
    bracket, as in 'O(n log n): how'); past `limit`
    characters without its parenthesised asides ` (...)`, then cut at the last comma or
    semicolon outside brackets that leaves at least half, else after a word, with ' ...'."""
    m = re.search(r"[.?!](\s|$)", text)
    first = text[:m.end()].strip() if m else text.strip()
    if clause and re.search(r"[)\]]: ", first):
        first = first[:re.search(r"[)\]]: ", first).start() + 1]
    first = first.rstrip(".;:, ")
    if len(first) > limit:
        prev = None
        while prev != first:  # innermost asides first
            prev, first = first, re.sub(r" \([^()]*\)", "", first)
    if len(first) > limit:
        depth, cuts = 0, []
        for i, c in enumerate(first[:limit]):
            depth += c in "([{<"
            depth -= c in ")]}>" and not first[i - 1:i] == "-"  # -> is an arrow
            if depth == 0 and first[i:i + 2] in (", ", "; ") and i >= limit // 2:
                cuts.append(i)
        first = (first[:cuts[-1]] if cuts else first[:limit].rsplit(" ", 1)[0]) + " ..."
    return first


def sentence(text):
    """text ending in a full stop (unless it ends with ? or !)."""
    return text if text.endswith(("?", "!", ".")) else text + "."


def header_block(lib, bundle, name):
    path = os.path.join(lib.geometry, name)
    src = lib.load(path)
    guard = "NOTEBOOK_GUARD"
    body = src.body(guard)
    inner = bundle.without_namespace(body)
    body = inner if inner is not None else body
    raw = bundle.read_source(path).split("\n")
    lines, last = [], None
    for item in bundle.strip_comments(body):
        if item is None or item[1] is None:  # blank, or the guard lines
            continue
        text, (_, lineno) = item
        if last is not None and any(not raw[k].strip() for k in range(last, lineno - 1)):
            lines.append(None)  # a blank line of the header between the two
        lines.append(text.expandtabs(8).rstrip())
        last = lineno
    lines = compact(lines)
    wide = [t for t in lines if t is not None and len(t) > WIDTH]
    if wide:
        raise NotebookError(f"geometry/{name}: a code line of {len(wide[0])} columns, over "
                            f"{WIDTH}: {wide[0]!r}")
    includes = [lib.snippet_name(t) for _, t in src.local_includes() if lib.is_cpgeo(t)]
    comment = bundle.header_comment(bundle.read_source(path))
    return Block(name, lines, list(dict.fromkeys(includes)), comment, bundle)


CLOSER = re.compile(r"[})\]]+[;,]?")


CONTROL = re.compile(r"(if|for|while|else|case|default)\b")  # `if (c) a; b;` misleads


def indent(t):
    return len(t) - len(t.lstrip())


def compact(lines):
    """The printed layout packs what the header spreads: a line of closing brackets alone
    (`}`, `};`, `});`) joins the code line above it, and a statement joins the one above
    it when that ends in `;` at the same indentation; each only when the two fit in WIDTH.
    Paper saved, and the typing check ignores whitespace."""
    out = []
    for t in lines:
        prev = out[-1] if out else None
        if t is not None and prev is not None and not prev.lstrip().startswith("#") \
                and not t.lstrip().startswith("#") and len(prev) + 1 + len(t.strip()) <= WIDTH \
                and (CLOSER.fullmatch(t.strip()) or prev.endswith(";")
                     and not CLOSER.fullmatch(prev.strip())
                     and indent(prev) == indent(t) and not CONTROL.match(prev.lstrip())):
            out[-1] = prev + " " + t.strip()
        else:
            out.append(t)
    return out


def order(lib):
    """Every header of the library in print order as (chapter index, name; index
    len(CHAPTERS): UNPLACED); an error if a chapter names no header or one twice, or a
    header comes before one it includes."""
    known = {lib.snippet_name(h) for h in lib.headers()}
    listed = {n for _, names in CHAPTERS for n in names}
    titles = [t for t, _ in CHAPTERS]
    placed = []
    for k, (title, names) in enumerate(CHAPTERS):
        extra = sorted(n for n in known - listed if "/" in n
                       and FOLDER_CHAPTERS.get(n.split("/")[0]) == title)
        placed += [(k, n) for n in names + extra]
    names = [n for _, n in placed]
    unplaced = sorted(known - set(names))
    if unplaced:
        print("notebook: warning: no chapter for " + ", ".join(unplaced) + ": printed last"
              " (add them to CHAPTERS in notebook/notebook.py)", file=sys.stderr)
        placed += [(len(CHAPTERS), n) for n in unplaced]
        names += unplaced
    problems = [f"notebook/notebook.py: FOLDER_CHAPTERS names no chapter {t!r}"
                for t in FOLDER_CHAPTERS.values() if t not in titles]
    problems += [f"notebook/notebook.py: CHAPTERS names {n}, which is no header"
                 for n in names if n not in known]
    problems += [f"notebook/notebook.py: CHAPTERS names {n} twice"
                 for n in sorted(set(names)) if names.count(n) > 1]
    if problems:
        raise NotebookError("\n".join(problems))
    seen = set()
    for n in names:
        for _, t in lib.load(os.path.join(lib.geometry, n)).local_includes():
            dep = lib.snippet_name(t)
            if lib.is_cpgeo(t) and dep not in seen:
                raise NotebookError(f"notebook/notebook.py: CHAPTERS puts {n} before {dep},"
                                    " which it includes")
        seen.add(n)
    return placed


def select(lib, placed, spec):
    """The names to print, in print order, for a selection spec (default, all, or a list;
    a list gets its dependency closure)."""
    spec = (spec or "default").strip()
    names = [n for _, n in placed]
    if spec == "default":
        return [n for n in names if not opt_in(n)], []
    if spec == "all":
        return names, []
    wanted, added = set(), []
    for item in re.split(r"[\s,;]+", spec):
        if not item:
            continue
        item = item[len("geometry/"):] if item.startswith("geometry/") else item
        item = item if item.endswith(".hpp") else item + ".hpp"
        if item not in names:
            raise NotebookError(f"--headers: no header geometry/{item}")
        for src in lib.closure(os.path.join(lib.geometry, item), set(), []):
            dep = lib.snippet_name(src.path)
            if dep != item and dep not in wanted and dep not in added:
                added.append(dep)
        wanted.add(item)
    added = [a for a in added if a not in wanted]
    return [n for n in names if n in wanted or n in added], added


# ----------------------------------------------------------------------------- LaTeX
TEXT_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
                "#": r"\#", "^": r"\textasciicircum{}", "_": r"\_", "%": r"\%",
                "~": r"\textasciitilde{}", "<": r"\textless{}", ">": r"\textgreater{}",
                "|": r"\textbar{}", "∩": r"$\cap$", "≈": r"$\approx$", "×": r"$\times$",
                "≤": r"$\le$", "≥": r"$\ge$", "–": "--", "—": "---", "'": "'"}
# Code: every character from the typewriter font's own glyph, no ligature (-{} <{} ...),
# straight quotes, so pdftotext and a typist read back exactly the ASCII of the header.
CODE_ESCAPES = {" ": r"\ ", "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$",
                "&": r"\&", "#": r"\#", "^": r"\textasciicircum{}", "_": r"\_", "%": r"\%",
                "~": r"\textasciitilde{}", "'": r"\textquotesingle{}", '"': r"\textquotedbl{}",
                "`": r"\textasciigrave{}", "-": "-{}", "<": "<{}", ">": ">{}", ",": ",{}",
                "!": "!{}", "?": "?{}"}


def tex_text(s):
    out = []
    for c in s:
        if c in TEXT_ESCAPES:
            out.append(TEXT_ESCAPES[c])
        elif c < "\x80":
            out.append(c)
        else:
            raise NotebookError(f"no LaTeX for the character {c!r} in {s!r}")
    return "".join(out)


def tex_code(s):
    for c in s:
        if not (" " <= c < "\x7f"):
            raise NotebookError(f"code line with the character {c!r}: {s!r}")
    return "".join(CODE_ESCAPES.get(c, c) for c in s)


PREAMBLE = r"""\documentclass[10pt]{article}
%% Generated by notebook/notebook.py from geometry/; do not edit.
\pdfgentounicode=1 \input{glyphtounicode}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[a4paper,landscape,left=%(mx)smm,right=%(mx)smm,top=%(mt)smm,bottom=%(mb)smm,
  footskip=3mm,nohead]{geometry}
\usepackage{multicol}
\setlength{\columnsep}{%(sep)smm}
\setlength{\columnseprule}{0.2pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0pt}
\raggedcolumns
\renewcommand{\normalsize}{\fontsize{%(font)s}{%(skip)s}\selectfont}
\normalsize
\pagestyle{plain}
\renewcommand{\thepage}{\fontsize{%(font)s}{%(skip)s}\selectfont\arabic{page}}
\hbadness=10000 \vbadness=10000 \tolerance=2000 \emergencystretch=1em
\interlinepenalty=10000 \clubpenalty=10000 \widowpenalty=10000 %% no break inside a paragraph
\hyphenpenalty=50 \exhyphenpenalty=50 \binoppenalty=10000 \relpenalty=10000
\newcommand{\cf}{\ttfamily\fontsize{%(font)s}{%(cskip)s}\selectfont}
%% a code line: exactly one column wide; a wider one is an Overfull \hbox in the log
\newcommand{\cl}[1]{\hbox to \linewidth{\cf #1\hfil}}
\newcommand{\cgap}{\vskip 2pt plus 1pt}
%% a header: name, summary, Time (hanging lines); caption: includes, hash and lines
\newcommand{\hdr}[4]{\par\ifnum\lastpenalty=10000 \else\addvspace{2pt plus 1pt}\penalty-100\fi
  \hangindent=1em \hangafter=1 \textbf{#1}\ \ #2\quad\textit{Time:} #3\par
  \nopagebreak\hbox to \linewidth{\itshape #4}\nopagebreak}
\newcommand{\chap}[1]{\par\addvspace{4pt plus 2pt}\penalty-300
  \hbox to \linewidth{\fontsize{9}{10}\selectfont\bfseries #1\hfil}\nopagebreak
  \hrule height 0.6pt\nopagebreak\vskip 1.5pt\nobreak}
\begin{document}
\begin{multicols*}{3}
"""


def first_page(bundle, blocks):
    hash_cmd = bundle.HASH_COMMAND.replace("FILE", "typed.cpp")
    intro = [
        r"{\fontsize{11}{12}\selectfont\bfseries cpgeo} \hfill "
        r"computational geometry, C++17\par\vskip 2pt\hrule\vskip 3pt",
        r"\textbf{Typing check.} Type a block, then run this; it prints the caption's hash "
        r"(whitespace and comments do not count):\par",
        r"\vskip 1pt\cl{" + tex_code(hash_cmd[:hash_cmd.index("|") - 1] + " \\") + "}",
        r"\cl{" + tex_code("  " + hash_cmd[hash_cmd.index("|"):]) + "}\\vskip 2pt",
        r"Each block is the header's own code: it needs the blocks named on the left of its "
        r"caption, and \verb|#include <bits/stdc++.h>| above them; in the library it lies "
        r"inside \texttt{namespace geo \{ \}} (type that around all of it, or leave it out).\par",
        r"\vskip 3pt\textbf{Precision} (docs/eps.md).\par",
        r"\textbullet\ \texttt{Point<long long>}: exact in \emph{the coordinate range}, "
        r"$|x|,|y| \le 10^9$ (asserted: \texttt{in\_range(p, 1e9)}): a cross or dot product of "
        r"differences fits in $8\cdot10^{18}$; degree 3--4 terms (in-circle) use "
        r"\texttt{wide\_t} = \texttt{\_\_int128}. Prefer it whenever the input is integral.\par",
        r"\textbullet\ \texttt{double}: \texttt{eps<T>} is a \emph{length}, default "
        r"$10^{-9}$ (0 for exact types): \texttt{orient} is 0 when the triangle's smallest "
        r"altitude is $\le$ eps; never compare a product (an area) with eps. The band holds "
        r"for $|x|,|y| \le 3.9\cdot10^5$ (\texttt{long double}: $8\cdot10^8$); for larger "
        r"coordinates set \texttt{geo::eps<double> = 23 * 1.11e-16 * M}.\par",
        r"\textbullet\ Comparators (\texttt{<}, \texttt{==}, sorting) never use eps; "
        r"\texttt{sgn} applies it to lengths.\par",
        r"\textbullet\ Asserts check ranges and degenerate input: keep them on "
        r"(no \texttt{-DNDEBUG}) while testing.\par",
        r"\vskip 3pt\textbf{Contents}\par\vskip 1pt",
    ]
    toc, chapter, pending = [], None, []

    def entry(b):  # the name without folder (the chapter says it) and .hpp; its page
        return (r"\hbox to 0.333\linewidth{" + tex_text(b.name.split("/")[-1][:-4]) + r"\ \dotfill\ "
                + f"\\pageref{{h:{b.label}}}" + "}")

    def flush():  # three entries a line
        for k in range(0, len(pending), 3):
            toc.append(r"\hbox to \linewidth{" + "".join(pending[k:k + 3]) + r"\hfil}")
        pending.clear()

    for b in blocks:
        if b.chapter != chapter:
            flush()
            chapter = b.chapter
            toc.append(r"\hbox to \linewidth{\textbf{" + f"{chapter + 1}\\ "
                       + tex_text(chapter_title(chapter)) + r"}\hfil}")
        pending.append(entry(b))
    flush()
    return "\n".join(intro + [r"{\fontsize{6.5}{7}\selectfont"] + toc + ["}"]) + "\n"


def latex(bundle, blocks):
    params = {"mx": MARGIN_X, "mt": MARGIN_TOP, "mb": MARGIN_BOTTOM, "sep": COLUMN_SEP,
              "font": FONT_PT, "skip": CODE_SKIP_PT + 0.2, "cskip": CODE_SKIP_PT}
    out = [PREAMBLE % params, first_page(bundle, blocks)]
    chapter = None
    for b in blocks:
        if b.chapter != chapter:
            chapter = b.chapter
            out.append(r"\chap{" + f"{chapter + 1}\\quad " + tex_text(chapter_title(chapter))
                       + "}\n")
        here = b.name.rsplit("/", 1)[0] + "/" if "/" in b.name else ""
        # includes from the header's own folder without that folder, as its #include says
        caption = ", ".join(i[len(here):] if here and i.startswith(here) else i
                            for i in b.includes) if b.includes else "--"
        out.append(r"\hdr{" + tex_text(b.name) + r"\label{h:" + b.label + "}}{"
                   + tex_text(sentence(b.summary)) + "}{" + tex_text(sentence(b.time)) + "}{"
                   + tex_text(caption) + r"\hfil\upshape " + f"{b.hash}, {b.count} lines"
                   + "}\n")
        code = []
        for k, t in enumerate(b.lines):
            if t is None:
                code.append(r"\cgap")
            else:
                code.append(r"\cl{" + tex_code(t) + "}")
                if k < 2 or k >= len(b.lines) - 2:
                    code.append(r"\nopagebreak")  # no lone first or last line
        out.append("\n".join(code) + "\n")
    out.append("\\end{multicols*}\n\\end{document}\n")
    return "".join(out)


# ----------------------------------------------------------------------------- the PDF
def build(tex, pdf, keep_dir=None):
    """Run pdflatex twice (the page references) in a work folder; copy the PDF to `pdf`.
    Returns (pages, log). An error if pdflatex fails or a code line is overfull."""
    if shutil.which("pdflatex") is None:
        raise NotebookError("pdflatex not found: apt-get install texlive-latex-base lmodern")
    work = keep_dir or tempfile.mkdtemp(prefix="cpgeo-notebook-")
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "notebook.tex"), "w", encoding="utf-8") as f:
        f.write(tex)
    try:
        for _ in range(2):
            p = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                                "notebook.tex"], cwd=work, capture_output=True, timeout=300)
            log = read_log(work)
            if p.returncode != 0:
                tail = "\n".join(log.split("\n")[-30:])
                raise NotebookError(f"pdflatex failed (log: {work}/notebook.log):\n{tail}")
        overfull = re.findall(r"Overfull \\hbox \((.*?)\) .*?lines? (\d+)", log)
        if overfull:
            raise NotebookError(f"{len(overfull)} overfull line(s), first {overfull[0][0]} at "
                                f"notebook.tex:{overfull[0][1]} (log: {work}/notebook.log)")
        m = re.search(r"Output written on notebook\.pdf \((\d+) pages?", log)
        os.makedirs(os.path.dirname(os.path.abspath(pdf)), exist_ok=True)
        shutil.copyfile(os.path.join(work, "notebook.pdf"), pdf)
        return int(m.group(1)), log
    finally:
        if keep_dir is None:
            shutil.rmtree(work, ignore_errors=True)


def read_log(work):
    try:
        with open(os.path.join(work, "notebook.log"), encoding="latin-1") as f:
            return f.read()
    except OSError:
        return ""


def make_blocks(root, spec):
    bundle = load_bundler()
    lib = bundle.Library(root)
    placed = order(lib)
    names, added = select(lib, placed, spec)
    chapter_of = dict((n, k) for k, n in placed)
    blocks = []
    for i, n in enumerate(names):
        b = header_block(lib, bundle, n)
        b.chapter, b.label = chapter_of[n], str(i)
        blocks.append(b)
    return bundle, blocks, added


def main(argv=None):
    p = argparse.ArgumentParser(prog="notebook.py", description=__doc__.split("\n\n")[0])
    p.add_argument("-o", "--output", default="notebook.pdf", help="the PDF to write")
    p.add_argument("--headers", default="default",
                   help="default, all, or header paths below geometry/ (space, comma or "
                   "semicolon separated; their includes are added)")
    p.add_argument("--tex-only", metavar="TEX", help="write the LaTeX here, run no pdflatex")
    p.add_argument("--keep", metavar="DIR", help="run pdflatex in DIR and keep its files")
    p.add_argument("--root", default=os.path.dirname(HERE), help="the repository")
    args = p.parse_args(argv)
    try:
        bundle, blocks, added = make_blocks(os.path.abspath(args.root), args.headers)
        if added:
            print("notebook: added what the selection includes: " + ", ".join(added),
                  file=sys.stderr)
        tex = latex(bundle, blocks)
        if args.tex_only:
            with open(args.tex_only, "w", encoding="utf-8") as f:
                f.write(tex)
            return 0
        pages, _ = build(tex, args.output, args.keep)
    except NotebookError as e:
        print(f"notebook: error: {e}", file=sys.stderr)
        return 1
    lines = sum(b.count for b in blocks)
    print(f"notebook: {args.output}: {pages} pages, {len(blocks)} headers, {lines} code lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
