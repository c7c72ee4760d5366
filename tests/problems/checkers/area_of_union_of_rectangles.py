"""Checker and case generator for Library Checker "area_of_union_of_rectangles".

Statement: N (1 <= N <= 5e5), then N lines "l d r u" (integers, 0 <= l < r <= 1e9,
0 <= d < u <= 1e9), the rectangles [l, r] x [d, u]. Print the area of their union (an
integer, exact).

Independent of cpgeo (the library sweeps with a segment tree): coordinate compression, a 2-D
difference array over the compressed grid (+1/-1 at the four corners of each rectangle),
prefix sums, and the sum of the areas of the cells covered at least once. O(N + X Y) for X
and Y distinct x and y values, so cases keep X Y <= 4e6: random ones with all-distinct
coordinates have N <= 1000; the maximum cases (N = 5e5) draw their coordinates from ~1000
random values per axis spread over [0, 1e9].
"""
import bisect
from itertools import accumulate

LIMIT = 10 ** 9
MAX_N = 500000
MAX_CELLS = 4 * 10 ** 6


def parse_input(text):
    v = list(map(int, text.split()))
    n = v[0]
    return [tuple(v[1 + 4 * i:5 + 4 * i]) for i in range(n)], len(v) == 1 + 4 * n


def union_area(rects):
    xs = sorted({c for l, d, r, u in rects for c in (l, r)})
    ys = sorted({c for l, d, r, u in rects for c in (d, u)})
    if len(xs) * len(ys) > MAX_CELLS:
        raise ValueError("grid too large to check")
    xi = {x: i for i, x in enumerate(xs)}
    yi = {y: i for i, y in enumerate(ys)}
    grid = [[0] * (len(ys) + 1) for _ in range(len(xs) + 1)]
    for l, d, r, u in rects:
        a, b, c, e = xi[l], xi[r], yi[d], yi[u]
        grid[a][c] += 1
        grid[a][e] -= 1
        grid[b][c] -= 1
        grid[b][e] += 1
    widths_y = [ys[j + 1] - ys[j] for j in range(len(ys) - 1)]
    total = 0
    run = [0] * (len(ys) + 1)
    for i in range(len(xs) - 1):
        row = list(accumulate(grid[i]))
        run = [p + q for p, q in zip(run, row)]
        covered = sum(w for w, c in zip(widths_y, run) if c > 0)
        total += covered * (xs[i + 1] - xs[i])
    return total


def validate(input_text):
    try:
        rects, whole = parse_input(input_text)
    except (ValueError, IndexError):
        return "malformed input"
    if not whole or not 1 <= len(rects) <= MAX_N:
        return "wrong N or count"
    for l, d, r, u in rects:
        if not (0 <= l < r <= LIMIT and 0 <= d < u <= LIMIT):
            return "rectangle out of range"
    return None


def check(input_text, output_text):
    rects, _ = parse_input(input_text)
    tok = output_text.split()
    if len(tok) != 1:
        return f"expected one number, got {len(tok)}"
    try:
        got = int(tok[0])
    except ValueError:
        return "not an integer"
    want = union_area(rects)
    return None if got == want else f"got {got}, want {want}"


def _fmt(rects):
    return f"{len(rects)}\n" + "".join(f"{l} {d} {r} {u}\n" for l, d, r, u in rects)


def _rect_from(rng, xs, ys):
    while True:
        l, r = rng.choice(xs), rng.choice(xs)
        d, u = rng.choice(ys), rng.choice(ys)
        if l != r and d != u:
            return (min(l, r), min(d, u), max(l, r), max(d, u))


def _random(rng, n, limit):
    out = []
    for _ in range(n):
        l, r = sorted(rng.sample(range(limit + 1), 2))
        d, u = sorted(rng.sample(range(limit + 1), 2))
        out.append((l, d, r, u))
    return out


def cases(rng, scale):
    out = [("sample_1", "2\n0 0 3 4\n1 2 4 3\n")]
    out.append(("single_full", f"1\n0 0 {LIMIT} {LIMIT}\n"))
    out.append(("full_twice_and_inner", f"3\n0 0 {LIMIT} {LIMIT}\n0 0 {LIMIT} {LIMIT}\n1 1 2 2\n"))
    out.append(("unit_at_corner", f"2\n{LIMIT - 1} {LIMIT - 1} {LIMIT} {LIMIT}\n0 0 1 1\n"))
    out.append(("touching_edges", "4\n0 0 1 1\n1 0 2 1\n0 1 1 2\n1 1 2 2\n"))
    for i in range(5 * scale):
        out.append((f"random_{i}", _fmt(_random(rng, rng.randint(1, 1000), rng.choice((5, 100, LIMIT))))))
    for i in range(3 * scale):  # small grids: shared edges, duplicates, nesting
        xs, ys = list(range(0, 8)), list(range(0, 8))
        out.append((f"small_grid_{i}", _fmt([_rect_from(rng, xs, ys) for _ in range(rng.randint(1, 60))])))
    # Maximum N: coordinates from ~1000 random values per axis (the checker's grid stays small).
    xs = sorted(rng.sample(range(LIMIT + 1), 1000)) + [0, LIMIT]
    ys = sorted(rng.sample(range(LIMIT + 1), 1000)) + [0, LIMIT]
    out.append(("max_random", _fmt([_rect_from(rng, xs, ys) for _ in range(MAX_N)])))
    thin = [(x, 0, x + 1, LIMIT) for x in sorted(rng.sample(range(LIMIT), 900))]
    thin += [(0, y, LIMIT, y + 1) for y in sorted(rng.sample(range(LIMIT), 900))]
    out.append(("max_thin_bars", _fmt([thin[rng.randrange(len(thin))] for _ in range(MAX_N)])))
    return out
