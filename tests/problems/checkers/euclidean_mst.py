"""Checker and case generator for Library Checker "euclidean_mst".

Statement: N points (1 <= N <= 2e5, integers, |x|,|y| <= 1e4, duplicates possible); print
N - 1 lines "u v" (0-based), the edges of a minimum spanning tree of the complete graph
whose edge weights are the Euclidean distances. Any MST is accepted.

Independent of cpgeo (no Delaunay): the output must be N - 1 edges forming a spanning tree
(union-find), and its sorted list of exact squared lengths must equal that of a true MST
(every MST has the same sorted weight list). The true MST: duplicates cost 0; on the
distinct points, Kruskal over every pair at squared distance <= R2, R2 = the output's
longest squared edge, found with a bucket grid of cell side ceil(sqrt(R2)). That graph is
connected (it holds the output tree), so it contains every MST (an MST edge longer than
R2 could be swapped for a shorter crossing edge). If that graph has more than PAIR_BUDGET
pairs (only when the output has a needlessly long edge, or on clustered input), Prim's
O(m^2) algorithm on all pairs is used instead for m <= PRIM_MAX distinct points; beyond
that the case is reported as too large to check. Cases are built so that a right answer
never needs that: clustered inputs have at most 1500 points; the maximum cases (N = 2e5)
are spread out (a full lattice, a dense duplicate-rich box); uniform random input is
checked up to N = 50000 (UNIFORM_CHECK_N: the grid then holds ~1e6 candidate pairs).
"""
import math

import _dsu

LIMIT = 10000
MAX_N = 200000
PAIR_BUDGET = 2500000
PRIM_MAX = 1500
UNIFORM_CHECK_N = 50000  # uniform points: ~50 candidate pairs each, so this is the checked max


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
    if any(abs(c) > LIMIT for c in v[1:]):
        return f"a coordinate exceeds {LIMIT}"
    return None


def _d2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _kruskal_within(pts, r2):
    """Sorted MST weights of the graph of pairs at squared distance <= r2, or None if that
    graph has too many pairs or is disconnected."""
    m = len(pts)
    side = max(1, math.isqrt(r2) + (0 if math.isqrt(r2) ** 2 == r2 else 1))
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
                    d = (pi[0] - pj[0]) ** 2 + (pi[1] - pj[1]) ** 2
                    if d <= r2:
                        append((d, i, j))
    edges.sort()
    dsu = _dsu.Dsu(m)
    w = []
    for d, i, j in edges:
        if dsu.unite(i, j):
            w.append(d)
    return w if len(w) == m - 1 else None


def _prim(pts):
    m = len(pts)
    inf = float("inf")
    best = [inf] * m
    done = [False] * m
    best[0] = 0
    w = []
    for _ in range(m):
        u = min((best[i], i) for i in range(m) if not done[i])[1]
        done[u] = True
        if u != 0 or w:
            w.append(best[u])
        ux, uy = pts[u]
        for i in range(m):
            if not done[i]:
                d = (ux - pts[i][0]) ** 2 + (uy - pts[i][1]) ** 2
                if d < best[i]:
                    best[i] = d
    return sorted(w[1:] if len(w) == m else w)


def check(input_text, output_text):
    pts = parse_input(input_text)
    n = len(pts)
    tok = output_text.split()
    if len(tok) != 2 * (n - 1):
        return f"expected {n - 1} edges ({2 * (n - 1)} numbers), got {len(tok)} numbers"
    try:
        e = [int(t) for t in tok]
    except ValueError:
        return "non-integer in output"
    dsu = _dsu.Dsu(n)
    got = []
    for k in range(n - 1):
        u, v = e[2 * k], e[2 * k + 1]
        if not (0 <= u < n and 0 <= v < n):
            return f"edge {k + 1}: index out of range"
        if not dsu.unite(u, v):
            return f"edge {k + 1} ({u} {v}) closes a cycle"
        got.append(_d2(pts[u], pts[v]))
    got.sort()
    distinct = sorted(set(pts))
    want = [0] * (n - len(distinct))
    if len(distinct) > 1:
        r2 = got[-1]
        w = _kruskal_within(distinct, r2)
        if w is None:
            if len(distinct) > PRIM_MAX:
                return "checker: too many candidate pairs (is the longest edge minimal?)"
            w = _prim(distinct)
        want += w
    want.sort()
    if got != want:
        total_got = sum(math.sqrt(d) for d in got)
        total_want = sum(math.sqrt(d) for d in want)
        return f"not minimum: total {total_got:.6f}, an MST has {total_want:.6f}"
    return None


