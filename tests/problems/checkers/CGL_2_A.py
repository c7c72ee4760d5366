"""Checker and case generator for AOJ CGL_2_A "Parallel/Orthogonal".

Statement (AOJ): for lines s1 = p0p1 and s2 = p2p3 print 2 if they are parallel, 1 if they
are orthogonal, 0 otherwise. Constraints: integers, |x|,|y| <= 10000, 1 <= q <= 1000,
p0 != p1, p2 != p3. Exact compare.

Independent of cpgeo: each direction is reduced to its primitive lattice vector with a
canonical sign; parallel iff the two are equal, orthogonal iff one equals the other turned
by 90 degrees (no cross or dot product).
"""
from math import gcd

import _segments as S


def _primitive(dx, dy):
    g = gcd(dx, dy)
    dx, dy = dx // g, dy // g
    return (dx, dy) if (dx, dy) > (0, 0) else (-dx, -dy)


def answer(p0, p1, p2, p3):
    u = _primitive(p1[0] - p0[0], p1[1] - p0[1])
    v = _primitive(p3[0] - p2[0], p3[1] - p2[1])
    if u == v:
        return "2"
    if u == _primitive(-v[1], v[0]):
        return "1"
    return "0"


def _query_constraint(p0, p1, p2, p3):
    return None


def _parallel_query(rng):
    """Exactly parallel or orthogonal directions (multiples), or one unit off."""
    dx, dy = rng.randint(-100, 100), rng.randint(-100, 100)
    if (dx, dy) == (0, 0):
        dx = 1
    k1, k2 = rng.choice((-3, -2, -1, 1, 2, 3)), rng.choice((-3, -2, -1, 1, 2, 3))
    e = (dx * k2, dy * k2) if rng.random() < 0.5 else (-dy * k2, dx * k2)
    if rng.random() < 0.3:
        e = (e[0] + rng.choice((-1, 1)), e[1])
    a, c = S._rand_pt(rng, S.LIMIT - 400), S._rand_pt(rng, S.LIMIT - 400)
    b, d = (a[0] + dx * k1, a[1] + dy * k1), (c[0] + e[0], c[1] + e[1])
    if b == a or d == c:
        return S._random_query(rng)
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
    out = [("sample_1", "3\n0 0 3 0 0 2 3 2\n0 0 3 0 1 1 1 4\n0 0 3 0 1 1 2 2\n")]
    out += S.generated_cases(rng, scale, _query_constraint)
    out.append(("parallel_orthogonal", S._fmt(S._batch(rng, _parallel_query, S.MAX_Q, _query_constraint))))
    return out


def validate(input_text):
    return S.validate(input_text, _query_constraint)
