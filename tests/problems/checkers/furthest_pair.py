"""Checker and case generator for Library Checker "furthest_pair".

Statement: T cases; each N (2 <= N, sum of N <= 5e5) and N points, integers |x|,|y| <= 1e9
(points may repeat). Print 0-based indices i j (i != j) of a pair at maximum distance.

Independent of cpgeo: the maximum squared distance is taken over the strict hull (monotone
chain over (x, y) order; the library sorts by (y, x)): all pairs of hull vertices up to 1500
of them, else the antipodal pairs of the triangle-area rotating calipers.
"""
import math

LIMIT = 10 ** 9
MAX_SUM = 500000


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def drop_inside(points):
    """Points not strictly inside the quadrilateral of the extremes in the directions
    x - y, x + y, y - x, -x - y (speed only: those inside cannot be hull vertices)."""
    if len(points) < 1000:
        return points
    quad = [max(points, key=lambda q: q[0] - q[1]), max(points, key=lambda q: q[0] + q[1]),
            max(points, key=lambda q: q[1] - q[0]), min(points, key=lambda q: q[0] + q[1])]
    if len(set(quad)) < 4 or any(cross(quad[i], quad[(i + 1) % 4], quad[(i + 2) % 4]) <= 0 for i in range(4)):
        return points
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad
    return [q for q in points
            if not ((bx - ax) * (q[1] - ay) - (by - ay) * (q[0] - ax) > 0
                    and (cx - bx) * (q[1] - by) - (cy - by) * (q[0] - bx) > 0
                    and (dx - cx) * (q[1] - cy) - (dy - cy) * (q[0] - cx) > 0
                    and (ax - dx) * (q[1] - dy) - (ay - dy) * (q[0] - dx) > 0)]


def strict_hull(points):
    p = sorted(set(drop_inside(points)))
    if len(p) <= 2:
        return p
    lower, upper = [], []
    for q in p:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in reversed(p):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return lower[:-1] + upper[:-1]


def d2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def max_d2(points):
    h = strict_hull(points)
    n = len(h)
    if n == 1:
        return 0
    if n <= 1500:
        return max(d2(h[i], h[j]) for i in range(n) for j in range(i + 1, n))
    best, j = 0, 1
    for i in range(n):
        a, b = h[i], h[(i + 1) % n]
        while cross(a, b, h[(j + 1) % n]) > cross(a, b, h[j]):
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


def convex_position(rng, n, K):
    dirs = [(a, b) for a in range(-K, K + 1) for b in range(0, K + 1)
            if (b > 0 or a > 0) and math.gcd(a, b) == 1]
    rng.shuffle(dirs)
    half = dirs[:n // 2]
    vs = half + [(-a, -b) for a, b in half]
    vs.sort(key=lambda d: math.atan2(d[1], d[0]))
    pts, x, y = [], -LIMIT // 2, -LIMIT // 2
    for dx, dy in vs:
        pts.append((x, y))
        x += dx
        y += dy
    rng.shuffle(pts)
    return pts


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
    out.append(("max_convex", fmt([convex_position(rng, 200000, 300)])))
    return out
