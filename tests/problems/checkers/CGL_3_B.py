"""Checker and cases for AOJ CGL_3_B "Is-Convex".

Input: n (3 <= n <= 100), then n points (integers, |.| <= 10000), counter-clockwise, a
simple polygon (no repeated point). Output: 1 if the polygon is convex (every interior
angle <= 180 degrees, so collinear vertices are allowed), else 0.
Exact: every vertex on the closed left side of every edge's line (O(n^2) determinants).
"""

import _polygon as G

LIMIT, NMAX = 10000, 100


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
    P, _ = G.parse_polygon(G.ints(input_text))
    want = "1" if G.is_convex(P) else "0"
    got = output_text.split()
    if len(got) != 1:
        return f"expected one token, got {len(got)}"
    if got[0] != want:
        return f"expected {want}, got {got[0][:40]}"
    return None


def _dent(rng, P):
    """Push one vertex of a convex polygon towards the inside by a small lattice step."""
    i = rng.randrange(len(P))
    a, b, c = P[i - 1], P[i], P[(i + 1) % len(P)]
    best = None
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            q = (b[0] + dx, b[1] + dy)
            if G.turn(a, q, c) < 0:
                best = q
                break
        if best:
            break
    if best is None:
        return None
    Q = P[:i] + [best] + P[i + 1:]
    return Q if G.is_simple(Q) and G.twice_area(Q) > 0 else None


def cases(rng, scale):
    out = [
        ("sample_1", "4\n0 0\n3 1\n2 3\n0 3\n"),
        ("sample_2", "5\n0 0\n2 0\n1 1\n2 2\n0 2\n"),
        ("triangle", "3\n0 0\n1 0\n0 1\n"),
        ("collinear_square", "8\n0 0\n1 0\n2 0\n2 1\n2 2\n1 2\n0 2\n0 1\n"),
        ("max_box", "4\n-10000 -10000\n10000 -10000\n10000 10000\n-10000 10000\n"),
        ("dent_at_max", "5\n-10000 -10000\n10000 -10000\n9999 0\n10000 10000\n-10000 10000\n"),
        ("straight_at_max", "5\n-10000 -10000\n10000 -10000\n10000 0\n10000 10000\n-10000 10000\n"),
        ("almost_straight", "4\n-10000 -10000\n10000 9999\n-9999 10000\n-10000 10000\n"),
    ]
    k = 0
    while k < 6 * scale:
        limit = rng.choice((5, 100, LIMIT))
        P = G.convex_polygon(rng, rng.randint(3, 60), limit, keep_collinear=rng.random() < 0.5)
        if P is None or len(P) > NMAX:
            continue
        if rng.random() < 0.4:
            P2 = G.with_collinear(rng, P)
            if len(P2) <= NMAX and G.is_simple(P2):
                P = P2
        if rng.random() < 0.5:
            D = _dent(rng, P)
            if D is not None:
                P = D
        out.append((f"convex_or_dented_{k}", G.fmt_polygon(G.rotate(rng, P))))
        k += 1
    for i in range(3 * scale):
        P = G.random_simple(rng, rng.randint(3, 30), rng.choice((4, 100, LIMIT)))
        out.append((f"simple_{i}", G.fmt_polygon(G.rotate(rng, P))))
    for i in range(scale):
        P = G.histogram_polygon(rng, rng.randint(1, 30), 3, sx=300, sy=3000, x0=-LIMIT, y0=-LIMIT)
        out.append((f"histogram_{i}", G.fmt_polygon(G.rotate(rng, P))))
    # maximum size: a convex 100-gon with collinear vertices
    while True:
        P = G.convex_polygon(rng, NMAX - 1, LIMIT, keep_collinear=True)
        if P is not None and len(P) == NMAX:
            break
    out.append(("max_n_convex", G.fmt_polygon(P)))
    return out
