"""Checker and cases for cpgeo's own problem "max_points_in_circle".

Input: N R (1 <= N <= 2000, 1 <= R <= 1e4), then N lines "x y" (integers, |x|,|y| <= 1e4,
repeated points allowed). Output: the largest number of the points that a closed disc of
radius R covers (points on its circle count).

Independent of cpgeo, and exact in every case (Python integers; floats only to order events
that are then re-ordered exactly):
  N <= 40: brute force over the candidate centres (every point; the one or two centres at
    distance R from both points of a pair at distance <= 2R), each point counted exactly:
    2D (c - x) = U +- P sqrt(S) with integer vectors, S = D (4R^2 - D), so |c - x| <= R is
    the sign of an integer plus an integer times sqrt(S).
  otherwise: the points split into the components of "distance <= 2R" (a disc of radius R
    covers points of one component only; found exactly, grid-bucketed); a component whose
    every point lies within R of its bounding box's centre or of its centroid (exact
    rationals) scores its size; any other
    is swept: for each pivot p, the arcs of centres p + R(cos t, sin t) covering each q, in
    float angle order from the middle of the widest gap between events, then every run of
    events closer than 1e-9 rad re-sorted with an exact comparison (the sign of the cross
    product of two event directions v D -+ perp(v) sqrt(S), an element of
    Z[sqrt(S1), sqrt(S2)], by nested squaring), entries before exits at equal directions.
The generators keep every swept component at most a few hundred points (the dense maximum
cases are planted: all points in one disc, or clusters more than 2R apart), so the whole
problem checks in a few seconds.
"""
import math
from fractions import Fraction
from functools import cmp_to_key

MAX_N = 2000
LIMIT = 10 ** 4
BRUTE = 40


def parse(text):
    v = [int(t) for t in text.split()]
    n, R = v[0], v[1]
    if len(v) != 2 + 2 * n:
        raise ValueError(f"expected {2 + 2 * n} numbers, got {len(v)}")
    return [(v[2 + 2 * i], v[3 + 2 * i]) for i in range(n)], R


def sgn(x):
    return (x > 0) - (x < 0)


def sign_root(a, b, s):
    """sign(a + b sqrt(s)), integers, s >= 0."""
    x, y = sgn(a), (sgn(b) if s else 0)
    if x == y or y == 0:
        return x
    if x == 0:
        return y
    c = a * a - b * b * s
    return x if c > 0 else y if c < 0 else 0


def brute(pts, R):
    best = max(sum((x - px) ** 2 + (y - py) ** 2 <= R * R for x, y in pts) for px, py in pts)
    n = len(pts)
    for i in range(n):
        ax, ay = pts[i]
        for j in range(i + 1, n):
            bx, by = pts[j]
            vx, vy = bx - ax, by - ay
            D = vx * vx + vy * vy
            if D == 0 or D > 4 * R * R:
                continue
            S = D * (4 * R * R - D)
            for s in (1, -1):  # 2D (c - x) = D (a + b - 2x) + s perp(v) sqrt(S)
                c = 0
                for x, y in pts:
                    ux, uy = D * (ax + bx - 2 * x), D * (ay + by - 2 * y)
                    px, py = -s * vy, s * vx
                    c += sign_root(ux * ux + uy * uy + (px * px + py * py) * S - 4 * D * D * R * R,
                                   2 * (ux * px + uy * py), S) <= 0
                best = max(best, c)
    return best


