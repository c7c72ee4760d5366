"""Checker and cases for Library Checker "minimum_enclosing_circle".

Input: N (2 <= N <= 1e5), then N distinct points, integers, |.| <= 1e4. Output: one line of N
characters, 1 where the point lies exactly on the boundary of the minimum enclosing circle.
Independent of cpgeo (which runs Welzl's algorithm on all points): the support of the circle
lies on the convex hull (Andrew's monotone chain, exact); on up to 40 hull vertices every pair
(as a diameter) and triple (circumcircle) is tried and the smallest circle holding all hull
vertices is kept (brute force); on a larger hull an exact move-to-front recursion (Fractions)
over the hull vertices finds it. Then each input point is classified exactly:
|den p - num|^2 == r2 with centre num / den.
"""
import random

LIM, NMAX = 10000, 100000


def parse(text):
    v = [int(t) for t in text.split()]
    return [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(v[0])]


def hull(P):
    P = sorted(set(P))
    if len(P) <= 2:
        return P
    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lo, up = [], []
    for p in P:
        while len(lo) >= 2 and cross(lo[-2], lo[-1], p) <= 0:
            lo.pop()
        lo.append(p)
    for p in reversed(P):
        while len(up) >= 2 and cross(up[-2], up[-1], p) <= 0:
            up.pop()
        up.append(p)
    return lo[:-1] + up[:-1]


# A circle as (nx, ny, den, r2): centre (nx, ny) / den, radius^2 r2 / den^2 (integers).
def diam(a, b):
    return (a[0] + b[0], a[1] + b[1], 2, (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)


def circum(a, b, c):
    ux, uy, vx, vy = b[0] - a[0], b[1] - a[1], c[0] - a[0], c[1] - a[1]
    den = 2 * (ux * vy - uy * vx)
    if den == 0:
        return None
    uu, vv = ux * ux + uy * uy, vx * vx + vy * vy
    nx, ny = vy * uu - uy * vv, ux * vv - vx * uu
    return (den * a[0] + nx, den * a[1] + ny, den, nx * nx + ny * ny)


def where(circ, p):
    """-1 inside, 0 on, 1 outside (exact)."""
    nx, ny, den, r2 = circ
    s = (den * p[0] - nx) ** 2 + (den * p[1] - ny) ** 2
    return (s > r2) - (s < r2)


def smaller(c1, c2):
    """c1 has a smaller radius than c2 (exact: r2 / den^2)."""
    return c1[3] * c2[2] ** 2 < c2[3] * c1[2] ** 2


def mec(H):
    if len(H) == 1:
        return (H[0][0], H[0][1], 1, 0)
    if len(H) <= 40:
        best = None
        cands = [diam(a, b) for i, a in enumerate(H) for b in H[i + 1:]]
        cands += [c for i, a in enumerate(H) for j, b in enumerate(H[i + 1:], i + 1)
                  for c in [circum(a, b, x) for x in H[j + 1:]] if c is not None]
        for c in cands:
            if (best is None or smaller(c, best)) and all(where(c, p) <= 0 for p in H):
                best = c
        return best
    H = H[:]
    random.Random(7).shuffle(H)
    circ = (H[0][0], H[0][1], 1, 0)
    for i in range(1, len(H)):
        if where(circ, H[i]) <= 0:
            continue
        circ = (H[i][0], H[i][1], 1, 0)
        for j in range(i):
            if where(circ, H[j]) <= 0:
                continue
            circ = diam(H[i], H[j])
            for k in range(j):
                if where(circ, H[k]) > 0:
                    circ = circum(H[i], H[j], H[k])
    return circ


def answer(text):
    P = parse(text)
    circ = mec(hull(P))
    return "".join("1" if where(circ, p) == 0 else "0" for p in P)


def validate(text):
    v = [int(t) for t in text.split()]
    if not v or not 2 <= v[0] <= NMAX or len(v) != 1 + 2 * v[0]:
        return "bad N"
    if any(abs(t) > LIM for t in v[1:]):
        return "coordinate out of range"
    P = parse(text)
    if len(set(P)) != len(P):
        return "points not distinct"
    return None


def check(text, out):
    want = answer(text)
    got = out.split()
    if len(got) != 1:
        return f"expected one line, got {len(got)} tokens"
    if got[0] != want:
        bad = next((i for i in range(min(len(want), len(got[0]))) if want[i] != got[0][i]), None)
        if bad is None:
            return f"expected {len(want)} characters, got {len(got[0])}"
        return f"point {bad}: expected {want[bad]}, got {got[0][bad]}"
    return None


def _fmt(P):
    return f"{len(P)}\n" + "".join(f"{x} {y}\n" for x, y in P)


def _distinct(rng, n, lim):
    S = set()
    while len(S) < n:
        S.add((rng.randint(-lim, lim), rng.randint(-lim, lim)))
    P = list(S)
    rng.shuffle(P)
    return P


def _ring(n2):
    """All lattice points on x^2 + y^2 = n2."""
    import math
    out = []
    for x in range(-math.isqrt(n2), math.isqrt(n2) + 1):
        y2 = n2 - x * x
        y = math.isqrt(y2)
        if y * y == y2:
            out += [(x, y)] + ([(x, -y)] if y else [])
    return out


def cases(rng, scale):
    out = [("sample_1", "3\n0 0\n10 0\n3 3\n"), ("sample_2", "4\n0 0\n1 0\n0 1\n1 1\n"),
           ("two", "2\n-10000 -10000\n10000 10000\n")]
    for i in range(10 * scale):
        lim = rng.choice((3, 30, LIM))
        out.append((f"random_{i}", _fmt(_distinct(rng, rng.randint(2, min(200, (2 * lim + 1) ** 2)), lim))))
    for i in range(5 * scale):   # lattice points on a circle with many of them, plus inner points
        n2 = rng.choice((5 * 13 * 17 * 29, 5 * 5 * 13 * 17 * 29, 5 * 13 * 17 * 29 * 37, 5525, 1105, 65))
        ring = _ring(n2)
        sub = rng.sample(ring, rng.randint(2, len(ring)))
        import math
        R = math.isqrt(n2)
        inner = [p for p in _distinct(rng, 50, R) if p[0] ** 2 + p[1] ** 2 < n2 and p not in sub]
        # one unit inside the ring: x^2 or y^2 shrinks, so strictly inside, by a hair
        near = [(x - (x > 0) + (x < 0), y) if x else (x, y - (y > 0) + (y < 0)) for x, y in sub[:5]]
        P = list(set(sub + inner + near))
        rng.shuffle(P)
        out.append((f"ring_{i}", _fmt(P)))
    out.append(("collinear", _fmt([(3 * k - 9000, 2 * k - 6000) for k in range(0, 5000, 7)])))
    out.append(("square_grid", _fmt([(x, y) for x in range(-20, 21) for y in range(-20, 21)])))
    out.append(("max_random", _fmt(_distinct(rng, NMAX, LIM))))
    big = _ring(5 * 5 * 13 * 13 * 17 * 29)   # 1.4e7 = r^2, r ~ 3766: many lattice points
    out.append(("max_ring", _fmt(list(set(big + _distinct(rng, NMAX - len(big), 1000)))[:NMAX])))
    return out
