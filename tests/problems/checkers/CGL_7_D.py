"""Checker and cases for AOJ CGL_7_D "Cross Points of a Circle and a Line".

Input: cx cy r, q, then q lines x1 y1 x2 y2; integers, |.| <= 10000, 1 <= r <= 10000,
q <= 1000, p1 != p2, every line meets the circle. Output per line: x1 y1 x2 y2, the common
points, smaller x first (then smaller y), a tangent point twice; error < 1e-6.
Independent of cpgeo: the parameter t on p1 + t (p2 - p1) solves the quadratic
|p1 + t d - c|^2 = r^2; its discriminant is an exact integer (0 means tangent), its square
root a 60-digit Decimal.
"""
import math

import _circle as C
D = C.D
LIM, TOL = 10000, 1e-6


def parse(text):
    v = C.ints(text)
    cx, cy, r, q = v[:4]
    return (cx, cy, r), [tuple(v[4 + 4 * i: 8 + 4 * i]) for i in range(q)]


def crossings(circle, line):
    """The common points (Decimal pairs), or [] if none; exact count."""
    cx, cy, r = circle
    x1, y1, x2, y2 = line
    dx, dy, ex, ey = x2 - x1, y2 - y1, x1 - cx, y1 - cy
    a, b, c = dx * dx + dy * dy, dx * ex + dy * ey, ex * ex + ey * ey - r * r  # a t^2 + 2b t + c
    disc = b * b - a * c
    if disc < 0:
        return []
    s = C.dsqrt(disc)
    ts = [(-b - s) / a, (-b + s) / a] if disc > 0 else [D(-b) / a] * 2
    return [(x1 + dx * t, y1 + dy * t) for t in ts]


def validate(text):
    v = C.ints(text)
    if len(v) < 4 or len(v) != 4 + 4 * v[3] or not 1 <= v[3] <= 1000:
        return "bad size"
    circle, lines = parse(text)
    if not 1 <= circle[2] <= LIM or any(abs(t) > LIM for t in v[:2] + v[4:]):
        return "out of range"
    for ln in lines:
        if ln[0:2] == ln[2:4]:
            return "p1 == p2"
        if not crossings(circle, ln):
            return "a line misses the circle"
    return None


def check(text, out):
    circle, lines = parse(text)
    rows = out.strip().split("\n") if out.strip() else []
    if len(rows) != len(lines):
        return f"expected {len(lines)} lines, got {len(rows)}"
    for i, (ln, row) in enumerate(zip(lines, rows)):
        got = C.parse_floats(row, 4)
        if isinstance(got, str):
            return f"line {i + 1}: {got}"
        want = C.sort_xy(crossings(circle, ln))
        reason = C.match_points(want, [(got[0], got[1]), (got[2], got[3])], TOL)
        if reason:
            return f"line {i + 1}: {reason}"
    return None


def _ext_gcd(a, b):
    if b == 0:
        return (abs(a), 1 if a >= 0 else -1, 0)
    g, u, w = _ext_gcd(b, a % b)
    return g, w, u - (a // b) * w


def near_tangent_line(rng, cx, cy, r, d, exact):
    """A lattice line with direction d whose discriminant r^2|d|^2 - cross^2 is the smallest
    non-negative value (0 if |d| is an integer and exact), or None if it leaves the box."""
    dx, dy = d
    n2 = dx * dx + dy * dy
    k = math.isqrt(r * r * n2)
    if exact and k * k != r * r * n2:
        return None
    k *= rng.choice((-1, 1))
    # cross(d, c - a) = dx (cy - ay) - dy (cx - ax) = k  ->  dy ax - dx ay = k - dx cy + dy cx
    g, u, w = _ext_gcd(dy, -dx)
    rhs = k - dx * cy + dy * cx
    if rhs % g:
        return None
    ax, ay = u * (rhs // g), w * (rhs // g)
    sx, sy = dx // g, dy // g                      # lattice step along the line
    # move a next to the foot of the perpendicular from the centre
    t = ((cx - ax) * sx + (cy - ay) * sy) / (sx * sx + sy * sy)
    m = round(t) + rng.randint(-2, 2)
    ax, ay = ax + m * sx, ay + m * sy
    j = rng.randint(1, 3)
    bx, by = ax + j * sx, ay + j * sy
    if rng.random() < 0.5:
        ax, ay, bx, by = bx, by, ax, ay
    if max(abs(ax), abs(ay), abs(bx), abs(by)) > LIM:
        return None
    return (ax, ay, bx, by)


def _fmt(circle, lines):
    return f"{circle[0]} {circle[1]} {circle[2]}\n{len(lines)}\n" + "".join(
        f"{a} {b} {c} {d}\n" for a, b, c, d in lines)


def _random_lines(rng, circle, q, lim=LIM):
    cx, cy, r = circle
    lines = []
    while len(lines) < q:
        ln = tuple(rng.randint(-lim, lim) for _ in range(4))
        if ln[0:2] != ln[2:4] and crossings(circle, ln):
            lines.append(ln)
    return lines


def _tangentish(rng, circle, q, exact):
    lines, tries = [], 0
    while len(lines) < q and tries < 400 * q:
        tries += 1
        if exact:
            d = C.rotate_dir(rng, rng.choice(C.pythagorean_dirs(200)))
        else:   # long directions whose discriminant is tiny: the points are < 0.02 apart
            d = (rng.randint(-4000, 4000), rng.randint(-4000, 4000))
            n2 = d[0] * d[0] + d[1] * d[1]
            if n2 == 0 or (tries % 2 and circle[2] ** 2 * n2 - math.isqrt(circle[2] ** 2 * n2) ** 2 > n2 // 10000):
                continue
        ln = near_tangent_line(rng, circle[0], circle[1], circle[2], d, exact)
        if ln:
            lines.append(ln)
    return lines


def cases(rng, scale):
    out = [("sample_1", "2 1 1\n2\n0 1 4 1\n3 0 3 3\n"),
           ("issue_disc_1", "0 0 9805\n1\n9797 396 9574 5913\n")]
    for i in range(3 * scale):
        c = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), rng.randint(1, LIM))
        out.append((f"random_{i}", _fmt(c, _random_lines(rng, c, rng.randint(1, 1000)))))
    for i in range(3 * scale):
        c = (rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 4))
        out.append((f"small_{i}", _fmt(c, _random_lines(rng, c, 300, lim=6))))
    for i in range(4 * scale):
        c = (rng.randint(-1000, 1000), rng.randint(-1000, 1000), rng.randint(1000, 6000))
        ls = _tangentish(rng, c, 500, exact=(i % 2 == 0))
        out.append((f"{'tangent' if i % 2 == 0 else 'near_tangent'}_{i}", _fmt(c, ls)))
    c = (0, 0, 9805)
    out.append(("near_tangent_big", _fmt(c, _tangentish(rng, c, 1000, exact=False))))
    c = (0, 0, 10000)
    out.append(("max_size", _fmt(c, _random_lines(rng, c, 1000))))
    out.append(("axis_lines", _fmt(c, [(-10000, 10000, 10000, 10000), (10000, -10000, 10000, 10000),
                                      (0, 0, 1, 0), (0, 0, 0, -1), (-10000, -10000, 10000, 10000)])))
    return out
