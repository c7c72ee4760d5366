"""Checker and cases for AOJ CGL_7_F "Tangent to a Circle".

Input: px py, then cx cy r; integers, |.| <= 1000, 1 <= r <= 1000, p outside the circle.
Output: the two tangent points, one per line, sorted by x then y; error < 1e-5.
Independent of cpgeo: the tangent points are where the circle meets the circle with diameter
cp (Thales); subtracting the two circle equations gives the chord line
(p - c) . (x - c) = r^2, intersected with the circle by an exact integer quadratic.
"""

import _circle as C
D = C.D
LIM, TOL = 1000, 1e-5


def touch_points(px, py, cx, cy, r):
    vx, vy = px - cx, py - cy            # x = c + y', chord: vx y'x + vy y'y = r^2
    n2 = vx * vx + vy * vy
    # foot of the chord along v: v r^2 / n2; half chord: r sqrt(n2 - r^2) / sqrt(n2)
    disc = n2 - r * r                     # > 0: p outside
    s = C.dsqrt(disc) * r / n2
    base = (D(cx) + D(vx * r * r) / n2, D(cy) + D(vy * r * r) / n2)
    return [(base[0] - vy * s, base[1] + vx * s), (base[0] + vy * s, base[1] - vx * s)]


def validate(text):
    v = C.ints(text)
    if len(v) != 5 or any(abs(t) > LIM for t in v) or not 1 <= v[4] <= LIM:
        return "expected px py cx cy r within range"
    px, py, cx, cy, r = v
    if (px - cx) ** 2 + (py - cy) ** 2 <= r * r:
        return "p is not outside the circle"
    return None


def check(text, out):
    px, py, cx, cy, r = C.ints(text)
    got = C.parse_floats(out, 4)
    if isinstance(got, str):
        return got
    want = touch_points(px, py, cx, cy, r)
    # the independent property: each expected point is on the circle and sees p at a right angle
    for x, y in want:
        assert abs((x - cx) ** 2 + (y - cy) ** 2 - r * r) < D(10) ** -40
        assert abs((x - cx) * (x - px) + (y - cy) * (y - py)) < D(10) ** -40
    return C.match_points(C.sort_xy(want), [(got[0], got[1]), (got[2], got[3])], TOL)


def cases(rng, scale):
    out = [("sample_1", "0 0\n2 2 2\n"), ("sample_2", "-3 0\n2 2 2\n")]
    i = 0
    while i < 30 * scale:
        v = [rng.randint(-LIM, LIM) for _ in range(4)] + [rng.randint(1, LIM if i % 2 else 5)]
        if i % 3 == 2:  # p just outside: |p - c|^2 = r^2 + 1
            v[4] = rng.randint(1, 700)
            x = rng.randint(-v[4], v[4])
            v[0:2] = [v[2] + x, v[3]]
            yy = v[4] ** 2 + 1 - x * x
            import math
            if math.isqrt(yy) ** 2 != yy:
                continue
            v[1] = v[3] + math.isqrt(yy)
        t = " ".join(map(str, v[0:2])) + "\n" + " ".join(map(str, v[2:5])) + "\n"
        if validate(t) is None:
            out.append((f"case_{i}", t))
            i += 1
    out += [("far", "-1000 -1000\n1000 1000 1\n"), ("near", "0 1000\n0 -1 1000\n"),
            ("vertical", "0 1000\n0 -1000 1000\n")]
    return out
