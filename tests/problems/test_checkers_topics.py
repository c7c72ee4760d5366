#!/usr/bin/env python3
"""Tests of every checker other than CGL_1_C and sort_points_by_argument (test_checkers.py):
  (a) the generated cases (seed 1, scale 1) satisfy the checker's validate();
  (b) the checker accepts a right answer, found here without cpgeo (official sample outputs
      or a tiny brute force in exact Fractions / integers);
  (c) it rejects corrupted answers (a number moved beyond the tolerance, a missing line,
      a wrong count, a swapped pair where the order matters).

  python3 tests/problems/test_checkers_topics.py

CGL_4_B's cases() is not called (it takes minutes: the regular 2000-gon / max_n build), its
validate() is run on the fixed cases written in the statement.
"""
import glob
import math
import os
import random
import sys
import unittest
from fractions import Fraction as F
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import judge  # noqa: E402

TESTED_ELSEWHERE = {"CGL_1_C", "sort_points_by_argument"}
SLOW_CASES = {"CGL_4_B"}
NAMES = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "checkers", "*.py"))
               if not os.path.basename(p).startswith("_"))
_MODS = {}


def C(name):
    if name not in _MODS:
        _MODS[name] = judge.load_checker(name)
    return _MODS[name]


def fmt(*xs):
    return " ".join(f"{float(x):.10f}".replace("-0.0000000000", "0.0000000000") for x in xs)


def lines(*ls):
    return "".join(ln + "\n" for ln in ls)


def bump(text, line=0, field=0, delta=1e-3):
    """text with one number moved by delta."""
    ls = text.splitlines()
    f = ls[line].split()
    f[field] = f"{float(f[field]) + delta:.10f}"
    ls[line] = " ".join(f)
    return lines(*ls)


def drop_last(text):
    return lines(*text.splitlines()[:-1])


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


class Base(unittest.TestCase):
    name = None

    def accept(self, inp, out):
        self.assertIsNone(C(self.name).check(inp, out), (self.name, inp, out))

    def reject(self, inp, *outs):
        for out in outs:
            self.assertIsNotNone(C(self.name).check(inp, out), (self.name, inp, out))


class CasesAreValid(unittest.TestCase):
    """(a) every generated case meets the checker's own validate()."""

    def test_every_checker_present(self):
        self.assertTrue(set(NAMES) - TESTED_ELSEWHERE)
        covered = {c.name for c in Base.__subclasses__()}
        self.assertEqual(covered, set(NAMES) - TESTED_ELSEWHERE)

    def test_generated_cases_validate(self):
        for name in NAMES:
            if name in TESTED_ELSEWHERE or name in SLOW_CASES:
                continue
            m = C(name)
            with self.subTest(name):
                cs = m.cases(random.Random(1), 1)
                self.assertTrue(cs)
                self.assertEqual(len({n for n, _ in cs}), len(cs), "case names not unique")
                if hasattr(m, "validate"):
                    for cname, text in cs:
                        self.assertIsNone(m.validate(text), (name, cname))

    def test_cgl_4_b_statement_cases_validate(self):
        m = C("CGL_4_B")
        for text in ("3\n0.0 0.0\n4.0 0.0\n2.0 2.0\n", "4\n0.0 0.0\n1.0 0.0\n1.0 1.0\n0.0 1.0\n",
                     "3\n-100.0 -100.0\n100.0 100.0\n99.999999 100.0\n"):
            self.assertIsNone(m.validate(text), text)


# ---------------------------------------------------------------- CGL_1, CGL_2
def projection(p1, p2, p):
    d = (p2[0] - p1[0], p2[1] - p1[1])
    t = F((p[0] - p1[0]) * d[0] + (p[1] - p1[1]) * d[1], d[0] ** 2 + d[1] ** 2)
    return (p1[0] + t * d[0], p1[1] + t * d[1])


class CGL1A(Base):
    name = "CGL_1_A"

    def test(self):
        p1, p2, qs = (0, 0), (3, 4), [(2, 5), (-7, 1), (3, 4), (10000, -10000)]
        inp = lines("0 0 3 4", str(len(qs)), *(f"{x} {y}" for x, y in qs))
        out = lines(*(fmt(*projection(p1, p2, q)) for q in qs))
        self.accept(inp, out)
        self.accept("0 0 3 0\n3\n-1 1\n0 1\n1 1\n", "-1.0 0.0\n0.0 0.0\n1.0 0.0\n")  # sample
        self.reject(inp, bump(out, 1, 0, 1e-6), bump(out, 3, 1, -1e-6), drop_last(out),
                    out + "0 0\n", lines(*out.splitlines()[::-1]))


class CGL1B(Base):
    name = "CGL_1_B"

    def test(self):
        p1, p2, qs = (1, -2), (4, 7), [(2, 5), (-7, 1), (1, -2), (0, 0)]
        inp = lines("1 -2 4 7", str(len(qs)), *(f"{x} {y}" for x, y in qs))
        out = lines(*(fmt(*(2 * c - v for c, v in zip(projection(p1, p2, q), q))) for q in qs))
        self.accept(inp, out)
        self.accept("0 0 3 0\n3\n-1 1\n0 1\n1 1\n", "-1.0 -1.0\n0.0 -1.0\n1.0 -1.0\n")  # sample
        self.reject(inp, bump(out, 0, 1, 1e-6), drop_last(out), lines(*out.splitlines()[::-1]))


QUERIES8 = [(0, 0, 3, 0, 0, 2, 3, 2), (0, 0, 3, 0, 1, 1, 1, 4), (0, 0, 3, 0, 1, 1, 2, 2),
            (0, 0, 2, 2, 2, 2, 4, 0), (0, 0, 2, 2, 3, 3, 5, 5), (0, 0, 2, 2, 1, 0, 3, 2),
            (0, 0, 4, 0, 2, -1, 2, 0), (0, 0, 4, 0, 5, 0, 6, 0), (0, 0, 4, 0, 4, 0, 6, 0),
            (-3, 1, 5, 2, 0, -4, 1, 9), (0, 0, 1, 2, 3, 0, 1, 1)]


def q8input(qs):
    return lines(str(len(qs)), *(" ".join(map(str, q)) for q in qs))


def on_seg(a, b, p):
    return cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) \
        and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def seg_meet(a, b, c, d):
    d1, d2, d3, d4 = cross(a, b, c), cross(a, b, d), cross(c, d, a), cross(c, d, b)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return on_seg(a, b, c) or on_seg(a, b, d) or on_seg(c, d, a) or on_seg(c, d, b)


def pts4(q):
    return (q[0], q[1]), (q[2], q[3]), (q[4], q[5]), (q[6], q[7])


class CGL2A(Base):
    name = "CGL_2_A"

    def test(self):
        ans = []
        for q in QUERIES8:
            a, b, c, d = pts4(q)
            u, v = (b[0] - a[0], b[1] - a[1]), (d[0] - c[0], d[1] - c[1])
            ans.append("2" if u[0] * v[1] == u[1] * v[0] else "1" if u[0] * v[0] + u[1] * v[1] == 0 else "0")
        self.assertEqual(ans[:3], ["2", "1", "0"])  # the official sample
        inp, out = q8input(QUERIES8), lines(*ans)
        self.accept(inp, out)
        for i, w in enumerate(ans):
            for other in "012":
                if other != w:
                    self.reject(inp, lines(*(ans[:i] + [other] + ans[i + 1:])))
        self.reject(inp, drop_last(out), out + "0\n")


