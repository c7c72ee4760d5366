"""Checker and cases for AOJ CGL_4_C "Convex Cut".

Input: n (3 <= n <= 100), n points of a convex polygon, counter-clockwise (no repeated
point); q (1 <= q <= 100), then q lines p1x p1y p2x p2y (p1 != p2); integers, |.| <= 10000.
Output per line: the area of the part of the polygon on the left of p1 -> p2, error < 1e-5.
Exact: the polygon clipped by the half-plane in Fractions, shoelace in Fractions; the
answer must be within 1e-5 of it (absolute).
"""

import _polygon as G

from fractions import Fraction  # noqa: E402

LIMIT, NMAX, QMAX = 10000, 100, 100
TOL = Fraction(1, 100000)


def parse(text):
    v = G.ints(text)
    P, pos = G.parse_polygon(v)
    q = v[pos]
    L = [tuple(v[pos + 1 + 4 * i: pos + 5 + 4 * i]) for i in range(q)]
    return P, L


def validate(text):
    v = G.ints(text)
    if not v or not 3 <= v[0] <= NMAX:
        return "n out of [3, 100]"
    pos = 1 + 2 * v[0]
    if len(v) <= pos or not 1 <= v[pos] <= QMAX:
        return "q out of [1, 100]"
    if len(v) != pos + 1 + 4 * v[pos]:
        return "wrong number of values"
    P, L = parse(text)
    if any(abs(c) > LIMIT for p in P for c in p) or any(abs(c) > LIMIT for l in L for c in l):
        return "a coordinate exceeds 10000"
    if not G.is_simple(P) or G.twice_area(P) <= 0 or not G.is_convex(P):
        return "not a convex counter-clockwise polygon"
    if any(l[:2] == l[2:] for l in L):
        return "p1 == p2"
    return None


def exact_area(P, l):
    return abs(G.twice_area_frac(G.clip_left(P, l[:2], l[2:]))) / 2


def check(input_text, output_text):
    P, L = parse(input_text)
    got = output_text.split()
    if len(got) != len(L):
        return f"expected {len(L)} answers, got {len(got)}"
    for i, l in enumerate(L):
        try:
            val = Fraction(got[i])
        except (ValueError, ZeroDivisionError):
            return f"line {i + 1}: not a number: {got[i][:40]}"
        want = exact_area(P, l)
        if abs(val - want) >= TOL:
            return f"line {i + 1}: expected {float(want):.8f}, got {got[i][:40]}"
    return None


def lines(rng, P, count):
    """Random lines, lines through vertices, along edges (both directions), missing."""
    n = len(P)
    out = []
    while len(out) < count:
        r = rng.random()
        rnd = lambda: (rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT))  # noqa: E731
        if r < 0.3:
            a, b = rnd(), rnd()
        elif r < 0.55:
            a, b = P[rng.randrange(n)], rnd()
        elif r < 0.75:
            a, b = P[rng.randrange(n)], P[rng.randrange(n)]
        elif r < 0.9:
            i = rng.randrange(n)
            a, b = P[i], P[(i + 1) % n]
        else:  # nearly parallel to an edge, one unit off
            i = rng.randrange(n)
            a, b = P[i], P[(i + 1) % n]
            a = (a[0], max(-LIMIT, min(LIMIT, a[1] + rng.choice((-1, 1)))))
        if rng.random() < 0.5:
            a, b = b, a
        if a != b:
            out.append(a + b)
    return out


def fmt(P, L):
    return G.fmt_polygon(P) + f"{len(L)}\n" + "".join(" ".join(map(str, l)) + "\n" for l in L)


def _convex(rng, k, limit, collinear):
    while True:
        P = G.convex_polygon(rng, k, limit, keep_collinear=collinear)
        if P is not None and len(P) <= NMAX and G.is_convex(P):
            return P


def cases(rng, scale):
    out = [("sample_1", "4\n1 1\n4 1\n4 3\n1 3\n2\n2 0 2 4\n2 4 2 0\n")]
    box = [(-LIMIT, -LIMIT), (LIMIT, -LIMIT), (LIMIT, LIMIT), (-LIMIT, LIMIT)]
    out.append(("max_box", fmt(box, [(-LIMIT, -LIMIT, LIMIT, LIMIT), (LIMIT, LIMIT, -LIMIT, -LIMIT),
                                     (LIMIT, -LIMIT, LIMIT, LIMIT), (LIMIT, LIMIT, LIMIT, -LIMIT),
                                     (-LIMIT, -LIMIT, LIMIT, LIMIT - 1), (-LIMIT, 1 - LIMIT, LIMIT, LIMIT),
                                     (0, -LIMIT, 1, LIMIT), (-LIMIT, 0, LIMIT, 1)])))
    tri = [(-LIMIT, -LIMIT), (LIMIT, -LIMIT + 1), (-LIMIT + 1, -LIMIT + 1)]  # a sliver
    out.append(("sliver", fmt(tri, lines(rng, tri, QMAX))))
    for i in range(4 * scale):
        P = G.rotate(rng, _convex(rng, rng.randint(3, 12), rng.choice((3, 6)), True))
        out.append((f"small_{i}", fmt(P, lines(rng, P, QMAX))))
    for i in range(3 * scale):
        P = G.rotate(rng, _convex(rng, rng.randint(3, 60), LIMIT, rng.random() < 0.5))
        out.append((f"random_{i}", fmt(P, lines(rng, P, rng.randint(1, QMAX)))))
    while True:
        P = _convex(rng, NMAX - 1, LIMIT, True)  # 99 vectors and their closing sum
        if len(P) >= NMAX - 5:
            break
    out.append(("max_n_q", fmt(P, lines(rng, P, QMAX))))
    return out
