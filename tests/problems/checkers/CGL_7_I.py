"""Checker and cases for AOJ CGL_7_I "Area of Intersection between Two Circles".

Input: c1x c1y c1r / c2x c2y c2r; integers, |.| <= 10000, 1 <= r <= 10000. Output: the area of
the intersection; error < 1e-6.
Independent of cpgeo (which uses the Taylor series of x - sin x): the relation is exact
(integers); a crossing pair uses the textbook r1^2 t1 + r2^2 t2 - d h, t_i = atan2(h, a_i) the
half angles, everything in 60-digit Decimals (atan by series, pi by Machin), so the
cancellation of a sliver costs digits we have to spare.
"""

import _circle as C
import math
D = C.D
LIM, TOL = 10000, 1e-6


def area(c1, c2):
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    rel = C.relation(c1, c2)
    if rel >= 3:
        return 0.0
    if rel <= 1:
        return float(C.PI * min(r1, r2) ** 2)
    d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
    d = C.dsqrt(d2)
    a1 = D(d2 + r1 * r1 - r2 * r2) / (2 * d)
    a2 = D(d2 + r2 * r2 - r1 * r1) / (2 * d)
    h = C.dsqrt(((r1 + r2) ** 2 - d2) * (d2 - (r1 - r2) ** 2)) / (2 * d)
    return float(r1 * r1 * C.atan2(h, a1) + r2 * r2 * C.atan2(h, a2) - d * h)


def validate(text):
    v = C.ints(text)
    if len(v) != 6:
        return "expected 6 integers"
    if any(abs(t) > LIM for t in v[0:2] + v[3:5]) or not (1 <= v[2] <= LIM and 1 <= v[5] <= LIM):
        return "out of range"
    return None


def check(text, out):
    v = C.ints(text)
    got = C.parse_floats(out, 1)
    if isinstance(got, str):
        return got
    want = area(tuple(v[0:3]), tuple(v[3:6]))
    if not C.close(want, got[0], TOL):
        return f"expected {want:.10f}, got {got[0]}"
    return None


def _fmt(a, b):
    return f"{a[0]} {a[1]} {a[2]}\n{b[0]} {b[1]} {b[2]}\n"


def cases(rng, scale):
    out = [("sample_1", "0 0 1\n2 0 2\n"), ("sample_2", "1 0 1\n0 0 3\n")]
    for i in range(30 * scale):
        c1 = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), rng.randint(1, LIM))
        lim = 2 * c1[2] if i % 2 else LIM
        c2 = (max(-LIM, min(LIM, c1[0] + rng.randint(-lim, lim))),
              max(-LIM, min(LIM, c1[1] + rng.randint(-lim, lim))), rng.randint(1, LIM))
        out.append((f"random_{i}", _fmt(c1, c2)))
    for i in range(10 * scale):
        c1 = (rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 4))
        c2 = (rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 4))
        out.append((f"small_{i}", _fmt(c1, c2)))
    out += [("equal", "5 5 7\n5 5 7\n"), ("concentric", "5 5 7\n5 5 10000\n"),
            ("sliver_out", "-10000 0 10000\n9999 0 10000\n"), ("sliver_out_2", "-10000 -10000 10000\n4142 4142 10000\n"),
            ("sliver_in", "0 0 10000\n9999 1 1\n"), ("sliver_in_2", "0 0 10000\n0 9998 3\n"),
            ("touch_out", "-10000 0 10000\n10000 0 10000\n"), ("touch_in", "0 0 10000\n0 9000 1000\n"),
            ("tiny_in_big", "0 0 10000\n1 1 1\n")]
    return out