class CGL2B(Base):
    name = "CGL_2_B"

    def test(self):
        ans = ["1" if seg_meet(*pts4(q)) else "0" for q in QUERIES8]
        self.assertEqual(set(ans), {"0", "1"})
        inp, out = q8input(QUERIES8), lines(*ans)
        self.accept(inp, out)
        self.accept("3\n0 0 3 0 1 1 2 -1\n0 0 3 0 3 1 3 -1\n0 0 3 0 3 -2 5 0\n", "1\n1\n0\n")  # sample
        for i, w in enumerate(ans):
            self.reject(inp, lines(*(ans[:i] + ["1" if w == "0" else "0"] + ans[i + 1:])))
        self.reject(inp, drop_last(out))


def cross_point(q):
    a, b, c, d = pts4(q)
    t = F(cross(c, d, a), cross(c, d, a) - cross(c, d, b))
    return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))


class CGL2C(Base):
    name = "CGL_2_C"

    def test(self):
        qs = [q for q in QUERIES8 if seg_meet(*pts4(q))
              and (q[2] - q[0]) * (q[7] - q[5]) != (q[3] - q[1]) * (q[6] - q[4])]  # meet, not parallel
        qs.append((0, 0, 1, 1, 0, 1, 1, 0))
        self.assertGreaterEqual(len(qs), 4)
        inp = q8input(qs)
        out = lines(*(fmt(*cross_point(q)) for q in qs))
        self.accept(inp, out)
        self.accept("3\n0 0 2 0 1 1 1 -1\n0 0 1 1 0 1 1 0\n0 0 1 1 1 0 0 1\n",
                    "1.0000000000 0.0000000000\n0.5000000000 0.5000000000\n0.5000000000 0.5000000000\n")
        self.reject(inp, bump(out, 0, 0, 1e-6), bump(out, len(qs) - 1, 1, 2e-8), drop_last(out))


def seg_dist(q):
    a, b, c, d = pts4(q)
    if seg_meet(a, b, c, d):
        return 0.0

    def pd(p, s, e):
        v = (e[0] - s[0], e[1] - s[1])
        t = min(max(F((p[0] - s[0]) * v[0] + (p[1] - s[1]) * v[1], v[0] ** 2 + v[1] ** 2), 0), 1)
        return (s[0] + t * v[0] - p[0]) ** 2 + (s[1] + t * v[1] - p[1]) ** 2
    return math.sqrt(min(pd(a, c, d), pd(b, c, d), pd(c, a, b), pd(d, a, b)))


class CGL2D(Base):
    name = "CGL_2_D"

    def test(self):
        inp, out = q8input(QUERIES8), lines(*(fmt(seg_dist(q)) for q in QUERIES8))
        self.accept(inp, out)
        sample = "3\n0 0 1 0 0 1 1 1\n0 0 1 0 2 1 1 2\n-1 0 1 0 0 1 0 -1\n"
        self.accept(sample, "1.0000000000\n1.4142135624\n0.0000000000\n")
        self.reject(sample, "1.0000000000\n1.4142135\n0.0000000000\n",
                    "1.0000000000\n1.4142135624\n", "1.0\n0.0\n1.4142135624\n")
        i = next(k for k, q in enumerate(QUERIES8) if seg_dist(q) > 0)
        self.reject(inp, bump(out, i, 0, 1e-7), drop_last(out))


# ---------------------------------------------------------------- CGL_3, CGL_4
def poly_input(P):
    return lines(str(len(P)), *(f"{x} {y}" for x, y in P))


class CGL3A(Base):
    name = "CGL_3_A"

    def test(self):
        self.accept("3\n0 0\n2 2\n-1 1\n", "2.0\n")
        self.accept("4\n0 0\n1 1\n1 2\n0 2\n", "1.5\n")
        P = [(0, 0), (5, 0), (5, 3), (2, 1), (0, 4)]
        a2 = sum(cross((0, 0), P[i], P[(i + 1) % len(P)]) for i in range(len(P)))   # twice the area
        self.assertEqual(a2, 22)
        self.accept(poly_input(P), "11.0\n")
        self.reject(poly_input(P), "11.1\n", "10.9\n", "10.5\n")
        self.reject("4\n0 0\n1 1\n1 2\n0 2\n", "1.4\n", "2.0\n", "", "1.5\n1.5\n")


class CGL3B(Base):
    name = "CGL_3_B"

    def test(self):
        self.accept("4\n0 0\n3 1\n2 3\n0 3\n", "1\n")
        self.accept("5\n0 0\n2 0\n1 1\n2 2\n0 2\n", "0\n")
        self.accept("4\n0 0\n2 0\n4 0\n2 2\n", "1\n")  # a collinear vertex is allowed
        self.reject("4\n0 0\n3 1\n2 3\n0 3\n", "0\n", "")
        self.reject("5\n0 0\n2 0\n1 1\n2 2\n0 2\n", "1\n")
        self.reject("4\n0 0\n2 0\n4 0\n2 2\n", "0\n")


class CGL3C(Base):
    name = "CGL_3_C"

    def test(self):
        inp = "4\n0 0\n3 1\n2 3\n0 3\n3\n2 1\n0 2\n3 2\n"
        self.accept(inp, "2\n1\n0\n")
        self.reject(inp, "2\n1\n1\n", "1\n1\n0\n", "2\n1\n", "2\n0\n1\n")


class CGL4A(Base):
    name = "CGL_4_A"

    def test(self):
        s1 = "7\n2 1\n0 0\n1 2\n2 2\n4 2\n1 3\n3 3\n"
        good = "5\n0 0\n2 1\n4 2\n3 3\n1 3\n"
        self.accept(s1, good)
        s2 = "4\n0 0\n2 2\n0 2\n0 1\n"
        self.accept(s2, "4\n0 0\n2 2\n0 2\n0 1\n")
        self.reject(s1, "5\n2 1\n4 2\n3 3\n1 3\n0 0\n",      # wrong start
                    "5\n0 0\n1 3\n3 3\n4 2\n2 1\n",           # clockwise
                    "4\n0 0\n4 2\n3 3\n1 3\n",                # collinear point dropped
                    "6\n0 0\n2 1\n4 2\n3 3\n1 3\n",           # wrong count
                    "5\n0 0\n2 1\n4 2\n3 3\n")
        self.reject(s2, "3\n0 0\n2 2\n0 2\n", "4\n0 0\n2 2\n0 1\n0 2\n")


class CGL4B(Base):
    name = "CGL_4_B"

    def test(self):
        self.accept("3\n0.0 0.0\n4.0 0.0\n2.0 2.0\n", "4.00\n")
        sq = "4\n0.0 0.0\n1.0 0.0\n1.0 1.0\n0.0 1.0\n"
        self.accept(sq, "1.414213562373\n")
        P = [(0, 0), (3.5, -1.25), (7, 2), (4.000001, 6), (-1, 3)]
        d = max(math.dist(a, b) for a, b in combinations(P, 2))
        inp = lines(str(len(P)), *(f"{x:.6f} {y:.6f}" for x, y in P))
        self.accept(inp, f"{d:.10f}\n")
        self.reject(inp, f"{d + 2e-6:.10f}\n", f"{d - 2e-6:.10f}\n", "")
        self.reject(sq, "1.414215\n", "1.0\n")


class CGL4C(Base):
    name = "CGL_4_C"

    def test(self):
        inp = "4\n1 1\n4 1\n4 3\n1 3\n2\n2 0 2 4\n2 4 2 0\n"
        self.accept(inp, "2.00000000\n4.00000000\n")
        self.reject(inp, "2.0001\n4.0\n", "4.0\n2.0\n", "2.0\n", "2.0\n4.0\n0.0\n")
        inp2 = "3\n0 0\n4 0\n0 4\n3\n0 0 1 1\n1 1 0 0\n-5 -5 -4 -5\n"   # diagonal cut, nothing, all
        self.accept(inp2, "4.0\n4.0\n8.0\n")
        self.reject(inp2, "4.0\n4.0\n0.0\n")


