"""Checker and case generator for Library Checker "count_points_in_triangle".

Statement: N points A, M points B (1 <= N, M <= 500, integers |x|,|y| <= 1e9), Q queries
(Q <= 1e6) a b c: print the number of B points strictly inside triangle A[a] A[b] A[c].

Independent of cpgeo: a query is answered by brute force over B with exact orientation
signs (the library uses precomputed strip counts). Every query is checked while
Q * M <= 2e6; on larger inputs a fixed sample of 4000 queries is checked (and every answer
must be an integer in [0, M]).
"""
import random as _random

LIMIT = 10 ** 9


def orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 0) - (v < 0)


def inside_count(a, b, c, pts):
    o = orient(a, b, c)
    if o == 0:
        return 0
    return sum(1 for p in pts if orient(a, b, p) == o and orient(b, c, p) == o and orient(c, a, p) == o)


def parse_input(text):
    v = list(map(int, text.split()))
    n = v[0]
    A = [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]
    pos = 1 + 2 * n
    m = v[pos]
    B = [(v[pos + 1 + 2 * i], v[pos + 2 + 2 * i]) for i in range(m)]
    pos += 1 + 2 * m
    q = v[pos]
    Q = [(v[pos + 1 + 3 * i], v[pos + 2 + 3 * i], v[pos + 3 + 3 * i]) for i in range(q)]
    return A, B, Q


def validate(input_text):
    A, B, Q = parse_input(input_text)
    if not (1 <= len(A) <= 500 and 1 <= len(B) <= 500 and len(Q) <= 10 ** 6):
        return "sizes out of range"
    if any(abs(x) > LIMIT or abs(y) > LIMIT for x, y in A + B):
        return "coordinate out of range"
    if any(not (0 <= t < len(A)) for q in Q for t in q):
        return "index out of range"
    return None


def check(input_text, output_text):
    A, B, Q = parse_input(input_text)
    try:
        got = list(map(int, output_text.split()))
    except ValueError:
        return "output holds something other than integers"
    if len(got) != len(Q):
        return f"expected {len(Q)} answers, got {len(got)}"
    if any(not (0 <= g <= len(B)) for g in got):
        return "an answer outside [0, M]"
    idx = range(len(Q))
    if len(Q) * len(B) > 2 * 10 ** 6:
        idx = _random.Random(7).sample(range(len(Q)), 4000)
    for i in idx:
        a, b, c = Q[i]
        want = inside_count(A[a], A[b], A[c], B)
        if got[i] != want:
            return f"query {i}: {got[i]}, expected {want}"
    return None


def fmt(A, B, Q):
    s = [f"{len(A)}\n"] + [f"{x} {y}\n" for x, y in A] + [f"{len(B)}\n"] + [f"{x} {y}\n" for x, y in B]
    s += [f"{len(Q)}\n"] + [f"{a} {b} {c}\n" for a, b, c in Q]
    return "".join(s)


def cases(rng, scale):
    out = [
        ("sample", fmt([(0, 0), (4, 0), (0, 4), (4, 4)], [(1, 1), (2, 2), (3, 3), (1, 3), (2, 0)],
                       [(0, 1, 2), (1, 2, 3), (0, 1, 3), (0, 0, 1), (3, 2, 1)])),
    ]
    for i in range(10 * scale):  # small grids: points on edges, at corners, shared, repeated
        k = rng.randint(1, 6)
        A = [(rng.randint(0, k), rng.randint(0, k)) for _ in range(rng.randint(1, 8))]
        B = [(rng.randint(0, k), rng.randint(0, k)) for _ in range(rng.randint(1, 15))] + A[:2]
        Q = [(a, b, c) for a in range(len(A)) for b in range(len(A)) for c in range(len(A))]
        out.append((f"grid{i}", fmt(A, B, Q)))
    for i in range(3 * scale):
        A = [(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(50)]
        B = [(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(100)]
        Q = [(rng.randrange(50), rng.randrange(50), rng.randrange(50)) for _ in range(2000)]
        out.append((f"random{i}", fmt(A, B, Q)))
    # collinear: many points on one vertical and one horizontal line (strip ties)
    A = [(0, y) for y in range(-5, 6)] + [(x, 0) for x in range(-5, 6) if x != 0]
    B = [(0, y) for y in range(-7, 8, 2)] + [(x, 1) for x in range(-6, 7)] + [(1, -1), (-1, -1)]
    Q = [(a, b, c) for a in range(len(A)) for b in range(len(A)) for c in range(len(A)) if (a + 2 * b + 3 * c) % 5 == 0]
    out.append(("axes", fmt(A, B, Q)))
    A = [(rng.choice([-LIMIT, LIMIT, 0, 1 - LIMIT]), rng.choice([-LIMIT, LIMIT, 0, LIMIT - 1])) for _ in range(500)]
    B = [(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(500)]
    Q = [(rng.randrange(500), rng.randrange(500), rng.randrange(500)) for _ in range(20000)]
    out.append(("extreme_coords", fmt(A, B, Q)))
    A = [(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(500)]
    B = [(rng.randint(-LIMIT, LIMIT), rng.randint(-LIMIT, LIMIT)) for _ in range(500)]
    Q = [(rng.randrange(500), rng.randrange(500), rng.randrange(500)) for _ in range(10 ** 6)]
    out.append(("max_sampled", fmt(A, B, Q)))
    return out
