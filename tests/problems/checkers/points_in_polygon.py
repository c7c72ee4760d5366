"""Checker and cases for cpgeo's own problem "points_in_polygon".

Input: N (3 <= N <= 200000), the N vertices of a simple polygon (integers, |.| <= 1e9,
either orientation, collinear vertices allowed), then Q (1 <= Q <= 200000) and Q query
points (integers, |.| <= 1e9). Output per query: 2 inside, 1 on the boundary (an edge or a
vertex), 0 outside (the CGL_3_C codes).

Time limit TIMEOUT = 5 s per case (judge.py reads it). At N = Q = 2e5 an O(N Q) program
makes 4e10 edge tests: CGL_3_C's program (geo::contains per query, -O2) took 5.7 s of CPU
for the first 2000 queries of the max star case, so about 10 minutes for all of them; the
sweep of polygon/locate.hpp takes about 0.3 s of CPU (input read included; 0.4 to 1.6 s of
wall time measured on a loaded 2-core machine). The limit leaves room for that load.

Exact and independent of cpgeo. When N * Q <= BRUTE every query is decided by brute force
(_polygon.where: on-segment test per edge, then the winding number, Python integers). The
larger cases are built so that each answer is known by construction, in O(log N) per query:
  star       vertices in strictly increasing angle around a centre c (every consecutive pair
             turns left around c), so the polygon is simple and star-shaped from c: find the
             wedge of q by a binary search on the angle (settled by exact comparisons),
             then q against that one edge.
  histogram  the region 0 <= y <= h(x) under a step function (columns of width s), possibly
             with x and y swapped (then many edges cross each vertical line), mirrored and
             clockwise: the column of q and its height (two at a column border) decide.
cases() records these answers (keyed by the input text); check() uses them, and on the small
constructed cases it also runs the brute force and fails if the two disagree, so the
constructions are themselves checked.
"""
import bisect
import functools
import math

import _polygon as G

LIMIT, NMAX, QMAX = 10 ** 9, 200000, 200000
TIMEOUT = 5.0
BRUTE = 300000
SMALL_SIMPLE = 2000  # validate() checks simplicity (O(N^2)) up to this N

_KNOWN = {}  # input text -> answers by construction


def parse(text):
    v = G.ints(text)
    P, pos = G.parse_polygon(v)
    q = v[pos]
    Q = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(q)]
    return P, Q


def validate(text):
    v = G.ints(text)
    if not v or not 3 <= v[0] <= NMAX:
        return "N out of [3, 200000]"
    pos = 1 + 2 * v[0]
    if len(v) <= pos or not 1 <= v[pos] <= QMAX:
        return "Q out of [1, 200000]"
    if len(v) != pos + 1 + 2 * v[pos]:
        return "wrong number of values"
    if any(abs(c) > LIMIT for c in v[1:pos] + v[pos + 1:]):
        return "a coordinate exceeds 1e9"
    P, _ = parse(text)
    if len(P) <= SMALL_SIMPLE and not G.is_simple(P):
        return "not a simple polygon"
    if len(P) > SMALL_SIMPLE and text not in _KNOWN:
        return "a large polygon that is not one of the constructions"
    return None


def check(input_text, output_text):
    P, Q = parse(input_text)
    got = output_text.split()
    if len(got) != len(Q):
        return f"expected {len(Q)} answers, got {len(got)}"
    known = _KNOWN.get(input_text)
    if known is None or len(P) * len(Q) <= BRUTE:
        want = [G.where(P, p) for p in Q]
        if known is not None and known != want:
            raise AssertionError("checker bug: construction and brute force disagree")
    else:
        want = known
    for i, (w, g) in enumerate(zip(want, got)):
        if g != str(w):
            return f"query {i + 1} {Q[i]}: expected {w}, got {g[:40]}"
    return None


# ----------------------------------------------------------------------------- star

def _half(v):
    return 0 if v[1] > 0 or (v[1] == 0 and v[0] > 0) else 1


def _angle_cmp(u, v):
    if _half(u) != _half(v):
        return _half(u) - _half(v)
    c = u[0] * v[1] - u[1] * v[0]
    return -1 if c > 0 else (1 if c < 0 else 0)