def components(pts, R):
    G = 2 * R
    cells = {}
    for i, (x, y) in enumerate(pts):
        cells.setdefault((x // G, y // G), []).append(i)
    seen = [False] * len(pts)
    out = []
    for s in range(len(pts)):
        if seen[s]:
            continue
        seen[s] = True
        comp, stack = [s], [s]
        while stack:
            i = stack.pop()
            x, y = pts[i]
            cx, cy = x // G, y // G
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    cell = cells.get((cx + dx, cy + dy))
                    if not cell:
                        continue
                    keep = []
                    for j in cell:
                        if seen[j]:
                            continue
                        if (pts[j][0] - x) ** 2 + (pts[j][1] - y) ** 2 <= G * G:
                            seen[j] = True
                            comp.append(j)
                            stack.append(j)
                        else:
                            keep.append(j)
                    cells[(cx + dx, cy + dy)] = keep
        out.append([pts[i] for i in comp])
    return out


def one_disc(pts, R):
    """True if the disc of radius R about the bounding box's centre or about the centroid
    holds every point (exact rationals)."""
    n, xs, ys = len(pts), [x for x, _ in pts], [y for _, y in pts]
    for cx, cy in ((Fraction(min(xs) + max(xs), 2), Fraction(min(ys) + max(ys), 2)),
                   (Fraction(sum(xs), n), Fraction(sum(ys), n))):
        if all((x - cx) ** 2 + (y - cy) ** 2 <= R * R for x, y in pts):
            return True
    return False


def direction_cmp(e, f):
    """-1 if e's direction comes first counter-clockwise (they are within 1e-9 rad), 0 if equal;
    then entries (s = -1) first. e = (vx, vy, D, S, s): direction (vx D - s vy r, vy D + s vx r),
    r = sqrt(S)."""
    vx1, vy1, D1, S1, s1 = e[:5]
    vx2, vy2, D2, S2, s2 = f[:5]
    a1, b1, c1, d1 = vx1 * D1, -s1 * vy1, vy1 * D1, s1 * vx1  # x = a + b r1, y = c + d r1
    a2, b2, c2, d2 = vx2 * D2, -s2 * vy2, vy2 * D2, s2 * vx2
    # cross = (P + Q r1) + (R_ + T r1) r2
    P, Q = a1 * c2 - c1 * a2, b1 * c2 - d1 * a2
    R_, T = a1 * d2 - c1 * b2, b1 * d2 - d1 * b2
    sx, sy = sign_root(P, Q, S1), (sign_root(R_, T, S1) if S2 else 0)
    if sx == sy or sy == 0:
        k = sx
    elif sx == 0:
        k = sy
    else:  # x^2 - y^2 S2, in Z[r1]
        c = sign_root(P * P + Q * Q * S1 - (R_ * R_ + T * T * S1) * S2, 2 * P * Q - 2 * R_ * T * S2, S1)
        k = sx if c > 0 else sy if c < 0 else 0
    if k:
        return -k
    return s1 - s2


def sweep(pts, R):
    best = 0
    two_pi = 2 * math.pi
    for px, py in pts:
        base, ev = 0, []
        for x, y in pts:
            vx, vy = x - px, y - py
            D = vx * vx + vy * vy
            if D == 0:
                base += 1
            elif D <= 4 * R * R:
                E = 4 * R * R - D
                phi, a = math.atan2(vy, vx), math.atan2(math.sqrt(E), math.sqrt(D))
                for s in (-1, 1):
                    ev.append(((phi + s * a) % two_pi, vx, vy, D, D * E, s))
        best = max(best, base)
        if not ev:
            continue
        keys = sorted(t[0] for t in ev)
        k = len(keys)  # start in the middle of the widest gap between event directions
        gi = max(range(k), key=lambda i: (keys[(i + 1) % k] - keys[i]) % two_pi)
        start = keys[gi] + ((keys[(gi + 1) % k] - keys[gi]) % two_pi or two_pi) / 2
        count = base
        rot = []
        for i in range(0, len(ev), 2):
            ke, kx = (ev[i][0] - start) % two_pi, (ev[i + 1][0] - start) % two_pi
            count += kx < ke  # the interval holds the start direction
            rot.append((ke,) + ev[i][1:])
            rot.append((kx,) + ev[i + 1][1:])
        rot.sort(key=lambda t: (t[0], t[5]))
        order, i = [], 0
        while i < len(rot):
            j = i + 1
            while j < len(rot) and rot[j][0] - rot[j - 1][0] < 1e-9:
                j += 1
            run = rot[i:j]
            if len(run) > 1:
                run.sort(key=cmp_to_key(lambda e, f: direction_cmp(e[1:], f[1:])))
            order.extend(run)
            i = j
        best = max(best, count)
        for t in order:
            count -= t[5]
            best = max(best, count)
    return best


def answer(text):
    pts, R = parse(text)
    if len(pts) <= BRUTE:
        return brute(pts, R)
    best = 0
    for comp in sorted(components(pts, R), key=len, reverse=True):
        if len(comp) <= best:
            break
        best = max(best, len(comp) if one_disc(comp, R) else sweep(comp, R))
    return best


def validate(text):
    try:
        pts, R = parse(text)
    except (ValueError, IndexError) as e:
        return f"malformed: {e}"
    if not 1 <= len(pts) <= MAX_N:
        return "N out of [1, 2000]"
    if not 1 <= R <= LIMIT:
        return "R out of [1, 1e4]"
    if any(abs(c) > LIMIT for p in pts for c in p):
        return "|coordinate| > 1e4"
    return None


def check(text, output):
    want = answer(text)
    got = output.split()
    if len(got) != 1:
        return f"expected 1 number, got {len(got)}"
    if got[0] != str(want):
        return f"expected {want}, got {got[0][:30]}"
    return None


# ---------------------------------------------------------------- cases
def fmt(pts, R):
    return f"{len(pts)} {R}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def lattice(R):
    """the integer points of x^2 + y^2 = R^2"""
    out = []
    for x in range(-R, R + 1):
        y = math.isqrt(R * R - x * x)
        if y * y == R * R - x * x:
            out += [(x, y)] + ([(x, -y)] if y else [])
    return out


def clamp(p):
    return (max(-LIMIT, min(LIMIT, p[0])), max(-LIMIT, min(LIMIT, p[1])))


def ties(rng, n, R, spread, moved=0.1):
    """n points on circles of radius R about a few integer centres within spread; some moved
    by one unit, mirrored (2R from a partner), repeated or anywhere near."""
    L = lattice(R)
    C = [(rng.randint(-spread, spread), rng.randint(-spread, spread)) for _ in range(rng.randint(1, 3))]
    out = []
    for _ in range(n):
        (cx, cy), (x, y), m = rng.choice(C), rng.choice(L), rng.random()
        if m < 0.55:
            out.append((cx + x, cy + y))
        elif m < 0.55 + moved:
            out.append((cx + x + rng.randint(-1, 1), cy + y + rng.randint(-1, 1)))
        elif m < 0.8:
            out.append((cx - x, cy - y))
        elif m < 0.9 and out:
            out.append(rng.choice(out))
        else:
            out.append((cx + rng.randint(-2 * R, 2 * R), cy + rng.randint(-2 * R, 2 * R)))
    return [clamp(p) for p in out]


def box(rng, n, B, c=(0, 0)):
    return [clamp((c[0] + rng.randint(-B, B), c[1] + rng.randint(-B, B))) for _ in range(n)]


def in_disc(rng, n, R, c):
    """n points in the disc (c, R), four of them its leftmost, rightmost, lowest, highest"""
    out = [(c[0] + R, c[1]), (c[0] - R, c[1]), (c[0], c[1] + R), (c[0], c[1] - R)][:n]
    while len(out) < n:
        x, y = rng.randint(-R, R), rng.randint(-R, R)
        if x * x + y * y <= R * R:
            out.append((c[0] + x, c[1] + y))
    return out


def cases(rng, scale):
    E = LIMIT
    circle5 = [(x + 3, y - 2) for x, y in lattice(5)]
    out = [
        ("sample", fmt(circle5 + [(3, -2), (9, -2), (3, -2)], 5)),  # 12 on a circle + centre twice
        ("one", fmt([(E, -E)], 1)),
        ("same_point", fmt([(7, 7)] * 5 + [(8, 7)], 1)),
        ("two_2R", fmt([(0, 0), (6, 8), (6, 9), (-6, -8)], 5)),
        ("collinear", fmt([(x, 0) for x in range(-10, 11)], 3)),
        ("extremes", fmt([(-E, -E), (E, E), (-E, E), (E, -E), (0, 0)], E)),
        ("extreme_pairs", fmt([(-E, 0), (E, 0), (0, E), (0, -E), (E, E)], E)),  # exactly 2R
        ("bound_ties", fmt(lattice(E)[::2] + [(6000, -8001), (-10000, 0), (-10000, 0)], E)),
    ]
    for i in range(6 * scale):
        R = rng.choice([1, 2, 3, 5])
        out.append((f"tiny_{i}", fmt(box(rng, rng.randint(1, 12), rng.randint(1, 5)), R)))
    for i in range(6 * scale):
        R = rng.choice([5, 25, 65, 325, 5525])
        out.append((f"small_ties_{i}", fmt(ties(rng, rng.randint(2, BRUTE), R, min(R, E - R)), R)))
    for i in range(2 * scale):
        R = rng.choice([25, 65, 325])
        out.append((f"mid_ties_{i}", fmt(ties(rng, rng.randint(100, 300), R, R), R)))
    for i in range(2 * scale):
        R = rng.randint(1, 3000)
        out.append((f"mid_random_{i}", fmt(box(rng, rng.randint(100, 300), 2 * R), R)))
    out.append(("mid_extreme", fmt(box(rng, 300, 600, (E - 600, -E + 600)), 500)))
    # whole rings of lattice points (108 to 180 on one circle): a sweep ordering its arc ends
    # by floating angles alone loses some of them at every pivot; a ring with points one unit
    # outside it, and the part of a ring above a chord
    for R in (1105, 5525, 8125, 9425):
        c = (rng.randint(-E + R, E - R), rng.randint(-E + R, E - R))
        out.append((f"ring_{R}", fmt([(x + c[0], y + c[1]) for x, y in lattice(R)], R)))
    L = lattice(1105)
    out.append(("ring_out", fmt(L + [(x + (x > 0) - (x < 0), y) for x, y in rng.sample(L, 12)], 1105)))
    out.append(("ring_part", fmt([(x, y) for x, y in lattice(5525) if 3 * y > -x], 5525)))
    # N = 2000: the time-worst (every pair within 2R) with every point in one disc, 180 of
    # them on its circle; two clusters more than 2R apart; sparse random and sparse ties
    L = lattice(5525)
    allin = [(x, y) for x, y in L] + in_disc(rng, MAX_N - len(L) - 20, 5525, (0, 0))
    out.append(("max_all_in", fmt(allin + [rng.choice(L) for _ in range(20)], 5525)))
    a, b = in_disc(rng, 1200, 2000, (-5000, 0)), in_disc(rng, 800, 2000, (5000, 0))
    out.append(("max_two_clusters", fmt(a + b, 2000)))
    out.append(("max_sparse", fmt(box(rng, MAX_N, E), 300)))
    sp = []
    for _ in range(MAX_N // 20):  # 20 points on or about a circle of radius 25, anywhere
        dx, dy = rng.randint(-E + 100, E - 100), rng.randint(-E + 100, E - 100)
        sp += [clamp((x + dx, y + dy)) for x, y in ties(rng, 20, 25, 0, 0.2)]
    out.append(("max_sparse_ties", fmt(sp, 25)))
    return out