class CGL5A(Base):
    name = "CGL_5_A"

    def test(self):
        self.accept("2\n0.0 0.0\n1.0 0.0\n", "1.000000\n")
        self.accept("3\n0.0 0.0\n2.0 0.0\n1.0 1.0\n", "1.41421356237\n")
        P = [(0.5, 0.25), (-3.0, 7.125), (0.500001, 0.250002), (99.999999, -100.0), (10.0, 10.0)]
        d = min(math.dist(a, b) for a, b in combinations(P, 2))
        inp = lines(str(len(P)), *(f"{x:.6f} {y:.6f}" for x, y in P))
        self.accept(inp, f"{d:.12f}\n")
        self.reject(inp, f"{d + 2e-6:.12f}\n", "0\n", "")
        self.accept("3\n1.0 1.0\n1.0 1.0\n5.0 5.0\n", "0.000000\n")
        self.reject("3\n1.0 1.0\n1.0 1.0\n5.0 5.0\n", "5.656854\n")


class CGL6A(Base):
    name = "CGL_6_A"

    def test(self):
        sample = "6\n2 2 2 5\n1 3 5 3\n4 1 4 4\n5 2 7 2\n6 1 6 3\n6 5 6 7\n"
        self.accept(sample, "3\n")
        self.reject(sample, "2\n", "4\n", "", "3\n3\n")
        segs = [(0, 0, 0, 5), (0, 5, 4, 5), (4, 5, 4, 0), (-1, 2, 6, 2), (2, -3, 2, 9), (3, 0, 3, 1)]
        cnt = 0
        for h in segs:
            for v in segs:
                if h[1] == h[3] and v[0] == v[2]:
                    if min(h[0], h[2]) <= v[0] <= max(h[0], h[2]) and min(v[1], v[3]) <= h[1] <= max(v[1], v[3]):
                        cnt += 1
        inp = lines(str(len(segs)), *(" ".join(map(str, s)) for s in segs))
        self.accept(inp, f"{cnt}\n")
        self.reject(inp, f"{cnt - 1}\n", f"{cnt + 1}\n")


# ---------------------------------------------------------------- CGL_7 (circles)
class CGL7A(Base):
    name = "CGL_7_A"

    def test(self):
        for inp, a in (("1 1 1\n6 2 2\n", 4), ("1 2 1\n4 2 2\n", 3), ("1 2 1\n3 2 2\n", 2),
                       ("0 0 1\n1 0 2\n", 1), ("0 0 1\n0 0 2\n", 0)):
            self.accept(inp, f"{a}\n")
            for w in range(5):
                if w != a:
                    self.reject(inp, f"{w}\n")
            self.reject(inp, "")


class CGL7B(Base):
    name = "CGL_7_B"

    def test(self):
        self.accept("0 3\n4 0\n0 0\n", "1.0 1.0 1.0\n")
        for P in (((1, -2), (3, 2), (-2, 0)), ((-10000, -10000), (10000, -9999), (3, 10000))):
            A, B, Cc = P
            a, b, c = math.dist(B, Cc), math.dist(A, Cc), math.dist(A, B)
            s = a + b + c
            cx, cy = (a * A[0] + b * B[0] + c * Cc[0]) / s, (a * A[1] + b * B[1] + c * Cc[1]) / s
            r = abs(cross(A, B, Cc)) / s
            inp = lines(*(f"{x} {y}" for x, y in P))
            out = f"{cx:.10f} {cy:.10f} {r:.10f}\n"
            self.accept(inp, out)
            for k in range(3):
                self.reject(inp, bump(out, 0, k, 1e-5))
            self.reject(inp, f"{cx:.10f} {cy:.10f}\n", f"{cy:.10f} {cx:.10f} {r:.10f}\n")


class CGL7C(Base):
    name = "CGL_7_C"

    def test(self):
        self.accept("0 3\n4 0\n0 0\n", "2.0 1.5 2.5\n")
        for P in (((1, -2), (3, 2), (-2, 0)), ((-10000, -10000), (10000, -9999), (3, 10000))):
            a, b, c = P
            b1, c1 = (b[0] - a[0], b[1] - a[1]), (c[0] - a[0], c[1] - a[1])
            dd = 2 * (b1[0] * c1[1] - b1[1] * c1[0])
            ux = F(c1[1] * (b1[0] ** 2 + b1[1] ** 2) - b1[1] * (c1[0] ** 2 + c1[1] ** 2), dd)
            uy = F(b1[0] * (c1[0] ** 2 + c1[1] ** 2) - c1[0] * (b1[0] ** 2 + b1[1] ** 2), dd)
            r = math.sqrt(ux * ux + uy * uy)
            inp = lines(*(f"{x} {y}" for x, y in P))
            out = f"{fmt(ux + a[0], uy + a[1])} {r:.10f}\n"
            self.accept(inp, out)
            if P[0] == (1, -2):
                self.assertEqual(out.split()[:2], ["0.6250000000", "0.6875000000"])
            for k in range(3):
                self.reject(inp, bump(out, 0, k, 1e-5))
            self.reject(inp, "")


def line_circle(c, r, p1, p2):
    d = (p2[0] - p1[0], p2[1] - p1[1])
    f = (p1[0] - c[0], p1[1] - c[1])
    A, B, Cq = d[0] ** 2 + d[1] ** 2, 2 * (f[0] * d[0] + f[1] * d[1]), f[0] ** 2 + f[1] ** 2 - r * r
    disc = B * B - 4 * A * Cq
    s = math.sqrt(disc)
    ps = sorted((p1[0] + t * d[0], p1[1] + t * d[1]) for t in ((-B - s) / (2 * A), (-B + s) / (2 * A)))
    return ps


class CGL7D(Base):
    name = "CGL_7_D"

    def test(self):
        sample = "2 1 1\n2\n0 1 4 1\n3 0 3 3\n"
        self.accept(sample, "1.00000000 1.00000000 3.00000000 1.00000000\n"
                            "3.00000000 1.00000000 3.00000000 1.00000000\n")
        self.reject(sample, "3.0 1.0 1.0 1.0\n3.0 1.0 3.0 1.0\n",      # order within a line
                    "3.0 1.0 3.0 1.0\n1.0 1.0 3.0 1.0\n",              # lines swapped
                    "1.0 1.0 3.0 1.0\n")
        c, r, ls = (3, -2), 5, [(0, 0, 1, 1), (3, -8, 3, 8), (-10, 3, 10, 3), (1, 0, 0, 1)]
        inp = lines("3 -2 5", str(len(ls)), *(" ".join(map(str, q)) for q in ls))
        out = lines(*(fmt(*a, *b) for a, b in (line_circle(c, r, q[:2], q[2:]) for q in ls)))
        self.accept(inp, out)
        self.reject(inp, bump(out, 0, 3, 1e-5), bump(out, 3, 0, -1e-5), drop_last(out))


class CGL7E(Base):
    name = "CGL_7_E"

    def test(self):
        self.accept("0 0 2\n2 0 2\n", "1.00000000 -1.73205080 1.00000000 1.73205080\n")
        self.accept("0 0 2\n0 3 1\n", "0.00000000 2.00000000 0.00000000 2.00000000\n")
        # documented leniency (_circle.match_points): equal x (within tol) may come in either y order
        self.accept("0 0 2\n2 0 2\n", "1.0 1.73205080 1.0 -1.73205080\n")
        self.reject("0 0 2\n2 0 2\n", "1.0 -1.7320 1.0 1.73205080\n", "1.0 -1.73205080\n", "")
        self.reject("0 0 2\n0 3 1\n", "0.0 2.0 0.0 2.00001\n")
        # brute: radical line, then the line-circle helper
        c1, r1, c2, r2 = (1, -2), 5, (4, 2), 3
        k = (c2[0] ** 2 + c2[1] ** 2 - c1[0] ** 2 - c1[1] ** 2 + r1 * r1 - r2 * r2) / 2
        a, b = c2[0] - c1[0], c2[1] - c1[1]   # a x + b y = k
        p1 = (k / a, 0.0)
        p2 = (p1[0] - b, p1[1] + a)
        (x1, y1), (x2, y2) = line_circle(c1, r1, p1, p2)
        inp, out = "1 -2 5\n4 2 3\n", fmt(x1, y1, x2, y2) + "\n"
        self.accept(inp, out)
        self.reject(inp, bump(out, 0, 1, 1e-5), fmt(x2, y2, x1, y1) + "\n")


