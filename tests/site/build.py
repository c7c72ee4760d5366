#!/usr/bin/env python3
"""Build the docs site:   python3 tests/site/build.py [--out DIR]     (DIR: build/site)

Stages README.md (the home page), docs/**/*.md and every repository file they link (found
transitively, so the links work on the site as they do on a repository browser) into
DIR/src; appends to each header page docs/<path>.md a section with geometry/<path>.hpp and
snippets/<path>.hpp in code blocks with their hashes; runs `mkdocs build --strict` (the
settings are in mkdocs.yml) into DIR/html; then checks every link inside the pages' content,
anchors included (mkdocs 1.4 checks files only). Exit 1 on any warning or broken link.
Open DIR/html/index.html, or serve it for the search box:
    python3 -m http.server -d build/site/html 8000     # then http://localhost:8000
Needs Debian's mkdocs and mkdocs-material (apt-get install mkdocs mkdocs-material)."""
import argparse
import html.parser
import os
import posixpath
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "snippets"))
from bundle import code_hash  # noqa: E402  (the snippets' own hash)

LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.M)
SNIPPET_HASH = re.compile(r"\bhash ([0-9a-f]{6})\b")


def link_targets(rel, text):
    """Repository paths (posix, relative to ROOT) of the relative links in page `rel`."""
    for url in LINK.findall(text) + REF_DEF.findall(text):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path or url.startswith("/"):
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(rel),
                                                 urllib.parse.unquote(parts.path)))
        if not path.startswith("..") and not path.split("/")[0].startswith((".", "build")):
            yield path


def for_mkdocs(text):
    """GitHub Markdown -> Python-Markdown: the title from the H1 as written (mkdocs 1.4 keeps
    its backticks and drops `<T>`); `\\|` in a table's code span is `|` (no escape there)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("|"):
            lines[i] = re.sub(r"`[^`]*`", lambda m: m.group(0).replace("\\|", "|"), line)
    m = re.match(r"# (.+)", text)
    title = html.escape(m.group(1).replace("`", "")) if m else None
    return (f"---\ntitle: '{title}'\n---\n" if title else "") + "\n".join(lines)


def stage(src):
    """Copy the pages and what they link into src; returns the staged .md paths."""
    queue = ["README.md"] + sorted(p.relative_to(ROOT).as_posix()
                                   for p in (ROOT / "docs").rglob("*.md"))
    staged = set()
    while queue:
        rel = queue.pop(0)
        full = ROOT / rel
        if rel in staged or not full.exists():
            continue  # a missing target is left for mkdocs to report
        staged.add(rel)
        if full.is_dir():  # a linked folder: its files, as a repository browser lists them
            queue += sorted(f"{rel}/{p.name}" for p in full.iterdir() if p.is_file())
            continue
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        if not rel.endswith(".md"):
            shutil.copyfile(full, src / rel)
            continue
        text = full.read_text(encoding="utf-8")
        queue += link_targets(rel, text)
        (src / rel).write_text(for_mkdocs(text), encoding="utf-8")
    return sorted(r for r in staged if r.endswith(".md"))


def fenced(path, indent="    "):
    body = (ROOT / path).read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines = ["```cpp"] + body + ["```"]
    return "\n".join((indent + line).rstrip() for line in lines)


def header_section(page, src):
    """The appended section of docs/<path>.md, or None if geometry/<path>.hpp is no header;
    stages both files."""
    path = page[len("docs/"):-len(".md")]
    header, snippet = f"geometry/{path}.hpp", f"snippets/{path}.hpp"
    if not page.startswith("docs/") or not (ROOT / header).is_file():
        return None
    if not (ROOT / snippet).is_file():
        sys.exit(f"tests/site/build.py: {snippet} is missing: run python3 snippets/bundle.py")
    first = (ROOT / snippet).read_text(encoding="utf-8").split("\n", 1)[0]
    m = SNIPPET_HASH.search(first)
    if not m:
        sys.exit(f"tests/site/build.py: {snippet}: no hash on its first line")
    for f in (header, snippet):
        (src / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / f, src / f)
    up = "../" * page.count("/")
    hh = code_hash((ROOT / header).read_text(encoding="utf-8"))
    return f"""

## Header and snippet

[`{header}`]({up}{header}) is what `#include` reads (hash `{hh}`);
[`{snippet}`]({up}{snippet}) is the self-contained file to paste (hash `{m.group(1)}`, on its
first line). A hash is the md5 of the code without comments and whitespace: check a copy
with `cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6`.

???+ example "{header} &nbsp; hash {hh}"

{fenced(header)}

??? example "{snippet} &nbsp; hash {m.group(1)}"

{fenced(snippet)}
"""


class Links(html.parser.HTMLParser):
    """ids of a page, and the links inside its <article> (the page's own content)."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.depth = set(), [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("id", "name"):
            if a.get(key):
                self.ids.add(a[key])
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("a", "img") and a.get("href" if tag == "a" else "src"):
            self.links.append(a["href" if tag == "a" else "src"])

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1


def check_links(html_dir):
    """Every relative link in a page's content reaches a file (and its anchor)."""
    pages = {}
    for p in html_dir.rglob("*.html"):
        parser = Links()
        parser.feed(p.read_text(encoding="utf-8"))
        pages[p.relative_to(html_dir).as_posix()] = parser
    broken = []
    for name, parser in sorted(pages.items()):
        for url in parser.links:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or parts.netloc:
                continue
            target = name if not parts.path else posixpath.normpath(posixpath.join(
                posixpath.dirname(name), urllib.parse.unquote(parts.path)))
            if target.startswith("..") or not (html_dir / target).exists():
                broken.append(f"{name}: link {url}: no such file on the site")
            elif parts.fragment and target.endswith(".html") and \
                    urllib.parse.unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{name}: link {url}: no such anchor in {target}")
    return broken


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "build" / "site"),
                    help="output folder (default build/site): src/ staged pages, html/ the site")
    out = Path(ap.parse_args().out).resolve()
    if not shutil.which("mkdocs"):
        sys.exit("tests/site/build.py: no mkdocs: apt-get install -y mkdocs mkdocs-material")
    src, site = out / "src", out / "html"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    pages = stage(src)
    headers = 0
    for page in pages:
        section = header_section(page, src)
        if section:
            headers += 1
            with open(src / page, "a", encoding="utf-8") as f:
                f.write(section)
    config = out / "mkdocs.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: src\nsite_dir: html\n",
                      encoding="utf-8")
    run = subprocess.run(["mkdocs", "build", "--strict", "--clean", "-f", str(config)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    shown = False  # mkdocs's warnings and errors, not its INFO lines (nor their tracebacks)
    for line in run.stdout.splitlines():
        level = re.match(r"(?:\x1b\[\d+m)?([A-Z]+)\s+-", line)
        shown = level.group(1) != "INFO" if level else shown
        if shown:
            print(line, file=sys.stderr)
    if run.returncode:
        sys.exit(f"tests/site/build.py: mkdocs build --strict failed (exit {run.returncode})")
    broken = check_links(site)
    for line in broken:
        print(f"tests/site/build.py: {line}", file=sys.stderr)
    if broken:
        sys.exit(f"tests/site/build.py: {len(broken)} broken link(s)")
    print(f"site: {len(pages)} pages ({headers} header pages) in {site}/index.html")


if __name__ == "__main__":
    main()
