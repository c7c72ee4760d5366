"""Checker and case generator for AOJ CGL_4_B "Diameter of a Convex Polygon".

Statement: n (3 <= n <= 80000) points, reals with at most 6 digits after the point,
|x|,|y| <= 100, the vertices of a convex polygon counter-clockwise. Print the diameter
with an error less than 0.000001.

Independent of cpgeo: coordinates are read exactly as integers in units of 1e-6. Up to
2000 points the squared diameter is the all-pairs maximum; above, it is the maximum over
the antipodal pairs found by the triangle-area formulation of the rotating calipers (the
library compares edge directions). The answer must be within 1e-6 (checked with exact
rationals: |d - D| < 1e-6 with D^2 known exactly).
"""
from fractions import Fraction
import math

import _hull as H

MAX_N = 80000
SCALE = 10 ** 6


def to_units(tok):
    f = Fraction(tok)
    v = f * SCALE
    if v.denominator != 1:
        raise ValueError("more than 6 decimals")
    return int(v)


def parse_input(text):
    t = text.split()
    n = int(t[0])
    return [(to_units(t[1 + 2 * i]), to_units(t[2 + 2 * i])) for i in range(n)]


def d2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def area2(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def diameter2(p):
    n = len(p)
    if n <= 2000:
        return max(d2(p[i], p[j]) for i in range(n) for j in range(i + 1, n))
    best, j = 0, 1
    for i in range(n):
        a, b = p[i], p[(i + 1) % n]
        while area2(a, b, p[(j + 1) % n]) > area2(a, b, p[j]):
            j = (j + 1) % n
        best = max(best, d2(a, p[j]), d2(b, p[j]))
    return best


def validate(input_text):
    try:
        p = parse_input(input_text)
    except (ValueError, IndexError):
        return "malformed input"
    if not 3 <= len(p) <= MAX_N:
        return "n out of range"
    if max(max(abs(x), abs(y)) for x, y in p) > 100 * SCALE:
        return "coordinate out of range"
    n = len(p)
    for i in range(n):
        if area2(p[i], p[(i + 1) % n], p[(i + 2) % n]) < 0:
            return "not convex counter-clockwise"
    return None


def check(input_text, output_text):
    want2 = Fraction(diameter2(parse_input(input_text)), SCALE * SCALE)
    toks = output_text.split()
    if len(toks) != 1:
        return "expected one number"
    try:
        got = Fraction(toks[0])
    except ValueError:
        return "not a number"
    tol = Fraction(1, 10 ** 6)
    # |got - D| < tol  <=>  (got - tol)^2 < D^2 < (got + tol)^2 for got >= tol
    lo, hi = got - tol, got + tol
    if hi <= 0 or (lo > 0 and lo * lo >= want2) or hi * hi <= want2:
        return f"diameter {toks[0]}, expected {math.sqrt(want2):.9f}"
    return None


def fmt(units):
    def dec(v):
        s = "-" if v < 0 else ""
        v = abs(v)
        return f"{s}{v // SCALE}.{v % SCALE:06d}"
    return f"{len(units)}\n" + "".join(f"{dec(x)} {dec(y)}\n" for x, y in units)


def fit(pts, rng):
    """Translate and scale lattice points into [-100, 100]^2 (units of 1e-6)."""
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    x0, y0 = min(xs), min(ys)
    span = max(max(xs) - x0, max(ys) - y0, 1)
    k = max(1, (200 * SCALE - 2) // span)
    k = rng.randint(1, k)
    return [((x - x0) * k - 100 * SCALE, (y - y0) * k - 100 * SCALE) for x, y in pts]


def cases(rng, scale):
    out = [
        ("sample1", "3\n0.0 0.0\n4.0 0.0\n2.0 2.0\n"),
        ("sample2", "4\n0.0 0.0\n1.0 0.0\n1.0 1.0\n0.0 1.0\n"),
        ("thin_triangle", "3\n-100.0 -100.0\n100.0 100.0\n99.999999 100.0\n"),
        ("square_with_edge_points", fmt([(0, 0), (SCALE, 0), (2 * SCALE, 0), (2 * SCALE, SCALE),
                                          (2 * SCALE, 2 * SCALE), (0, 2 * SCALE)])),
    ]
    for i in range(10 * scale):
        n = rng.randint(2, 40) * 2
        pts = fit(H.convex_walk(rng, n, rng.randint(2, 8), (0, 0)), rng)
        r = rng.randrange(len(pts))
        out.append((f"random{i}", fmt(pts[r:] + pts[:r])))
    for i in range(3 * scale):  # collinear vertices on edges: doubled lattice, edge midpoints
        base = [(2 * x, 2 * y) for x, y in H.convex_walk(rng, rng.randint(2, 20) * 2, 4, (0, 0))]
        pts = []
        for k in range(len(base)):
            a, b = base[k], base[(k + 1) % len(base)]
            pts.append(a)
            if rng.random() < 0.5:
                pts.append(((a[0] + b[0]) // 2, (a[1] + b[1]) // 2))
        out.append((f"collinear{i}", fmt(fit(pts, rng))))
    regular = []  # many nearly equal diameters: a regular 2000-gon, exact decimals
    for k in range(2000):
        a = 2 * math.pi * k / 2000
        regular.append((round(100 * SCALE * math.cos(a)), round(100 * SCALE * math.sin(a))))
    ok = all(area2(regular[i], regular[(i + 1) % 2000], regular[(i + 2) % 2000]) > 0 for i in range(2000))
    if ok:
        out.append(("regular_2000", fmt(regular)))
    out.append(("max_n", fmt(fit(H.convex_walk(rng, MAX_N, 170, (0, 0)), rng))))
    return out
