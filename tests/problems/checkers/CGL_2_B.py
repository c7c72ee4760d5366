"""Checker and case generator for AOJ CGL_2_B "Intersection".

Statement (AOJ): for segments s1 = p0p1 and s2 = p2p3 print 1 if they intersect (share at
least one point; touching counts), else 0. Constraints: integers, |x|,|y| <= 10000,
1 <= q <= 1000, p0 != p1, p2 != p3. Exact compare.

Independent of cpgeo: the exact intersection set from Cramer's rule on the implicit line
equations (bounding-box check of the point), or the overlap of parameter intervals on one
common line, in Fractions.
"""
from fractions import Fraction

import _segments as S


def answer(p0, p1, p2, p3):
    return "0" if S.meet(p0, p1, p2, p3)[0] == 'none' else "1"


def _query_constraint(p0, p1, p2, p3):
    return None


def _touch_query(rng):
    """T-junctions, shared endpoints, collinear overlaps and near misses by one unit."""
    a, b = S._distinct_pair(rng, 2000)
    t = rng.choice((0, 1, Fraction(1, 2), Fraction(rng.randint(-5, 15), 10)))
    g = (b[0] - a[0], b[1] - a[1])
    c = (a[0] + t * g[0], a[1] + t * g[1])
    if c[0].denominator != 1 or c[1].denominator != 1:
        c = a
    c = (int(c[0]) + rng.choice((0, 0, 0, 1, -1)), int(c[1]))
    kind = rng.randint(0, 2)
    if kind == 0:
        d = S._rand_pt(rng, 2000)
    elif kind == 1:
        d = (c[0] + g[0] * rng.choice((1, -1)), c[1] + g[1] * rng.choice((1, -1)))
    else:
        d = (c[0] - g[1], c[1] + g[0])
    if c == d:
        d = (d[0] + 1, d[1])
    return a, b, c, d


def check(input_text, output_text):
    expected = [answer(*qu) for qu in S.parse_input(input_text)]
    got = output_text.split()
    for i, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            return f"query {i + 1}: expected {want}, got {have[:40]}"
    if len(got) != len(expected):
        return f"expected {len(expected)} answers, got {len(got)}"
    return None


def cases(rng, scale):
    out = [("sample_1", "3\n0 0 3 0 1 1 2 -1\n0 0 3 0 3 1 3 -1\n0 0 3 0 3 -2 5 0\n")]
    out += S.generated_cases(rng, scale, _query_constraint)
    out.append(("touching", S._fmt(S._batch(rng, _touch_query, S.MAX_Q, _query_constraint))))
    return out


def validate(input_text):
    return S.validate(input_text, _query_constraint)
