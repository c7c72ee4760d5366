"""Checker and case generator for Library Checker "sort_points_by_argument".

Statement: N points (1 <= N <= 2e5), integers |x|,|y| <= 1e9. Print them
sorted by argument, arguments taken in (-pi, pi]; the argument of (0, 0) is 0 (it ties
with the positive x-axis). Points with equal arguments may come in any order.

Independent of cpgeo: a point's argument is located by one of 8 regions (4 open quadrants
and 4 half-axes, listed in increasing argument from -pi) and, inside one open quadrant
(where two arguments differ by less than pi/2), by the exact sign of the cross product.
"""
import re

LIMIT = 10 ** 9
MAX_N = 200000
FORBIDDEN_CHAR = re.compile(r"[^0-9\- \t\r\n]")


def region(x, y):
    """Rank of the region holding arg(x, y), in increasing argument over (-pi, pi]:
    0 open quadrant III, 1 negative y-axis, 2 open quadrant IV, 3 positive x-axis and the
    origin, 4 open quadrant I, 5 positive y-axis, 6 open quadrant II, 7 negative x-axis."""
    if y < 0:
        return 0 if x < 0 else (1 if x == 0 else 2)
    if y > 0:
        return 4 if x > 0 else (5 if x == 0 else 6)
    return 7 if x < 0 else 3


OPEN_QUADRANT = (True, False, True, False, True, False, True, False)


def parse_ints(text):
    """The integers of text, or None if it holds anything but signed decimal integers."""
    if FORBIDDEN_CHAR.search(text):
        return None
    try:
        return [int(tok) for tok in text.split()]
    except ValueError:
        return None


def parse_input(text):
    v = [int(tok) for tok in text.split()]
    n = v[0]
    return list(zip(v[1:1 + 2 * n:2], v[2:2 + 2 * n:2]))


def validate(input_text):
    """None if the input meets the constraints, else the violation (a generator bug)."""
    v = parse_ints(input_text)
    if not v:
        return "not a list of integers"
    n = v[0]
    if not 1 <= n <= MAX_N:
        return f"N = {n} out of [1, {MAX_N}]"
    if len(v) != 1 + 2 * n:
        return f"expected {1 + 2 * n} numbers, got {len(v)}"
    if max(map(abs, v[1:])) > LIMIT:
        return f"a coordinate exceeds {LIMIT}"
    return None


def check(input_text, output_text):
    points = parse_input(input_text)
    n = len(points)
    v = parse_ints(output_text)
    if v is None:
        return "output holds something other than integers"
    if len(v) != 2 * n:
        return f"expected {2 * n} integers ({n} points), got {len(v)}"
    got = list(zip(v[0::2], v[1::2]))
    # Multiset equality; each point encoded as one integer (sorting ints is fast).
    base = 2 * max(LIMIT, max(v, default=0), -min(v, default=0)) + 1
    if sorted(x * base + y for x, y in got) != sorted(x * base + y for x, y in points):
        return "output is not a permutation of the input points"
    regions = [region(x, y) for x, y in got]
    for i in range(n - 1):
        ra, rb = regions[i], regions[i + 1]
        if ra < rb:
            continue
        (ax, ay), (bx, by) = got[i], got[i + 1]
        if ra > rb or (OPEN_QUADRANT[ra] and ax * by - ay * bx < 0):
            return f"lines {i + 1} and {i + 2}: ({ax}, {ay}) has a larger argument than ({bx}, {by})"
    return None


# ----------------------------------------------------------------------------- cases

