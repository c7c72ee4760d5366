#!/usr/bin/env python3
"""Checks the printed notebook (notebook/notebook.py) from the PDF itself, as a team would:

  python3 tests/notebook_check.py PDF [--headers SEL] [--budget N] [--png-dir DIR] [--self-test]

Reads the PDF back with poppler (pdfinfo, pdftotext -bbox-layout: every word and where it
is), cuts it into the three columns, and finds each header's block by its caption
`hash, N lines`. It fails (exit 1, one line per problem) unless:
  - the blocks are exactly the selection's headers (SEL as for notebook.py; default:
    default), in order, each once, and no header sits in the unplaced chapter;
  - each caption's hash is what the typing check prints for the block's code read back from
    the PDF:  cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
    (run by the shell), and also what it prints for the header's own code taken from the
    repository (cpp on geometry/X.hpp, its #include lines and namespace geo { } dropped);
    N is the number of code lines read back; the header's own code has N lines or more (the printed layout
    joins short lines: notebook.py's compact);
  - no code line is wider than 63 characters, and no word crosses its column's right edge;
  - each description takes at most two lines;
  - page 1 holds the typing check, the precision rules and the contents;
  - the 2-D library (every block but those under 3d/) ends by page N (default: 10 for the
    default selection, else no limit; the 3-D floor prints after it);
  - page 1 and a code page, rendered by pdftoppm (PNG, kept in DIR), have ink in each of
    the three columns.
--self-test first shows that a wrong hash, a too-wide line, a missing header, one page too
many and a blank page each make the check fail. Python 3 standard library, poppler-utils,
cpp (GCC's) and bash.
"""
import argparse
import copy
import importlib.util
import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HASH_COMMAND = "cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6"
WIDTH = 63
CAPTION = re.compile(r"^(.*?)\s*\b([0-9a-f]{6}), (\d+) lines$")
MM = 72 / 25.4


