"""Checker and case generator for Library Checker "manhattanmst".

Statement: N points (1 <= N <= 2e5, integers, 0 <= x, y <= 1e9, duplicates possible); print
the total weight of a minimum spanning tree of the complete graph with L1 (Manhattan) edge
weights |x_u - x_v| + |y_u - y_v|, then its N - 1 edges "u v" (0-based). Any MST is accepted.

Independent of cpgeo (no octant sweep): the output must be N - 1 edges forming a spanning
tree (union-find) whose L1 lengths sum to the printed total, and that total must equal the
weight of a true MST: duplicates cost 0; on the distinct points, Kruskal over every pair at
L1 distance <= R, R = the output's longest edge, found with a bucket grid of cell side R
(points within L1 distance R lie in neighbouring cells). That graph is connected (it holds
the output tree), so it contains every MST. If it has more than PAIR_BUDGET pairs (only
when the output has a needlessly long edge, or on clustered input), Prim's O(m^2) algorithm
on all pairs is used for m <= PRIM_MAX distinct points; beyond that the case is reported as
too large to check. Clustered inputs have at most 1500 points; the maximum cases (N = 2e5)
are spread out (a full lattice, a dense duplicate-rich box); uniform random input and
random points on a line up to N = 50000 and 20000 (UNIFORM_CHECK_N, LINE_CHECK_N).
"""
import math

import _dsu

LIMIT = 10 ** 9
MAX_N = 200000
PAIR_BUDGET = 2500000
PRIM_MAX = 1500
UNIFORM_CHECK_N = 50000
LINE_CHECK_N = 20000


def parse_input(text):
    v = [int(t) for t in text.split()]
    n = v[0]
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def validate(input_text):
    v = [int(t) for t in input_text.split()]
    if not v:
        return "empty input"
    n = v[0]
    if not 1 <= n <= MAX_N:
        return f"N = {n} out of [1, {MAX_N}]"
    if len(v) != 1 + 2 * n:
        return f"expected {1 + 2 * n} numbers, got {len(v)}"
    if any(not 0 <= c <= LIMIT for c in v[1:]):
        return f"a coordinate outside [0, {LIMIT}]"
    return None


def _d1(a, b):
    return abs(a[0] - b[0]) + abs(a[1] - b[1])

