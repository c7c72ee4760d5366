"""Checker and case generator for AOJ CGL_1_C "Counter-Clockwise".

Statement (AOJ): for the directed segment p0 -> p1 and each query point p2 print
  COUNTER_CLOCKWISE  p0, p1, p2 make a counter-clockwise turn
  CLOCKWISE          p0, p1, p2 make a clockwise turn
  ONLINE_BACK        p2 on the line, on the far side of p0 (order p2, p0, p1)
  ONLINE_FRONT       p2 on the line, past p1 (order p0, p1, p2)
  ON_SEGMENT         p2 on the segment p0 p1 (endpoints included)
Constraints: integers, |x|,|y| <= 10000, 1 <= q <= 1000, p0 != p1. Exact compare.

Independent of cpgeo: the turn is the sign of the shoelace sum of the triangle, and the
position along the line is the exact Fraction t with p2 = p0 + t (p1 - p0).
"""
from fractions import Fraction

import _segments as S

LIMIT, MAX_Q = S.LIMIT, S.MAX_Q
WORDS = ("COUNTER_CLOCKWISE", "CLOCKWISE", "ONLINE_BACK", "ONLINE_FRONT", "ON_SEGMENT")


def classify(x0, y0, x1, y1, x2, y2):
    """The answer word for one query, exactly."""
    twice_area = x0 * y1 - x1 * y0 + x1 * y2 - x2 * y1 + x2 * y0 - x0 * y2
    if twice_area > 0:
        return "COUNTER_CLOCKWISE"
    if twice_area < 0:
        return "CLOCKWISE"
    # Collinear: p2 = p0 + t (p1 - p0); use an axis along which the segment moves.
    t = Fraction(x2 - x0, x1 - x0) if x1 != x0 else Fraction(y2 - y0, y1 - y0)
    if t < 0:
        return "ONLINE_BACK"
    if t > 1:
        return "ONLINE_FRONT"
    return "ON_SEGMENT"


parse_input = S.parse_line_queries
validate = S.validate_line_queries


def answers(input_text):
    (x0, y0), (x1, y1), queries = parse_input(input_text)
    return [classify(x0, y0, x1, y1, x, y) for x, y in queries]


def check(input_text, output_text):
    expected = answers(input_text)
    got = output_text.split()
    for i, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            return f"query {i + 1}: expected {want}, got {have[:40]}"
    if len(got) != len(expected):
        return f"expected {len(expected)} answers, got {len(got)}"
    return None


# ----------------------------------------------------------------------------- cases

def _ext_gcd(a, b):
    """(g, u, v) with a u + b v = g = gcd(a, b) >= 0."""
    if b == 0:
        return (abs(a), 1 if a >= 0 else -1, 0)
    g, u, v = _ext_gcd(b, a % b)
    return g, v, u - (a // b) * v


def _inside(p, limit=LIMIT):
    return abs(p[0]) <= limit and abs(p[1]) <= limit


def _line_queries(rng, p0, p1, count, limit=LIMIT):
    """Lattice points on the line p0 p1 (back, segment, front, both endpoints) and lattice
    points next to it (twice the triangle area +-1, +-2) inside the box."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    g, _, _ = _ext_gcd(dx, dy)
    sx, sy = dx // g, dy // g
    # (ux, uy) with sx*uy - sy*ux = 1: a unit step off the line.
    _, a, b = _ext_gcd(sx, sy)       # sx*a + sy*b = 1  ->  (ux, uy) = (-b, a)
    ux, uy = -b, a
    out = [p0, p1]
    span = max(abs(sx), abs(sy))
    kmax = 2 * limit // span + 1
    tries = 0
    while len(out) < count and tries < 50 * count:
        tries += 1
        r = rng.random()
        if r < 0.4:
            k = rng.randint(0, g)                              # on the segment
        elif r < 0.7:
            k = rng.randint(-kmax, -1)                         # behind p0
        else:
            k = rng.randint(g + 1, g + 1 + kmax)               # past p1
        m = 0 if rng.random() < 0.7 else rng.choice((-2, -1, 1, 2))
        p = (p0[0] + k * sx + m * ux, p0[1] + k * sy + m * uy)
        if _inside(p, limit):
            out.append(p)
    return out


def cases(rng, scale):
    out = [
        ("sample_1", "0 0 2 0\n2\n-1 1\n-1 -1\n"),
        ("sample_2", "0 0 2 0\n3\n-1 0\n0 0\n3 0\n"),
    ]
    # q = 1, and a unit segment with its whole neighbourhood.
    p0, p1 = S._distinct_pair(rng, LIMIT)
    out.append(("q1", S._fmt_line(p0, p1, [S._rand_pt(rng, LIMIT)])))
    p0 = S._rand_pt(rng, LIMIT - 3)
    p1 = (p0[0] + rng.choice((-1, 0, 1)), p0[1] + rng.choice((-1, 1)))
    near = [(p0[0] + i, p0[1] + j) for i in range(-3, 4) for j in range(-3, 4)]
    out.append(("unit_segment", S._fmt_line(p0, p1, near)))
    # Uniform: almost every answer is a turn.
    for i in range(3 * scale):
        p0, p1 = S._distinct_pair(rng, LIMIT)
        q = MAX_Q if i == 0 else rng.randint(1, MAX_Q)
        out.append((f"random_{i}", S._fmt_line(p0, p1, [S._rand_pt(rng, LIMIT) for _ in range(q)])))
    # Dense small grids: all five answers frequent, both endpoints queried.
    for i in range(5 * scale):
        r = rng.randint(1, 4)
        p0, p1 = S._distinct_pair(rng, r)       # queries within 3r: p0 - step and p1 + step fit
        qs = _line_queries(rng, p0, p1, MAX_Q // 2, limit=3 * r)
        qs += [S._rand_pt(rng, 3 * r) for _ in range(MAX_Q - len(qs))]
        rng.shuffle(qs)
        out.append((f"grid_{i}", S._fmt_line(p0, p1, qs)))
    # Long segments near the limits, queries on and next to the line, and box corners.
    corners = [(sx * LIMIT, sy * LIMIT) for sx in (-1, 1) for sy in (-1, 1)]
    edge_values = (-LIMIT, -LIMIT + 1, 0, LIMIT - 1, LIMIT)
    fixed = [((-LIMIT, -LIMIT), (LIMIT, LIMIT)), ((LIMIT, LIMIT), (-LIMIT, -LIMIT)),
             ((-LIMIT, LIMIT), (LIMIT - 1, -LIMIT)), ((-LIMIT, LIMIT), (-LIMIT, -LIMIT)),
             ((-3, LIMIT), (3, LIMIT))]
    for i in range(len(fixed) + 4 * scale):
        if i < len(fixed):
            p0, p1 = fixed[i]
        else:
            while True:
                p0 = (rng.choice(edge_values), rng.randint(-LIMIT, LIMIT))
                p1 = (rng.randint(-LIMIT, LIMIT), rng.choice(edge_values))
                if rng.random() < 0.5:
                    p0, p1 = p1, p0
                if p0 != p1:
                    break
        qs = _line_queries(rng, p0, p1, 3 * MAX_Q // 4) + corners
        qs += [(rng.choice(edge_values), rng.choice(edge_values)) for _ in range(MAX_Q - len(qs))]
        rng.shuffle(qs)
        out.append((f"max_coord_{i}", S._fmt_line(p0, p1, qs[:MAX_Q])))
    return out
