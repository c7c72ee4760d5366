"""Checker and case generator for Library Checker "convex_layers".

Statement: N (1 <= N <= 2e5) distinct points, integers 0 <= x, y <= 1e6. Print for each
point, in input order, the 1-based round in which onion peeling removes it: a round removes
every point on the boundary of the convex hull of the points left, collinear ones included.

Independent of cpgeo: layer k is checked by recomputing the hull of the points labelled
>= k (monotone chain over (x, y) order keeping collinear points, lower and upper chains)
and comparing its boundary set with the points labelled k. All layers are checked while
the work (points left summed over layers) stays under 6e5; beyond that, on large inputs,
the first layers are checked and the rest only for being >= 1 (stated in the case names:
max cases check a prefix).
"""

LIMIT = 10 ** 6
MAX_N = 200000
BUDGET = 6 * 10 ** 5


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def boundary(sorted_pts):
    """The boundary points (collinear included) of the hull of distinct sorted points."""
    out = set()
    for seq in (sorted_pts, sorted_pts[::-1]):
        chain = []
        for q in seq:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], q) < 0:
                chain.pop()
            chain.append(q)
        out.update(chain)
    return out


def parse_input(text):
    v = list(map(int, text.split()))
    n = v[0]
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def validate(input_text):
    p = parse_input(input_text)
    if not 1 <= len(p) <= MAX_N or len(set(p)) != len(p):
        return "bad N or repeated points"
    if any(not (0 <= x <= LIMIT and 0 <= y <= LIMIT) for x, y in p):
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    p = parse_input(input_text)
    try:
        lab = list(map(int, output_text.split()))
    except ValueError:
        return "output holds something other than integers"
    if len(lab) != len(p):
        return f"expected {len(p)} numbers, got {len(lab)}"
    if min(lab) < 1:
        return "a layer below 1"
    order = sorted(range(len(p)), key=lambda i: p[i])
    left = [i for i in order]
    k, work = 1, 0
    while left and work + len(left) <= BUDGET:
        work += len(left)
        b = boundary([p[i] for i in left])
        for i in left:
            if (p[i] in b) != (lab[i] == k):
                return f"point {i} {p[i]}: layer {lab[i]}, but {'on' if p[i] in b else 'not on'} layer {k}"
        left = [i for i in left if lab[i] != k]
        k += 1
    return None


def fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def distinct(rng, n, hi):
    s = set()
    while len(s) < n:
        s.add((rng.randint(0, hi), rng.randint(0, hi)))
    out = list(s)
    rng.shuffle(out)
    return out


def cases(rng, scale):
    out = [
        ("sample", fmt([(0, 0), (0, 2), (2, 0), (2, 2), (1, 1), (1, 0)])),
        ("one", "1\n5 5\n"),
        ("collinear", fmt([(i, 2 * i) for i in range(10)])),
    ]
    for i in range(15 * scale):
        k = rng.randint(1, 8)
        n = rng.randint(1, (k + 1) ** 2)
        out.append((f"grid{i}", fmt(distinct(rng, n, k))))
    for i in range(5 * scale):
        out.append((f"random{i}", fmt(distinct(rng, rng.randint(1, 2000), LIMIT))))
    g = [(x, y) for x in range(0, 100) for y in range(0, 100)]
    rng.shuffle(g)
    out.append(("grid_100x100", fmt(g)))
    nested = []  # nested diamonds on two lines: 3000 layers of 4 points (the library's slow
    for r in range(1, 3001):  # case: collinear tiles; 50000 such layers take ~15 s)
        c = 500000
        nested += [(c + r, c), (c, c + r), (c - r, c), (c, c - r)]
    rng.shuffle(nested)
    out.append(("nested_diamonds_12000", fmt(nested)))
    rings = []  # nested squares at odd offsets: layers of 8 points, not on two lines
    for r in range(1, 3001):
        rings += [(c + r, c + 1), (c - r, c - 1), (c + 1, c - r), (c - 1, c + r),
                  (c + r, c - 1 - r // 2), (c - r, c + 1 + r // 2), (c + 1 + r // 2, c + r), (c - 1 - r // 2, c - r)]
    rings = list(dict.fromkeys(rings))
    rng.shuffle(rings)
    out.append(("nested_rings", fmt(rings)))
    out.append(("max_uniform_prefix", fmt(distinct(rng, MAX_N, LIMIT))))
    return out
