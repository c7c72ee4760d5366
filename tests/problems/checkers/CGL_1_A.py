"""Checker and case generator for AOJ CGL_1_A "Projection".

Statement (AOJ): for the line through p1 and p2 and each query point p, print the projection
of p onto the line, "x y", with an error less than 1e-8. Constraints: integers,
|x|,|y| <= 10000, 1 <= q <= 1000, p1 != p2.

Independent of cpgeo: the foot X solves the 2x2 system d.X = d.p, n.X = n.p1 (d = p2 - p1,
n its normal), by Cramer's rule in Fractions; every printed coordinate must be within 1e-8.
"""
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


def answer(p1, p2, p):
    dx, dy = p2[0] - p1[0], p2[1] - p1[1]
    nx, ny = -dy, dx
    e1, e2 = dx * p[0] + dy * p[1], nx * p1[0] + ny * p1[1]
    det = dx * ny - dy * nx
    return Fraction(e1 * ny - dy * e2, det), Fraction(dx * e2 - nx * e1, det)


SAMPLES = [
    ("sample_1", "0 0 3 4\n1\n2 5\n"),
    ("sample_2", "0 0 2 0\n3\n-1 1\n0 1\n1 1\n"),
]


# ----------------------------------------------------------------------------- format

def parse_input(text):
    v = _ints(text)
    p1, p2, q = (v[0], v[1]), (v[2], v[3]), v[4]
    return p1, p2, [(v[5 + 2 * i], v[6 + 2 * i]) for i in range(q)]


def validate(input_text):
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


def check(input_text, output_text):
    p1, p2, queries = parse_input(input_text)
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


# ----------------------------------------------------------------------------- cases

def _fmt(p1, p2, queries):
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


def cases(rng, scale):
    out = list(SAMPLES)
    for i in range(3 * scale):
        p1, p2 = _distinct_pair(rng)
        out.append((f"random_{i}", _fmt(p1, p2, [_rand_pt(rng) for _ in range(rng.randint(1, 50))])))
    p1, p2 = _distinct_pair(rng)
    out.append(("q1", _fmt(p1, p2, [_rand_pt(rng)])))
    out.append(("horizontal", _fmt((-LIMIT, 7), (LIMIT, 7), [_rand_pt(rng) for _ in range(200)])))
    out.append(("vertical", _fmt((-3, -LIMIT), (-3, LIMIT), [_rand_pt(rng) for _ in range(200)])))
    p1, p2 = _distinct_pair(rng, 50)
    out.append(("on_line", _fmt(p1, p2, _on_line(rng, p1, p2, MAX_Q))))
    # a unit segment in a corner, queries across the box: the foot lies far out on the line
    out.append(("short_line_far", _fmt((LIMIT, LIMIT), (LIMIT - 1, LIMIT - 1 + rng.randint(0, 1)),
                                       [_rand_pt(rng) for _ in range(MAX_Q)])))
    a, b, c, d = _nearly_parallel(rng)
    out.append(("nearly_parallel", _fmt(a, b, [c, d] + [_rand_pt(rng) for _ in range(100)])))
    vals = (-LIMIT, -LIMIT + 1, 0, LIMIT - 1, LIMIT)
    out.append(("extreme", _fmt((-LIMIT, LIMIT - 1), (LIMIT, -LIMIT),
                                [(rng.choice(vals), rng.choice(vals)) for _ in range(MAX_Q)])))
    for i in range(1 if scale == 1 else 3):
        p1, p2 = _distinct_pair(rng)
        out.append((f"max_random_{i}", _fmt(p1, p2, [_rand_pt(rng) for _ in range(MAX_Q)])))
    return out
