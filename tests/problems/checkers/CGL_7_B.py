"""Checker and cases for AOJ CGL_7_B "Incircle of a Triangle".

Input: three points, one per line, integers, |.| <= 10000, not collinear.
Output: cx cy r of the incircle; error < 1e-6.
Independent of cpgeo: r = 2 area / perimeter (area exact, side lengths as 60-digit Decimals),
and the centre is checked by its defining property instead of a formula: its distance to
each side line (exact line equation, Decimal) must equal r within the tolerance, and it must
lie inside the triangle (same side of every edge as the opposite vertex).
"""

import _circle as C
D = C.D
LIM, TOL = 10000, 1e-6


def validate(text):
    v = C.ints(text)
    if len(v) != 6 or any(abs(t) > LIM for t in v):
        return "expected 6 integers within 10000"
    (ax, ay, bx, by, cx, cy) = v
    if (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) == 0:
        return "collinear"
    return None


def check(text, out):
    ax, ay, bx, by, cx, cy = C.ints(text)
    got = C.parse_floats(out, 3)
    if isinstance(got, str):
        return got
    pts = [(ax, ay), (bx, by), (cx, cy)]
    area2 = abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))
    per = sum(C.dsqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) for p, q in zip(pts, pts[1:] + pts[:1]))
    r = D(area2) / per
    if not C.close(r, got[2], TOL):
        return f"radius: expected {float(r):.10f}, got {got[2]}"
    x, y = D(got[0]), D(got[1])
    for i in range(3):
        p, q, o = pts[i], pts[(i + 1) % 3], pts[(i + 2) % 3]
        nx, ny = q[1] - p[1], p[0] - q[0]                 # normal of side pq
        side_o = nx * (o[0] - p[0]) + ny * (o[1] - p[1])
        dist = (nx * (x - p[0]) + ny * (y - p[1])) / C.dsqrt(nx * nx + ny * ny)
        if side_o < 0:
            dist = -dist
        # moving the centre by e moves every distance by at most e: a 2-TOL band is exact enough
        if abs(dist - r) > 2 * D(TOL):
            return f"centre ({got[0]}, {got[1]}) is {float(dist):.9f} from side {i + 1}, radius {float(r):.9f}"
    return None


def _tri(rng, lim):
    while True:
        v = [rng.randint(-lim, lim) for _ in range(6)]
        if validate(" ".join(map(str, v))) is None:
            return v


def _fmt(v):
    return f"{v[0]} {v[1]}\n{v[2]} {v[3]}\n{v[4]} {v[5]}\n"


def cases(rng, scale):
    out = [("sample_1", "1 -2\n3 2\n-2 0\n"), ("sample_2", "0 3\n4 0\n0 0\n")]
    for i in range(20 * scale):
        out.append((f"random_{i}", _fmt(_tri(rng, LIM))))
    for i in range(10 * scale):
        out.append((f"small_{i}", _fmt(_tri(rng, 3))))
    out += [("sliver", _fmt([-10000, -10000, 10000, 10000, 9999, 10000])),
            ("sliver_2", _fmt([-10000, 0, 10000, 1, 0, 0])),
            ("max", _fmt([-10000, -10000, 10000, -10000, 0, 10000])),
            ("right", _fmt([0, 0, 10000, 0, 0, 1]))]
    return out