class CGL7F(Base):
    name = "CGL_7_F"

    def test(self):
        self.accept("0 0\n2 2 2\n", "0.0000000000 2.0000000000\n2.0000000000 0.0000000000\n")
        inp = "-3 0\n2 2 2\n"
        # tangent points: on circle c with (t - c).(p - c) = r^2
        p, c, r = (-3, 0), (2, 2), 2
        v = (p[0] - c[0], p[1] - c[1])
        L2 = v[0] ** 2 + v[1] ** 2
        base = (c[0] + r * r * v[0] / L2, c[1] + r * r * v[1] / L2)
        h = r * math.sqrt(L2 - r * r) / L2
        ts = sorted([(base[0] - h * v[1], base[1] + h * v[0]), (base[0] + h * v[1], base[1] - h * v[0])])
        out = lines(*(fmt(*t) for t in ts))
        self.assertEqual(out, "0.6206896552 3.4482758621\n2.0000000000 0.0000000000\n")  # the sample
        self.accept(inp, out)
        self.reject(inp, lines(*out.splitlines()[::-1]), bump(out, 0, 1, 1e-4), drop_last(out))


class CGL7G(Base):
    name = "CGL_7_G"

    def test(self):
        self.accept("1 2 1\n4 2 2\n", "0.6666666667 1.0571909584\n0.6666666667 2.9428090416\n"
                                      "2.0000000000 2.0000000000\n")
        self.accept("1 2 1\n3 2 2\n", "0.5000000000 1.1339745962\n0.5000000000 2.8660254038\n")
        self.accept("0 0 1\n1 0 2\n", "-1.0000000000 0.0000000000\n")
        self.accept("0 0 1\n0 0 2\n", "")
        # documented leniency (_circle.match_points): equal x (within tol) may come in either y order
        self.accept("1 2 1\n4 2 2\n",
                    "0.6666666667 2.9428090416\n0.6666666667 1.0571909584\n2.0000000000 2.0000000000\n")
        self.reject("1 2 1\n4 2 2\n", "0.6666666667 1.0571909584\n0.6666666667 2.9428090416\n",
                    "2.0000000000 2.0000000000\n0.6666666667 1.0571909584\n0.6666666667 2.9428090416\n",
                    "0.6666666667 1.0572909584\n0.6666666667 2.9428090416\n2.0000000000 2.0000000000\n")
        self.reject("0 0 1\n0 0 2\n", "0.0 1.0\n")
        self.reject("0 0 1\n1 0 2\n", "", "-1.0 0.0\n-1.0 0.0\n")
        # equal radii, apart: 4 tangents; brute by angles
        inp = "0 0 1\n4 0 1\n"
        s3 = math.sqrt(3) / 2
        # internal tangents from S = (2, 0): touch points x = 1/2, y = +-sqrt(3)/2
        out = lines(fmt(0, -1), fmt(0, 1), fmt(0.5, -s3), fmt(0.5, s3))
        self.accept(inp, out)
        self.reject(inp, drop_last(out), bump(out, 2, 0, 1e-4))


class CGL7H(Base):
    name = "CGL_7_H"

    def test(self):
        big = "4 1\n-10 -10\n10 -10\n10 10\n-10 10\n"       # circle inside the polygon
        self.accept(big, f"{math.pi:.10f}\n")
        self.reject(big, f"{math.pi + 1e-4:.10f}\n", "400.0\n", "")
        small = "4 100\n-1 -1\n1 -1\n1 1\n-1 1\n"           # polygon inside the circle
        self.accept(small, "4.0\n")
        self.reject(small, "4.0001\n")
        quarter = "4 1\n0 0\n10 0\n10 10\n0 10\n"           # a quarter disc
        self.accept(quarter, f"{math.pi / 4:.10f}\n")
        self.reject(quarter, f"{math.pi / 4 - 2e-5:.10f}\n")
        away = "3 5\n10 10\n20 10\n10 20\n"
        self.accept(away, "0.0\n")
        self.reject(away, "0.001\n")


def lens(c1, r1, c2, r2):
    d = math.dist(c1, c2)
    if d >= r1 + r2:
        return 0.0
    if d <= abs(r1 - r2):
        return math.pi * min(r1, r2) ** 2
    a1 = math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1))
    a2 = math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2))
    return r1 * r1 * (a1 - math.sin(2 * a1) / 2) + r2 * r2 * (a2 - math.sin(2 * a2) / 2)


class CGL7I(Base):
    name = "CGL_7_I"

    def test(self):
        self.accept("0 0 1\n2 0 2\n", "1.40306643968573875104\n")
        self.accept("1 0 1\n0 0 3\n", "3.14159265358979311600\n")
        for c1, r1, c2, r2 in (((0, 0), 1, (2, 0), 2), ((3, -4), 7, (-2, 1), 5), ((0, 0), 3, (6, 0), 3),
                               ((0, 0), 10, (1, 1), 2), ((0, 0), 5, (7, 1), 3)):
            inp = f"{c1[0]} {c1[1]} {r1}\n{c2[0]} {c2[1]} {r2}\n"
            a = lens(c1, r1, c2, r2)
            self.accept(inp, f"{a:.12f}\n")
            self.reject(inp, f"{a + 1e-5:.12f}\n", f"{a - 1e-5:.12f}\n", "")


# ---------------------------------------------------------------- Library Checker
class AreaOfUnion(Base):
    name = "area_of_union_of_rectangles"

    def test(self):
        rng = random.Random(3)
        for _ in range(5):
            rs = []
            for _ in range(rng.randint(1, 6)):
                l, r = sorted(rng.sample(range(12), 2))
                d, u = sorted(rng.sample(range(12), 2))
                rs.append((l, d, r, u))
            cells = {(x, y) for l, d, r, u in rs for x in range(l, r) for y in range(d, u)}
            inp = lines(str(len(rs)), *(" ".join(map(str, q)) for q in rs))
            self.accept(inp, f"{len(cells)}\n")
            self.reject(inp, f"{len(cells) + 1}\n", f"{len(cells) - 1}\n", "", f"{len(cells)}.0\n")
        self.accept("2\n0 0 3 4\n1 2 4 3\n", "13\n")
        self.accept("1\n0 0 1000000000 1000000000\n", "1000000000000000000\n")


def pairs_input(tests):
    out = [str(len(tests))]
    for P in tests:
        out.append(str(len(P)))
        out += [f"{x} {y}" for x, y in P]
    return lines(*out)


def d2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


class ClosestPair(Base):
    name = "closest_pair"

    def test(self):
        tests = [[(0, 0), (2, 0), (4, 0), (3, 0), (8, 0)], [(0, 0), (0, 0)], [(1, 2), (3, 4), (5, 6)],
                 [(-10 ** 9, 10 ** 9), (10 ** 9, -10 ** 9), (5, 5), (7, 6), (-3, 1)]]
        inp = pairs_input(tests)
        best = [min(combinations(range(len(P)), 2), key=lambda ij: d2(P[ij[0]], P[ij[1]])) for P in tests]
        out = lines(*(f"{i} {j}" for i, j in best))
        self.accept(inp, out)
        self.accept(inp, lines(*(f"{j} {i}" for i, j in best)))
        self.reject(inp, drop_last(out), lines("0 4", *out.splitlines()[1:]),
                    lines("2 2", *out.splitlines()[1:]), lines(*out.splitlines()[:-1], "0 5"))