def _fmt(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def _random_points(rng, n, limit):
    r = rng.randint
    return [(r(-limit, limit), r(-limit, limit)) for _ in range(n)]


def _axis_points(rng, n):
    values = (1, 2, 3, LIMIT - 1, LIMIT)
    out = [(0, 0), (0, 0)]
    while len(out) < n:
        t = rng.choice(values) if rng.random() < 0.6 else rng.randint(1, LIMIT)
        out.append(rng.choice(((t, 0), (-t, 0), (0, t), (0, -t), (0, 0))))
    return out[:n]


def _primitive_direction(rng, limit):
    while True:
        p, q = rng.randint(-limit, limit), rng.randint(-limit, limit)
        a, b = abs(p), abs(q)
        while b:
            a, b = b, a % b
        if a == 1:
            return p, q


def _collinear_points(rng, n, rays):
    """Points on a few rays from the origin, opposite rays included, many duplicates."""
    dirs = []
    for _ in range(rays):
        p, q = _primitive_direction(rng, rng.choice((1, 3, 1000, LIMIT)))
        dirs += [(p, q), (-p, -q)]
    out = []
    for _ in range(n):
        p, q = rng.choice(dirs)
        kmax = LIMIT // max(abs(p), abs(q))
        k = rng.randint(1, min(kmax, 5)) if rng.random() < 0.5 else rng.randint(1, kmax)
        out.append((k * p, k * q))
    return out


def _near_collinear_points(rng, n):
    """Pairs of large primitive vectors whose cross product is +-1, and their mediant
    (between them in argument): atan2 in double cannot order these."""
    out = []
    while len(out) < n:
        p, q = _primitive_direction(rng, LIMIT)
        # (r, s) with p s - q r = 1, found by the extended Euclidean algorithm.
        old_r, r, old_s, s = 1, 0, 0, 1
        a, b = p, q
        while b:
            k = a // b
            a, b = b, a - k * b
            old_r, r = r, old_r - k * r
            old_s, s = s, old_s - k * s
        # p*old_r + q*old_s = a = +-1  ->  (r, s) = (-old_s, old_r) * a has p s - q r = 1.
        r, s = -old_s * a, old_r * a
        # Slide (r, s) along (p, q) to make it as long as the box allows.
        span = max(abs(p), abs(q))
        for k in (LIMIT // span, -(LIMIT // span)):
            rr, ss = r + k * p, s + k * q
            if abs(rr) <= LIMIT and abs(ss) <= LIMIT:
                r, s = rr, ss
                break
        cand = [(p, q), (r, s), (p + r, q + s), (-p, -q), (-r, -s), (2 * p, 2 * q)]
        out += [c for c in cand if abs(c[0]) <= LIMIT and abs(c[1]) <= LIMIT]
    return out[:n]


def _extreme_points():
    values = (-LIMIT, -LIMIT + 1, -1, 0, 1, LIMIT - 1, LIMIT)
    return [(x, y) for x in values for y in values]


def cases(rng, scale):
    out = [
        # Written from the statement: quadrant III, -y axis, IV, +x axis with the origin
        # tied to it, I, +y axis, II, -x axis (argument pi), and a duplicate.
        ("sample", "10\n1 1\n0 0\n-1 0\n0 -1\n2 0\n-3 -3\n5 -2\n0 7\n-4 1\n1 1\n"),
        ("n1_origin", "1\n0 0\n"),
        ("n1", _fmt(_random_points(rng, 1, LIMIT))),
        ("n2_opposite", _fmt([(-LIMIT, 0), (LIMIT, 0)])),
        ("n2_ties", _fmt([(7, 0), (0, 0)])),
        ("n2_below_above", _fmt([(-LIMIT, 1), (-LIMIT, -1)])),
    ]
    for i in range(8 * scale):
        out.append((f"small_grid_{i}", _fmt(_random_points(rng, rng.randint(1, 300), rng.randint(1, 5)))))
    for i in range(2 * scale):
        out.append((f"random_{i}", _fmt(_random_points(rng, rng.randint(1, 2000), LIMIT))))
    out.append(("axis", _fmt(_axis_points(rng, 3000))))
    for i in range(scale):
        out.append((f"collinear_{i}", _fmt(_collinear_points(rng, 5000, rng.randint(1, 4)))))
        out.append((f"near_collinear_{i}", _fmt(_near_collinear_points(rng, 3000))))
    ext = _extreme_points() * 3
    rng.shuffle(ext)
    out.append(("extreme", _fmt(ext)))
    big = 1 if scale == 1 else 3
    for i in range(big):
        out.append((f"max_random_{i}", _fmt(_random_points(rng, MAX_N, LIMIT))))
        mix = (_random_points(rng, MAX_N // 4, 3) + _axis_points(rng, MAX_N // 8)
               + _collinear_points(rng, MAX_N // 4, 20) + _near_collinear_points(rng, MAX_N // 4))
        mix += _random_points(rng, MAX_N - len(mix), LIMIT)
        rng.shuffle(mix)
        out.append((f"max_degenerate_{i}", _fmt(mix)))
    return out
