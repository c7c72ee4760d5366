"""Checker and cases for AOJ CGL_3_A "Area" (of a polygon).

Input: n (3 <= n <= 100), then n points x y (integers, |.| <= 10000), counter-clockwise,
a simple polygon (no repeated point; sides meet only at common endpoints).
Output: the area with exactly one digit after the decimal point ("2.0", "1.5").
Exact: twice the area by the trapezoid sum (integers), so the expected text is exact.
"""

import _polygon as G

LIMIT, NMAX = 10000, 100


def expected(input_text):
    P, _ = G.parse_polygon(G.ints(input_text))
    a2 = abs(G.twice_area(P))
    return f"{a2 // 2}.{5 if a2 % 2 else 0}"


def validate(text):
    v = G.ints(text)
    if not v or not 3 <= v[0] <= NMAX:
        return "n out of [3, 100]"
    if len(v) != 1 + 2 * v[0]:
        return f"expected {1 + 2 * v[0]} numbers, got {len(v)}"
    P, _ = G.parse_polygon(v)
    if any(abs(c) > LIMIT for p in P for c in p):
        return "a coordinate exceeds 10000"
    if not G.is_simple(P):
        return "not a simple polygon"
    if G.twice_area(P) <= 0:
        return "not counter-clockwise"
    return None


def check(input_text, output_text):
    want = expected(input_text)
    got = output_text.split()
    if len(got) != 1:
        return f"expected one number, got {len(got)} tokens"
    if got[0] != want:
        return f"expected {want}, got {got[0][:40]}"
    return None


def cases(rng, scale):
    out = [
        ("sample_1", "3\n0 0\n2 2\n-1 1\n"),
        ("sample_2", "4\n0 0\n1 1\n1 2\n0 2\n"),
        ("half_unit", "3\n0 0\n1 0\n0 1\n"),
        ("max_box", "4\n-10000 -10000\n10000 -10000\n10000 10000\n-10000 10000\n"),
        ("sliver_at_max", "3\n-10000 -10000\n10000 9999\n-10000 -9999\n"),
        ("collinear_vertices", "6\n0 0\n1 0\n2 0\n2 2\n1 2\n0 2\n"),
    ]
    for i in range(4 * scale):
        n = rng.randint(3, NMAX)
        limit = rng.choice((3, 10, 1000, LIMIT))
        P = G.random_simple(rng, min(n, (2 * limit + 1) ** 2 // 3), limit)
        out.append((f"random_{i}", G.fmt_polygon(G.rotate(rng, P))))
    for i in range(2 * scale):
        P = G.histogram_polygon(rng, rng.randint(1, 40), 20, sx=rng.randint(1, 250), sy=rng.randint(1, 500),
                                x0=-LIMIT, y0=-LIMIT)
        out.append((f"histogram_{i}", G.fmt_polygon(G.rotate(rng, P))))
    for i in range(2 * scale):
        while True:
            P = G.convex_polygon(rng, rng.randint(3, 60), LIMIT, keep_collinear=True)
            if P is not None and len(P) <= NMAX:
                break
        P = G.with_collinear(rng, P)[:NMAX] if len(P) < NMAX // 2 else P
        if not G.is_simple(P):
            continue
        out.append((f"convex_{i}", G.fmt_polygon(G.rotate(rng, P))))
    for i in range(scale):
        while True:
            P = G.star_polygon(rng, NMAX, LIMIT)
            if P is not None and len(P) == NMAX:
                break
        out.append((f"max_n_{i}", G.fmt_polygon(P)))
    return out
