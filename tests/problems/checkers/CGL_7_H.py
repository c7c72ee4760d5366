"""Checker and cases for AOJ CGL_7_H "Intersection of a Circle and a Polygon".

Input: n r, then n vertices; integers, circle centred at the origin, polygon counter-clockwise
(simple, possibly non-convex), 3 <= n <= 100, 1 <= r <= 100, |.| <= 100. Output: the area of
the intersection; error < 1e-5.
Independent of cpgeo (which sums circle-triangle pieces per edge): vertical decomposition.
Between consecutive breakpoints (vertex x's, +-r, x's where an edge meets the circle) the
region is a fixed list of trapezoids whose top and bottom are each an edge (linear) or the
circle (+-sqrt(r^2 - x^2)); each is integrated in closed form, math.fsum over all.
"""

import _circle as C
import math
from fractions import Fraction
LIM, TOL = 100, 1e-5


def parse(text):
    v = C.ints(text)
    n, r = v[0], v[1]
    return r, [(v[2 + 2 * i], v[3 + 2 * i]) for i in range(n)]


def area(r, P):
    n = len(P)
    edges = [(P[i], P[(i + 1) % n]) for i in range(n) if P[i][0] != P[(i + 1) % n][0]]
    xs = {-r, r} | {x for x, _ in P if -r < x < r}
    for (ax, ay), (bx, by) in edges:          # edge meets circle: |a + t d|^2 = r^2
        dx, dy = bx - ax, by - ay
        qa, qb, qc = dx * dx + dy * dy, ax * dx + ay * dy, ax * ax + ay * ay - r * r
        disc = qb * qb - qa * qc
        if disc >= 0:
            for sgn in (-1, 1):
                t = (-qb + sgn * math.sqrt(disc)) / qa
                if 0 <= t <= 1:
                    xs.add(ax + dx * t)
    xs = sorted(x for x in xs if -r <= x <= r)
    F = lambda x: (x * math.sqrt(max(r * r - x * x, 0.0)) + r * r * math.asin(max(-1.0, min(1.0, x / r)))) / 2
    terms = []
    for x0, x1 in zip(xs, xs[1:]):
        if x1 - x0 <= 0:
            continue
        xm = (x0 + x1) / 2
        s = math.sqrt(r * r - xm * xm)
        ys = []
        for (ax, ay), (bx, by) in edges:
            if min(ax, bx) < xm < max(ax, bx):
                k = (by - ay) / (bx - ax)
                ys.append((ay + k * (xm - ax), ay - k * ax, k))   # value at xm, line y = c + k x
        ys.sort()
        for lo, hi in zip(ys[0::2], ys[1::2]):
            if min(hi[0], s) <= max(lo[0], -s):
                continue
            # top: the edge or the upper circle; bottom: the edge or the lower circle
            top = (hi[1] * (x1 - x0) + hi[2] * (x1 * x1 - x0 * x0) / 2) if hi[0] < s else (F(x1) - F(x0))
            bot = (lo[1] * (x1 - x0) + lo[2] * (x1 * x1 - x0 * x0) / 2) if lo[0] > -s else -(F(x1) - F(x0))
            terms += [top, -bot]
    return math.fsum(terms)


def _simple(P):
    """Exact test: no two non-adjacent edges meet, adjacent ones only at their vertex."""
    n = len(P)
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)
    def on(a, b, p):
        return orient(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])
    def meet(a, b, c, d):
        o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
        if o1 * o2 < 0 and o3 * o4 < 0:
            return True
        return on(a, b, c) or on(a, b, d) or on(c, d, a) or on(c, d, b)
    if len(set(P)) != n:
        return False
    for i in range(n):
        for j in range(i + 1, n):
            a, b, c, d = P[i], P[(i + 1) % n], P[j], P[(j + 1) % n]
            if j == i + 1 or (i == 0 and j == n - 1):
                shared = b if j == i + 1 else a
                other_i = a if j == i + 1 else b
                other_j = d if j == i + 1 else c
                if on(c, d, other_i) or on(a, b, other_j):
                    return False
                continue
            if meet(a, b, c, d):
                return False
    return True


