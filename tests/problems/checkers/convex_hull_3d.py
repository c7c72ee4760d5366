"""convex_hull_3d (a problem of our own): N (1 <= N <= 1e5) integer points, |x|,|y|,|z| <= 1e6;
print V, the number of extreme points (distinct points that are corners of the hull), then
A W: the surface area and the volume (absolute or relative error <= 1e-6). All coplanar, not
collinear: V the polygon's corners, A its area (once), W = 0. Collinear: 2, 0 0. One point:
1, 0 0.

The expected answer is computed here exactly, without cpgeo, by gift wrapping over facets
(not triangles): a first facet from the lexicographically smallest point a (a wrap about the
vertical line through a gives a supporting plane: a facet, or a hull edge to wrap about), then, facet by facet, the points on
its plane, their strict 2-D hull (monotone chain after dropping the normal's largest axis),
and for each polygon edge not yet known the neighbouring facet by one wrap about that edge.
Integers only: V is the union of the facet polygons' corners, 6 W the sum of the fans'
determinants, A the sum of the polygons' vector areas' lengths (one sqrt each). O(n F):
the large cases have few facets (a box or a tetrahedron filled with points, a lattice cube,
1e5 points rounded from a sphere of radius 20).
"""
import math

LIMIT_N, LIMIT_C = 100000, 1000000
TOL = 1e-6


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def cross(u, v):
    return (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])


def dot(u, v):
    return u[0] * v[0] + u[1] * v[1] + u[2] * v[2]


def wrap(u, v, q, pts):
    """Rotate the plane through the line uv and q outward: all points end on its side
    dot(n, r - u) <= 0. Precondition: every point lies in one closed half-space bounded by a
    plane through the line, q not on the line. Returns the normal n."""
    d = sub(v, u)
    n = cross(d, sub(q, u))
    ux, uy, uz = u
    for r in pts:
        if n[0] * (r[0] - ux) + n[1] * (r[1] - uy) + n[2] * (r[2] - uz) > 0:
            n = cross(d, sub(r, u))
    return n


def hull2(pts2):
    """Strict convex hull (counter-clockwise) of 2-D integer points, monotone chain."""
    p = sorted(set(pts2))
    if len(p) <= 2:
        return p

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lo, hi = [], []
    for q in p:
        while len(lo) >= 2 and turn(lo[-2], lo[-1], q) <= 0:
            lo.pop()
        lo.append(q)
    for q in reversed(p):
        while len(hi) >= 2 and turn(hi[-2], hi[-1], q) <= 0:
            hi.pop()
        hi.append(q)
    return lo[:-1] + hi[:-1]


def polygon(on, n):
    """The strict convex polygon of the coplanar points `on` (normal n), counter-clockwise
    seen from the side n points to."""
    k = max(range(3), key=lambda i: abs(n[i]))
    i, j = (k + 1) % 3, (k + 2) % 3  # (i, j, k) cyclic: CCW in (i, j) is CCW about +e_k
    back = {}
    for p in on:
        back[(p[i], p[j])] = p
    poly = [back[q] for q in hull2(list(back))]
    return poly if n[k] > 0 else poly[::-1]


def vector_area2(poly):
    s = (0, 0, 0)
    for a, b in zip(poly, poly[1:] + poly[:1]):
        c = cross(a, b)
        s = (s[0] + c[0], s[1] + c[1], s[2] + c[2])
    return s


