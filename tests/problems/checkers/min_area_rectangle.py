"""Checker and cases for cpgeo's own problem "min_area_rectangle".

Input: N (1 <= N <= 200000), then N lines "x y" (integers, |x|,|y| <= 1e9, repeats allowed).
Output: line 1, the least area of an enclosing rectangle of any orientation; line 2, the least
perimeter of one (minimised separately); each within absolute or relative error 1e-6
(|v - exact| <= 1e-6 max(1, exact)). Collinear input: 0 and twice the length; one point: 0 0.

Independent of cpgeo: the strict hull by _hull's monotone chain over (x, y) order, then for
every hull edge e (from a) exact integers: W = max e.p - min e.p, H = max e x (p - a), found
by three rotating pointers (all vertices when the hull has at most 60); the least area
W H / |e|^2 compared by cross-multiplication, the least perimeter through its square
4 (W + H)^2 / |e|^2 (W + H >= 0). The answer is checked exactly in Fractions: the area
directly, the perimeter P by squaring the ends of [v - tol, v + tol] against P^2.
"""
import math
from fractions import Fraction

import _hull as H

LIMIT = 10 ** 9
MAX_N = 200000
BRUTE = 60


def parse(text):
    v = [int(t) for t in text.split()]
    n = v[0]
    if len(v) != 1 + 2 * n:
        raise ValueError(f"expected {1 + 2 * n} numbers, got {len(v)}")
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def edge_terms(h):
    """For each hull edge: (W, H, D = |e|^2), exact integers."""
    n = len(h)
    X = [p[0] for p in h] * 3  # indices run past n: three laps
    Y = [p[1] for p in h] * 3
    if n <= BRUTE:
        out = []
        for i in range(n):
            ex, ey = X[i + 1] - X[i], Y[i + 1] - Y[i]
            ds = [ex * x + ey * y for x, y in h]
            out.append((max(ds) - min(ds), max(ex * (y - Y[i]) - ey * (x - X[i]) for x, y in h), ex * ex + ey * ey))
        return out
    out = []
    r = t = l = 1
    for i in range(n):
        ax, ay = X[i], Y[i]
        ex, ey = X[i + 1] - ax, Y[i + 1] - ay
        while ex * X[r + 1] + ey * Y[r + 1] > ex * X[r] + ey * Y[r]:
            r += 1
        while ex * Y[t + 1] - ey * X[t + 1] > ex * Y[t] - ey * X[t]:
            t += 1
        if i == 0:
            l = t
        while ex * X[l + 1] + ey * Y[l + 1] < ex * X[l] + ey * Y[l]:
            l += 1
        out.append((ex * (X[r] - X[l]) + ey * (Y[r] - Y[l]), ex * (Y[t] - ay) - ey * (X[t] - ax), ex * ex + ey * ey))
    return out


def exact(points):
    """(least area as a Fraction, least perimeter squared as a Fraction)."""
    h = H.strict_hull(points)
    if len(h) == 1:
        return Fraction(0), Fraction(0)
    if len(h) == 2:
        d = (h[0][0] - h[1][0]) ** 2 + (h[0][1] - h[1][1]) ** 2
        return Fraction(0), Fraction(4 * d)
    an, ad, pn, pd = None, 1, None, 1  # least W H / D and (W + H)^2 / D, cross-multiplied
    for w, hh, d in edge_terms(h):
        a, q = w * hh, (w + hh) ** 2
        if an is None or a * ad < an * d:
            an, ad = a, d
        if pn is None or q * pd < pn * d:
            pn, pd = q, d
    return Fraction(an, ad), Fraction(4 * pn, pd)


def validate(input_text):
    p = parse(input_text)
    if not 1 <= len(p) <= MAX_N:
        return "bad N"
    if any(abs(x) > LIMIT or abs(y) > LIMIT for x, y in p):
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    area, per2 = exact(parse(input_text))
    tok = output_text.split()
    if len(tok) != 2:
        return f"expected 2 numbers, got {len(tok)}"
    try:
        va, vp = Fraction(tok[0]), Fraction(tok[1])
    except ValueError:
        return "output holds something other than numbers"
    if abs(va - area) > Fraction(1, 10 ** 6) * max(1, area):
        return f"area {tok[0]}, want {float(area)!r}"
    tol = Fraction(1, 10 ** 6) * max(1, Fraction(math.sqrt(float(per2))) * Fraction(1 - 1e-9))
    lo, hi = vp - tol, vp + tol
    if hi < 0 or hi * hi < per2 or (lo > 0 and lo * lo > per2):
        return f"perimeter {tok[1]}, want {math.sqrt(float(per2))!r}"
    return None


