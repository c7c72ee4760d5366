"""Shared by the AOJ CGL_1_A, CGL_1_B and CGL_2_A..D checkers, |x|,|y| <= 10000, up to 1000
queries. CGL_2: four points per query (two segments or lines); exact intersection (meet) and
squared distance (seg_dist2) in Fractions, input parsing and validation, and the case
families; each checker passes its problem's extra query constraint (None when a query is
allowed). CGL_1: one line and query points; parsing, validation, the check against the
checker's exact answer(p1, p2, p), and the cases (section at the end).

Imported by the checkers as  import _segments as S  (judge.py puts checkers/ on the import
path); not a checker itself."""
from fractions import Fraction
LIMIT = 10000
MAX_Q = 1000
TOL = Fraction(1, 10 ** 8)


def _ints(text):
    return [int(tok) for tok in text.split()]


def _num(tok):
    """An output number as an exact Fraction, or None if it is not a finite decimal."""
    try:
        return Fraction(tok)
    except (ValueError, ZeroDivisionError):
        return None


def _rand_pt(rng, lim=LIMIT):
    return (rng.randint(-lim, lim), rng.randint(-lim, lim))


def _distinct_pair(rng, lim=LIMIT):
    while True:
        a, b = _rand_pt(rng, lim), _rand_pt(rng, lim)
        if a != b:
            return a, b


