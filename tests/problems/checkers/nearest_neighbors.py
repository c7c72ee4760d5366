"""Checker and cases for "nearest_neighbors" (cpgeo's own problem, from the kd-tree's issue).

Input: N (2 <= N <= 200000), then N lines "x y" (integers, |x|,|y| <= 1e9, duplicates
allowed). Output: for each point i, the 0-based index j != i of a point at the smallest
distance from point i (any of them on ties), one per line.

Independent of cpgeo: every answer must be an index other than i; then, with d = the exact
squared distance of the pair (Python integers), no point k != i may be closer than d to
point i. That is checked with bucket grids of cell side 2^L (one grid per level L, built on
first use): for d > 0 take the least L with 4^L >= d; a point closer than sqrt(d) <= 2^L
differs by less than 2^L in each coordinate, so it lies in the 3 x 3 cells around point i at
that level (cells are coordinate >> L, exact floor division for negative numbers too).
d = 0 needs no search. Every point of every case is checked (no sampling): a right answer
makes each search meet O(1) points on the generated inputs (a cell holds few points closer
together than the answer's distance), and a wrong one stops at the first closer point.
"""

LIMIT = 10 ** 9
MAX_N = 200000


def parse(text):
    v = [int(t) for t in text.split()]
    n = v[0]
    if len(v) != 1 + 2 * n:
        raise ValueError(f"expected {1 + 2 * n} numbers, got {len(v)}")
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def validate(input_text):
    try:
        pts = parse(input_text)
    except (ValueError, IndexError) as e:
        return f"malformed input: {e}"
    if not 2 <= len(pts) <= MAX_N:
        return "N out of [2, 200000]"
    if any(abs(c) > LIMIT for p in pts for c in p):
        return "coordinate out of range"
    return None


def closer(pts, grids, i, d):
    """An index k != i with squared distance < d from pts[i], or None."""
    if d == 0:
        return None
    level = ((d - 1).bit_length() + 1) // 2  # the least L with 4^L >= d
    grid = grids.get(level)
    if grid is None:  # cell (cx, cy) as cx * 2^32 + cy: one-to-one as |cy| < 2^31
        grid = grids[level] = {}
        for k, (x, y) in enumerate(pts):
            grid.setdefault(((x >> level) << 32) + (y >> level), []).append(k)
    x, y = pts[i]
    key = ((x >> level) << 32) + (y >> level)
    for base in (key - (1 << 32), key, key + (1 << 32)):
        for c in (base - 1, base, base + 1):
            for k in grid.get(c, ()):
                px, py = pts[k]
                if k != i and (px - x) ** 2 + (py - y) ** 2 < d:
                    return k
    return None


def check(input_text, output_text):
    pts = parse(input_text)
    n = len(pts)
    tok = output_text.split()
    if len(tok) != n:
        return f"expected {n} indices, got {len(tok)}"
    grids = {}
    for i in range(n):
        try:
            j = int(tok[i])
        except ValueError:
            return f"point {i}: {tok[i]!r} is not an integer"
        if not 0 <= j < n or j == i:
            return f"point {i}: bad index {j}"
        x, y = pts[i]
        d = (pts[j][0] - x) ** 2 + (pts[j][1] - y) ** 2
        k = closer(pts, grids, i, d)
        if k is not None:
            dk = (pts[k][0] - x) ** 2 + (pts[k][1] - y) ** 2
            return f"point {i}: answer {j} at squared distance {d}, but {k} is at {dk}"
    return None


def _fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def _rand(rng, n, r):
    return [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(n)]


def _clusters(rng, n, k, spread):
    centres = _rand(rng, k, LIMIT - spread)
    out = []
    for _ in range(n):
        cx, cy = rng.choice(centres)
        out.append((cx + rng.randint(-spread, spread), cy + rng.randint(-spread, spread)))
    return out


def _line(rng, n, d, t_max):
    ax, ay = rng.randint(-LIMIT // 2, LIMIT // 2), rng.randint(-LIMIT // 2, LIMIT // 2)
    return [(ax + d[0] * t, ay + d[1] * t) for t in (rng.randint(-t_max, t_max) for _ in range(n))]


def cases(rng, scale):
    out = [("sample_1", _fmt([(0, 0), (10, 0), (4, 3), (11, 1), (-20, 5), (-20, 5)]))]
    out.append(("two_extreme", _fmt([(-LIMIT, -LIMIT), (LIMIT, LIMIT)])))
    out.append(("two_equal", _fmt([(7, -7), (7, -7)])))
    corners = [(sx * LIMIT, sy * LIMIT) for sx in (-1, 1) for sy in (-1, 1)]
    out.append(("corners", _fmt(corners + [(LIMIT - 1, LIMIT), (-LIMIT, 1 - LIMIT)])))
    for i in range(20 * scale):
        n = rng.randint(2, 60)
        out.append((f"small_{i}", _fmt(_rand(rng, n, rng.choice((0, 1, 3, 1000, LIMIT))))))
    for i in range(2 * scale):
        out.append((f"random_{i}", _fmt(_rand(rng, 20000, LIMIT))))
    out.append(("grid", _fmt([(x * 7, y * 7) for x in range(100) for y in range(100)])))
    out.append(("few_values", _fmt(_rand(rng, 20000, 2))))
    out.append(("vertical_line", _fmt(_line(rng, 20000, (0, 1), 10 ** 8))))
    out.append(("diagonal", _fmt(_line(rng, 20000, (1, 1), 10 ** 8))))
    out.append(("skew_line", _fmt(_line(rng, 20000, (3, -7), 10 ** 7))))
    out.append(("clusters", _fmt(_clusters(rng, 20000, 10, 1000))))
    out.append(("extreme_values", _fmt([(rng.choice((-LIMIT, 1 - LIMIT, LIMIT - 1, LIMIT)),
                                         rng.choice((-LIMIT, 1 - LIMIT, LIMIT - 1, LIMIT)))
                                        for _ in range(1000)])))
    for k in range(1 if scale == 1 else 3):
        out.append((f"max_random_{k}", _fmt(_rand(rng, MAX_N, LIMIT))))
    out.append(("max_lattice", _fmt([(x * 3, y * 5) for x in range(400) for y in range(500)])))
    out.append(("max_equal", _fmt([(123456789, -987654321)] * MAX_N)))
    out.append(("max_clusters", _fmt(_clusters(rng, MAX_N, 50, 3))))
    out.append(("max_line", _fmt(_line(rng, MAX_N, (1, 0), 4 * 10 ** 8))))
    return out
