"""Checker and cases for cpgeo's own problem "polygon_triangulation".

Input: N (3 <= N <= 5000), then the N vertices "x y" of a simple polygon in counter-clockwise
order (integers, |x|,|y| <= 1e9; collinear vertices allowed). Output: N - 2 lines "i j k"
(0-based indices, counter-clockwise), triangles of positive area that tile the polygon (a
vertex on a straight angle is never a triangle's corner of angle pi: it is reached by a
diagonal).

Independent of cpgeo, exact in Python integers, O(N):
  1. exactly N - 2 lines of three indices in [0, N), distinct;
  2. every triangle counter-clockwise of positive area: twice its area, the cross product
     (b - a) x (c - a), is > 0;
  3. the boundary chain: over all triangles, count each directed side a -> b as +1 and
     b -> a as -1 (key: the unordered pair); after subtracting the polygon's edges i -> i + 1,
     every count must be 0. So every polygon edge is used once in its own direction (by a
     triangle on its inner side) and every other side twice, in opposite directions;
  4. the doubled areas sum to twice the polygon's area (shoelace; implied by 3, checked
     anyway as a second witness).
Why 1-3 suffice (no O(N^2) overlap test): for a point q on no side, the winding number of a
closed chain around q is additive over chains, and a positively oriented triangle's boundary
winds once around q if q is inside it, else 0. By 3, the sum of the triangles' boundaries is
the polygon's boundary as a chain, so the number of triangles containing q equals the winding
number of the polygon around q: 1 inside the simple polygon, 0 outside. Every such q is
covered exactly once inside and never outside: the interiors are disjoint (an overlap is an
open set, so it contains such a q covered twice), lie inside the polygon, and cover it.

validate(): the statement's bounds, counter-clockwise (positive area), and simple (no two
edges meet except adjacent ones at their shared vertex) by an exact O(N^2) test for
N <= 400; the larger cases are simple by construction (star-shaped around the origin with
every turn positive, combs, skylines, spirals with corridors far wider than the rounding).
"""
import math
from functools import cmp_to_key
from math import gcd

LIMIT = 10 ** 9
MAX_N = 5000
SIMPLE_CHECK = 400


def parse(text):
    v = [int(t) for t in text.split()]
    n = v[0]
    if len(v) != 1 + 2 * n:
        raise ValueError(f"expected {1 + 2 * n} numbers, got {len(v)}")
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def sgn(v):
    return (v > 0) - (v < 0)


def twice_area(P):
    return sum(P[i][0] * P[(i + 1) % len(P)][1] - P[(i + 1) % len(P)][0] * P[i][1]
               for i in range(len(P)))


def on_seg(a, b, p):
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def meet(a, b, c, d):
    o1, o2, o3, o4 = sgn(cross(a, b, c)), sgn(cross(a, b, d)), sgn(cross(c, d, a)), sgn(cross(c, d, b))
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return on_seg(a, b, c) or on_seg(a, b, d) or on_seg(c, d, a) or on_seg(c, d, b)


def is_simple(P):
    n = len(P)
    if n < 3 or len(set(P)) != n:
        return False
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        for j in range(i + 1, n):
            c, d = P[j], P[(j + 1) % n]
            if j == i + 1:  # adjacent at b: they meet only there (no fold back)
                if cross(a, b, d) == 0 and on_seg(a, b, d) or on_seg(c, d, a):
                    return False
            elif i == 0 and j == n - 1:  # adjacent at a
                if cross(a, b, c) == 0 and on_seg(a, b, c) or on_seg(c, d, b):
                    return False
            elif meet(a, b, c, d):
                return False
    return True


def validate(text):
    try:
        P = parse(text)
    except (ValueError, IndexError) as e:
        return f"malformed: {e}"
    if not 3 <= len(P) <= MAX_N:
        return "N out of [3, 5000]"
    if any(abs(c) > LIMIT for p in P for c in p):
        return "|coordinate| > 1e9"
    if twice_area(P) <= 0:
        return "not counter-clockwise (area <= 0)"
    if len(P) <= SIMPLE_CHECK and not is_simple(P):
        return "not simple"
    return None


