"""Checker and cases for cpgeo's own problem "segment_intersections".

Input: N (1 <= N <= 100000), then N lines "x1 y1 x2 y2" (integers, |.| <= 1e6; a segment may
be a single point; at most 1e6 intersecting pairs). Output: line 1, the number of unordered
pairs of closed segments sharing a point (touching counts); line 2, the number of distinct
points that are the only common point of at least one pair (an overlap of positive length
adds no point).

Independent of cpgeo (which sweeps): every pair is decided in exact Python integers
(orientations; a proper crossing's point as a reduced fraction), all pairs when N <= 300,
else the pairs sharing a cell of a uniform grid: each segment is registered in every cell
it passes through (column by column, its exact y range in the column), so two segments
sharing a point p both sit in p's cell. The cell is twice the median bounding-box side.
"""
from math import gcd

LIMIT = 10 ** 6
MAX_N = 100000
MAX_K = 1000000
ALL_PAIRS = 300


def parse(text):
    v = [int(t) for t in text.split()]
    n = v[0]
    if len(v) != 1 + 4 * n:
        raise ValueError(f"expected {1 + 4 * n} numbers, got {len(v)}")
    return [tuple(v[1 + 4 * i:5 + 4 * i]) for i in range(n)]


def orient(ax, ay, bx, by, cx, cy):
    c = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (c > 0) - (c < 0)


def on(px, py, s):
    x1, y1, x2, y2 = s
    return (orient(x1, y1, x2, y2, px, py) == 0 and min(x1, x2) <= px <= max(x1, x2)
            and min(y1, y2) <= py <= max(y1, y2))