def validate(text):
    v = C.ints(text)
    if len(v) < 2 or not 3 <= v[0] <= 100 or len(v) != 2 + 2 * v[0] or not 1 <= v[1] <= LIM:
        return "bad size or radius"
    r, P = parse(text)
    if any(abs(c) > LIM for p in P for c in p):
        return "coordinate out of range"
    a2 = sum(P[i][0] * P[(i + 1) % len(P)][1] - P[(i + 1) % len(P)][0] * P[i][1] for i in range(len(P)))
    if a2 <= 0:
        return "not counter-clockwise"
    if not _simple(P):
        return "not simple"
    return None


def check(text, out):
    got = C.parse_floats(out, 1)
    if isinstance(got, str):
        return got
    want = area(*parse(text))
    if not C.close(want, got[0], TOL):
        return f"expected {want:.10f}, got {got[0]}"
    return None


def _star(rng, n, lim, centre=(0, 0)):
    """A random star-shaped (so simple) CCW polygon around centre."""
    while True:
        pts = set()
        while len(pts) < n:
            pts.add((rng.randint(-lim, lim) + centre[0], rng.randint(-lim, lim) + centre[1]))
        P = sorted(pts, key=lambda p: (math.atan2(p[1] - centre[1] - 0.01, p[0] - centre[0] - 0.013),
                                       (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2))
        if all(abs(c) <= LIM for p in P for c in p) and _simple(P) and            sum(P[i][0] * P[(i + 1) % n][1] - P[(i + 1) % n][0] * P[i][1] for i in range(n)) > 0:
            return P


def _fmt(r, P):
    return f"{len(P)} {r}\n" + "".join(f"{x} {y}\n" for x, y in P)


def _on_circle(r):
    return sorted({(x, y) for x in range(-r, r + 1) for y in (math.isqrt(r * r - x * x),)
                   if x * x + y * y == r * r for y in (y, -y)},
                  key=lambda p: math.atan2(p[1], p[0]))


def cases(rng, scale):
    out = [("sample_1", "3 5\n1 1\n4 1\n5 5\n"), ("sample_2", "4 5\n0 0\n-3 -6\n1 -3\n5 -4\n")]
    for i in range(15 * scale):
        n = rng.randint(3, 100 if i % 3 == 0 else 12)
        out.append((f"random_{i}", _fmt(rng.randint(1, LIM), _star(rng, n, rng.choice((5, 30, 100)) if n < 40 else 100))))
    for i in range(10 * scale):
        out.append((f"small_{i}", _fmt(rng.randint(1, 4), _star(rng, rng.randint(3, 8), 4))))
    # vertices exactly on the circle (5, 25, 65, 85 have many lattice points)
    for r in (5, 25, 65, 85):
        ring = _on_circle(r)
        out.append((f"inscribed_{r}", _fmt(r, ring)))
        pick = sorted(rng.sample(ring, min(len(ring), 6)), key=lambda p: math.atan2(p[1], p[0]))
        out.append((f"on_circle_{r}", _fmt(r, pick + [(0, 0)] if len(pick) > 2 else pick)))
    out += [("tangent_edges", "4 50\n-50 -50\n50 -50\n50 50\n-50 50\n"),
            ("tangent_edge_out", "4 10\n-100 10\n-100 -100\n100 -100\n100 10\n"[:0] + "4 10\n-100 -100\n100 -100\n100 10\n-100 10\n"),
            ("inside_circle", "3 100\n0 0\n1 0\n0 1\n"),
            ("circle_inside", "4 1\n-100 -100\n100 -100\n100 100\n-100 100\n"),
            ("disjoint", "3 1\n50 50\n60 50\n50 60\n"),
            ("comb", _fmt(60, [(-100, -100), (100, -100), (100, 100), (80, 100), (80, -90), (60, -90),
                               (60, 100), (40, 100), (40, -90), (20, -90), (20, 100), (0, 100),
                               (0, -90), (-20, -90), (-20, 100), (-100, 100)]))]
    return out