def check(text, output):
    P = parse(text)
    n = len(P)
    rows = output.splitlines()
    while rows and not rows[-1].strip():
        rows.pop()
    if len(rows) != n - 2:
        return f"expected {n - 2} lines, got {len(rows)}"
    net, total = {}, 0
    for r, row in enumerate(rows):
        f = row.split()
        if len(f) != 3 or not all(t.lstrip("-").isdigit() for t in f):
            return f"line {r + 1}: expected three integers"
        t = [int(x) for x in f]
        if not all(0 <= x < n for x in t) or len(set(t)) != 3:
            return f"line {r + 1}: indices out of range or repeated"
        a2 = cross(P[t[0]], P[t[1]], P[t[2]])
        if a2 <= 0:
            return f"line {r + 1}: triangle {t} is not counter-clockwise of positive area"
        total += a2
        for k in range(3):
            a, b = t[k], t[(k + 1) % 3]
            key, w = ((a, b), 1) if a < b else ((b, a), -1)
            net[key] = net.get(key, 0) + w
    for i in range(n):
        a, b = i, (i + 1) % n
        key, w = ((a, b), 1) if a < b else ((b, a), -1)
        net[key] = net.get(key, 0) - w
    bad = [k for k, w in net.items() if w]
    if bad:
        return f"sides do not cancel to the polygon's boundary (first: {bad[0]})"
    if total != twice_area(P):
        return "areas do not sum to the polygon's area"
    return None


# ------------------------------------------------------------------ cases
def fmt(P):
    return f"{len(P)}\n" + "".join(f"{x} {y}\n" for x, y in P)


def half(p):
    return p[1] < 0 or (p[1] == 0 and p[0] < 0)


def angle_cmp(a, b):
    if half(a) != half(b):
        return -1 if half(a) < half(b) else 1
    return -sgn(a[0] * b[1] - a[1] * b[0])


def star(rng, n, R):
    """Random points sorted by exact angle about the origin, one per direction; retried
    until every turn about the origin is positive (then simple and counter-clockwise)."""
    while True:
        pts = {(rng.randint(-R, R), rng.randint(-R, R)) for _ in range(n)} - {(0, 0)}
        s = sorted(pts, key=cmp_to_key(angle_cmp))
        out = []
        for p in s:
            if not out or angle_cmp(out[-1], p) != 0:
                out.append(p)
        if len(out) >= 3 and all(out[i][0] * out[(i + 1) % len(out)][1] - out[i][1] * out[(i + 1) % len(out)][0] > 0
                                 for i in range(len(out))):
            return out[:MAX_N]


def rot(P, r):
    for _ in range(r):
        P = [(-y, x) for x, y in P]
    return P


def comb(rng, k, hmax, s=1):
    """k teeth of width s, s apart, on a bar [0, 2ks] x [0, s]; heights up to hmax s."""
    P = [(0, 0), (2 * k * s, 0), (2 * k * s, s)]
    for i in range(k - 1, -1, -1):
        h = rng.randint(2, hmax) * s
        P += [((2 * i + 1) * s, s), ((2 * i + 1) * s, h), (2 * i * s, h)]
        if i:
            P.append((2 * i * s, s))
    return P + [(0, s)]


def skyline(rng, w, h, s=1):
    hs = [rng.randint(1, h) for _ in range(w)]
    P = [(0, 0), (w * s, 0)]
    for i in range(w - 1, -1, -1):
        a, b = ((i + 1) * s, hs[i] * s), (i * s, hs[i] * s)
        if P[-1] != a:
            P.append(a)
        P.append(b)
    return P


def spiral(per_turn, turns, D):
    """Corridors of width D/2 between gaps of D/2, rounded to the lattice (D >= 100)."""
    out, inn = [], []
    for i in range(per_turn * turns + 1):
        th = 2 * math.pi * i / per_turn
        r = D * (th / (2 * math.pi) + 1)
        out.append((round(r * math.cos(th)), round(r * math.sin(th))))
        inn.append((round((r - D / 2) * math.cos(th)), round((r - D / 2) * math.sin(th))))
    return out + inn[::-1]