def common(s, t):
    """None (apart), 0 (an overlap of positive length) or the one common point (x, y, d),
    reduced, d > 0."""
    x1, y1, x2, y2 = s
    x3, y3, x4, y4 = t
    o1, o2 = orient(x1, y1, x2, y2, x3, y3), orient(x1, y1, x2, y2, x4, y4)
    o3, o4 = orient(x3, y3, x4, y4, x1, y1), orient(x3, y3, x4, y4, x2, y2)
    if o1 * o2 < 0 and o3 * o4 < 0:  # a proper crossing
        ux, uy, vx, vy = x2 - x1, y2 - y1, x4 - x3, y4 - y3
        den = ux * vy - uy * vx
        tn = (x3 - x1) * vy - (y3 - y1) * vx
        X, Y = x1 * den + ux * tn, y1 * den + uy * tn
        if den < 0:
            X, Y, den = -X, -Y, -den
        g = gcd(gcd(X, Y), den)
        return (X // g, Y // g, den // g)
    ends = {(x, y) for (x, y), seg in (((x1, y1), t), ((x2, y2), t), ((x3, y3), s), ((x4, y4), s))
            if on(x, y, seg)}
    if not ends:
        return None
    if len(ends) == 1:
        (x, y), = ends
        return (x, y, 1)
    return 0


def cells(s, G):
    x1, y1, x2, y2 = s
    if (x2, y2) < (x1, y1):
        x1, y1, x2, y2 = x2, y2, x1, y1
    out = []
    for cx in range(x1 // G, x2 // G + 1):
        if x1 == x2:
            lo, hi = min(y1, y2), max(y1, y2)
        else:  # the y range over [xa, xb], floored: the rows are floor(y / G)
            xa, xb, dx = max(x1, cx * G), min(x2, (cx + 1) * G), x2 - x1
            ya = (y1 * dx + (y2 - y1) * (xa - x1)) // dx
            yb = (y1 * dx + (y2 - y1) * (xb - x1)) // dx
            lo, hi = min(ya, yb), max(ya, yb)
        out.extend((cx, cy) for cy in range(lo // G, hi // G + 1))
    return out


def candidates(segs):
    n = len(segs)
    if n <= ALL_PAIRS:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    ext = sorted(max(abs(s[0] - s[2]), abs(s[1] - s[3])) for s in segs)
    G = max(1, 2 * ext[n // 2])
    grid = {}
    for i, s in enumerate(segs):
        for c in cells(s, G):
            grid.setdefault(c, []).append(i)
    pairs = set()
    for v in grid.values():
        for a in range(len(v)):
            for b in range(a + 1, len(v)):
                pairs.add((v[a], v[b]))
    return pairs


def answer(text):
    segs = parse(text)
    count, points = 0, set()
    for i, j in candidates(segs):
        c = common(segs[i], segs[j])
        if c is not None:
            count += 1
            if c != 0:
                points.add(c)
    return count, len(points)


def validate(text):
    try:
        segs = parse(text)
    except (ValueError, IndexError) as e:
        return f"malformed: {e}"
    if not 1 <= len(segs) <= MAX_N:
        return "N out of [1, 100000]"
    if any(abs(c) > LIMIT for s in segs for c in s):
        return "|coordinate| > 1e6"
    return None  # the bound on the pairs is checked by check(), which counts them


def check(text, output):
    want = answer(text)
    if want[0] > MAX_K:
        return f"invalid case: {want[0]} intersecting pairs, more than 1e6"
    got = output.split()
    if len(got) != 2:
        return f"expected 2 numbers, got {len(got)}"
    for name, g, w in zip(("pairs", "points"), got, want):
        if g != str(w):
            return f"{name}: expected {w}, got {g[:30]}"
    return None


def fmt(segs):
    return f"{len(segs)}\n" + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in segs)


def rnd(rng, n, R, L=None):
    out = []
    for _ in range(n):
        x, y = rng.randint(-R, R), rng.randint(-R, R)
        if L is None:
            out.append((x, y, rng.randint(-R, R), rng.randint(-R, R)))
        else:
            out.append((x, y, max(-R, min(R, x + rng.randint(-L, L))),
                        max(-R, min(R, y + rng.randint(-L, L)))))
    return out


def star(rng, n, cx, cy, k):
    out = []
    for _ in range(n):
        dx, dy = rng.randint(-k, k), rng.randint(-k, k)
        a, b = rng.randint(0, 3), rng.randint(0, 3)
        out.append((cx + a * dx, cy + a * dy, cx - b * dx, cy - b * dy))
    return out


def pieces(rng, n, lines, T, L):
    """Pieces of the lines (x0, y0, dx, dy): ends at parameters in [-T, T], length <= L."""
    out = []
    for _ in range(n):
        x0, y0, dx, dy = rng.choice(lines)
        t = rng.randint(-T, T)
        e = max(-T, min(T, t + rng.randint(-L, L)))
        out.append((x0 + t * dx, y0 + t * dy, x0 + e * dx, y0 + e * dy))
    return out


def cases(rng, scale):
    E = LIMIT
    out = [
        # crossing at (1, 1); (2, 2) shared end; overlap (no point); a point on a segment
        ("sample", fmt([(0, 0, 2, 2), (0, 2, 2, 0), (2, 2, 3, 0), (1, 1, 5, 5), (3, 3, 3, 3)])),
        ("one", fmt([(5, 5, 5, 5)])),
        ("same_point", fmt([(1, 2, 1, 2)] * 4 + [(0, 2, 2, 2)])),
        ("extremes", fmt([(-E, -E, E, E), (-E, E, E, -E), (E, E, E, E), (-E, -E, E, -E),
                          (-E, E, E, E - 1), (-E, E - 1, E, E), (0, -E, 0, E)])),
    ]
    for i in range(4 * scale):  # everything degenerate at once
        out.append((f"tiny_{i}", fmt(rnd(rng, rng.randint(1, 12), 2) +
                                     [(x, y, x, y) for x, y in [(rng.randint(-2, 2),
                                                                 rng.randint(-2, 2))]])))
    for i in range(3 * scale):
        out.append((f"small_{i}", fmt(rnd(rng, rng.randint(10, 80), 20))))
    out.append(("collinear", fmt(pieces(rng, 250, [(0, 0, 1, 0), (0, 0, 1, 1), (3, -1, 0, 1),
                                                  (1, 1, 2, -1)], 30, 8))))
    out.append(("star", fmt(star(rng, 280, 7, -3, 20) + rnd(rng, 20, 100))))
    out.append(("verticals", fmt([(x, rng.randint(-50, 50), x, rng.randint(-50, 50))
                                  for x in (rng.choice((-10, 0, 10)) for _ in range(150))] +
                                 rnd(rng, 100, 50, 30))))
    pts = [(rng.randint(-5, 5), rng.randint(-5, 5)) for _ in range(200)]
    out.append(("points", fmt([(x, y, x, y) for x, y in pts] + rnd(rng, 60, 6))))
    out.append(("long_extreme", fmt(rnd(rng, 300, E))))
    pencil = []
    for _ in range(250):  # y = x + c, nearly parallel long segments
        c, a, b = rng.randint(-2, 2), rng.randint(-E, E), rng.randint(-E, E)
        pencil.append((a, max(-E, min(E, a + c)), b, max(-E, min(E, b + c + rng.randint(-1, 1)))))
    out.append(("pencil_extreme", fmt(pencil)))
    # N = 1e5, sampled sizes: short random segments; a 400 x 400 grid of long lines among
    # shorter ones; collinear pieces on three long lines at N = 3e4
    out.append(("max_short", fmt(rnd(rng, MAX_N, E, 8000))))
    grid = [(-E, y, E, y) for y in range(-E + 2500, E, 5000)] + \
        [(x, -E, x, E) for x in range(-E + 1250, E, 5000)]
    out.append(("max_grid", fmt(grid + rnd(rng, MAX_N - len(grid), E, 2000))))
    out.append(("max_collinear", fmt(pieces(rng, 30000, [(0, 0, 1, 1), (0, 5, 1, 0), (7, 0, 0, 1)],
                                            E - 7, 600))))
    return out
