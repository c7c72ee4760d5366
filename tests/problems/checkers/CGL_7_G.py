"""Checker and cases for AOJ CGL_7_G "Common Tangent".

Input: c1x c1y c1r / c2x c2y c2r; integers, |.| <= 1000, 1 <= r <= 1000, c1 != c2 as circles.
Output: the touch points of the common tangents on circle 1, one per line, sorted by x then y;
error < 1e-5. Their number is 4, 3, 2, 1 or 0 by the exact relation of the circles.
Independent of cpgeo: every common tangent passes through a centre of similitude
S = (r2 c1 -+ r1 c2) / (r2 -+ r1) (external: -, internal: +; the external one is at infinity
for equal radii, then the tangents are c1 +- r1 n, n perpendicular to c2 - c1); the touch
points are the tangent points from S to circle 1 (Thales, as in CGL_7_F) in exact Fractions
plus one 60-digit square root. Tangent circles give S on the circle: one touch point, S.
"""

import _circle as C
D = C.D
from fractions import Fraction
LIM, TOL = 1000, 1e-5


def from_point(sx, sy, cx, cy, r):
    """Tangent points from the rational point s to circle (c, r): list of Decimal pairs."""
    vx, vy = sx - cx, sy - cy
    n2 = vx * vx + vy * vy
    disc = n2 - r * r
    if disc < 0:
        return []
    dd = lambda f: D(f.numerator) / D(f.denominator)
    bx, by = dd(cx + vx * r * r / n2), dd(cy + vy * r * r / n2)
    if disc == 0:
        return [(bx, by)]
    s = D(disc.numerator).sqrt() / D(disc.denominator).sqrt() * r / dd(n2)
    return [(bx - dd(vy) * s, by + dd(vx) * s), (bx + dd(vy) * s, by - dd(vx) * s)]


def touch_points(c1, c2):
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    rel = C.relation(c1, c2)
    pts = []
    if rel >= 3:   # internal tangents through the internal centre of similitude
        s = (Fraction(r2 * x1 + r1 * x2, r1 + r2), Fraction(r2 * y1 + r1 * y2, r1 + r2))
        pts += from_point(s[0], s[1], x1, y1, r1)
    if rel >= 1:   # external tangents
        if r1 == r2:
            dx, dy = x2 - x1, y2 - y1
            L = C.dsqrt(dx * dx + dy * dy)
            pts += [(x1 - dy * r1 / L, y1 + dx * r1 / L), (x1 + dy * r1 / L, y1 - dx * r1 / L)]
        else:
            s = (Fraction(r2 * x1 - r1 * x2, r2 - r1), Fraction(r2 * y1 - r1 * y2, r2 - r1))
            pts += from_point(s[0], s[1], x1, y1, r1)
    return C.sort_xy(pts)


def validate(text):
    v = C.ints(text)
    if len(v) != 6:
        return "expected 6 integers"
    if any(abs(t) > LIM for t in v[0:2] + v[3:5]) or not (1 <= v[2] <= LIM and 1 <= v[5] <= LIM):
        return "out of range"
    if v[0:3] == v[3:6]:
        return "identical circles"
    return None


def check(text, out):
    v = C.ints(text)
    want = touch_points(tuple(v[0:3]), tuple(v[3:6]))
    rows = [r for r in out.strip().split("\n") if r.strip()] if out.strip() else []
    got = []
    for i, row in enumerate(rows):
        p = C.parse_floats(row, 2)
        if isinstance(p, str):
            return f"line {i + 1}: {p}"
        got.append((p[0], p[1]))
    return C.match_points(want, got, TOL)


def _fmt(a, b):
    return f"{a[0]} {a[1]} {a[2]}\n{b[0]} {b[1]} {b[2]}\n"


def cases(rng, scale):
    import CGL_7_A as A
    out = [("sample_1", "1 1 1\n6 2 2\n"), ("sample_2", "1 2 1\n4 2 2\n"),
           ("sample_3", "1 2 1\n3 2 2\n"), ("sample_4", "0 0 1\n1 0 2\n"),
           ("sample_5", "0 0 1\n0 0 2\n")]
    for name, text in A.cases(rng, scale)[5:]:
        out.append((name, text))
    out += [("equal_r", "0 0 5\n3 4 5\n"), ("equal_r_apart", "-1000 -1000 1000\n1000 1000 1000\n")]
    return out
