#!/usr/bin/env python3
"""Every judge program names its upstream problem the way competitive-verifier and
online-judge-verify-helper read it, so anyone with network access can verify the program
against the judge's official data:

  // competitive-verifier: PROBLEM <url>     exactly once, the URL of NAME.cpp's problem
  // competitive-verifier: ERROR <tolerance> optional, at most once (real-valued output)

AOJ's CGL_T_X is https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/T/CGL_T_X (a form
the tools' AOJ URL parser accepts), any other NAME is https://judge.yosupo.jp/problem/NAME,
except cpgeo's own problems (LOCAL: no upstream judge has them), which carry exactly one
`// cpgeo-judge: LOCAL` line instead, and need their checkers/NAME.py.

  python3 tests/problems/test_markers.py
"""
import glob
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"^//[ \t]*competitive-verifier:[ \t]*(\S+)[ \t]*(.*?)[ \t]*$", re.M)
AOJ = re.compile(r"CGL_(\d+)_[A-Z]")
LOCAL_MARK = re.compile(r"^//[ \t]*cpgeo-judge:[ \t]*LOCAL\b", re.M)
LOCAL = {"convex_hull_3d", "max_points_in_circle", "min_area_rectangle",
         "nearest_neighbors", "planar_arrangement", "points_in_polygon",
         "polygon_triangulation", "segment_intersections"}  # no upstream URL


def expected_url(name):
    m = AOJ.fullmatch(name)
    if m:
        return f"https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/{m.group(1)}/{name}"
    return f"https://judge.yosupo.jp/problem/{name}"


def marker_problems(name, text):
    """The reasons the program NAME.cpp with source `text` fails, [] if none."""
    marks = MARK.findall(text)
    local = len(LOCAL_MARK.findall(text))
    if name in LOCAL:
        out = [f"competitive-verifier line in a problem of our own: {k}" for k, _ in marks]
        if local != 1:
            out.append(f"{local} '// cpgeo-judge: LOCAL' lines (want exactly 1)")
        if not os.path.exists(os.path.join(HERE, "checkers", name + ".py")):
            out.append("no checkers/NAME.py for a problem of our own")
        return out
    if local:
        return ["'// cpgeo-judge: LOCAL' on a problem that is not in LOCAL"]
    urls = [v for k, v in marks if k == "PROBLEM"]
    errors = [v for k, v in marks if k == "ERROR"]
    out = [f"unknown competitive-verifier key {k}" for k, _ in marks
           if k not in ("PROBLEM", "ERROR")]
    if not urls:
        out.append("no '// competitive-verifier: PROBLEM <url>' line")
    elif len(urls) > 1:
        out.append(f"{len(urls)} PROBLEM lines")
    elif urls[0] != expected_url(name):
        out.append(f"PROBLEM {urls[0]} does not match the file name: want {expected_url(name)}")
    if len(errors) > 1:
        out.append(f"{len(errors)} ERROR lines")
    for e in errors:
        try:
            ok = 0 < float(e) < 1
        except ValueError:
            ok = False
        if not ok:
            out.append(f"ERROR {e!r} is not a tolerance in (0, 1)")
    return out


class Programs(unittest.TestCase):
    def test_every_program_has_its_marker(self):
        files = sorted(glob.glob(os.path.join(HERE, "*.cpp")))
        self.assertGreater(len(files), 30)
        for path in files:
            name = os.path.basename(path)[:-4]
            with open(path, encoding="utf-8") as f:
                with self.subTest(program=name):
                    self.assertEqual(marker_problems(name, f.read()), [])


class Check(unittest.TestCase):
    """The check itself fails where it should."""

    def test_local_problems(self):
        ok = "// cpgeo-judge: LOCAL (cases: checkers/convex_hull_3d.py)\n#include <cstdio>\n"
        self.assertEqual(marker_problems("convex_hull_3d", ok), [])
        self.assertTrue(marker_problems("convex_hull_3d", "#include <cstdio>\n"))  # no line
        self.assertTrue(marker_problems("convex_hull_3d", ok * 2))
        self.assertTrue(marker_problems(  # a URL on a problem of our own
            "convex_hull_3d", ok + "// competitive-verifier: PROBLEM "
            "https://judge.yosupo.jp/problem/convex_hull_3d\n"))
        self.assertTrue(marker_problems(  # LOCAL does not excuse an upstream problem
            "closest_pair", "// cpgeo-judge: LOCAL\n"))
        self.assertTrue(marker_problems(
            "closest_pair", "// cpgeo-judge: LOCAL\n// competitive-verifier: PROBLEM "
            "https://judge.yosupo.jp/problem/closest_pair\n"))

    def test_right_markers_pass(self):
        ok = "// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/closest_pair\n"
        self.assertEqual(marker_problems("closest_pair", ok), [])
        aoj = ("// competitive-verifier: PROBLEM "
               "https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_D\n"
               "// competitive-verifier: ERROR 1e-6\n#include <cstdio>\n")
        self.assertEqual(marker_problems("CGL_7_D", aoj), [])

    def test_missing_marker_fails(self):
        self.assertTrue(marker_problems("closest_pair", "// closest_pair\nint main() {}\n"))
        # the old oj-verify #define alone is not the comment form
        self.assertTrue(marker_problems(
            "closest_pair", '#define PROBLEM "https://judge.yosupo.jp/problem/closest_pair"\n'))

    def test_url_of_another_problem_fails(self):
        wrong = [
            "https://judge.yosupo.jp/problem/furthest_pair",                       # other name
            "https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_D",  # other judge
            "http://judge.yosupo.jp/problem/closest_pair",                         # other scheme
            "https://judge.yosupo.jp/problem/closest_pair/",
        ]
        for url in wrong:
            with self.subTest(url=url):
                self.assertTrue(marker_problems(
                    "closest_pair", f"// competitive-verifier: PROBLEM {url}\n"))
        self.assertTrue(marker_problems(  # topic 5 in CGL_7_D's URL
            "CGL_7_D", "// competitive-verifier: PROBLEM "
            "https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/5/CGL_7_D\n"))

    def test_own_problems_carry_the_local_line(self):
        self.assertEqual(marker_problems("nearest_neighbors", "// cpgeo-judge: LOCAL\nint main() {}\n"), [])
        self.assertTrue(marker_problems("nearest_neighbors", "// cpgeo's own\nint main() {}\n"))
        self.assertTrue(marker_problems(
            "nearest_neighbors",
            "// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/nearest_neighbors\n"))

    def test_duplicate_and_bad_lines_fail(self):
        line = "// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/closest_pair\n"
        self.assertTrue(marker_problems("closest_pair", line * 2))
        for bad in ("ERROR abc", "ERROR 2", "ERROR 1e-6\n// competitive-verifier: ERROR 1e-6",
                    "PROBLEMS x"):
            with self.subTest(bad=bad):
                self.assertTrue(marker_problems(
                    "closest_pair", line + f"// competitive-verifier: {bad}\n"))


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False).result.wasSuccessful() else 1)
