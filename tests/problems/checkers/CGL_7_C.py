"""Checker and cases for AOJ CGL_7_C "Circumscribed Circle of a Triangle".

Input: three points, one per line, integers, |.| <= 10000, not collinear.
Output: cx cy r of the circumcircle; error < 1e-6.
Independent of cpgeo: the centre is the exact rational solution (Fractions) of the two
perpendicular-bisector equations 2 (b - a) . x = |b|^2 - |a|^2, 2 (c - a) . x = |c|^2 - |a|^2
(Cramer's rule), the radius the Decimal square root of its exact squared distance to a.
"""

import _circle as C
import CGL_7_B as _B
D = C.D
from fractions import Fraction
LIM, TOL = 10000, 1e-6
validate = None


def circumcircle(ax, ay, bx, by, cx, cy):
    a1, b1, e1 = 2 * (bx - ax), 2 * (by - ay), bx * bx + by * by - ax * ax - ay * ay
    a2, b2, e2 = 2 * (cx - ax), 2 * (cy - ay), cx * cx + cy * cy - ax * ax - ay * ay
    det = a1 * b2 - a2 * b1
    x, y = Fraction(e1 * b2 - e2 * b1, det), Fraction(a1 * e2 - a2 * e1, det)
    r2 = (x - ax) ** 2 + (y - ay) ** 2
    return x, y, D(r2.numerator).sqrt() / D(r2.denominator).sqrt()


def check(text, out):
    got = C.parse_floats(out, 3)
    if isinstance(got, str):
        return got
    x, y, r = circumcircle(*C.ints(text))
    for name, want, have in (("cx", x, got[0]), ("cy", y, got[1]), ("r", r, got[2])):
        if not C.close(D(want.numerator) / D(want.denominator) if isinstance(want, Fraction) else want,
                       have, TOL):
            return f"{name}: expected {float(want):.10f}, got {have}"
    return None


validate = _B.validate


def cases(rng, scale):
    out = [("sample_1", "1 -2\n3 2\n-2 0\n"), ("sample_2", "0 3\n4 0\n0 0\n")]
    for i in range(20 * scale):
        out.append((f"random_{i}", _B._fmt(_B._tri(rng, LIM))))
    for i in range(10 * scale):
        out.append((f"small_{i}", _B._fmt(_B._tri(rng, 3))))
    out += [("obtuse", _B._fmt([-10000, 0, 10000, 0, 0, 1])),
            ("max", _B._fmt([-10000, -10000, 10000, -10000, 0, 10000])),
            ("right", _B._fmt([0, 0, 10000, 0, 0, 1])),
            ("near_collinear", _B._fmt([-100, -100, 100, 100, 99, 100]))]
    return out
