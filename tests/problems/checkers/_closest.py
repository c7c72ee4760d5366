"""Shared by the closest-pair checkers (CGL_5_A, closest_pair): the exact smallest squared
distance of integer points, independent of cpgeo.

min_d2(points): randomized incremental grid (Rabin 1976; Golin, Raman, Schwarz, Smid 1995):
visit the points in a shuffled order (fixed seed, so the check is reproducible), keep a
bucket grid of cell side s = isqrt(best) (or 1), compare each new point with the points in
the 3 x 3 cells around it, and rebuild the grid when best shrinks. A pair at squared distance
< best differs by at most isqrt(best - 1) <= s per axis, so it lies in neighbouring cells.
Expected O(n) dictionary operations. Exact Python integers throughout. Needs n >= 2.
"""
import math
import random


def min_d2(points):
    pts = list(points)
    random.Random(12345).shuffle(pts)
    best = (pts[0][0] - pts[1][0]) ** 2 + (pts[0][1] - pts[1][1]) ** 2
    if best == 0:
        return 0

    def build(upto, side):
        grid = {}
        for x, y in pts[:upto]:
            grid.setdefault((x // side, y // side), []).append((x, y))
        return grid

    side = max(1, math.isqrt(best))
    grid = build(2, side)
    for i in range(2, len(pts)):
        x, y = pts[i]
        cx, cy = x // side, y // side
        found = best
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for (px, py) in grid.get((gx, gy), ()):
                    d = (px - x) ** 2 + (py - y) ** 2
                    if d < found:
                        found = d
        if found < best:
            best = found
            if best == 0:
                return 0
            side = max(1, math.isqrt(best))
            grid = build(i + 1, side)
        else:
            grid.setdefault((cx, cy), []).append((x, y))
    return best


def closer_than(points, d2):
    """A squared distance < d2 between two of the points, or None if there is none.
    One bucket grid of side isqrt(d2): a closed square of that side holds at most 4 points
    pairwise >= sqrt(d2) apart, so when d2 is the true minimum every point meets at most 36
    others; a wrong (too large) d2 is caught by the first closer pair. O(n) dict lookups."""
    if d2 <= 0:
        return None
    n = len(points)
    if n <= 16:
        best = None
        for i in range(n):
            xi, yi = points[i]
            for j in range(i + 1, n):
                d = (points[j][0] - xi) ** 2 + (points[j][1] - yi) ** 2
                if d < d2 and (best is None or d < best):
                    best = d
        return best
    side = math.isqrt(d2)
    grid = {}
    shift = 1 << 32
    for x, y in points:
        cx, cy = x // side, y // side
        for gx in (cx - 1, cx, cx + 1):
            base = gx * shift
            for gy in (cy - 1, cy, cy + 1):
                cell = grid.get(base + gy)
                if cell:
                    for px, py in cell:
                        d = (px - x) ** 2 + (py - y) ** 2
                        if d < d2:
                            return d
        key = cx * shift + cy
        cell = grid.get(key)
        if cell is None:
            grid[key] = [(x, y)]
        else:
            cell.append((x, y))
    return None
