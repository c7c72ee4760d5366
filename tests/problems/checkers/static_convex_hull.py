"""Checker and case generator for Library Checker "static_convex_hull".

Statement: T (<= 1e5) cases; each N (0 <= N, sum of N <= 5e5) and N points, integers
|x|,|y| <= 1e9, duplicates possible. Print per case M and the vertices of the convex hull
counter-clockwise, any start, with no three consecutive collinear vertices (duplicates
merged; all points equal: M = 1; all collinear: the two ends).

Independent of cpgeo: the strict hull by a monotone chain over (x, y) order (upper and
lower chains; the library sorts by (y, x) after an octagon filter). The answer must be the
same cyclic sequence, any rotation.
"""
import _hull as H

LIMIT = 10 ** 9
MAX_T = 100000
MAX_SUM = 500000


def parse_cases(text):
    v = list(map(int, text.split()))
    t, pos, out = v[0], 1, []
    for _ in range(t):
        n = v[pos]
        out.append([(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(n)])
        pos += 1 + 2 * n
    return out


def validate(input_text):
    try:
        v = list(map(int, input_text.split()))
    except ValueError:
        return "not integers"
    t, pos, total = v[0], 1, 0
    if not 1 <= t <= MAX_T:
        return "T out of range"
    for _ in range(t):
        n = v[pos]
        total += n
        pos += 1 + 2 * n
    if pos != len(v) or total > MAX_SUM:
        return "counts do not match or sum of N too large"
    if len(v) > 1 and max(map(abs, v[1:])) > LIMIT:
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    cases_in = parse_cases(input_text)
    try:
        v = list(map(int, output_text.split()))
    except ValueError:
        return "output holds something other than integers"
    pos = 0
    for k, pts in enumerate(cases_in):
        if pos >= len(v):
            return f"case {k}: missing"
        m = v[pos]
        if m < 0 or pos + 1 + 2 * m > len(v):
            return f"case {k}: bad M"
        got = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(m)]
        pos += 1 + 2 * m
        want = H.strict_hull(pts)
        if len(got) != len(want):
            return f"case {k}: M = {len(got)}, expected {len(want)}"
        if not want:
            continue
        if want[0] not in got:
            return f"case {k}: a hull vertex is missing"
        r = got.index(want[0])
        if got[r:] + got[:r] != want:
            return f"case {k}: wrong vertices or not counter-clockwise"
    if pos != len(v):
        return "extra output"
    return None


def fmt(cases_list):
    s = [f"{len(cases_list)}\n"]
    for pts in cases_list:
        s.append(f"{len(pts)}\n")
        s.extend(f"{x} {y}\n" for x, y in pts)
    return "".join(s)


def cases(rng, scale):
    out = [
        ("sample", fmt([[(0, 0), (2, 0), (0, 2), (2, 2), (1, 1)],
                        [(0, 0), (0, 0)],
                        [(-1, 1), (1, 1), (0, 0), (1, -1), (-1, -1), (0, 0)],
                        [(0, 0), (1, 1), (2, 2)],
                        []])),
        ("tiny", fmt([[], [(5, 5)], [(1, 2), (1, 2), (1, 2)], [(0, 0), (1, 0)], [(0, 0), (1, 0), (2, 0), (1, 0)]])),
    ]
    for i in range(5 * scale):  # many small grid cases: collinear runs, duplicates
        cs = []
        for _ in range(300):
            k = rng.randint(1, 6)
            cs.append([(rng.randint(0, k), rng.randint(0, k)) for _ in range(rng.randint(0, 15))])
        out.append((f"grids{i}", fmt(cs)))
    for i in range(3 * scale):
        cs = [[(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(rng.randint(0, 300))]
              for _ in range(30)]
        out.append((f"random{i}", fmt(cs)))
    corners = [(x, y) for x in (-LIMIT, 0, LIMIT) for y in (-LIMIT, 0, LIMIT)]
    out.append(("extreme_coords", fmt([corners, corners * 3, [(LIMIT, LIMIT), (-LIMIT, -LIMIT), (LIMIT, -LIMIT + 1)],
                                       [(-LIMIT, LIMIT), (LIMIT, -LIMIT), (0, 0), (1, -1)]])))
    out.append(("max_uniform", fmt([[(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(MAX_SUM)]])))
    out.append(("max_convex", fmt([H.convex_position(rng, 200000, 300, LIMIT)])))
    out.append(("max_many_cases", fmt([[(rng.randint(-3, 3), rng.randint(-3, 3)) for _ in range(5)]
                                       for _ in range(MAX_T)])))
    return out