def _nearly_parallel(rng):
    """Two lattice segments with directions (k, j) and (k - 1, j), k up to 10000 (turned by a
    multiple of 90 degrees), starting near each other: crossings far out or near the ends."""
    k, j = rng.choice((10000, 9999, rng.randint(2, 10000))), rng.randint(1, 2)
    rot = rng.randint(0, 3)

    def turn(x, y):
        for _ in range(rot):
            x, y = -y, x
        return x, y

    d1, d2 = turn(k, j), turn(k - 1, j)
    m = max(1, LIMIT // (k + 2))
    a = (rng.randint(-m, m), rng.randint(-m, m))
    c = (a[0] + rng.randint(-2, 2), a[1] + rng.randint(-2, 2))
    b = (a[0] + d1[0], a[1] + d1[1])
    d = (c[0] + d2[0], c[1] + d2[1])
    if rng.random() < 0.5:  # start the second one further along the first
        c = (a[0] + d1[0] // 2, a[1] + d1[1] // 2 + rng.choice((-1, 0, 1)))
        d = (c[0] + d2[0] // 2, c[1] + d2[1] // 2)
    pts = [a, b, c, d]
    if any(abs(v) > LIMIT for p in pts for v in p) or a == b or c == d:
        return _distinct_pair(rng) + _distinct_pair(rng)
    return tuple(pts)


# ----------------------------------------------------------------------------- exact geometry
# Lines as A x + B y = C, intersections by Cramer's rule, positions along a line by the exact
# Fraction parameter t: independent of cpgeo's cross products from an anchor point.

def _implicit(p, q):
    A, B = q[1] - p[1], p[0] - q[0]
    return A, B, A * p[0] + B * p[1]


def _param(p, q, r):
    """t with r = p + t (q - p), for r on the line p q (p != q)."""
    return Fraction(r[0] - p[0], q[0] - p[0]) if q[0] != p[0] else Fraction(r[1] - p[1], q[1] - p[1])


def _in_box(p, q, r):
    return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and min(p[1], q[1]) <= r[1] <= max(p[1], q[1])


def meet(p0, p1, p2, p3):
    """The exact set segment p0p1 intersect segment p2p3 (p0 != p1, p2 != p3):
    ('none',), ('point', (x, y)) or ('overlap', t0, t1) with t along p0 -> p1."""
    A1, B1, C1 = _implicit(p0, p1)
    A2, B2, C2 = _implicit(p2, p3)
    det = A1 * B2 - A2 * B1
    if det != 0:
        x = (Fraction(C1 * B2 - C2 * B1, det), Fraction(A1 * C2 - A2 * C1, det))
        return ('point', x) if _in_box(p0, p1, x) and _in_box(p2, p3, x) else ('none',)
    if A1 * C2 != A2 * C1 or B1 * C2 != B2 * C1:
        return ('none',)  # parallel, apart
    ta, tb = sorted((_param(p0, p1, p2), _param(p0, p1, p3)))
    lo, hi = max(ta, Fraction(0)), min(tb, Fraction(1))
    if lo > hi:
        return ('none',)
    if lo == hi:
        return ('point', (p0[0] + lo * (p1[0] - p0[0]), p0[1] + lo * (p1[1] - p0[1])))
    return ('overlap', lo, hi)


def _seg_point_dist2(p, q, r):
    """Squared distance from r to segment p q: the closest point p + clamp(t) (q - p)."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    t = Fraction((r[0] - p[0]) * dx + (r[1] - p[1]) * dy, dx * dx + dy * dy)
    t = min(max(t, Fraction(0)), Fraction(1))
    ex, ey = p[0] + t * dx - r[0], p[1] + t * dy - r[1]
    return ex * ex + ey * ey


def seg_dist2(p0, p1, p2, p3):
    if meet(p0, p1, p2, p3)[0] != 'none':
        return Fraction(0)
    return min(_seg_point_dist2(p2, p3, p0), _seg_point_dist2(p2, p3, p1),
               _seg_point_dist2(p0, p1, p2), _seg_point_dist2(p0, p1, p3))


# ----------------------------------------------------------------------------- format

def parse_input(text):
    v = _ints(text)
    q = v[0]
    return [tuple((v[1 + 8 * i + 2 * k], v[2 + 8 * i + 2 * k]) for k in range(4)) for i in range(q)]


def validate(input_text, constraint):
    try:
        v = _ints(input_text)
    except ValueError:
        return "not integers"
    if not v:
        return "empty input"
    q = v[0]
    if not 1 <= q <= MAX_Q:
        return f"q = {q} out of [1, {MAX_Q}]"
    if len(v) != 1 + 8 * q:
        return f"expected {1 + 8 * q} numbers, got {len(v)}"
    if any(abs(c) > LIMIT for c in v[1:]):
        return f"a coordinate exceeds {LIMIT}"
    for i, (p0, p1, p2, p3) in enumerate(parse_input(input_text)):
        if p0 == p1 or p2 == p3:
            return f"query {i + 1}: p0 == p1 or p2 == p3"
        reason = constraint(p0, p1, p2, p3)
        if reason:
            return f"query {i + 1}: {reason}"
    return None


def _fmt(queries):
    lines = [str(len(queries))]
    lines += [" ".join(f"{p[0]} {p[1]}" for p in qu) for qu in queries]
    return "\n".join(lines) + "\n"


def _grid_query(rng, n):
    off = (rng.randint(-LIMIT, LIMIT - n), rng.randint(-LIMIT, LIMIT - n))
    g = lambda: (off[0] + rng.randint(0, n - 1), off[1] + rng.randint(0, n - 1))
    while True:
        p0, p1, p2, p3 = g(), g(), g(), g()
        if p0 != p1 and p2 != p3:
            return p0, p1, p2, p3


def _extreme_query(rng):
    vals = (-LIMIT, -LIMIT + 1, 0, LIMIT - 1, LIMIT)
    while True:
        p = [(rng.choice(vals), rng.choice(vals)) for _ in range(4)]
        if p[0] != p[1] and p[2] != p[3]:
            return tuple(p)


def _random_query(rng, lim=LIMIT):
    return _distinct_pair(rng, lim) + _distinct_pair(rng, lim)


def _batch(rng, make, count, constraint):
    """count queries from make(rng) that meet the problem's extra constraint."""
    out, tries = [], 0
    while len(out) < count and tries < 200 * count:
        tries += 1
        qu = make(rng)
        if not constraint(*qu):
            out.append(qu)
    return out


def generated_cases(rng, scale, constraint):
    out = []
    for i in range(3 * scale):
        out.append((f"random_{i}", _fmt(_batch(rng, _random_query, rng.randint(1, 50), constraint))))
    out.append(("q1", _fmt(_batch(rng, _random_query, 1, constraint))))
    out.append(("grid6", _fmt(_batch(rng, lambda r: _grid_query(r, 6), MAX_Q, constraint))))
    out.append(("grid10", _fmt(_batch(rng, lambda r: _grid_query(r, 10), MAX_Q, constraint))))
    out.append(("small_coords", _fmt(_batch(rng, lambda r: _random_query(r, 3), MAX_Q, constraint))))
    out.append(("nearly_parallel", _fmt(_batch(rng, _nearly_parallel, MAX_Q, constraint))))
    out.append(("extreme", _fmt(_batch(rng, _extreme_query, MAX_Q, constraint))))
    for i in range(1 if scale == 1 else 3):
        out.append((f"max_random_{i}", _fmt(_batch(rng, _random_query, MAX_Q, constraint))))
    return out


# ----------------------------------------------------------------------------- CGL_1_A, CGL_1_B
# The line p1 p2 and q query points p (|.| <= 10000, p1 != p2, 1 <= q <= 1000); the answer
# to a query is a point, given by the checker as answer(p1, p2, p) in Fractions.

def parse_line_queries(text):
    v = _ints(text)
    p1, p2, q = (v[0], v[1]), (v[2], v[3]), v[4]
    return p1, p2, [(v[5 + 2 * i], v[6 + 2 * i]) for i in range(q)]


def validate_line_queries(input_text):
    try:
        v = _ints(input_text)
    except ValueError:
        return "not integers"
    if len(v) < 5:
        return "fewer than 5 numbers"
    q = v[4]
    if not 1 <= q <= MAX_Q:
        return f"q = {q} out of [1, {MAX_Q}]"
    if len(v) != 5 + 2 * q:
        return f"expected {5 + 2 * q} numbers, got {len(v)}"
    if any(abs(c) > LIMIT for c in v[:4] + v[5:]):
        return f"a coordinate exceeds {LIMIT}"
    if v[0:2] == v[2:4]:
        return "p1 == p2"
    return None


def check_line_queries(input_text, output_text, answer):
    """None if every printed point is within TOL of answer(p1, p2, p), else a reason."""
    p1, p2, queries = parse_line_queries(input_text)
    got = output_text.split()
    if len(got) != 2 * len(queries):
        return f"expected {2 * len(queries)} numbers, got {len(got)}"
    for i, p in enumerate(queries):
        want = answer(p1, p2, p)
        for k in range(2):
            v = _num(got[2 * i + k])
            if v is None:
                return f"query {i + 1}: not a number: {got[2 * i + k][:40]}"
            if abs(v - want[k]) >= TOL:
                return (f"query {i + 1}: expected {float(want[0]):.10f} {float(want[1]):.10f}, "
                        f"got {got[2 * i]} {got[2 * i + 1]}")
    return None


def _fmt_line(p1, p2, queries):
    lines = [f"{p1[0]} {p1[1]} {p2[0]} {p2[1]}", str(len(queries))]
    lines += [f"{x} {y}" for x, y in queries]
    return "\n".join(lines) + "\n"


def _on_line(rng, p1, p2, count):
    """Lattice points on the line p1 p2 (inside the box), the endpoints, and neighbours."""
    from math import gcd
    dx, dy = p2[0] - p1[0], p2[1] - p1[1]
    g = gcd(dx, dy)
    sx, sy = dx // g, dy // g
    out = [p1, p2]
    while len(out) < count:
        k = rng.randint(-3 * g - 5, 4 * g + 5)
        p = (p1[0] + k * sx + rng.choice((0, 0, 0, 1, -1)), p1[1] + k * sy)
        if abs(p[0]) <= LIMIT and abs(p[1]) <= LIMIT:
            out.append(p)
    return out


def line_query_cases(rng, scale, samples):
    out = list(samples)
    for i in range(3 * scale):
        p1, p2 = _distinct_pair(rng)
        out.append((f"random_{i}", _fmt_line(p1, p2, [_rand_pt(rng) for _ in range(rng.randint(1, 50))])))
    p1, p2 = _distinct_pair(rng)
    out.append(("q1", _fmt_line(p1, p2, [_rand_pt(rng)])))
    out.append(("horizontal", _fmt_line((-LIMIT, 7), (LIMIT, 7), [_rand_pt(rng) for _ in range(200)])))
    out.append(("vertical", _fmt_line((-3, -LIMIT), (-3, LIMIT), [_rand_pt(rng) for _ in range(200)])))
    p1, p2 = _distinct_pair(rng, 50)
    out.append(("on_line", _fmt_line(p1, p2, _on_line(rng, p1, p2, MAX_Q))))
    # a unit segment in a corner, queries across the box: the foot lies far out on the line
    out.append(("short_line_far", _fmt_line((LIMIT, LIMIT), (LIMIT - 1, LIMIT - 1 + rng.randint(0, 1)),
                                       [_rand_pt(rng) for _ in range(MAX_Q)])))
    a, b, c, d = _nearly_parallel(rng)
    out.append(("nearly_parallel", _fmt_line(a, b, [c, d] + [_rand_pt(rng) for _ in range(100)])))
    vals = (-LIMIT, -LIMIT + 1, 0, LIMIT - 1, LIMIT)
    out.append(("extreme", _fmt_line((-LIMIT, LIMIT - 1), (LIMIT, -LIMIT),
                                [(rng.choice(vals), rng.choice(vals)) for _ in range(MAX_Q)])))
    for i in range(1 if scale == 1 else 3):
        p1, p2 = _distinct_pair(rng)
        out.append((f"max_random_{i}", _fmt_line(p1, p2, [_rand_pt(rng) for _ in range(MAX_Q)])))
    return out
