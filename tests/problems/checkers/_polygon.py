"""Shared pieces of the polygon checkers (CGL_3_A, CGL_3_B, CGL_3_C, CGL_4_C). Standard
library only, independent of cpgeo: exact integers and Fractions.

Imported by the checkers as  import _polygon as G  (judge.py puts checkers/ on the import path);
not a checker itself.

Exact predicates (written from definitions):
  twice_area(P)        trapezoid sum  -sum (x2 - x1)(y2 + y1)
  turn(a, b, c)        sign of the 3x3 determinant with a column of ones
  on_segment(a, b, p)  collinear and inside the bounding box
  where(P, p)          2 inside / 1 on the boundary / 0 outside: boundary test, then the
                       winding number (Sunday's signed upward / downward crossings)
  is_simple(P)         O(n^2): non-adjacent edges disjoint, adjacent ones meet only at
                       their shared vertex
  is_convex(P)         every vertex on the closed left side of every edge's line (P simple,
                       counter-clockwise, as the AOJ inputs are)
  clip_left(P, a, b)   the part of P on or left of a -> b, Fractions
Generators (rng = random.Random): star_polygon, two_opt_polygon, convex_polygon,
histogram_polygon, with_collinear, ccw; all integer, simple, counter-clockwise,
|coordinates| <= limit, no repeated vertex.
"""
import math
from fractions import Fraction


def ints(text):
    return [int(t) for t in text.split()]


def parse_polygon(v, pos=0):
    """(points, next position) from a list of ints starting with n."""
    n = v[pos]
    pts = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(n)]
    return pts, pos + 1 + 2 * n


def fmt_polygon(P):
    return f"{len(P)}\n" + "".join(f"{x} {y}\n" for x, y in P)


# ----------------------------------------------------------------------------- exact

def twice_area(P):
    s = 0
    for i in range(len(P)):
        (x1, y1), (x2, y2) = P[i], P[(i + 1) % len(P)]
        s -= (x2 - x1) * (y2 + y1)
    return s


def turn(a, b, c):
    d = (b[0] * c[1] - c[0] * b[1]) - (a[0] * c[1] - c[0] * a[1]) + (a[0] * b[1] - b[0] * a[1])
    return (d > 0) - (d < 0)