def load_notebook():
    spec = importlib.util.spec_from_file_location(
        "cpgeo_notebook", os.path.join(ROOT, "notebook", "notebook.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NB = load_notebook()


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, check=True, **kw).stdout


HASHES = {}


def shell_hash(text):
    """The typing check run by bash on a file holding text."""
    if text in HASHES:
        return HASHES[text]
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as f:
        f.write(text)
    try:
        HASHES[text] = run(["bash", "-c", HASH_COMMAND.replace("FILE", shlex.quote(f.name))]).strip()
        return HASHES[text]
    finally:
        os.unlink(f.name)


def repository_code(root, name):
    """The header's own code as cpp sees it, without #include lines and without the
    namespace geo { } lines around it: what the notebook must print (up to layout)."""
    out = run(["cpp", "-xc++", "-dD", "-P", "-fpreprocessed",
               os.path.join(root, "geometry", name)])
    lines = [t for t in out.split("\n") if t.strip() and not t.startswith("#include")]
    if lines and lines[0].strip() == "namespace geo {" and lines[-1].strip() == "}":
        lines = lines[1:-1]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- reading
def columns(page_w):
    """[(left, right)] of the three columns, in points."""
    left = NB.MARGIN_X * MM
    width = (page_w - 2 * left - 2 * NB.COLUMN_SEP * MM) / 3
    return [(left + k * (width + NB.COLUMN_SEP * MM),
             left + k * (width + NB.COLUMN_SEP * MM) + width) for k in range(3)]


def read_lines(pdf):
    """Every text line of the PDF in reading order (page, column, top to bottom), as
    (page, column, words), each word (xMin, xMax, text); page numbers left out."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "t.html")
        run(["pdftotext", "-bbox-layout", pdf, out])
        tree = ET.parse(out)
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    result = []
    for p, page in enumerate(tree.getroot().iter("{%s}page" % ns["h"]), 1):
        w, h = float(page.get("width")), float(page.get("height"))
        cols = columns(w)
        bottom = h - NB.MARGIN_BOTTOM * MM
        found = {}
        for line in page.iter("{%s}line" % ns["h"]):
            for word in line.iter("{%s}word" % ns["h"]):
                x0, x1 = float(word.get("xMin")), float(word.get("xMax"))
                y0, y1 = float(word.get("yMin")), float(word.get("yMax"))
                if y0 > bottom:
                    continue  # the page number
                col = max(k for k in range(3) if x0 >= cols[k][0] - 1 or k == 0)
                key = (col, round(y1, 0))
                found.setdefault(key, []).append((x0, x1, word.text or ""))
        for (col, y), words in sorted(found.items()):
            result.append((p, col, sorted(words)))
    return result


def code_text(words, left, char_w):
    """A code line rebuilt from its words: each at its column of the fixed-width font."""
    out = ""
    for x0, _, t in words:
        pos = max(round((x0 - left) / char_w), len(out) + (1 if out else 0))
        out += " " * (pos - len(out)) + t
    return out


class Block:
    def __init__(self, name, heading, includes, hash, count):
        self.name, self.heading, self.includes = name, heading, includes
        self.hash, self.count = hash, count
        self.code, self.overhang = [], []  # code lines; words past the column edge
        self.last_page = 0


def parse(pdf):
    """(pages, first page's text, blocks, char width) read back from the PDF."""
    info = run(["pdfinfo", pdf])
    pages = int(re.search(r"(?m)^Pages:\s+(\d+)", info).group(1))
    w = float(re.search(r"(?m)^Page size:\s+([\d.]+)", info).group(1))
    lines = read_lines(pdf)
    cols = columns(w)
    texts = [" ".join(t for _, _, t in words) for _, _, words in lines]
    caps = [i for i, t in enumerate(texts) if CAPTION.match(t)]
    # the fixed-width font's pitch, from the words of the code lines
    widths = sorted((x1 - x0) / len(t) for i in caps for _, _, ws in lines[i + 1:i + 4]
                    for x0, x1, t in ws if len(t) >= 4)
    char_w = widths[len(widths) // 2] if widths else NB.CHAR_W_PT
    first_page = "\n".join(t for (p, _, _), t in zip(lines, texts) if p == 1)
    blocks = []
    starts = []
    for i in caps:
        k = i - 1  # the heading: back to its first line, which starts with a header name
        while k > 0 and not re.match(r"^\S+\.hpp\b", texts[k]) and i - k < 4:
            k -= 1
        starts.append(k)
    for n, i in enumerate(caps):
        m = CAPTION.match(texts[i])
        name = texts[starts[n]].split()[0]
        b = Block(name, texts[starts[n]:i], m.group(1), m.group(2), int(m.group(3)))
        end = starts[n + 1] if n + 1 < len(caps) else len(lines)
        for j in range(i + 1, end):
            p, col, words = lines[j]
            if re.match(r"^\d+ [A-Z]", texts[j]) and j + 1 == end:
                continue  # the next chapter's title
            b.code.append(code_text(words, cols[col][0], char_w))
            b.last_page = p
            b.overhang += [t for _, x1, t in words if x1 > cols[col][1] + 0.5]
        blocks.append(b)
    return pages, first_page, blocks, char_w


# ----------------------------------------------------------------------------- checking
def budget_pages(blocks):
    """The page where the last block of the 2-D library ends (the budget's pages)."""
    return max([b.last_page for b in blocks if not b.name.startswith(NB.BUDGET_EXCLUDED)]
               or [0])


def problems_of(pages, first_page, blocks, expected, budget, root):
    """The problems found; `pages` are those the budget counts (budget_pages)."""
    out = []
    got = [b.name for b in blocks]
    for n in expected:
        if got.count(n) != 1:
            out.append(f"{n}: printed {got.count(n)} times, expected once")
    out += [f"{n}: printed, not in the selection" for n in dict.fromkeys(got) if n not in expected]
    if not out and got != expected:
        out.append("headers out of order: " + ", ".join(got))
    if NB.UNPLACED.split(" (")[0] in first_page:
        out.append("a header has no chapter (notebook/notebook.py: CHAPTERS)")
    for needle in ["cpp -xc++ -dD -P -fpreprocessed", "md5sum", "Precision", "coordinate",
                   "eps", "Contents"]:
        if needle not in first_page:
            out.append(f"page 1 lacks {needle!r}")
    for b in blocks:
        code = "\n".join(b.code) + "\n"
        typed = shell_hash(code)
        if typed != b.hash:
            out.append(f"{b.name}: caption hash {b.hash}, the typing check on the printed "
                       f"code gives {typed}")
        if b.name in expected:
            repo = repository_code(root, b.name)
            if shell_hash(repo) != b.hash:
                out.append(f"{b.name}: caption hash {b.hash}, the header's code in the "
                           f"repository gives {shell_hash(repo)}")
            n_repo = sum(1 for t in repo.split("\n") if t.strip())
            if not b.count <= n_repo:  # the layout only joins lines
                out.append(f"{b.name}: caption says {b.count} lines, the header has {n_repo}")
        n_printed = sum(1 for t in b.code if t.strip())
        if n_printed != b.count:
            out.append(f"{b.name}: caption says {b.count} lines, {n_printed} printed")
        wide = [t for t in b.code if len(t) > WIDTH]
        if wide:
            out.append(f"{b.name}: a code line of {len(wide[0])} characters, over {WIDTH}: "
                       f"{wide[0]!r}")
        if b.overhang:
            out.append(f"{b.name}: {b.overhang[0]!r} crosses the column's right edge")
        if len(b.heading) > 2:
            out.append(f"{b.name}: its description takes {len(b.heading)} lines, over 2")
    if budget is not None and pages > budget:
        out.append(f"the 2-D library takes {pages} pages, over the budget of {budget}")
    return out


# ----------------------------------------------------------------------------- pictures
def read_png_gray(path):
    """(width, height, rows of gray values) of an 8-bit grayscale, RGB or RGBA PNG (what
    pdftoppm -png writes), without interlacing."""
    with open(path, "rb") as f:
        data = f.read()
    pos, idat, w, h, bpp = 8, b"", 0, 0, 1
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, color = struct.unpack(">IIBB", body[:10])
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}.get(color)
            if depth != 8 or bpp is None or body[12] != 0:
                raise ValueError(f"{path}: not an 8-bit gray/RGB(A) PNG without interlacing")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, rows, stride = zlib.decompress(idat), [], w * bpp
    prev = bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        gray = 1 if bpp < 3 else 3
        rows.append(bytearray(sum(line[x:x + gray]) // gray for x in range(0, stride, bpp)))
    return w, h, rows


def ink_problems(label, w, h, rows):
    """Each third of the text area needs ink (dark pixels) on at least 0.5% of its pixels
    (a sparse code column has about 2%, an empty one none)."""
    out = []
    left = round(NB.MARGIN_X * MM / (NB.PAGE_W * MM) * w)
    third = (w - 2 * left) / 3
    for k in range(3):
        x0, x1 = left + round(k * third), left + round((k + 1) * third)
        dark = sum(1 for r in rows for v in r[x0:x1] if v < 128)
        share = dark / max(1, (x1 - x0) * h)
        if share < 0.005:
            out.append(f"{label}: column {k + 1} has ink on {share:.2%} of it, under 0.5%")
    return out


def render(pdf, page, png_dir):
    os.makedirs(png_dir, exist_ok=True)
    stem = os.path.join(png_dir, f"page-{page}")
    run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l",
         str(page), pdf, stem])
    return stem + ".png"


def picture_problems(pdf, png_dir, pages):
    code_page = min(2, pages)
    out = []
    for page in dict.fromkeys([1, code_page]):
        path = render(pdf, page, png_dir)
        out += ink_problems(f"page {page} ({path})", *read_png_gray(path))
    return out


# ----------------------------------------------------------------------------- main
def self_test(parsed, expected, budget, root):
    """Each broken copy of the real reading must fail (the reading itself may fail too:
    the failures below must then be among its problems)."""
    _, first, blocks, _ = parsed
    pages = budget_pages(blocks)
    base = set(problems_of(pages, first, blocks, expected, budget, root))
    cases = []
    bad = copy.deepcopy(blocks)
    bad[3].hash = "%06x" % ((int(bad[3].hash, 16) + 1) % (1 << 24))
    cases.append(("wrong hash", bad, pages, "caption hash"))
    bad = copy.deepcopy(blocks)
    bad[5].code[-1] += " " * WIDTH + "/* wide */"
    cases.append(("too-wide line", bad, pages, "over 63"))
    bad = copy.deepcopy(blocks)
    del bad[7]
    cases.append(("missing header", bad, pages, "printed 0 times"))
    cases.append(("one page too many", blocks, (budget or pages) + 1, "over the budget"))
    for label, bl, pg, needle in cases:
        got = problems_of(pg, first, bl, expected, budget if budget is not None else pages,
                          root)
        if not any(needle in g for g in set(got) - base):
            sys.exit(f"self-test: {label}: the check did not fail ({got})")
    w, h = 90, 60
    blank = [bytearray([255] * w) for _ in range(h)]
    if not ink_problems("blank", w, h, blank):
        sys.exit("self-test: a blank page passed the ink check")
    print("self-test: ok (wrong hash, too-wide line, missing header, too many pages and a "
          "blank page each fail)")


def main(argv=None):
    p = argparse.ArgumentParser(prog="notebook_check.py", description=__doc__.split("\n\n")[0])
    p.add_argument("pdf")
    p.add_argument("--headers", default="default")
    p.add_argument("--budget", type=int)
    p.add_argument("--png-dir", help="where the rendered pages go (default: beside the PDF)")
    p.add_argument("--root", default=ROOT, help="the repository the PDF was printed from")
    p.add_argument("--self-test", action="store_true")
    args = p.parse_args(argv)
    lib = NB.load_bundler().Library(args.root)
    expected, _ = NB.select(lib, NB.order(lib), args.headers)
    spec = (args.headers or "default").strip()
    budget = args.budget if args.budget is not None else (
        NB.PAGE_BUDGET if spec == "default" else None)
    parsed = parse(args.pdf)
    png_dir = args.png_dir or os.path.join(os.path.dirname(os.path.abspath(args.pdf)),
                                           "notebook-pages")
    if args.self_test:
        self_test(parsed, expected, budget, args.root)
    pages, first, blocks, char_w = parsed
    problems = problems_of(budget_pages(blocks), first, blocks, expected, budget, args.root)
    problems += picture_problems(args.pdf, png_dir, pages)
    for line in problems:
        print(f"FAIL {line}")
    lines = sum(b.count for b in blocks)
    print(f"{args.pdf}: {pages} pages, the 2-D library's end on page {budget_pages(blocks)} "
          f"(budget {budget if budget is not None else '-'}), "
          f"{len(blocks)} headers, {lines} code lines, {len(problems)} problem(s); "
          f"pages rendered to {png_dir}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