def solve(points):
    """(V, A, W6): exact V and 6 W, A as a float."""
    pts = sorted(set(points))
    if len(pts) == 1:
        return 1, 0.0, 0
    a, b = pts[0], pts[-1]
    c = next((q for q in pts if cross(sub(b, a), sub(q, a)) != (0, 0, 0)), None)
    if c is None:
        return 2, 0.0, 0
    m = cross(sub(b, a), sub(c, a))
    if all(dot(m, sub(q, a)) == 0 for q in pts):
        poly = polygon(pts, m)
        return len(poly), math.sqrt(dot(*[vector_area2(poly)] * 2)) / 2, 0
    # a pyramid (every point but the largest on one plane, that one off it): the base
    # polygon's corners and the apex; O(n log n), for the large pyramid cases
    base, top = pts[:-1], pts[-1]
    b0, b1 = base[0], base[-1]
    c = next((q for q in base if cross(sub(b1, b0), sub(q, b0)) != (0, 0, 0)), None)
    mb = c and cross(sub(b1, b0), sub(c, b0))
    if c and dot(mb, sub(top, b0)) != 0 and all(dot(mb, sub(q, b0)) == 0 for q in base):
        poly = polygon(base, mb)
        area = math.sqrt(dot(*[vector_area2(poly)] * 2)) / 2
        area += sum(math.sqrt(dot(*[cross(sub(v, u), sub(top, u))] * 2)) / 2
                    for u, v in zip(poly, poly[1:] + poly[:1]))
        w6 = sum(dot(cross(sub(poly[i], poly[0]), sub(poly[i + 1], poly[0])), sub(top, poly[0]))
                 for i in range(1, len(poly) - 1))
        return len(poly) + 1, area, abs(w6)
    # first facet: wrap about the vertical line through a (every x >= a.x, and the points
    # with x = a.x have y >= a.y: one side). The plane found is supporting: if its points
    # are not collinear it is a facet, else they form a hull edge u-v to wrap about.
    top = (a[0], a[1], a[2] + 1)
    q0 = next(q for q in pts if (q[0], q[1]) != (a[0], a[1]))
    n = wrap(a, top, q0, pts)
    on = [r for r in pts if dot(n, sub(r, a)) == 0]
    line_end = max(on, key=lambda r: dot(sub(r, a), sub(r, a)))
    if all(cross(sub(line_end, a), sub(r, a)) == (0, 0, 0) for r in on):
        d = sub(line_end, a)
        u, v = min(on, key=lambda r: dot(d, r)), max(on, key=lambda r: dot(d, r))
        s0 = next(r for r in pts if cross(sub(v, u), sub(r, u)) != (0, 0, 0))
        n = wrap(u, v, s0, pts)
    todo, seen_planes, edges = [(n, a)], set(), set()
    corners, area, w6 = set(), 0.0, 0
    o = pts[0]
    while todo:
        n, x = todo.pop()
        g = math.gcd(math.gcd(n[0], n[1]), n[2])
        key = (n[0] // g, n[1] // g, n[2] // g)
        if key in seen_planes:
            continue
        seen_planes.add(key)
        on = [r for r in pts if dot(n, sub(r, x)) == 0]
        poly = polygon(on, n)
        corners.update(poly)
        area += math.sqrt(dot(*[vector_area2(poly)] * 2)) / 2
        p0 = poly[0]
        for i in range(1, len(poly) - 1):
            w6 += dot(cross(sub(poly[i], p0), sub(poly[i + 1], p0)), sub(p0, o))
        for u, v in zip(poly, poly[1:] + poly[:1]):
            edges.add((u, v))
        for u, v in zip(poly, poly[1:] + poly[:1]):
            if (v, u) in edges:
                continue
            start = next(r for r in on if cross(sub(v, u), sub(r, u)) != (0, 0, 0))
            todo.append((wrap(v, u, start, pts), u))
    return len(corners), area, w6


def fmt(v, a, w6):
    return f"{v}\n{a:.9f} {w6 / 6:.9f}\n"


def parse_input(text):
    t = text.split()
    n = int(t[0])
    return [(int(t[1 + 3 * i]), int(t[2 + 3 * i]), int(t[3 + 3 * i])) for i in range(n)]


def validate(text):
    t = text.split()
    if not t:
        return "empty input"
    n = int(t[0])
    if not 1 <= n <= LIMIT_N:
        return f"N = {n} out of range"
    if len(t) != 1 + 3 * n:
        return f"{len(t) - 1} numbers for N = {n}"
    if any(abs(int(x)) > LIMIT_C for x in t[1:]):
        return "coordinate out of range"
    if text.count("\n") != n + 1:
        return "not one point per line"
    return None


def close(got, want):
    return math.isfinite(got) and abs(got - want) <= TOL * max(1.0, abs(want))


def check(input_text, output_text):
    try:
        t = output_text.split()
        if len(t) != 3:
            return f"want 3 numbers, got {len(t)}"
        v, a, w = int(t[0]), float(t[1]), float(t[2])
    except ValueError:
        return "malformed output"
    V, A, W6 = solve(parse_input(input_text))
    if v != V:
        return f"V = {v}, want {V}"
    if not close(a, A):
        return f"A = {a}, want {A}"
    if not close(w, W6 / 6):
        return f"W = {w}, want {W6 / 6}"
    return None


# ---------------------------------------------------------------- cases
def text(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y} {z}\n" for x, y, z in pts)


def box(rng, n, r):
    return [(rng.randint(-r, r), rng.randint(-r, r), rng.randint(-r, r)) for _ in range(n)]


def lattice(k, step=1, shift=(0, 0, 0)):
    return [(shift[0] + x * step, shift[1] + y * step, shift[2] + z * step)
            for x in range(k) for y in range(k) for z in range(k)]


def plane(rng, n, r):
    o, u, v = box(rng, 1, 1000)[0], box(rng, 1, 30)[0], box(rng, 1, 30)[0]
    out = []
    for _ in range(n):
        i, j = rng.randint(-r, r), rng.randint(-r, r)
        out.append(tuple(o[c] + i * u[c] + j * v[c] for c in range(3)))
    return out


def sphere(rng, n, R):
    out = []
    while len(out) < n:
        g = [rng.gauss(0, 1) for _ in range(3)]
        L = math.sqrt(sum(x * x for x in g))
        if L > 1e-9:
            out.append(tuple(round(x / L * R) for x in g))
    return out


def inside_tetra(rng, n, corners):
    a, b, c, d = corners
    faces = [(a, b, c, d), (a, b, d, c), (a, c, d, b), (b, c, d, a)]
    planes = []
    for p, q, r, far in faces:
        m = cross(sub(q, p), sub(r, p))
        planes.append((m, p, 1 if dot(m, sub(far, p)) > 0 else -1))
    lo = [min(x[i] for x in corners) for i in range(3)]
    hi = [max(x[i] for x in corners) for i in range(3)]
    out = []
    while len(out) < n:
        q = tuple(rng.randint(lo[i], hi[i]) for i in range(3))
        if all(dot(m, sub(q, p)) * s > 0 for m, p, s in planes):
            out.append(q)
    return out


def convex_lattice_polygon(r):
    """A convex lattice polygon with many corners: the primitive vectors of length <= r in
    angular order, summed (every vector a new direction: every vertex a corner), centred."""
    vs = [(a, b) for a in range(-r, r + 1) for b in range(-r, r + 1)
          if (a or b) and a * a + b * b <= r * r and math.gcd(a, b) == 1]
    vs.sort(key=lambda v: math.atan2(v[1], v[0]))
    x = y = 0
    pts = []
    for a, b in vs:
        x, y = x + a, y + b
        pts.append((x, y))
    cx = (max(p[0] for p in pts) + min(p[0] for p in pts)) // 2
    cy = (max(p[1] for p in pts) + min(p[1] for p in pts)) // 2
    return [(p[0] - cx, p[1] - cy) for p in pts]


def cases(rng, scale):
    out = [
        ("sample_cube", text(lattice(2))),
        ("sample_tetra_inner", text([(0, 0, 0), (6, 0, 0), (0, 6, 0), (0, 0, 6), (3, 0, 0),
                                     (1, 1, 1), (2, 2, 2), (0, 3, 3)])),
        ("one_point", text([(5, -3, 2)])),
        ("all_equal", text([(7, 7, 7)] * 5)),
        ("collinear", text([(i, 2 * i, -i) for i in (3, -2, 0, 3, 1)])),
        ("coplanar_square", text([(x, y, 4) for x in range(4) for y in range(4)])),
        ("extreme_box", text([(x, y, z) for x in (-LIMIT_C, LIMIT_C) for y in (-LIMIT_C, LIMIT_C)
                              for z in (-LIMIT_C, LIMIT_C)] + [(0, 0, 0), (LIMIT_C, 0, 0)])),
    ]
    for k in range(2, 7):
        out.append((f"lattice_cube_{k}", text(lattice(k, 1000 - 7 * k, (-3000, 17, 5)))))
    for i in range(12 * scale):
        out.append((f"small_box_{i}", text(box(rng, rng.randint(1, 40), rng.randint(1, 4)))))
    for i in range(6 * scale):
        pts = [p for p in lattice(4) if rng.random() < 0.6] or [(0, 0, 0)]
        rng.shuffle(pts)
        out.append((f"lattice_subset_{i}", text(pts)))
    for i in range(4 * scale):
        out.append((f"tilted_plane_{i}", text(plane(rng, rng.randint(3, 60), 3))))
        u, o = box(rng, 1, 9)[0], box(rng, 1, 100)[0]
        out.append((f"collinear_{i}", text([tuple(o[c] + t * u[c] for c in range(3))
                                             for t in (rng.randint(-9, 9) for _ in range(20))])))
    for i, (n, R) in enumerate([(60, 10), (200, 1000), (400, LIMIT_C), (300, 30)]):
        pts = sphere(rng, n, R)
        pts += pts[: n // 10]  # duplicates
        rng.shuffle(pts)
        out.append((f"sphere_{i}", text(pts)))
    para = [(x, y, x * x + y * y) for x in range(-6, 7) for y in range(-6, 7)]
    rng.shuffle(para)
    out.append(("paraboloid_grid", text(para)))
    cl = []
    for c in box(rng, 5, 900000):
        cl += [tuple(c[i] + rng.randint(-3, 3) for i in range(3)) for _ in range(40)]
    out.append(("clusters", text(cl)))
    # the maximum size, few facets so that the check stays fast
    big = [(rng.randint(-LIMIT_C + 1, LIMIT_C - 1), rng.randint(-LIMIT_C + 1, LIMIT_C - 1),
            rng.randint(-LIMIT_C + 1, LIMIT_C - 1)) for _ in range(LIMIT_N - 8)]
    big += [(x, y, z) for x in (-LIMIT_C, LIMIT_C) for y in (-LIMIT_C, LIMIT_C)
            for z in (-LIMIT_C, LIMIT_C)]
    rng.shuffle(big)
    out.append(("max_box_filled", text(big)))
    tet = [(-LIMIT_C, -LIMIT_C, -LIMIT_C), (LIMIT_C, -LIMIT_C, 0), (0, LIMIT_C, -LIMIT_C),
           (0, 0, LIMIT_C)]
    pts = inside_tetra(rng, LIMIT_N - 4, tet) + tet
    rng.shuffle(pts)
    out.append(("max_tetra_filled", text(pts)))
    cube = lattice(46, 43478, (-LIMIT_C, -LIMIT_C, -LIMIT_C))
    rng.shuffle(cube)
    out.append(("max_lattice_cube", text(cube)))
    # the maximum size rounded from a sphere: radius 20 keeps the exact check to a few
    # seconds (about 6800 distinct points, 600 corners, the rest repeated or just inside);
    # a sphere whose 1e5 points are all corners has 2e5 facets, beyond this O(n F) check
    # (its speed: tests/bench/hull3d_bench.cpp)
    out.append(("max_sphere", text(sphere(rng, LIMIT_N, 20))))
    # pyramids over a plane x = 0 holding 42968 corners (the rest repeated or inside), the
    # apex inserted at a random time with that many faces: a facet re-triangulated by every
    # point on its plane, or the points of removed faces re-tested against every new face,
    # is quadratic here. Apex at x = 1e6: it is the extreme of 4 of the 8 diagonal
    # directions (hull3d_fast's own path); at x = 4e5 the base is (all 8 on one plane:
    # hull3d's path).
    poly = [(0, y, z) for y, z in convex_lattice_polygon(150)]
    for ax in (LIMIT_C, 400000):
        pts = poly + [rng.choice(poly) for _ in range(20000)]
        pts += [(0, rng.randint(-1000, 1000), rng.randint(-1000, 1000))
                for _ in range(LIMIT_N - 1 - len(pts))] + [(ax, 3, -5)]
        rng.shuffle(pts)
        out.append((f"max_pyramid_{ax}", text(pts)))
    return out
