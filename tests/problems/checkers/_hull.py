"""Shared by the hull checkers (furthest_pair, static_convex_hull), independent of cpgeo:
the strict convex hull by a monotone chain over (x, y) order, with a speed-only pre-filter,
and a generator of points in strictly convex position. Exact Python integers.

Imported by the checkers as  import _hull as H  (judge.py puts checkers/ on the import path);
not a checker itself.
"""
import math


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def drop_inside(points):
    """Points not strictly inside the quadrilateral of the extremes in the directions
    x - y, x + y, y - x, -x - y (speed only: those inside cannot be hull vertices)."""
    if len(points) < 1000:
        return points
    quad = [max(points, key=lambda q: q[0] - q[1]), max(points, key=lambda q: q[0] + q[1]),
            max(points, key=lambda q: q[1] - q[0]), min(points, key=lambda q: q[0] + q[1])]
    if len(set(quad)) < 4 or any(cross(quad[i], quad[(i + 1) % 4], quad[(i + 2) % 4]) <= 0 for i in range(4)):
        return points
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad
    return [q for q in points
            if not ((bx - ax) * (q[1] - ay) - (by - ay) * (q[0] - ax) > 0
                    and (cx - bx) * (q[1] - by) - (cy - by) * (q[0] - bx) > 0
                    and (dx - cx) * (q[1] - cy) - (dy - cy) * (q[0] - cx) > 0
                    and (ax - dx) * (q[1] - dy) - (ay - dy) * (q[0] - dx) > 0)]


def strict_hull(points):
    p = sorted(set(drop_inside(points)))
    if len(p) <= 2:
        return p
    lower, upper = [], []
    for q in p:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in reversed(p):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return lower[:-1] + upper[:-1]


def convex_walk(rng, n, K, start):
    """n (even) lattice vertices in strictly convex position, counter-clockwise from start:
    n / 2 random primitive vectors of size <= K and their opposites, sorted by angle, walked."""
    dirs = [(a, b) for a in range(-K, K + 1) for b in range(0, K + 1)
            if (b > 0 or a > 0) and math.gcd(a, b) == 1]
    rng.shuffle(dirs)
    half = dirs[:n // 2]
    vs = half + [(-a, -b) for a, b in half]
    vs.sort(key=lambda d: math.atan2(d[1], d[0]))
    pts, (x, y) = [], start
    for dx, dy in vs:
        pts.append((x, y))
        x += dx
        y += dy
    return pts


def convex_position(rng, n, K, lim):
    """convex_walk from (-lim // 2, -lim // 2), shuffled."""
    pts = convex_walk(rng, n, K, (-lim // 2, -lim // 2))
    rng.shuffle(pts)
    return pts
