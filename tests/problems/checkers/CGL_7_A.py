"""Checker and cases for AOJ CGL_7_A "Intersection" (of two circles).

Input: c1x c1y c1r / c2x c2y c2r, integers, |c| <= 1000, 1 <= r <= 1000, not identical.
Output: 4 (apart), 3 (circumscribed), 2 (crossing), 1 (inscribed), 0 (one inside the other).
Exact: integer comparison of d^2 with (r1 + r2)^2 and (r1 - r2)^2.
"""

import _circle as C

LIM, RMAX = 1000, 1000


def validate(text):
    v = C.ints(text)
    if len(v) != 6:
        return "expected 6 integers"
    if any(abs(t) > LIM for t in v[0:2] + v[3:5]) or not (1 <= v[2] <= RMAX and 1 <= v[5] <= RMAX):
        return "out of range"
    if v[0:3] == v[3:6]:
        return "identical circles"
    return None


def check(text, out):
    v = C.ints(text)
    want = C.relation(tuple(v[0:3]), tuple(v[3:6]))
    got = out.split()
    if got != [str(want)]:
        return f"expected {want}, got {' '.join(got)[:40]!r}"
    return None


def _fmt(a, b):
    return f"{a[0]} {a[1]} {a[2]}\n{b[0]} {b[1]} {b[2]}\n"


def _tangent_pair(rng, kind):
    """Integer circles touching exactly: kind 3 externally, 1 internally."""
    while True:
        a, b = C.rotate_dir(rng, rng.choice(C.pythagorean_dirs(1000)))
        k = rng.randint(1, max(1, 1000 // max(1, int((a * a + b * b) ** 0.5))))
        dx, dy = a * k, b * k
        d = int(round((dx * dx + dy * dy) ** 0.5))
        if kind == 3:
            if d < 2:
                continue
            r1 = rng.randint(1, d - 1)
            r2 = d - r1
        else:
            r1 = rng.randint(1, max(1, RMAX - d))
            r2 = r1 + d
            if r2 > RMAX:
                continue
        x, y = rng.randint(-LIM, LIM), rng.randint(-LIM, LIM)
        if abs(x + dx) <= LIM and abs(y + dy) <= LIM and r1 <= RMAX and r2 <= RMAX:
            c1, c2 = (x, y, r1), (x + dx, y + dy, r2)
            return (c1, c2) if rng.random() < 0.5 else (c2, c1)


def cases(rng, scale):
    out = [("sample_1", "1 1 1\n6 2 2\n"), ("sample_2", "1 2 1\n4 2 2\n"),
           ("sample_3", "1 2 1\n3 2 2\n"), ("sample_4", "0 0 1\n1 0 2\n"),
           ("sample_5", "0 0 1\n0 0 2\n")]
    for i in range(20 * scale):
        c1 = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), rng.randint(1, RMAX))
        while True:
            c2 = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM), rng.randint(1, RMAX))
            if c2 != c1:
                break
        out.append((f"random_{i}", _fmt(c1, c2)))
    for i in range(20 * scale):
        small = 6
        c1 = (rng.randint(-small, small), rng.randint(-small, small), rng.randint(1, small))
        while True:
            c2 = (rng.randint(-small, small), rng.randint(-small, small), rng.randint(1, small))
            if c2 != c1:
                break
        out.append((f"small_{i}", _fmt(c1, c2)))
    for i in range(10 * scale):
        out.append((f"tangent_out_{i}", _fmt(*_tangent_pair(rng, 3))))
        out.append((f"tangent_in_{i}", _fmt(*_tangent_pair(rng, 1))))
    # one off tangency by a single unit of d^2, and concentric / extreme cases
    fixed = [((0, 0, 1000), (999, 1, 1)), ((0, 0, 1000), (1000, 1, 1)), ((-1000, -1000, 1000),
             (1000, 1000, 1000)), ((0, 0, 500), (707, 707, 500)), ((0, 0, 500), (707, 708, 500)),
             ((0, 0, 1), (0, 0, 1000)), ((3, 4, 1000), (3, 4, 999)), ((0, 0, 1), (1000, 1000, 1)),
             ((0, 0, 1000), (0, 999, 1)), ((0, 0, 1000), (0, 998, 1)), ((0, 0, 1000), (0, 1000, 1))]
    for i, (a, b) in enumerate(fixed):
        out.append((f"edge_{i}", _fmt(a, b)))
    return out
