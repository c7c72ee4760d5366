"""Checker and case generator for AOJ CGL_2_C "Cross Point".

Statement (AOJ): for segments s1 = p0p1 and s2 = p2p3 print the coordinates "x y" of their
cross point, with an error less than 1e-8. Constraints: integers, |x|,|y| <= 10000,
1 <= q <= 1000, p0 != p1, p2 != p3, the segments have a cross point and are not parallel.

Independent of cpgeo: the exact point by Cramer's rule on the implicit line equations, in
Fractions; every printed coordinate must be within 1e-8 of it.
"""

import _segments as S


def answer(p0, p1, p2, p3):
    m = S.meet(p0, p1, p2, p3)
    return m[1]


def _query_constraint(p0, p1, p2, p3):
    A1, B1, _ = S._implicit(p0, p1)
    A2, B2, _ = S._implicit(p2, p3)
    if A1 * B2 == A2 * B1:
        return "parallel"
    if S.meet(p0, p1, p2, p3)[0] != 'point':
        return "no cross point"
    return None


def _cross_query(rng):
    """A crossing pair through a random lattice point, at a random or a tiny angle."""
    x = S._rand_pt(rng, S.LIMIT // 2)
    u = (rng.randint(-3000, 3000), rng.randint(-3000, 3000))
    if rng.random() < 0.3:
        v = (u[0] + rng.choice((-1, 1)), u[1])  # nearly parallel
    else:
        v = (rng.randint(-3000, 3000), rng.randint(-3000, 3000))
    s, t = rng.choice((0, 1, rng.randint(1, 9))), rng.choice((0, 1, rng.randint(1, 9)))
    a = (x[0] - u[0] * s // 10, x[1] - u[1] * s // 10)
    c = (x[0] - v[0] * t // 10, x[1] - v[1] * t // 10)
    b, d = (a[0] + u[0], a[1] + u[1]), (c[0] + v[0], c[1] + v[1])
    return a, b, c, d


def check(input_text, output_text):
    queries = S.parse_input(input_text)
    got = output_text.split()
    if len(got) != 2 * len(queries):
        return f"expected {2 * len(queries)} numbers, got {len(got)}"
    for i, qu in enumerate(queries):
        want = answer(*qu)
        for k in range(2):
            v = S._num(got[2 * i + k])
            if v is None:
                return f"query {i + 1}: not a number: {got[2 * i + k][:40]}"
            if abs(v - want[k]) >= S.TOL:
                return f"query {i + 1}: expected {float(want[0]):.10f} {float(want[1]):.10f}, got {got[2 * i]} {got[2 * i + 1]}"
    return None


def cases(rng, scale):
    out = [("sample_1", "3\n0 0 2 0 1 1 1 -1\n0 0 1 1 0 1 1 0\n0 0 1 1 1 0 0 1\n")]
    out += S.generated_cases(rng, scale, _query_constraint)
    out.append(("crossing", S._fmt(S._batch(rng, _cross_query, S.MAX_Q, _query_constraint))))
    return out


def validate(input_text):
    return S.validate(input_text, _query_constraint)