def fmt(p):
    return f"{len(p)}\n" + "".join(f"{x} {y}\n" for x, y in p)


def cases(rng, scale):
    B = LIMIT
    out = [
        ("sample_square", fmt([(0, 0), (4, 0), (4, 3), (0, 3), (2, 1)])),
        ("sample_diamond", fmt([(1, 0), (2, 1), (1, 2), (0, 1), (1, 1)])),
        ("one_point", fmt([(7, -3)])),
        ("one_point_repeated", fmt([(B, -B)] * 5)),
        ("two_points", fmt([(-B, -B), (B, B)])),
        ("collinear", fmt([(3 * k - 5, 2 * k + 1) for k in range(-20, 21)] * 2)),
        ("collinear_extreme", fmt([(-B, B), (B, -B), (0, 0), (1, -1)])),
        ("corners", fmt([(-B, -B), (B, -B), (B, B), (-B, B)])),
        ("sliver_extreme", fmt([(-B, -B), (B, B), (B - 1, B)])),
        ("sliver_long", fmt([(-B, -B), (B, B - 1), (B - 1, B), (-B + 1, -B)])),
    ]
    for i in range(10 * scale):  # small random sets at several ranges (duplicates at small ones)
        r = rng.choice([1, 2, 5, 30, 1000, B])
        pts = [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(rng.randint(1, 40))]
        out.append((f"random{i}", fmt(pts)))
    for i in range(3 * scale):  # lattice blocks with repeats
        w, h, s = rng.randint(1, 8), rng.randint(0, 8), rng.randint(1, 10 ** 6)
        pts = [(x * s, y * s) for x in range(w + 1) for y in range(h + 1)] * 2
        rng.shuffle(pts)
        out.append((f"lattice{i}", fmt(pts)))
    for i in range(3 * scale):  # points rounded from a circle, some inside
        R, n = rng.choice([10, 1000, 10 ** 6, B]), rng.randint(3, 400)
        pts = [(round(R * math.cos(2 * math.pi * rng.random())), round(R * math.sin(2 * math.pi * rng.random())))
               for _ in range(n)]
        pts = [(x, y) for x, y in pts if abs(x) <= B and abs(y) <= B] or [(0, 0)]
        out.append((f"circle{i}", fmt(pts)))
    for i in range(3 * scale):  # near-degenerate slivers: a long segment and points 1 off it
        dx, dy = rng.randint(1, B // 2), rng.randint(-B // 2, B // 2)
        pts = [(-dx, -dy), (dx, dy)]
        for _ in range(rng.randint(1, 30)):
            k = rng.random()
            x, y = round(-dx + 2 * dx * k), round(-dy + 2 * dy * k)
            pts.append((x, y + rng.choice([-1, 0, 1])))
        out.append((f"sliver{i}", fmt(pts)))
    for i in range(1 if scale == 1 else 3):  # long mode: three of each
        out.append((f"max_uniform{i}", fmt([(rng.randint(-B, B), rng.randint(-B, B)) for _ in range(MAX_N)])))
        pts = [(round(B * math.cos(t)), round(B * math.sin(t)))
               for t in (2 * math.pi * rng.random() for _ in range(MAX_N))]
        out.append((f"max_circle{i}", fmt(pts)))
        out.append((f"max_convex{i}", fmt(H.convex_position(rng, MAX_N, 300, LIMIT))))
        out.append((f"max_duplicates{i}", fmt([(rng.randint(-3, 3) * 10 ** 8, rng.randint(-3, 3) * 10 ** 8)
                                                 for _ in range(MAX_N)])))
        line = [(rng.randint(-B // 3, B // 3),) for _ in range(MAX_N)]
        out.append((f"max_collinear{i}", fmt([(3 * t[0], -2 * t[0] + 1) for t in line])))
    return out