class FurthestPair(Base):
    name = "furthest_pair"

    def test(self):
        tests = [[(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)], [(0, 0), (0, 0)],
                 [(1, 1), (1, -1), (-1, 1), (-1, -2), (0, 0)], [(3, 9), (-4, 2), (7, -7), (0, 0), (2, 8)]]
        inp = pairs_input(tests)
        best = [max(combinations(range(len(P)), 2), key=lambda ij: d2(P[ij[0]], P[ij[1]])) for P in tests]
        out = lines(*(f"{i} {j}" for i, j in best))
        self.accept(inp, out)
        self.reject(inp, drop_last(out), lines("0 3", *out.splitlines()[1:]),
                    lines(*out.splitlines()[:2], "4 0", *out.splitlines()[3:]),
                    lines("1 1", *out.splitlines()[1:]))


def hull_boundary(S):
    """Points of S on the boundary of its convex hull (brute force, collinear included)."""
    if len(set(S)) == 1:
        return set(S)
    res = set()
    for p in S:
        for q in S:
            if q != p:
                sides = {(cross(p, q, r) > 0) - (cross(p, q, r) < 0) for r in S}
                if not (1 in sides and -1 in sides):
                    res.add(p)
                    break
    return res


class ConvexLayers(Base):
    name = "convex_layers"

    def test(self):
        rng = random.Random(4)
        for P in ([(0, 0), (0, 2), (2, 0), (2, 2), (1, 1), (1, 0)],
                  [(x, y) for x in range(4) for y in range(4)],
                  rng.sample([(x, y) for x in range(6) for y in range(6)], 14), [(5, 5)]):
            left, layer, k = set(P), {}, 1
            while left:
                for p in hull_boundary(sorted(left)):
                    layer[p] = k
                    left.discard(p)
                k += 1
            inp = lines(str(len(P)), *(f"{x} {y}" for x, y in P))
            ans = [layer[p] for p in P]
            out = lines(*map(str, ans))
            self.accept(inp, out)
            self.reject(inp, out + "1\n", lines(*map(str, ans[:-1])) if len(P) > 1 else "")
            for i in range(len(P)):
                self.reject(inp, lines(*map(str, ans[:i] + [ans[i] + 1] + ans[i + 1:])))
                if ans[i] > 1:
                    self.reject(inp, lines(*map(str, ans[:i] + [ans[i] - 1] + ans[i + 1:])))


class CountPointsInTriangle(Base):
    name = "count_points_in_triangle"

    def test(self):
        A = [(0, 0), (4, 0), (0, 4), (4, 4), (-7, 2)]
        B = [(1, 1), (2, 2), (3, 3), (1, 3), (2, 0), (-1, 2), (0, 1)]
        Q = [(0, 1, 2), (1, 2, 3), (0, 1, 3), (0, 0, 1), (3, 2, 1), (4, 3, 1), (2, 4, 0)]

        def inside(a, b, c, p):
            s = [cross(a, b, p), cross(b, c, p), cross(c, a, p)]
            return all(x > 0 for x in s) or all(x < 0 for x in s)
        ans = [sum(inside(A[a], A[b], A[c], p) for p in B) for a, b, c in Q]
        self.assertTrue(any(ans))
        inp = lines(str(len(A)), *(f"{x} {y}" for x, y in A), str(len(B)), *(f"{x} {y}" for x, y in B),
                    str(len(Q)), *(" ".join(map(str, q)) for q in Q))
        out = lines(*map(str, ans))
        self.accept(inp, out)
        for i in range(len(Q)):
            self.reject(inp, lines(*map(str, ans[:i] + [ans[i] + 1] + ans[i + 1:])))
        self.reject(inp, drop_last(out))


def prim(P, w):
    n = len(P)
    if n <= 1:
        return []
    inT, best, edges = [False] * n, [None] * n, []
    inT[0] = True
    for v in range(1, n):
        best[v] = (w(P[0], P[v]), 0)
    for _ in range(n - 1):
        v = min((u for u in range(n) if not inT[u]), key=lambda u: best[u][0])
        inT[v] = True
        edges.append((best[v][1], v))
        for u in range(n):
            if not inT[u] and w(P[v], P[u]) < best[u][0]:
                best[u] = (w(P[v], P[u]), v)
    return edges


class EuclideanMST(Base):
    name = "euclidean_mst"

    def test(self):
        rng = random.Random(5)
        for P in ([(0, 0), (2, 0), (0, 2), (2, 2), (1, 1)], [(3, 3), (3, 3), (-1, 4)],
                  [(rng.randint(-20, 20), rng.randint(-20, 20)) for _ in range(15)]):
            inp = lines(str(len(P)), *(f"{x} {y}" for x, y in P))
            E = prim(P, d2)
            out = lines(*(f"{u} {v}" for u, v in E))
            self.accept(inp, out)
            self.accept(inp, lines(*(f"{v} {u}" for u, v in reversed(E))))
            self.reject(inp, drop_last(out), out + f"{E[0][0]} {E[0][1]}\n")
            # replace an edge by a longer one that keeps a spanning tree
            for k, (u, v) in enumerate(E):
                rest = E[:k] + E[k + 1:]
                comp = {u}
                grow = True
                while grow:
                    grow = False
                    for a, b in rest:
                        if (a in comp) != (b in comp):
                            comp |= {a, b}
                            grow = True
                alt = [(a, b) for a in comp for b in range(len(P)) if b not in comp
                       and d2(P[a], P[b]) > d2(P[u], P[v])]
                if alt:
                    self.reject(inp, lines(*(f"{a} {b}" for a, b in rest + [alt[0]])))
                    break
            else:
                self.fail("no longer replacement edge found")
        self.accept("1\n5 -7\n", "")
        self.reject("1\n5 -7\n", "0 0\n")


class ManhattanMST(Base):
    name = "manhattanmst"

    def test(self):
        rng = random.Random(6)

        def l1(a, b):
            return abs(a[0] - b[0]) + abs(a[1] - b[1])
        for P in ([(0, 0), (2, 0), (0, 2), (2, 2), (1, 1)], [(3, 3), (3, 3), (1, 4)],
                  [(rng.randint(0, 30), rng.randint(0, 30)) for _ in range(15)]):
            inp = lines(str(len(P)), *(f"{x} {y}" for x, y in P))
            E = prim(P, l1)
            W = sum(l1(P[u], P[v]) for u, v in E)
            out = lines(str(W), *(f"{u} {v}" for u, v in E))
            self.accept(inp, out)
            self.reject(inp, out.replace(str(W), str(W + 1), 1), drop_last(out),
                        lines(str(W), *(f"{u} {v}" for u, v in E[:-1]), f"{E[0][0]} {E[0][1]}"))
        self.accept("1\n5 7\n", "0\n")
        self.reject("1\n5 7\n", "1\n", "")