def convex(rng, n, R):
    """Edge vectors sorted by angle, summed: convex; equal directions give collinear runs."""
    m = max(1, R // (2 * n))
    e = [(rng.randint(-m, m) // 4 * 4, rng.randint(-m, m) // 4 * 4) for _ in range(n)]
    e = [v for v in e if v != (0, 0)]
    sx, sy = sum(v[0] for v in e), sum(v[1] for v in e)
    if (sx, sy) != (0, 0):
        e.append((-sx, -sy))
    e.sort(key=cmp_to_key(angle_cmp))
    P, x, y = [], 0, 0
    for dx, dy in e:
        P.append((x, y))
        x, y = x + dx, y + dy
    return P


def with_collinear(rng, P, limit=MAX_N):
    """Lattice points inserted inside edges (up to 3 per edge), while N stays <= limit."""
    out, n = [], len(P)
    budget = limit - n
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        out.append(a)
        g = gcd(b[0] - a[0], b[1] - a[1])
        if g >= 2 and budget > 0:
            ks = sorted(set(rng.randint(1, g - 1) for _ in range(min(3, budget, g - 1))))
            budget -= len(ks)
            out += [(a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k) for k in ks]
    return out


def two_opt(rng, n, R):
    """A random tour untangled by 2-opt moves; retried until simple."""
    while True:
        P = list({(rng.randint(-R, R), rng.randint(-R, R)) for _ in range(n)})
        rng.shuffle(P)
        for _ in range(2000):
            done = True
            for i in range(len(P) - 2):
                for j in range(i + 2, len(P)):
                    if i == 0 and j == len(P) - 1:
                        continue
                    a, b, c, d = P[i], P[i + 1], P[j], P[(j + 1) % len(P)]
                    if sgn(cross(a, b, c)) * sgn(cross(a, b, d)) < 0 and sgn(cross(c, d, a)) * sgn(cross(c, d, b)) < 0:
                        P[i + 1:j + 1] = P[i + 1:j + 1][::-1]
                        done = False
                        break
                if not done:
                    break
            if done:
                break
        if len(P) >= 3 and is_simple(P):
            return P if twice_area(P) > 0 else P[::-1]


def shifted(P, k):
    k %= len(P)
    return P[k:] + P[:k]


def cases(rng, scale):
    E = LIMIT
    out = [
        # the straight-angle vertex (2, 0) is reached by the diagonal to (2, 2)
        ("sample", fmt([(0, 0), (2, 0), (4, 0), (2, 2)])),
        ("triangle", fmt([(0, 0), (1, 0), (0, 1)])),
        ("square_midpoints", fmt([(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2), (0, 1)])),
        ("arrow", fmt([(0, 0), (4, 0), (4, 4), (2, 2), (0, 4)])),
        ("extremes", fmt([(-E, -E), (E, -E), (E, E), (E - 1, -E + 1), (-E, E), (-E, 0)])),
        ("sliver", fmt([(-E, -E), (E, E - 1), (E, E), (-E, -E + 1)])),
    ]
    for i in range(6 * scale):
        out.append((f"tiny_{i}", fmt(shifted(two_opt(rng, rng.randint(3, 9), rng.choice((2, 3, 10))), rng.randint(0, 9)))))
    for i in range(4 * scale):
        P = two_opt(rng, rng.randint(10, 40), rng.choice((20, 1000, E)))
        out.append((f"two_opt_{i}", fmt(with_collinear(rng, P) if i % 2 else P)))
    for i in range(4 * scale):
        out.append((f"star_{i}", fmt(shifted(star(rng, rng.randint(3, 200), rng.choice((5, 30, 1000, E))), rng.randint(0, 200)))))
    for i in range(2 * scale):
        out.append((f"comb_{i}", fmt(rot(comb(rng, rng.randint(1, 30), 9, rng.choice((1, 7))), i % 4))))
        out.append((f"skyline_{i}", fmt(rot(skyline(rng, rng.randint(1, 40), 6), (i + 1) % 4))))
        out.append((f"spiral_{i}", fmt(spiral(rng.randint(8, 30), rng.randint(1, 4), rng.choice((100, 1000, 10 ** 8))))))
        out.append((f"convex_{i}", fmt(with_collinear(rng, convex(rng, rng.randint(3, 100), E), 300))))
    out.append(("collinear_star", fmt(with_collinear(rng, [(x * 6, y * 6) for x, y in star(rng, 100, 300)], 400))))
    for k in range(1 if scale == 1 else 3):
        out.append((f"max_star_{k}", fmt(star(rng, 5200, E))))
        out.append((f"max_dense_star_{k}", fmt(star(rng, 5200, 2000))))
        out.append((f"max_comb_{k}", fmt(rot(comb(rng, 1249, 10 ** 5, 4000), k % 4))))
        out.append((f"max_skyline_{k}", fmt(rot(skyline(rng, 2490, 50, 100000), (k + 1) % 4))))
        out.append((f"max_spiral_{k}", fmt(spiral(249, 10, 8 * 10 ** 7))))
        out.append((f"max_collinear_{k}", fmt(with_collinear(rng, convex(rng, 1500, E)))))
    return out