# ----------------------------------------------------------------------------- cases

def _fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def _circle_points(r):
    out = []
    for x in range(-r, r + 1):
        y2 = r * r - x * x
        y = math.isqrt(y2)
        if y * y == y2:
            out.append((x, y))
            if y:
                out.append((x, -y))
    return out


def cases(rng, scale):
    out = [
        ("example_square_centre", _fmt([(0, 0), (2, 0), (0, 2), (2, 2), (1, 1)])),
        ("example_n1", _fmt([(5, -7)])),
        ("example_n2_same", _fmt([(3, 3), (3, 3)])),
        ("example_all_equal", _fmt([(-4, 9)] * 7)),
        ("example_collinear", _fmt([(0, 0), (3, 1), (-6, -2), (9, 3), (3, 1)])),
    ]
    for i in range(12 * scale):  # dense small grids: duplicates, collinear, cocircular
        g = rng.randint(1, 8)
        n = rng.randint(1, 60)
        out.append((f"grid_{i}", _fmt([(rng.randint(-g, g), rng.randint(-g, g)) for _ in range(n)])))
    for i in range(3 * scale):
        n = rng.randint(100, 2000)
        out.append((f"uniform_{i}", _fmt([(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT))
                                          for _ in range(n)])))
    # Lines: horizontal, vertical, slope 3 (with duplicates).
    xs = [rng.randint(-LIMIT, LIMIT) for _ in range(3000)]
    out.append(("line_horizontal", _fmt([(x, 17) for x in xs])))
    out.append(("line_vertical", _fmt([(-LIMIT, x) for x in xs])))
    out.append(("line_slope3", _fmt([(x // 4, 3 * (x // 4) - 5) for x in xs])))
    # Cocircular: all lattice points on circles of radius 5525 (many representations) and 25.
    c = _circle_points(5525)
    out.append(("circle_5525", _fmt(c + [(0, 0)])))
    out.append(("circles_25", _fmt([(x * k, y * k) for k in (1, 2, 3) for x, y in _circle_points(25)])))
    # Clusters far apart (at most 1500 points: checked by Prim if need be).
    for i in range(2 * scale):
        pts = []
        for _ in range(rng.randint(2, 6)):
            cx, cy = rng.randint(-LIMIT + 5, LIMIT - 5), rng.randint(-LIMIT + 5, LIMIT - 5)
            pts += [(cx + rng.randint(-5, 5), cy + rng.randint(-5, 5)) for _ in range(rng.randint(1, 250))]
        out.append((f"clusters_{i}", _fmt(pts)))
    corners = [(sx * LIMIT, sy * LIMIT) for sx in (-1, 1) for sy in (-1, 1)]
    out.append(("corners", _fmt(corners * 3 + [(0, 0), (LIMIT, 0), (0, -LIMIT)])))
    # Maximum size.
    out.append(("large_uniform", _fmt([(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT))
                                       for _ in range(UNIFORM_CHECK_N)])))
    side = 447  # 447^2 = 199809 distinct points, every unit square cocircular
    out.append(("max_lattice", _fmt([(x * 40 - 8940, y * 40 - 8940) for x in range(side) for y in range(side)])))
    out.append(("max_duplicates", _fmt([(rng.randint(-60, 60), rng.randint(-60, 60)) for _ in range(MAX_N)])))
    return out