class MinimumEnclosingCircle(Base):
    name = "minimum_enclosing_circle"

    def test(self):
        def brute(P):
            best = None
            for sub in list(combinations(P, 2)) + list(combinations(P, 3)):
                if len(sub) == 2:
                    (a, b) = sub
                    c = (F(a[0] + b[0], 2), F(a[1] + b[1], 2))
                else:
                    a, b, cc = sub
                    dd = 2 * cross(a, b, cc)
                    if dd == 0:
                        continue
                    b1, c1 = (b[0] - a[0], b[1] - a[1]), (cc[0] - a[0], cc[1] - a[1])
                    c = (a[0] + F(c1[1] * (b1[0] ** 2 + b1[1] ** 2) - b1[1] * (c1[0] ** 2 + c1[1] ** 2), dd),
                         a[1] + F(b1[0] * (c1[0] ** 2 + c1[1] ** 2) - c1[0] * (b1[0] ** 2 + b1[1] ** 2), dd))
                r2 = d2(c, sub[0])
                if all(d2(c, p) <= r2 for p in P) and (best is None or r2 < best[1]):
                    best = (c, r2)
            return "".join("1" if d2(best[0], p) == best[1] else "0" for p in P)
        rng = random.Random(7)
        for P in ([(0, 0), (2, 0), (0, 2), (1, 1)], [(0, 0), (10, 0), (3, 3)],
                  [(0, 0), (1, 0), (2, 0), (3, 0)], [(1, 0), (0, 1), (-1, 0), (0, -1), (0, 0)],
                  list({(rng.randint(-9, 9), rng.randint(-9, 9)) for _ in range(12)})):
            inp = lines(str(len(P)), *(f"{x} {y}" for x, y in P))
            ans = brute(P)
            self.accept(inp, ans + "\n")
            for i in range(len(P)):
                flip = ans[:i] + ("0" if ans[i] == "1" else "1") + ans[i + 1:]
                self.reject(inp, flip + "\n")
            self.reject(inp, ans[:-1] + "\n", "")


