"""Checker and case generator for Library Checker "closest_pair".

Statement: T cases (1 <= T <= 1e5); each is N (2 <= N, sum of N <= 5e5) and N integer points
(|x|,|y| <= 1e9, duplicates possible). Print, per case, 0-based "i j" (i != j) of a pair of
points at the smallest distance; any such pair is accepted.

Independent of cpgeo: the answer must name two different valid indices, and no pair may be
closer than they are: checked in exact integers with one bucket grid whose cell side is the
answer's distance (_closest.py, closer_than; O(N) when the answer is right).
"""

import _closest as C

LIMIT = 10 ** 9
MAX_SUM = 500000


def parse_input(text):
    v = list(map(int, text.split()))
    t, pos, out = v[0], 1, []
    for _ in range(t):
        n = v[pos]
        pts = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(n)]
        pos += 1 + 2 * n
        out.append(pts)
    return out, pos == len(v)


def validate(input_text):
    try:
        tests, whole = parse_input(input_text)
    except (ValueError, IndexError):
        return "malformed input"
    if not whole:
        return "trailing numbers"
    if not 1 <= len(tests) <= 100000:
        return "T out of range"
    if sum(len(p) for p in tests) > MAX_SUM:
        return "sum of N too large"
    for pts in tests:
        if len(pts) < 2:
            return "N < 2"
        if any(abs(c) > LIMIT for p in pts for c in p):
            return "coordinate out of range"
    return None


def check(input_text, output_text):
    tests, _ = parse_input(input_text)
    tok = output_text.split()
    if len(tok) != 2 * len(tests):
        return f"expected {2 * len(tests)} numbers, got {len(tok)}"
    for k, pts in enumerate(tests):
        try:
            i, j = int(tok[2 * k]), int(tok[2 * k + 1])
        except ValueError:
            return f"case {k}: not integers"
        n = len(pts)
        if not (0 <= i < n and 0 <= j < n) or i == j:
            return f"case {k}: bad indices {i} {j}"
        d = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2
        closer = C.closer_than(pts, d)
        if closer is not None:
            return f"case {k}: squared distance {d}, but {closer} exists"
    return None


def _fmt(tests):
    lines = [str(len(tests))]
    for pts in tests:
        lines.append(str(len(pts)))
        lines += [f"{x} {y}" for x, y in pts]
    return "\n".join(lines) + "\n"


def _rand(rng, n, r):
    return [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(n)]


def cases(rng, scale):
    out = [("sample_1", _fmt([[(0, 0), (2, 0), (4, 0), (3, 0), (8, 0)], [(0, 0), (0, 0)],
                             [(1, 2), (3, 4), (5, 6)]]))]
    out.append(("two_points_extreme", _fmt([[(-LIMIT, -LIMIT), (LIMIT, LIMIT)]])))
    out.append(("corners", _fmt([[(-LIMIT, -LIMIT), (LIMIT, LIMIT), (LIMIT, -LIMIT), (-LIMIT, LIMIT),
                                  (LIMIT - 1, LIMIT)]])))
    for i in range(5 * scale):
        tests = [_rand(rng, rng.randint(2, 50), rng.choice((1, 3, 1000, LIMIT))) for _ in range(100)]
        out.append((f"many_small_{i}", _fmt(tests)))
    for i in range(2 * scale):
        out.append((f"random_{i}", _fmt([_rand(rng, 20000, LIMIT)])))
    # One vertical line (the library's divide-and-conquer fallback), a thin band, a lattice
    # (many ties), all duplicates but one pair, collinear diagonal.
    out.append(("vertical_line", _fmt([[(7, rng.randint(-LIMIT, LIMIT)) for _ in range(50000)]])))
    out.append(("thin_band", _fmt([[(rng.randint(-2, 2), rng.randint(-LIMIT, LIMIT)) for _ in range(50000)]])))
    out.append(("lattice", _fmt([[(x * 3000, y * 3000) for x in range(200) for y in range(200)]])))
    out.append(("diagonal", _fmt([[(k * 40000 - LIMIT, k * 40000 - LIMIT + 1) for k in range(50000)]])))
    dup = _rand(rng, 1000, LIMIT)
    out.append(("duplicates", _fmt([dup + dup[:3]])))
    out.append(("max_random", _fmt([_rand(rng, MAX_SUM, LIMIT)])))
    out.append(("max_cases", _fmt([_rand(rng, 5, LIMIT) for _ in range(MAX_SUM // 5)])))
    return out