def star(rng, n, limit, rmin=0.05):
    """(c, vertices CCW): up to n points at increasing float angles around c, kept only while
    every consecutive pair turns strictly left around c (exactly); redrawn until the closing
    pair does too and there are at least 3."""
    while True:
        c = (rng.randint(-limit // 4, limit // 4), rng.randint(-limit // 4, limit // 4))
        room = limit - max(abs(c[0]), abs(c[1]))
        out = []
        for a in sorted(rng.random() * 2 * math.pi for _ in range(n)):
            r = room * (rmin + (1 - rmin) * rng.random())
            p = (c[0] + round(r * math.cos(a)), c[1] + round(r * math.sin(a)))
            if p != c and (not out or G.turn(c, out[-1], p) > 0):
                out.append(p)
        if len(out) >= 3 and G.turn(c, out[-1], out[0]) > 0:
            return c, out


def star_answers(c, P, Q):
    """P strictly increasing in angle around c (cyclically), c strictly inside. The wedge of
    q by a float search, then moved until the exact angle comparisons hold."""
    n = len(P)
    key = functools.cmp_to_key(_angle_cmp)
    k0 = min(range(n), key=lambda i: key((P[i][0] - c[0], P[i][1] - c[1])))
    V = P[k0:] + P[:k0]  # sorted by angle from the +x axis
    W = [(x - c[0], y - c[1]) for x, y in V]
    fa = [math.atan2(y, x) % (2 * math.pi) for x, y in W]
    out = []
    for q in Q:
        d = (q[0] - c[0], q[1] - c[1])
        if d == (0, 0):
            out.append(2)
            continue
        i = bisect.bisect_right(fa, math.atan2(d[1], d[0]) % (2 * math.pi)) - 1
        while i >= 0 and _angle_cmp(d, W[i]) < 0:
            i -= 1
        while i + 1 < n and _angle_cmp(d, W[i + 1]) >= 0:
            i += 1
        t = G.turn(V[i], V[(i + 1) % n], q)  # i = -1: the edge V[n-1] V[0]
        out.append(2 if t > 0 else 1 if t == 0 else 0)
    return out


# ----------------------------------------------------------------------------- histogram

def histogram(rng, w, hmax, s, sy):
    """Heights per column (1..hmax, times sy), the polygon (x0 = y0 = -LIMIT, width s)."""
    hs = [rng.randint(1, hmax) * sy for _ in range(w)]
    x0 = -LIMIT
    P = [(x0, -LIMIT), (x0 + w * s, -LIMIT)]
    for i in range(w - 1, -1, -1):
        a, b = (x0 + (i + 1) * s, -LIMIT + hs[i]), (x0 + i * s, -LIMIT + hs[i])
        if P[-1] != a:
            P.append(a)
        P.append(b)
    return hs, P


def histogram_answer(hs, s, p):
    x, y = p[0] + LIMIT, p[1] + LIMIT
    w = len(hs)
    if x < 0 or x > w * s or y < 0:
        return 0
    k, r = divmod(x, s)
    if r:
        lo = hi = hs[k]
    else:
        lo = min(hs[k - 1] if k > 0 else 0, hs[k] if k < w else 0)
        hi = max(hs[k - 1] if k > 0 else 0, hs[k] if k < w else 0)
    if y == 0:
        return 1
    return 2 if y < lo else 1 if y <= hi else 0


# ----------------------------------------------------------------------------- queries

def _clamp(p):
    return (max(-LIMIT, min(LIMIT, p[0])), max(-LIMIT, min(LIMIT, p[1])))


def queries(rng, P, count, extra=()):
    """Vertices, lattice points on edges, points level with a vertex or on its vertical,
    neighbours of vertices, points in and around the bounding box, far points, repeats."""
    xs, ys = [p[0] for p in P], [p[1] for p in P]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = max(1, (x1 - x0 + y1 - y0) // 16)
    out = list(extra)
    n = len(P)
    while len(out) < count:
        r = rng.random()
        i = rng.randrange(n)
        if r < 0.1:
            p = P[i]
        elif r < 0.3:
            a, b = P[i], P[(i + 1) % n]
            g = math.gcd(b[0] - a[0], b[1] - a[1])
            k = rng.randint(0, g)
            p = (a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k)
        elif r < 0.45:
            p = (rng.randint(x0 - pad, x1 + pad), P[i][1])
        elif r < 0.55:
            p = (P[i][0], rng.randint(y0 - pad, y1 + pad))
        elif r < 0.65:
            p = (P[i][0] + rng.randint(-1, 1), P[i][1] + rng.randint(-1, 1))
        elif r < 0.7:
            p = (rng.choice((-LIMIT, LIMIT, rng.randint(-LIMIT, LIMIT))), rng.choice((-LIMIT, LIMIT)))
        elif r < 0.75 and out:
            p = out[rng.randrange(len(out))]
        else:
            p = (rng.randint(x0 - pad, x1 + pad), rng.randint(y0 - pad, y1 + pad))
        out.append(_clamp(p))
    return out[:count]


def fmt(P, Q):
    return G.fmt_polygon(P) + f"{len(Q)}\n" + "".join(f"{x} {y}\n" for x, y in Q)


def _swap(P):
    return [(y, x) for x, y in P]


def _mirror(P):
    return [(-x, y) for x, y in P]


def _known(name, P, Q, answers, rng):
    """A constructed case, in a random start and orientation; answers by construction."""
    P = G.rotate(rng, P if rng.random() < 0.5 else P[::-1])
    text = fmt(P, Q)
    _KNOWN[text] = answers
    return (name, text)


def cases(rng, scale):
    out = [("square", "4\n0 0\n4 0\n4 4\n0 4\n6\n2 2\n0 0\n4 1\n5 5\n2 4\n2 2\n")]
    comb = [(0, 0), (7, 0), (7, 3), (6, 3), (6, 1), (5, 1), (5, 3), (4, 3), (4, 1), (3, 1), (3, 3), (0, 3)]
    out.append(("comb_every_point", fmt(comb, [(x, y) for x in range(-1, 9) for y in range(-1, 5)])))
    notch = [(-10, -10), (10, -10), (10, 10), (-10, 10), (-10, 2), (0, 1), (-10, 0)]
    out.append(("notch_cw", fmt(notch[::-1], [(x, y) for x in range(-11, 12) for y in range(-2, 4)])))
    M = LIMIT
    tri = [(-M, -M), (M, -M + 1), (-M + 1, M)]
    edge = (-M, -M + 1, -1, 0, 1, M - 1, M)
    out.append(("sliver_at_max", fmt(tri, [(x, y) for x in edge for y in edge])))
    for i in range(4 * scale):  # small random simple polygons, brute force
        limit = rng.choice((4, 8, 1000))
        P = G.random_simple(rng, rng.randint(3, 25), limit)
        P = G.rotate(rng, G.with_collinear(rng, P))
        if rng.random() < 0.5:
            P = P[::-1]
        if G.is_simple(P):
            out.append((f"small_{i}", fmt(P, queries(rng, P, 300))))
    for i in range(3 * scale):  # small constructed cases: construction checked by brute force
        c, P = star(rng, rng.randint(3, 40), rng.choice((30, 1000, LIMIT)))
        D = [(2 * x - c[0], 2 * y - c[1]) for x, y in P]  # doubled about c: lattice midpoints
        P = D if max(abs(v) for p in D for v in p) <= LIMIT else P
        P = G.with_collinear(rng, P)
        Q = queries(rng, P, 200, extra=[c])
        out.append(_known(f"small_star_{i}", P, Q, star_answers(c, P, Q), rng))
        w, s = rng.randint(1, 20), rng.choice((1, 2, 3))
        hs, H = histogram(rng, w, 4, s, rng.choice((1, 2)))
        Q = queries(rng, H, 200)
        ans = [histogram_answer(hs, s, q) for q in Q]
        t = rng.randrange(3)
        if t == 1:
            H, Q = _swap(H), _swap(Q)
        elif t == 2:
            H, Q = _mirror(H), _mirror(Q)
        out.append(_known(f"small_histogram_{i}", H, Q, ans, rng))
    big = [(2000, 2000), (NMAX, QMAX)] if scale == 1 else [(2000, 2000), (20000, 20000), (NMAX, QMAX)]
    for n, q in big:
        c, P = star(rng, n, LIMIT)
        Q = queries(rng, P, q, extra=[c])
        out.append(_known(f"star_n{len(P)}_q{q}", P, Q, star_answers(c, P, Q), rng))
        w = (n - 2) // 2
        s = 2 * LIMIT // w
        hs, H = histogram(rng, w, rng.choice((3, 2 * LIMIT // 7)), s, 1 if n < NMAX else 7)
        Q = queries(rng, H, q)
        ans = [histogram_answer(hs, s, p) for p in Q]
        out.append(_known(f"histogram_swapped_n{len(H)}_q{q}", _swap(H), _swap(Q), ans, rng))
    return out
