"""Checker and cases for AOJ CGL_3_C "Polygon-Point Containment".

Input: n (3 <= n <= 100), n points of a simple counter-clockwise polygon (no repeated
point), q (1 <= q <= 1000), q query points; integers, |.| <= 10000.
Output per query: 2 inside, 1 on an edge or vertex, 0 outside.
Exact: on-segment by collinearity and bounding box, then the winding number.
"""
import math

import _polygon as G

LIMIT, NMAX, QMAX = 10000, 100, 1000


def parse(text):
    v = G.ints(text)
    P, pos = G.parse_polygon(v)
    q = v[pos]
    Q = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(q)]
    return P, Q


def validate(text):
    v = G.ints(text)
    if not v or not 3 <= v[0] <= NMAX:
        return "n out of [3, 100]"
    pos = 1 + 2 * v[0]
    if len(v) <= pos or not 1 <= v[pos] <= QMAX:
        return "q out of [1, 1000]"
    if len(v) != pos + 1 + 2 * v[pos]:
        return "wrong number of values"
    P, Q = parse(text)
    if any(abs(c) > LIMIT for p in P + Q for c in p):
        return "a coordinate exceeds 10000"
    if not G.is_simple(P):
        return "not a simple polygon"
    if G.twice_area(P) <= 0:
        return "not counter-clockwise"
    return None


def check(input_text, output_text):
    P, Q = parse(input_text)
    got = output_text.split()
    for i, p in enumerate(Q):
        want = str(G.where(P, p))
        if i >= len(got):
            return f"expected {len(Q)} answers, got {len(got)}"
        if got[i] != want:
            return f"query {i + 1} {p}: expected {want}, got {got[i][:40]}"
    if len(got) != len(Q):
        return f"expected {len(Q)} answers, got {len(got)}"
    return None


def _clamp(p):
    return (max(-LIMIT, min(LIMIT, p[0])), max(-LIMIT, min(LIMIT, p[1])))


def queries(rng, P, count):
    """Vertices, lattice points on edges, points level with vertices (rays through
    vertices), neighbours of vertices, and points in the bounding box."""
    xs, ys = [p[0] for p in P], [p[1] for p in P]
    pad = max(1, (max(xs) - min(xs)) // 8)
    out = []
    n = len(P)
    while len(out) < count:
        r = rng.random()
        i = rng.randrange(n)
        if r < 0.15:
            p = P[i]
        elif r < 0.35:
            a, b = P[i], P[(i + 1) % n]
            g = math.gcd(b[0] - a[0], b[1] - a[1])
            k = rng.randint(0, g)
            p = (a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k)
        elif r < 0.6:
            p = (rng.randint(min(xs) - pad, max(xs) + pad), P[i][1])
        elif r < 0.75:
            p = (P[i][0] + rng.randint(-1, 1), P[i][1] + rng.randint(-1, 1))
        else:
            p = (rng.randint(min(xs) - pad, max(xs) + pad), rng.randint(min(ys) - pad, max(ys) + pad))
        out.append(_clamp(p))
    return out


def fmt(P, Q):
    return G.fmt_polygon(P) + f"{len(Q)}\n" + "".join(f"{x} {y}\n" for x, y in Q)


def cases(rng, scale):
    out = [("sample_1", "4\n0 0\n3 1\n2 3\n0 3\n3\n2 1\n0 2\n3 2\n")]
    diamond = [(0, -2), (2, 0), (0, 2), (-2, 0)]
    out.append(("diamond_rays", fmt(diamond, [(x, y) for x in range(-3, 4) for y in range(-3, 4)])))
    box = [(-LIMIT, -LIMIT), (LIMIT, -LIMIT), (LIMIT, LIMIT), (-LIMIT, LIMIT)]
    edge = (-LIMIT, -LIMIT + 1, -1, 0, 1, LIMIT - 1, LIMIT)
    out.append(("max_box", fmt(box, [(x, y) for x in edge for y in edge])))
    sliver = [(-LIMIT, -LIMIT), (LIMIT, LIMIT - 1), (-LIMIT, -LIMIT + 1)]
    out.append(("sliver_at_max", fmt(sliver, queries(rng, sliver, 500) +
                                     [(x, x) for x in range(-LIMIT, LIMIT + 1, 997)])))
    for i in range(3 * scale):
        limit = rng.choice((4, 8))
        P = G.random_simple(rng, rng.randint(3, 25), limit)
        P = G.rotate(rng, G.with_collinear(rng, P))
        if len(P) > NMAX or not G.is_simple(P):
            continue
        out.append((f"grid_{i}", fmt(P, queries(rng, P, QMAX))))
    for i in range(2 * scale):
        P = G.histogram_polygon(rng, rng.randint(1, 30), 6, sx=rng.choice((1, 300)), sy=rng.choice((1, 1500)),
                                x0=-LIMIT // 2, y0=-LIMIT // 2)
        out.append((f"histogram_{i}", fmt(G.rotate(rng, P), queries(rng, P, QMAX))))
    for i in range(3 * scale):
        P = G.random_simple(rng, rng.randint(3, NMAX), LIMIT)
        out.append((f"random_{i}", fmt(G.rotate(rng, P), queries(rng, P, rng.randint(1, QMAX)))))
    while True:
        P = G.star_polygon(rng, NMAX, LIMIT)
        if P is not None and len(P) == NMAX:
            break
    out.append(("max_n_q", fmt(P, queries(rng, P, QMAX))))
    return out
