"""Checker and cases for AOJ CGL_7_E "Cross Points of Circles".

Input: c1x c1y c1r / c2x c2y c2r, integers, |.| <= 10000, 1 <= r <= 10000, different centres,
at least one common point. Output: x1 y1 x2 y2, smaller x first (then y), a tangent point
twice; error < 1e-6.
Independent of cpgeo: subtracting the circle equations gives the radical line
2 (c2 - c1) . x = |c2|^2 - |c1|^2 + r1^2 - r2^2 (integers); the points are that line's
crossings with circle 1, from the quadratic in x (or y) with an exact integer discriminant.
"""

import _circle as C
D = C.D
LIM, TOL = 10000, 1e-6


def crossings(c1, c2):
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    # A x + B y = E (radical line), circle 1: (x - x1)^2 + (y - y1)^2 = r1^2
    A, B = 2 * (x2 - x1), 2 * (y2 - y1)
    E = x2 * x2 + y2 * y2 - x1 * x1 - y1 * y1 + r1 * r1 - r2 * r2
    swap = abs(A) < abs(B)          # solve for the coordinate with the larger coefficient
    if swap:
        A, B, x1, y1 = B, A, y1, x1
    # x = (E - B y) / A; substitute: (E - B y - A x1)^2 + A^2 (y - y1)^2 = A^2 r1^2
    F = E - A * x1                  # (F - B y)^2 + A^2 (y - y1)^2 = A^2 r1^2
    a = B * B + A * A
    b = -(F * B + A * A * y1)       # half the linear coefficient
    c = F * F + A * A * (y1 * y1 - r1 * r1)
    disc = b * b - a * c
    if disc < 0:
        return []
    s = C.dsqrt(disc)
    ys = [(-b - s) / a, (-b + s) / a] if disc > 0 else [D(-b) / a] * 2
    pts = [((E - B * y) / A, y) for y in ys]
    return [(y, x) for x, y in pts] if swap else pts


def validate(text):
    v = C.ints(text)
    if len(v) != 6:
        return "expected 6 integers"
    if any(abs(t) > LIM for t in v[0:2] + v[3:5]) or not (1 <= v[2] <= LIM and 1 <= v[5] <= LIM):
        return "out of range"
    if v[0:2] == v[3:5]:
        return "same centre"
    if C.relation(tuple(v[0:3]), tuple(v[3:6])) not in (1, 2, 3):
        return "no common point"
    return None


def check(text, out):
    v = C.ints(text)
    got = C.parse_floats(out, 4)
    if isinstance(got, str):
        return got
    want = C.sort_xy(crossings(tuple(v[0:3]), tuple(v[3:6])))
    return C.match_points(want, [(got[0], got[1]), (got[2], got[3])], TOL)


def _fmt(a, b):
    return f"{a[0]} {a[1]} {a[2]}\n{b[0]} {b[1]} {b[2]}\n"


def _inside(c):
    return abs(c[0]) <= LIM and abs(c[1]) <= LIM and 1 <= c[2] <= LIM


def cases(rng, scale):
    out = [("sample_1", "0 0 2\n2 0 2\n"), ("sample_2", "0 0 2\n0 3 1\n"),
           ("issue_near_internal", "0 0 10000\n9999 1 1\n"),
           ("issue_near_internal_swapped", "9999 1 1\n0 0 10000\n")]
    made = 0
    while made < 30 * scale:
        c1 = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), rng.randint(1, LIM))
        c2 = (c1[0] + rng.randint(-2 * c1[2], 2 * c1[2]), c1[1] + rng.randint(-2 * c1[2], 2 * c1[2]),
              rng.randint(1, LIM))
        if _inside(c2) and c1[0:2] != c2[0:2] and C.relation(c1, c2) in (1, 2, 3):
            out.append((f"random_{made}", _fmt(c1, c2)))
            made += 1
    made = 0
    while made < 30 * scale:   # tangent (exact) and one unit of d^2 away from tangent
        a, b = C.rotate_dir(rng, rng.choice(C.pythagorean_dirs(3000)))
        n = int(round((a * a + b * b) ** 0.5))
        k = rng.randint(1, max(1, 5000 // n))
        c1 = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), 0)
        d = n * k
        if made % 2 == 0:
            r1 = rng.randint(1, max(1, d - 1)) if d > 1 else 1
            r2 = d - r1
        else:
            r1 = rng.randint(1, LIM)
            r2 = r1 + d
        c1 = (c1[0], c1[1], r1)
        c2 = (c1[0] + a * k, c1[1] + b * k, r2)
        if made % 4 == 3:      # nudge the centre one unit: a near-tangent crossing or nothing
            c2 = (c2[0] + rng.choice((-1, 1)), c2[1], c2[2])
        if rng.random() < 0.5:
            c1, c2 = c2, c1
        if _inside(c1) and _inside(c2) and c1[0:2] != c2[0:2] and C.relation(c1, c2) in (1, 2, 3):
            out.append((f"tangentish_{made}", _fmt(c1, c2)))
            made += 1
    out += [("max_touching", "-10000 0 10000\n10000 0 10000\n"),
            ("tiny_big", "10000 10000 1\n0 10000 10000\n"),
            ("vertical", "5 -10000 10000\n5 10000 10000\n")]
    return out
