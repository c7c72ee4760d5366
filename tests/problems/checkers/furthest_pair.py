"""Checker and case generator for Library Checker "furthest_pair".

Statement: T cases; each N (2 <= N, sum of N <= 5e5) and N points, integers |x|,|y| <= 1e9
(points may repeat). Print 0-based indices i j (i != j) of a pair at maximum distance.

Independent of cpgeo: the maximum squared distance is taken over the strict hull (monotone
chain over (x, y) order; the library sorts by (y, x)): all pairs of hull vertices up to 1500
of them, else the antipodal pairs of the triangle-area rotating calipers.
"""
import math

import _hull as H

LIMIT = 10 ** 9
MAX_SUM = 500000


def d2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def max_d2(points):
    h = H.strict_hull(points)
    n = len(h)
    if n == 1:
        return 0
    if n <= 1500:
        return max(d2(h[i], h[j]) for i in range(n) for j in range(i + 1, n))
    best, j = 0, 1
    for i in range(n):
        a, b = h[i], h[(i + 1) % n]
        while H.cross(a, b, h[(j + 1) % n]) > H.cross(a, b, h[j]):
            j = (j + 1) % n
        best = max(best, d2(a, h[j]), d2(b, h[j]))
    return best


def parse_cases(text):
    v = list(map(int, text.split()))
    t, pos, out = v[0], 1, []
    for _ in range(t):
        n = v[pos]
        out.append([(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(n)])
        pos += 1 + 2 * n
    return out


def validate(input_text):
    cs = parse_cases(input_text)
    if sum(len(c) for c in cs) > MAX_SUM or any(len(c) < 2 for c in cs):
        return "bad N"
    if any(abs(x) > LIMIT or abs(y) > LIMIT for c in cs for x, y in c):
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    cs = parse_cases(input_text)
    try:
        v = list(map(int, output_text.split()))
    except ValueError:
        return "output holds something other than integers"
    if len(v) != 2 * len(cs):
        return f"expected {2 * len(cs)} integers, got {len(v)}"
    for k, pts in enumerate(cs):
        i, j = v[2 * k], v[2 * k + 1]
        if not (0 <= i < len(pts) and 0 <= j < len(pts)) or i == j:
            return f"case {k}: bad indices {i} {j}"
        if d2(pts[i], pts[j]) != max_d2(pts):
            return f"case {k}: pair {i} {j} is not a furthest pair"
    return None


def fmt(cs):
    s = [f"{len(cs)}\n"]
    for pts in cs:
        s.append(f"{len(pts)}\n")
        s.extend(f"{x} {y}\n" for x, y in pts)
    return "".join(s)


def cases(rng, scale):
    out = [
        ("sample", fmt([[(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)],
                        [(0, 0), (0, 0)],
                        [(1, 1), (1, -1), (-1, 1), (-1, -1), (0, 0)]])),
        ("equal_and_collinear", fmt([[(5, 5)] * 4, [(0, 0), (1, 0), (2, 0), (2, 0), (0, 0)], [(3, -3), (-3, 3)]])),
    ]
    for i in range(5 * scale):
        cs = []
        for _ in range(200):
            k = rng.randint(1, 6)
            cs.append([(rng.randint(0, k), rng.randint(0, k)) for _ in range(rng.randint(2, 20))])
        out.append((f"grids{i}", fmt(cs)))
    for i in range(3 * scale):
        cs = [[(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(rng.randint(2, 300))]
              for _ in range(30)]
        out.append((f"random{i}", fmt(cs)))
    B = LIMIT
    out.append(("extreme", fmt([[(B, B), (-B, -B), (B, -B), (-B, B)], [(-B, -B), (B, B - 1), (B - 1, B)]])))
    # a regular polygon's vertices rounded to integers: many nearly equal diameters
    reg = [(round(B * math.cos(2 * math.pi * k / 1000)), round(B * math.sin(2 * math.pi * k / 1000)))
           for k in range(1000)]
    out.append(("regular_rounded", fmt([reg])))
    out.append(("max_uniform", fmt([[(rng.randint(-B, B), rng.randint(-B, B)) for _ in range(MAX_SUM)]])))
    out.append(("max_convex", fmt([H.convex_position(rng, 200000, 300, LIMIT)])))
    return out