def on_segment(a, b, p):
    return (turn(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def where(P, p):
    n = len(P)
    for i in range(n):
        if on_segment(P[i], P[(i + 1) % n], p):
            return 1
    w = 0
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        if a[1] <= p[1] < b[1] and turn(a, b, p) > 0:
            w += 1
        elif b[1] <= p[1] < a[1] and turn(a, b, p) < 0:
            w -= 1
    return 2 if w != 0 else 0


def _meet(a, b, c, d):
    o1, o2, o3, o4 = turn(a, b, c), turn(a, b, d), turn(c, d, a), turn(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return on_segment(a, b, c) or on_segment(a, b, d) or on_segment(c, d, a) or on_segment(c, d, b)


def is_simple(P):
    n = len(P)
    if n < 3 or len(set(P)) != n:
        return False
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        for j in range(i + 1, n):
            c, d = P[j], P[(j + 1) % n]
            if j == i + 1 or (i == 0 and j == n - 1):
                shared, o1, o2 = (b, a, d) if j == i + 1 else (a, b, c)
                u, v = (o1[0] - shared[0], o1[1] - shared[1]), (o2[0] - shared[0], o2[1] - shared[1])
                if u[0] * v[1] - u[1] * v[0] == 0 and u[0] * v[0] + u[1] * v[1] > 0:
                    return False
            elif _meet(a, b, c, d):
                return False
    return True


def is_convex(P):
    n = len(P)
    return all(turn(P[i], P[(i + 1) % n], P[k]) >= 0 for i in range(n) for k in range(n))


def clip_left(P, a, b):
    out = []
    n = len(P)
    for i in range(n):
        p, q = P[i], P[(i + 1) % n]
        sp, sq = turn(a, b, p), turn(a, b, q)
        if sp >= 0:
            out.append((Fraction(p[0]), Fraction(p[1])))
        if sp * sq < 0:
            # p + s (q - p) on line ab: cross(b - a, p + s(q - p) - a) = 0
            dx, dy = b[0] - a[0], b[1] - a[1]
            cp = dx * (p[1] - a[1]) - dy * (p[0] - a[0])
            cq = dx * (q[1] - a[1]) - dy * (q[0] - a[0])
            s = Fraction(cp, cp - cq)
            out.append((p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])))
    return out


def twice_area_frac(P):
    s = Fraction(0)
    for i in range(len(P)):
        (x1, y1), (x2, y2) = P[i], P[(i + 1) % len(P)]
        s += x1 * y2 - x2 * y1
    return s


# ----------------------------------------------------------------------------- generators

def _half(v):
    return 0 if (v[1] > 0 or (v[1] == 0 and v[0] > 0)) else 1


def sort_by_angle(vs):
    import functools

    def cmp(u, v):
        hu, hv = _half(u), _half(v)
        if hu != hv:
            return hu - hv
        c = u[0] * v[1] - u[1] * v[0]
        return -1 if c > 0 else (1 if c < 0 else 0)
    return sorted(vs, key=functools.cmp_to_key(cmp))


def ccw(P):
    return P if twice_area(P) > 0 else P[::-1]


def star_polygon(rng, n, limit):
    """Simple, CCW, by exact angle order around a centre; None if that failed."""
    c = (rng.randint(-limit // 2, limit // 2), rng.randint(-limit // 2, limit // 2))
    pts = set()
    while len(pts) < n:
        pts.add((rng.randint(-limit, limit), rng.randint(-limit, limit)))
    pts.discard(c)
    vs = sort_by_angle([(x - c[0], y - c[1]) for x, y in pts])
    out = []
    for v in vs:  # one point per direction
        if out:
            u = out[-1]
            if _half(u) == _half(v) and u[0] * v[1] - u[1] * v[0] == 0:
                continue
        out.append(v)
    P = [(x + c[0], y + c[1]) for x, y in out]
    if len(P) < 3 or not is_simple(P):
        return None
    return ccw(P)


def two_opt_polygon(rng, n, limit):
    pts = list({(rng.randint(-limit, limit), rng.randint(-limit, limit)) for _ in range(n)})
    rng.shuffle(pts)
    m = len(pts)
    for _ in range(50 * m):
        changed = False
        for i in range(m - 2):
            for j in range(i + 2, m):
                if i == 0 and j == m - 1:
                    continue
                a, b, c, d = pts[i], pts[i + 1], pts[j], pts[(j + 1) % m]
                if turn(a, b, c) * turn(a, b, d) < 0 and turn(c, d, a) * turn(c, d, b) < 0:
                    pts[i + 1:j + 1] = pts[i + 1:j + 1][::-1]
                    changed = True
        if not changed:
            break
    if m < 3 or not is_simple(pts):
        return None
    return ccw(pts)


def convex_polygon(rng, k, limit, keep_collinear=False):
    """Strictly convex (or with collinear vertices), CCW: edge vectors sorted by angle."""
    r = max(1, limit // (k + 1))
    vs = []
    sx = sy = 0
    for _ in range(k):
        v = (rng.randint(-r, r), rng.randint(-r, r))
        if v != (0, 0):
            vs.append(v)
            sx, sy = sx + v[0], sy + v[1]
    if (sx, sy) != (0, 0):
        vs.append((-sx, -sy))
    vs = sort_by_angle(vs)
    if not keep_collinear:  # merge equal directions
        merged = []
        for v in vs:
            if merged and merged[-1][0] * v[1] - merged[-1][1] * v[0] == 0 and \
                    merged[-1][0] * v[0] + merged[-1][1] * v[1] > 0:
                merged[-1] = (merged[-1][0] + v[0], merged[-1][1] + v[1])
            else:
                merged.append(v)
        vs = merged
    x, y = rng.randint(-limit // 2, limit // 2 - 0), rng.randint(-limit // 2, limit // 2)
    P = []
    for v in vs:
        P.append((x, y))
        x, y = x + v[0], y + v[1]
    # shift into the box
    mx = min(p[0] for p in P) if P else 0
    Mx = max(p[0] for p in P) if P else 0
    my = min(p[1] for p in P) if P else 0
    My = max(p[1] for p in P) if P else 0
    dx = -limit - mx if mx < -limit else (limit - Mx if Mx > limit else 0)
    dy = -limit - my if my < -limit else (limit - My if My > limit else 0)
    P = [(p[0] + dx, p[1] + dy) for p in P]
    if len(P) < 3 or twice_area(P) == 0 or not is_simple(P):
        return None
    return P


def histogram_polygon(rng, w, h, sx=1, sy=1, x0=0, y0=0):
    hs = [rng.randint(1, h) for _ in range(w)]
    P = [(0, 0), (w, 0)]
    for i in range(w - 1, -1, -1):
        a, b = (i + 1, hs[i]), (i, hs[i])
        if P[-1] != a:
            P.append(a)
        P.append(b)
    if P[-1] == P[0]:
        P.pop()
    # drop collinear repeats created by equal heights? keep: they are collinear vertices
    out = []
    for p in P:
        if not out or out[-1] != p:
            out.append(p)
    return [(x0 + x * sx, y0 + y * sy) for x, y in out]


def with_collinear(rng, P, prob=0.5):
    """Insert a lattice point inside some edges (collinear vertices)."""
    out = []
    n = len(P)
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        out.append(a)
        dx, dy = b[0] - a[0], b[1] - a[1]
        g = math.gcd(dx, dy)
        if g >= 2 and rng.random() < prob:
            k = rng.randint(1, g - 1)
            out.append((a[0] + dx // g * k, a[1] + dy // g * k))
    return out


def random_simple(rng, n, limit):
    """A simple CCW polygon with about n vertices (star or 2-opt), retrying as needed."""
    while True:
        P = star_polygon(rng, n, limit) if rng.random() < 0.6 else two_opt_polygon(rng, min(n, 40), limit)
        if P is not None:
            return P


def rotate(rng, P):
    k = rng.randrange(len(P))
    return P[k:] + P[:k]