class StaticConvexHull(Base):
    name = "static_convex_hull"

    def test(self):
        def brute(P):
            S = sorted(set(P))
            if len(S) <= 2:
                return S
            # strict hull vertices: not in the closed hull of the others... use angular walk
            V = [p for p in hull_boundary(S)
                 if not any(cross(a, b, p) == 0 and min(a, b) < p < max(a, b)
                            for a, b in combinations(hull_boundary(S), 2))]
            if len(V) == 2:
                return V
            cx = sum(x for x, _ in V) / len(V)
            cy = sum(y for _, y in V) / len(V)
            return sorted(V, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
        tests = [[(0, 0), (2, 0), (0, 2), (2, 2), (1, 1)], [(0, 0), (0, 0)],
                 [(-1, 1), (1, 1), (0, 0), (1, -1), (-1, -1), (0, 0)], [(0, 0), (1, 1), (2, 2)], [],
                 [(0, 0), (4, 0), (4, 4), (2, 0), (0, 4), (2, 5), (1, 1)]]
        inp = pairs_input(tests)
        hulls = [brute(P) for P in tests]
        self.assertEqual(len(hulls[0]), 4)
        out = lines(*(ln for H in hulls for ln in [str(len(H))] + [f"{x} {y}" for x, y in H]))
        self.accept(inp, out)
        rot = lines(*(ln for H in hulls for ln in [str(len(H))] + [f"{x} {y}" for x, y in H[1:] + H[:1]]))
        self.accept(inp, rot)
        cw = lines(*(ln for H in hulls for ln in [str(len(H))] + [f"{x} {y}" for x, y in H[::-1]]))
        self.reject(inp, cw, drop_last(out))
        H5 = hulls[5]
        with_col = H5[:]   # add the collinear (2, 0) after (0, 0)
        i = with_col.index((0, 0))
        bad = hulls[:5] + [with_col[:i + 1] + [(2, 0)] + with_col[i + 1:]]
        self.reject(inp, lines(*(ln for H in bad for ln in [str(len(H))] + [f"{x} {y}" for x, y in H])))


# ---------------------------------------------------------------- 3-D
class ConvexHull3D(Base):
    name = "convex_hull_3d"

    def test(self):
        def pts(*ps):
            return lines(str(len(ps)), *(" ".join(map(str, p)) for p in ps))
        cube = pts(*[(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)], (1, 1, 1))
        self.accept(cube, "8\n6.000000 1.000000\n")
        # tetrahedron x, y, z >= 0, x + y + z <= 6 with points on an edge, a face and inside:
        # three right triangles of area 18 and the slanted face 18 sqrt(3); volume 36
        tet = pts((0, 0, 0), (6, 0, 0), (0, 6, 0), (0, 0, 6), (3, 0, 0), (1, 1, 1), (2, 2, 2))
        a = 54 + 18 * math.sqrt(3)
        self.accept(tet, f"4\n{a:.9f} 36\n")
        self.accept(tet, f"4\n{a * (1 + 5e-7):.9f} {36 * (1 - 5e-7):.9f}\n")
        self.reject(tet, f"5\n{a:.9f} 36\n", f"4\n{a * (1 + 2e-6):.9f} 36\n",
                    f"4\n{a:.9f} 36.001\n", "4\n", f"4 {a:.9f}\n", "x\n1 2\n")
        square = pts(*[(x, y, 4) for x in range(4) for y in range(4)])  # coplanar: area once
        self.accept(square, "4\n9 0\n")
        self.reject(square, "4\n18 0\n", "16\n9 0\n")
        self.accept(pts((1, 2, 3), (2, 4, 6), (3, 6, 9), (2, 4, 6)), "2\n0 0\n")
        self.accept(pts((5, 5, 5), (5, 5, 5)), "1\n0 0\n")
        self.reject(pts((5, 5, 5), (5, 5, 5)), "2\n0 0\n")


# ---------------------------------------------------------------- lower envelopes
class LineAddGetMin(Base):
    name = "line_add_get_min"

    def test(self):
        # lines y = x, y = 4 - x, then y = 1 added between the queries
        inp = "2 5\n1 0\n-1 4\n1 2\n1 -3\n0 0 1\n1 2\n1 1000000000\n"
        self.accept(inp, "2\n-3\n1\n-999999996\n")
        self.reject(inp, "2\n-3\n2\n-999999996\n", "2\n-3\n1\n", "2\n-3\n1\n-999999996\n0\n",
                    "1\n-3\n1\n-999999996\n")
        # y = -x - 1 and y = 1, then y = -10 (hand-computed)
        self.accept("2 8\n-1 -1\n0 1\n1 -1\n1 -2\n1 0\n1 2\n0 0 -10\n1 -2\n1 0\n1 2\n",
                    "0\n1\n-1\n-3\n-10\n-10\n-10\n")


class SegmentAddGetMin(Base):
    name = "segment_add_get_min"

    def test(self):
        inp = "1 5\n-5 2 1 0\n1 -2\n1 2\n0 1 8 0 3\n1 2\n1 7\n"
        self.accept(inp, "-2\nINFINITY\n3\n3\n")
        self.reject(inp, "-2\n2\n3\n3\n", "-2\nINFINITY\n3\nINFINITY\n", "-2\nINFINITY\n3\n")
        # y = -x - 1 on [-3, 3), y = 1 on [0, 7), then y = -10 x on [-1, 3) (hand-computed)
        self.accept("2 7\n-3 3 -1 -1\n0 7 0 1\n1 -1\n1 -2\n1 0\n1 2\n0 -1 3 -10 0\n1 0\n1 2\n",
                    "0\n1\n-1\n-3\n-1\n-20\n")


# ---------------------------------------------------------------- kd-tree
class NearestNeighbors(Base):
    name = "nearest_neighbors"

    @staticmethod
    def brute(pts, far=False):
        """For each point the index of another point at the smallest (far: the largest)
        squared distance, all pairs in Python integers."""
        out = []
        for i, (x, y) in enumerate(pts):
            ds = [((px - x) ** 2 + (py - y) ** 2, j) for j, (px, py) in enumerate(pts) if j != i]
            out.append((max if far else min)(ds)[1])
        return out

    def test(self):
        inp = "6\n0 0\n10 0\n4 3\n11 1\n-20 5\n-20 5\n"
        self.accept(inp, "2\n3\n0\n1\n5\n4\n")
        self.reject(inp, "2\n3\n1\n1\n5\n4\n", "2\n3\n0\n1\n4\n4\n", "2\n3\n0\n1\n5\n",
                    "2\n3\n0\n1\n5\n6\n", "2\n3\n0\n1\n5\n-1\n", "2\n3\n0\n1\n5\nx\n")
        self.accept("3\n0 0\n1 0\n0 1\n", "1\n0\n0\n")  # ties: any of them
        self.accept("3\n0 0\n1 0\n0 1\n", "2\n0\n0\n")
        rng = random.Random(15)
        for r in (0, 1, 3, 10 ** 9):
            for _ in range(20):
                pts = [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(rng.randint(2, 40))]
                inp = f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)
                right = self.brute(pts)
                self.accept(inp, "".join(f"{j}\n" for j in right))
                far = self.brute(pts, True)
                d = lambda i, j: (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2
                if any(d(i, far[i]) > d(i, right[i]) for i in range(len(pts))):
                    self.reject(inp, "".join(f"{j}\n" for j in far))


class SegmentIntersections(Base):
    name = "segment_intersections"

    def test(self):
        # crossing at (1, 1), shared end (2, 2), an overlap, a point segment on a segment:
        # pairs 0-1, 0-2, 0-3 (overlap), 1-3, 2-3, 3-4; points (1, 1), (2, 2), (3, 3)
        inp = "5\n0 0 2 2\n0 2 2 0\n2 2 3 0\n1 1 5 5\n3 3 3 3\n"
        self.accept(inp, "6\n3\n")
        self.reject(inp, "6\n4\n", "5\n3\n", "6\n", "6\n3\n1\n", "3\n6\n")
        self.accept("5\n1 2 1 2\n1 2 1 2\n1 2 1 2\n1 2 1 2\n0 2 2 2\n", "10\n1\n")
        # collinear: touching at a point counts it, an overlap does not; apart on one line
        self.accept("2\n0 0 2 0\n2 0 4 0\n", "1\n1\n")
        self.accept("2\n0 0 3 0\n2 0 4 0\n", "1\n0\n")
        self.accept("3\n0 0 1 1\n2 2 3 3\n5 5 5 5\n", "0\n0\n")
        self.reject("2\n0 0 3 0\n2 0 4 0\n", "1\n1\n")


class PlanarArrangement(Base):
    name = "planar_arrangement"

    def test(self):
        # a square cut by two crossing diagonals-ish (crossing at (3, 3/2)), a dangling
        # segment and a point inside the top face, an overlap on the bottom edge
        inp = ("9 8\n0 0 6 0\n6 0 6 6\n6 6 0 6\n0 6 0 0\n0 0 6 3\n0 3 6 0\n2 4 3 5\n5 5 5 5\n"
               "1 0 4 0\n3 1\n3 4\n4 0\n0 0\n9 9\n1 1\n5 4\n1 3\n")
        right = "12 13 5\n0\n1\nB\nB\nU\n5\n1\n1\n"
        self.accept(inp, right)
        self.reject(inp, right.replace("12 13 5", "12 13 4"),  # F
                    right.replace("12 13 5", "11 13 5"),  # V (the overlap's split point)
                    right.replace("\n5\n", "\n0\n"),  # (1, 1) is not in (3, 1)'s face
                    right.replace("U", "0"), right.replace("\nB\nB", "\nB\n2"),
                    right[:-2])
        # nested squares: the ring and the inner square are two faces; queries on both
        # boundaries, in the ring, in the hole and outside
        inp = "8 5\n0 0 4 0\n4 0 4 4\n4 4 0 4\n0 4 0 0\n1 1 3 1\n3 1 3 3\n3 3 1 3\n1 3 1 1\n"
        self.accept(inp + "2 2\n0 2\n3 2\n5 5\n0 0\n", "8 8 3\n0\nB\nB\nU\nB\n")
        self.accept(inp + "3 2\n2 2\n4 1\n2 0\n1 2\n", "8 8 3\nB\n1\nB\nB\nB\n")
        self.accept(inp + "2 2\n0 5\n2 2\n9 0\n3 4\n", "8 8 3\n0\nU\n0\nU\nB\n")
        self.reject(inp + "2 2\n0 5\n2 2\n9 0\n3 4\n", "8 8 3\n0\nU\n2\nU\nB\n",
                    "8 8 2\n0\nU\n0\nU\nB\n", "8 8 3\n0\n1\n0\nU\nB\n")
        inp = "9 2\n0 0 4 0\n4 0 4 4\n4 4 0 4\n0 4 0 0\n1 1 3 1\n3 1 3 3\n3 3 1 3\n1 3 1 1\n"
        self.accept(inp + "0 0 4 4\n2 0\n3 1\n", "8 11 5\nB\nB\n")  # a diagonal through corners
        self.accept("1 2\n0 0 2 0\n1 0\n1 1\n", "2 1 1\nB\nU\n")


class PolygonTriangulation(Base):
    name = "polygon_triangulation"

    def test(self):
        # the straight-angle vertex 1 must be reached by the diagonal 1-3
        inp = "4\n0 0\n2 0\n4 0\n2 2\n"
        self.accept(inp, "0 1 3\n1 2 3\n")
        self.accept(inp, "3 1 2\n1 3 0\n")  # any rotation, any order
        self.reject(inp, "0 1 2\n0 2 3\n",  # a zero-area triangle
                    "0 3 1\n1 2 3\n",  # clockwise
                    "0 1 3\n", "0 1 3\n1 2 3\n1 2 3\n", "0 1 3\n1 2 4\n", "0 1\n1 2 3\n")
        # arrow: 0-2 passes through the reflex vertex 3 (areas do not sum)
        inp = "5\n0 0\n4 0\n4 4\n2 2\n0 4\n"
        self.accept(inp, "0 1 3\n1 2 3\n0 3 4\n")
        self.reject(inp, "0 1 2\n0 2 4\n0 3 4\n")
        # square: overlapping halves whose areas sum right
        inp = "4\n0 0\n2 0\n2 2\n0 2\n"
        self.accept(inp, "0 1 2\n0 2 3\n")
        self.accept(inp, "1 2 3\n1 3 0\n")
        self.reject(inp, "0 1 3\n0 2 3\n", "0 1 2\n0 1 2\n")
        # a brute force (ear clipping in integers) is accepted on the small generated cases
        for name, text in C(self.name).cases(random.Random(5), 1):
            P = [tuple(map(int, ln.split())) for ln in text.splitlines()[1:]]
            if len(P) > 60:
                continue
            self.accept(text, "".join(f"{a} {b} {c}\n" for a, b, c in self.ears(P)))

    @staticmethod
    def ears(P):
        idx, out = list(range(len(P))), []
        while len(idx) > 3:
            for k in range(len(idx)):
                a, b, c = idx[k - 1], idx[k], idx[(k + 1) % len(idx)]
                if cross(P[a], P[b], P[c]) > 0 and not any(
                        cross(P[a], P[b], P[p]) >= 0 and cross(P[b], P[c], P[p]) >= 0 and
                        cross(P[c], P[a], P[p]) >= 0 for p in idx if p not in (a, b, c)):
                    out.append((a, b, c))
                    idx.pop(k)
                    break
        return out + [tuple(idx)]


class PointsInPolygon(Base):
    name = "points_in_polygon"

    def test(self):
        inp = "4\n0 0\n4 0\n4 4\n0 4\n6\n2 2\n0 0\n4 1\n5 5\n2 4\n2 2\n"
        self.accept(inp, "2\n1\n1\n0\n1\n2\n")
        self.reject(inp, "2\n1\n1\n0\n1\n1\n", "2\n1\n2\n0\n1\n2\n", "2\n1\n1\n0\n1\n",
                    "2\n1\n1\n0\n1\n2\n0\n", "0\n1\n1\n0\n1\n2\n")
        # clockwise comb: inside, on vertical edges, on a top edge, outside level with a vertex
        comb = "12\n0 3\n3 3\n3 1\n4 1\n4 3\n5 3\n5 1\n6 1\n6 3\n7 3\n7 0\n0 0\n"
        qs = "6\n1 1\n3 2\n7 2\n8 1\n2 3\n1 4\n"
        self.accept(comb + qs, "2\n1\n1\n0\n1\n0\n")
        self.reject(comb + qs, "2\n2\n1\n0\n1\n0\n", "2\n1\n1\n1\n1\n0\n")

    def test_constructions_match_brute_force(self):
        import random
        rng = random.Random(7)
        ck = C(self.name)
        for _ in range(20):
            c, P = ck.star(rng, rng.randint(3, 30), rng.choice((20, 10 ** 9)))
            Q = ck.queries(rng, P, 100, extra=[c])
            self.assertEqual(ck.star_answers(c, P, Q), [ck.G.where(P, q) for q in Q])
            s = rng.choice((1, 2))
            hs, H = ck.histogram(rng, rng.randint(1, 15), 3, s, 1)
            Q = ck.queries(rng, H, 100)
            self.assertEqual([ck.histogram_answer(hs, s, q) for q in Q], [ck.G.where(H, q) for q in Q])


class MaxPointsInCircle(Base):
    name = "max_points_in_circle"

    @staticmethod
    def brute(pts, R):  # a lower bound: the best centre on a 1/8 grid, in Fractions
        best = 0
        for cx in range(8 * min(x for x, _ in pts) - 8 * R, 8 * max(x for x, _ in pts) + 8 * R + 1):
            for cy in range(8 * min(y for _, y in pts) - 8 * R, 8 * max(y for _, y in pts) + 8 * R + 1):
                best = max(best, sum((F(cx, 8) - x) ** 2 + (F(cy, 8) - y) ** 2 <= R * R for x, y in pts))
        return best

    def test(self):
        # 12 lattice points of x^2 + y^2 = 25 about (3, -2), its centre twice, one point outside
        circle = [(x + 3, y - 2) for x in range(-5, 6) for y in range(-5, 6) if x * x + y * y == 25]
        inp = f"15 5\n" + "".join(f"{x} {y}\n" for x, y in circle + [(3, -2), (3, -2), (9, -2)])
        self.accept(inp, "14\n")
        self.reject(inp, "13\n", "15\n", "14\n14\n", "")
        self.accept("4 5\n0 0\n6 8\n6 9\n-6 -8\n", "2\n")  # exactly 2R apart
        self.reject("4 5\n0 0\n6 8\n6 9\n-6 -8\n", "3\n", "1\n")
        self.accept("3 1\n7 7\n7 7\n8 9\n", "2\n")
        # tiny sets: at least the grid search's count, and only the checker's own answer passes
        rng = random.Random(3)
        for _ in range(15):
            R = rng.choice((1, 2))
            pts = [(rng.randint(0, 3), rng.randint(0, 3)) for _ in range(rng.randint(1, 5))]
            inp = f"{len(pts)} {R}\n" + "".join(f"{x} {y}\n" for x, y in pts)
            got = C(self.name).answer(inp)
            self.assertGreaterEqual(got, self.brute(pts, R), inp)
            self.accept(inp, f"{got}\n")
            self.reject(inp, f"{got + 1}\n", f"{got - 1}\n")

    def test_sweep_equals_brute_force(self):
        ck = C(self.name)
        rng = random.Random(5)
        for i in range(60):
            R = rng.choice((1, 2, 3, 5, 25, 65))
            pts = ck.ties(rng, rng.randint(2, 25), R, R) if i % 2 else \
                ck.box(rng, rng.randint(1, 25), rng.randint(1, 6))
            self.assertEqual(ck.brute(pts, R), max(ck.sweep(c, R) for c in ck.components(pts, R)))


class MinAreaRectangle(Base):
    name = "min_area_rectangle"

    @staticmethod
    def brute(pts):
        """(least area, least perimeter squared), Fractions: every ordered pair of distinct points
        with every point on the closed left of its line gives a side direction."""
        best_a = best_p = None
        for a in pts:
            for b in pts:
                if a == b or any(cross(a, b, c) < 0 for c in pts):
                    continue
                d = (b[0] - a[0], b[1] - a[1])
                ds = [d[0] * c[0] + d[1] * c[1] for c in pts]
                w, h, n = max(ds) - min(ds), max(cross(a, b, c) for c in pts), d[0] ** 2 + d[1] ** 2
                ar, p2 = F(w * h, n), F(4 * (w + h) ** 2, n)
                best_a = ar if best_a is None else min(best_a, ar)
                best_p = p2 if best_p is None else min(best_p, p2)
        return (F(0), F(0)) if best_a is None else (best_a, best_p)

    def test(self):
        inp = "5\n0 0\n4 0\n4 3\n0 3\n2 1\n"
        self.accept(inp, "12\n14\n")
        self.accept(inp, "12.000001\n13.99999\n")
        self.reject(inp, "12.001\n14\n", "12\n14.001\n", "12\n", "14\n12\n", "12\nx\n", "12\n14\n1\n")
        self.accept("5\n1 0\n2 1\n1 2\n0 1\n1 1\n", "2.000000000\n5.656854249\n")  # the tilted square
        self.reject("5\n1 0\n2 1\n1 2\n0 1\n1 1\n", "4\n8\n")  # the axis-parallel box
        self.accept("1\n-5 7\n", "0\n0\n")
        self.accept("3\n7 7\n7 7\n7 7\n", "0.0000001\n0\n")  # absolute error for values below 1
        self.reject("1\n-5 7\n", "0.01\n0\n", "0\n0.01\n")
        self.accept("4\n0 0\n3 4\n6 8\n3 4\n", "0\n20\n")  # collinear: twice the length
        self.reject("4\n0 0\n3 4\n6 8\n3 4\n", "0\n10\n")
        B = 10 ** 9
        self.accept(f"4\n{-B} {-B}\n{B} {-B}\n{B} {B}\n{-B} {B}\n", "4e18\n8e9\n")
        rng = random.Random(14)
        for r in (1, 3, 50, 10 ** 9):
            for _ in range(12):
                pts = [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(rng.randint(1, 12))]
                inp = f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)
                a, p2 = self.brute(pts)
                p = math.sqrt(p2)
                self.accept(inp, f"{float(a):.9f}\n{p:.9f}\n")
                self.reject(inp, f"{float(a) * 1.00001 + 1e-5:.9f}\n{p:.9f}\n",
                            f"{float(a):.9f}\n{p * 1.00001 + 1e-5:.9f}\n")

    def test_calipers_equal_all_vertices(self):
        """The checker's rotating pointers against its own all-vertices loop, on hulls of 61..400
        vertices (rounded circles, convex lattice walks)."""
        import _hull as H
        ck = C(self.name)
        rng = random.Random(6)
        for i in range(20):
            if i % 2:
                pts = H.convex_position(rng, rng.randint(62, 400), rng.randint(2, 30), 10 ** 6)
            else:
                R = rng.choice((300, 10 ** 4, 10 ** 9))
                pts = [(round(R * math.cos(t)), round(R * math.sin(t)))
                       for t in (2 * math.pi * rng.random() for _ in range(400))]
            h = H.strict_hull(pts)
            if len(h) <= ck.BRUTE:
                continue
            fast = ck.edge_terms(h)
            keep, ck.BRUTE = ck.BRUTE, 10 ** 9
            try:
                self.assertEqual(fast, ck.edge_terms(h))
            finally:
                ck.BRUTE = keep


if __name__ == "__main__":
    unittest.main()
