"""Checker and case generator for AOJ CGL_4_A "Convex Hull".

Statement: n (3 <= n <= 100000) distinct points, integers |x|,|y| <= 10000. Print the number
of points of the convex hull, then the hull counter-clockwise starting from the point with
the smallest y (the leftmost one among ties), INCLUDING every input point on the boundary.
The statement speaks of a polygon: inputs with all points collinear are not generated.

Independent of cpgeo: the strict hull by a monotone chain over (x, y) order (the library
sorts by (y, x) after an octagon filter); then every input point is classified against the
lower and upper chains by binary search on x (on an edge iff the exact cross product is 0),
and the expected answer is the boundary points walked edge by edge, each edge's points
ordered by distance from its start.
"""
import bisect

LIMIT = 10000
MAX_N = 100000


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def chains(points):
    """Lower and upper strict hull chains, both from the leftmost to the rightmost point."""
    p = sorted(set(points))
    lower, upper = [], []
    for q in p:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in p:
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) >= 0:
            upper.pop()
        upper.append(q)
    return lower, upper


def on_chain(chain, q):
    """Index of the chain edge holding q (x-ranges are closed), or None."""
    xs = [c[0] for c in chain]
    i = bisect.bisect_left(xs, q[0])
    for j in (i - 1, i):
        if 0 <= j < len(chain) - 1:
            a, b = chain[j], chain[j + 1]
            if a[0] <= q[0] <= b[0] and cross(a, b, q) == 0:
                return j
    return None


def expected_hull(points):
    lower, upper = chains(points)
    strict = lower[:-1] + upper[::-1][:-1]  # CCW from the leftmost-lowest
    if len(strict) < 3:
        return None  # collinear: not a polygon
    xmin, xmax = lower[0][0], lower[-1][0]
    per_edge = {}  # strict vertex index -> boundary points on the edge from it
    m = len(strict)
    index = {v: i for i, v in enumerate(strict)}
    lxs = [c[0] for c in lower]
    uxs = [c[0] for c in upper]
    for q in points:
        if q in index:
            continue
        j = None
        if q[0] == xmin and min(lower[0][1], upper[0][1]) <= q[1] <= max(lower[0][1], upper[0][1]) \
                and lower[0] != upper[0]:
            j = index[upper[0]]  # vertical left edge goes down from upper[0] to lower[0]
        elif q[0] == xmax and min(lower[-1][1], upper[-1][1]) <= q[1] <= max(lower[-1][1], upper[-1][1]) \
                and lower[-1] != upper[-1]:
            j = index[lower[-1]]
        else:
            k = on_chain(lower, q)
            if k is not None:
                j = index[lower[k]]
            else:
                k = on_chain(upper, q)
                if k is not None:
                    j = index[upper[k + 1]]
        if j is not None:
            per_edge.setdefault(j, []).append(q)
    out = []
    for i, v in enumerate(strict):
        out.append(v)
        extra = per_edge.get(i, [])
        extra.sort(key=lambda q: (q[0] - v[0]) ** 2 + (q[1] - v[1]) ** 2)
        out.extend(extra)
    start = min(range(len(out)), key=lambda i: (out[i][1], out[i][0]))
    return out[start:] + out[:start]


def parse_input(text):
    v = list(map(int, text.split()))
    n = v[0]
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def validate(input_text):
    try:
        v = list(map(int, input_text.split()))
    except ValueError:
        return "not integers"
    n = v[0]
    if not 3 <= n <= MAX_N or len(v) != 1 + 2 * n:
        return "bad n or count"
    pts = parse_input(input_text)
    if len(set(pts)) != n:
        return "points not distinct"
    if max(map(abs, v[1:])) > LIMIT:
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    points = parse_input(input_text)
    want = expected_hull(points)
    try:
        v = list(map(int, output_text.split()))
    except ValueError:
        return "output holds something other than integers"
    if not v or len(v) != 1 + 2 * v[0]:
        return "count line does not match the number of points"
    got = [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(v[0])]
    if want is None:
        return None
    if got != want:
        if sorted(got) != sorted(want):
            return f"wrong point set: {len(got)} points, expected {len(want)}"
        return "right points, wrong order or start"
    return None


def fmt(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def distinct_sample(rng, n, lo, hi):
    seen = set()
    while len(seen) < n:
        seen.add((rng.randint(lo, hi), rng.randint(lo, hi)))
    out = list(seen)
    rng.shuffle(out)
    return out


def cases(rng, scale):
    out = [
        ("sample1", "7\n2 1\n0 0\n1 2\n2 2\n4 2\n1 3\n3 3\n"),
        ("sample2", "4\n0 0\n2 2\n0 2\n0 1\n"),
        ("triangle", "3\n0 0\n1 0\n0 1\n"),
        ("square_with_edges", fmt([(x, y) for x in range(3) for y in range(3)])),
    ]
    for i in range(20 * scale):  # dense grids: collinear boundary runs everywhere
        k = rng.randint(2, 6)
        n = rng.randint(3, min(k * k, 30))
        pts = distinct_sample(rng, n, 0, k - 1)
        if expected_hull(pts) is not None:
            out.append((f"grid{i}", fmt(pts)))
    for i in range(10 * scale):
        out.append((f"random{i}", fmt(distinct_sample(rng, rng.randint(3, 200), -LIMIT, LIMIT))))
    # horizontal top and bottom edges, vertical sides, full of boundary points
    rect = [(x, y) for x in range(-50, 51) for y in (-LIMIT, LIMIT)] + [(x, y) for x in (-LIMIT, LIMIT) for y in range(-50, 51)]
    rng.shuffle(rect)
    out.append(("rectangle_boundary", fmt(rect)))
    diamond = [(x, LIMIT - abs(x)) for x in range(-LIMIT, LIMIT + 1, 7)] + [(x, abs(x) - LIMIT) for x in range(-LIMIT + 1, LIMIT, 7)]
    rng.shuffle(diamond)
    out.append(("diamond_boundary", fmt(diamond)))
    # max size: a full 316 x 316 grid block (every border point on the hull)
    g = [(x, y) for x in range(-158, 158) for y in range(-158, 158)]
    rng.shuffle(g)
    out.append(("max_grid", fmt(g[:MAX_N] if len(g) >= MAX_N else g)))
    out.append(("max_random", fmt(distinct_sample(rng, MAX_N, -LIMIT, LIMIT))))
    return out