def _kruskal_within(pts, r):
    """MST weight of the graph of pairs at L1 distance <= r, or None if that
    graph has too many pairs or is disconnected."""
    m = len(pts)
    side = max(1, r)
    cells = {}
    for i, (x, y) in enumerate(pts):
        cells.setdefault((x // side, y // side), []).append(i)
    edges = []
    tested = 0
    for (cx, cy), a in cells.items():
        for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
            b = a if dx == 0 and dy == 0 else cells.get((cx + dx, cy + dy))
            if b is None:
                continue
            same = b is a
            tested += len(a) * len(b)
            if tested > PAIR_BUDGET:
                return None
            for ii, i in enumerate(a):
                pi = pts[i]
                append = edges.append
                for j in (a[ii + 1:] if same else b):
                    pj = pts[j]
                    d = abs(pi[0] - pj[0]) + abs(pi[1] - pj[1])
                    if d <= r:
                        append((d, i, j))
    edges.sort()
    dsu = _dsu.Dsu(m)
    w, used = 0, 0
    for d, i, j in edges:
        if dsu.unite(i, j):
            w += d
            used += 1
    return w if used == m - 1 else None


def _prim(pts):
    m = len(pts)
    inf = float("inf")
    best = [inf] * m
    done = [False] * m
    best[0] = 0
    total = 0
    for _ in range(m):
        u = min((best[i], i) for i in range(m) if not done[i])[1]
        done[u] = True
        total += best[u]
        ux, uy = pts[u]
        for i in range(m):
            if not done[i]:
                d = abs(ux - pts[i][0]) + abs(uy - pts[i][1])
                if d < best[i]:
                    best[i] = d
    return total


def check(input_text, output_text):
    pts = parse_input(input_text)
    n = len(pts)
    tok = output_text.split()
    if len(tok) != 1 + 2 * (n - 1):
        return f"expected 1 + {2 * (n - 1)} numbers, got {len(tok)}"
    try:
        v = [int(t) for t in tok]
    except ValueError:
        return "non-integer in output"
    total = v[0]
    dsu = _dsu.Dsu(n)
    s, longest = 0, 0
    for k in range(n - 1):
        u, w = v[1 + 2 * k], v[2 + 2 * k]
        if not (0 <= u < n and 0 <= w < n):
            return f"edge {k + 1}: index out of range"
        if not dsu.unite(u, w):
            return f"edge {k + 1} ({u} {w}) closes a cycle"
        d = _d1(pts[u], pts[w])
        s += d
        longest = max(longest, d)
    if s != total:
        return f"printed total {total} but the edges weigh {s}"
    distinct = sorted(set(pts))
    want = 0
    if len(distinct) > 1:
        want = _kruskal_within(distinct, longest)
        if want is None:
            if len(distinct) > PRIM_MAX:
                return "checker: too many candidate pairs (is the longest edge minimal?)"
            want = _prim(distinct)
    if total != want:
        return f"not minimum: total {total}, an MST weighs {want}"
    return None


# ----------------------------------------------------------------------------- cases

def _fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def cases(rng, scale):
    out = [
        ("example_small", _fmt([(0, 0), (1, 3), (2, 1), (5, 5), (3, 4), (2, 2)])),
        ("example_n1", _fmt([(5, 7)])),
        ("example_n2_same", _fmt([(3, 3), (3, 3)])),
        ("example_all_equal", _fmt([(4, 9)] * 7)),
        ("example_diagonal_ties", _fmt([(0, 0), (1, 1), (2, 2), (1, 0), (0, 1), (2, 0), (0, 2)])),
    ]
    for i in range(12 * scale):  # dense small grids: duplicates, octant boundaries, ties
        g = rng.randint(1, 8)
        n = rng.randint(1, 60)
        out.append((f"grid_{i}", _fmt([(rng.randint(0, g), rng.randint(0, g)) for _ in range(n)])))
    for i in range(3 * scale):
        n = rng.randint(100, 2000)
        out.append((f"uniform_{i}", _fmt([(rng.randint(0, LIMIT), rng.randint(0, LIMIT)) for _ in range(n)])))
    for i in range(2 * scale):  # diagonals x + y = c and x - y = c: every point on an octant edge
        n = rng.randint(50, 1500)
        c = rng.randint(0, LIMIT)
        pts = [(t, c - t) if rng.random() < 0.5 else (t, t) for t in (rng.randint(0, c) for _ in range(n))]
        out.append((f"diagonals_{i}", _fmt(pts)))
    for i in range(2 * scale):  # clusters far apart (at most 1500 points)
        pts = []
        for _ in range(rng.randint(2, 6)):
            cx, cy = rng.randint(10, LIMIT - 10), rng.randint(10, LIMIT - 10)
            pts += [(cx + rng.randint(-10, 10), cy + rng.randint(-10, 10)) for _ in range(rng.randint(1, 250))]
        out.append((f"clusters_{i}", _fmt(pts)))
    corners = [(0, 0), (0, LIMIT), (LIMIT, 0), (LIMIT, LIMIT)]
    out.append(("corners", _fmt(corners * 3 + [(LIMIT // 2, LIMIT // 2)])))
    out.append(("large_uniform", _fmt([(rng.randint(0, LIMIT), rng.randint(0, LIMIT))
                                       for _ in range(UNIFORM_CHECK_N)])))
    side = 447  # 447^2 = 199809 distinct points
    step = LIMIT // side
    out.append(("max_lattice", _fmt([(x * step, LIMIT - y * step) for x in range(side) for y in range(side)])))
    out.append(("max_duplicates", _fmt([(rng.randint(0, 120), rng.randint(0, 120)) for _ in range(MAX_N)])))
    out.append(("large_line", _fmt([(t, 2 * t // 3) for t in (rng.randint(0, LIMIT) for _ in range(LINE_CHECK_N))])))
    return out
