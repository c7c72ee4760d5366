"""Checker and cases for cpgeo's own problem "planar_arrangement".

Input: N Q (1 <= N <= 20000, 1 <= Q <= 20000), then N lines "x1 y1 x2 y2" (a segment may be
a single point) and Q lines "x y", integers with |.| <= 10000, at most 200000 pairs of
segments sharing a point. Output: line 1 "V E F": the vertices of the planar graph of the
segments (every end and every common point of two segments, each once), its edges (the pieces
between consecutive vertices along the segments, each once: overlaps merge) and its faces,
the unbounded one included. Then one line per query: "B" if the point lies on a segment, "U"
if it is in the unbounded face, else the least index j (0-based) of a query in the same face.

Independent of cpgeo, exact (Python integers and Fractions): the pairs of segments sharing a
cell of a grid (segment_intersections' cells, all pairs for N <= 300) give each segment the
points on it (a proper crossing as a reduced fraction, or the ends of one lying on the
other); sorted along the segment they give the edges. F is Euler's E - V + 1 + C (C the
connected parts, union-find). The faces: at each vertex the edges sorted by the diamond
pseudo-angle of their integer directions, the boundary walks by "the edge just clockwise of
the way back", each walk's exact shoelace area; a walk of area <= 0 is the outer boundary of
its part, which lies in the face above the edge just below the part's least vertex (found by
brute force over the edges spanning its x, in x-slabs; parts in order of that vertex). A query
on no segment is in the face above the edge just below it (ties at a shared vertex: the
steeper edge), or the unbounded face if there is none. The number of walks with positive area
plus one must equal Euler's F (checked as the case is solved).
"""
from fractions import Fraction
from functools import cmp_to_key
import segment_intersections as SI

LIMIT = 10 ** 4
MAX_N = 20000
MAX_Q = 20000
MAX_K = 200000
TIMEOUT = 10


def parse(text):
    v = [int(t) for t in text.split()]
    n, q = v[0], v[1]
    if len(v) != 2 + 4 * n + 2 * q:
        raise ValueError(f"expected {2 + 4 * n + 2 * q} numbers, got {len(v)}")
    segs = [tuple(v[2 + 4 * i:6 + 4 * i]) for i in range(n)]
    pts = [tuple(v[2 + 4 * n + 2 * i:4 + 4 * n + 2 * i]) for i in range(q)]
    return segs, pts


def validate(text):
    try:
        segs, pts = parse(text)
    except (ValueError, IndexError) as e:
        return f"malformed: {e}"
    if not 1 <= len(segs) <= MAX_N or not 1 <= len(pts) <= MAX_Q:
        return "N or Q out of range"
    if any(abs(c) > LIMIT for s in segs for c in s) or any(abs(c) > LIMIT for p in pts for c in p):
        return "|coordinate| > 1e4"
    return None  # the bound on the pairs is checked by solve()


def key(p):
    return (Fraction(p[0], p[2]), Fraction(p[1], p[2]))


def diamond(dx, dy):
    """A pseudo-angle, strictly increasing with the argument on (-pi, pi]."""
    s = abs(dx) + abs(dy)
    if dy >= 0:
        return Fraction(dy, s) if dx > 0 else 2 if dy == 0 else 1 + Fraction(-dx, s)
    return -2 + Fraction(-dy, s) if dx < 0 else -1 + Fraction(dx, s)


def solve(text):
    """(V, E, F, labels) or a string saying why the case is invalid."""
    segs, qs = parse(text)
    segs = [s if (s[0], s[1]) <= (s[2], s[3]) else (s[2], s[3], s[0], s[1]) for s in segs]
    on = [{(s[0], s[1], 1), (s[2], s[3], 1)} for s in segs]
    k = 0
    for i, j in SI.candidates(segs):
        c = SI.common(segs[i], segs[j])
        if c is None:
            continue
        k += 1
        if c != 0:  # the one common point (a crossing, or an end on the other)
            on[i].add(c), on[j].add(c)
        for a, b in ((i, j), (j, i)):  # ends on the other (both ends of an overlap)
            x1, y1, x2, y2 = segs[b]
            for x, y in ((x1, y1), (x2, y2)):
                if SI.on(x, y, segs[a]):
                    on[a].add((x, y, 1))
    if k > MAX_K:
        return f"{k} intersecting pairs, more than {MAX_K}"
    vid, vk = {}, []
    for ps in on:
        for p in ps:
            if p not in vid:
                vid[p] = len(vid)
                vk.append(key(p))
    edges = {}  # (lo, hi) vertex ids, lo before hi in (x, y) order -> segment
    for i, ps in enumerate(on):
        o = sorted(ps, key=key)
        for a, b in zip(o, o[1:]):
            edges.setdefault((vid[a], vid[b]), i)
    V, E = len(vid), len(edges)
    par = list(range(V))

    def find(x):
        while par[x] != x:
            par[x] = par[par[x]]
            x = par[x]
        return x
    C = V
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            par[ra] = rb
            C -= 1
    F = E - V + 1 + C
    # half-edge 2e: lo -> hi along the segment's direction; 2e + 1 back
    el = list(edges.items())
    out = [[] for _ in range(V)]
    for e, ((a, b), i) in enumerate(el):
        s = segs[i]
        dx, dy = s[2] - s[0], s[3] - s[1]
        out[a].append((diamond(dx, dy), 2 * e))
        out[b].append((diamond(-dx, -dy), 2 * e + 1))
    pos, ends = {}, {}
    for w in range(V):
        out[w].sort()
        for k2, (_, h) in enumerate(out[w]):
            pos[h] = (w, k2)
    nxt = {}
    for h in range(2 * E):  # h arrives at w; leave by the edge clockwise of h's twin
        w, k2 = pos[h ^ 1]
        nxt[h] = out[w][k2 - 1][1]
    walk, area, least = [-1] * (2 * E), [], []
    frm = [el[h // 2][0][h % 2] for h in range(2 * E)]
    for h in range(2 * E):
        if walk[h] >= 0:
            continue
        a2, m, g = Fraction(0), frm[h], h
        while walk[g] < 0:
            walk[g] = len(area)
            (px, py), (qx, qy) = vk[frm[g]], vk[frm[nxt[g]]]
            a2 += px * qy - py * qx
            m = min(m, frm[g], key=lambda v: vk[v])
            g = nxt[g]
        area.append(a2)
        least.append(m)
    if sum(1 for a in area if a > 0) + 1 != F:
        raise AssertionError("checker: walks and Euler disagree")
    # edges below a point: non-vertical edges in x-slabs
    W = 64
    slab = {}
    for e, ((a, b), i) in enumerate(el):
        if vk[a][0] != vk[b][0]:
            for c in range(int(vk[a][0] // W), int(vk[b][0] // W) + 1):
                slab.setdefault(c, []).append(e)

    def below(x, y, skip=None):
        """The edge just below (x, y) at x + 0, or None; edges through a vertex skip skipped."""
        best, bk = None, None
        for e in slab.get(int(x // W), ()):
            (a, b), i = el[e]
            if not vk[a][0] <= x < vk[b][0] or skip in (a, b):
                continue
            s = segs[i]
            sl = Fraction(s[3] - s[1], s[2] - s[0])
            ye = s[1] + sl * (x - s[0])
            if ye < y and (bk is None or (ye, sl) > bk):
                best, bk = e, (ye, sl)
        return best

    face = {}  # walk -> face key: the walk itself if positive, else the containing one's

    def above(e):
        if e is None:
            return "U"
        w = walk[2 * e]
        return w if area[w] > 0 else face[w]
    for w in sorted((w for w in range(len(area)) if area[w] <= 0), key=lambda w: vk[least[w]]):
        x, y = vk[least[w]]
        face[w] = above(below(x, y, least[w]))
    cell = {}
    G = 64
    for i, s in enumerate(segs):
        for c in SI.cells(s, G):
            cell.setdefault(c, []).append(i)
    labels, first = [], {}
    for j, (x, y) in enumerate(qs):
        if any(SI.on(x, y, segs[i]) for i in cell.get((x // G, y // G), ())):
            labels.append("B")
            continue
        f = above(below(Fraction(x), Fraction(y)))
        labels.append("U" if f == "U" else str(first.setdefault(f, j)))
    return V, E, F, labels


def check(text, output):
    want = solve(text)
    if isinstance(want, str):
        return "invalid case: " + want
    V, E, F, labels = want
    got = output.split("\n")
    while got and got[-1] == "":
        got.pop()
    if len(got) != 1 + len(labels):
        return f"expected {1 + len(labels)} lines, got {len(got)}"
    if got[0].split() != [str(V), str(E), str(F)]:
        return f"line 1: expected {V} {E} {F}, got {got[0][:40]}"
    for j, (g, w) in enumerate(zip(got[1:], labels)):
        if g.strip() != w:
            return f"query {j}: expected {w}, got {g[:20]}"
    return None


def fmt(segs, pts):
    return (f"{len(segs)} {len(pts)}\n" + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in segs) +
            "".join(f"{x} {y}\n" for x, y in pts))


def square(c, r):
    x, y = c
    return [(x - r, y - r, x + r, y - r), (x + r, y - r, x + r, y + r),
            (x + r, y + r, x - r, y + r), (x - r, y + r, x - r, y - r)]


def near(rng, segs, R, q):
    """Query points: random in the box, the segments' ends and midpoints, and their
    neighbours (on and next to the segments)."""
    out = [(rng.randint(-R, R), rng.randint(-R, R)) for _ in range(q // 2)]
    while len(out) < q:
        x1, y1, x2, y2 = rng.choice(segs)
        t = rng.randint(0, 2)
        x, y = ((x1, y1), (x2, y2), ((x1 + x2) // 2, (y1 + y2) // 2))[t]
        dx, dy = rng.choice((0, 0, 1, -1)), rng.choice((0, 0, 1, -1))
        out.append((max(-LIMIT, min(LIMIT, x + dx)), max(-LIMIT, min(LIMIT, y + dy))))
    return out


def cases(rng, scale):
    E = LIMIT
    sample = [(0, 0, 6, 0), (6, 0, 6, 6), (6, 6, 0, 6), (0, 6, 0, 0), (0, 0, 6, 3), (0, 3, 6, 0),
              (2, 4, 3, 5), (5, 5, 5, 5), (1, 0, 4, 0)]
    out = [
        ("sample", fmt(sample, [(3, 1), (3, 4), (4, 0), (0, 0), (9, 9), (1, 1), (5, 4), (1, 3)])),
        ("one_point", fmt([(5, 5, 5, 5)], [(5, 5), (0, 0)])),
        ("nested", fmt(square((0, 0), 9) + square((0, 0), 6) + square((1, 0), 3) +
                       [(7, 0, 8, 1), (-4, -1, -4, 1), (0, 0, 0, 0)],
                       [(x, y) for x in range(-10, 11, 2) for y in range(-10, 11, 3)])),
        ("extremes", fmt([(-E, -E, E, E), (-E, E, E, -E), (-E, 1, E, 0), (E, E, E, E),
                          (-E, -E, E, -E), (0, -E, 0, E)],
                         [(0, 0), (1, 0), (0, 1), (-1, 0), (E, E), (5000, -1), (-E, E - 1)])),
    ]
    for i in range(4 * scale):  # everything degenerate at once
        segs = SI.rnd(rng, rng.randint(1, 12), 3) + [(1, 1, 1, 1)]
        out.append((f"tiny_{i}", fmt(segs, [(x, y) for x in range(-4, 5) for y in range(-4, 5)])))
    for i in range(3 * scale):
        segs = SI.rnd(rng, rng.randint(10, 60), 20)
        out.append((f"small_{i}", fmt(segs, near(rng, segs, 22, 200))))
    segs = SI.star(rng, 150, 7, -3, 20) + SI.rnd(rng, 30, 100)
    out.append(("star", fmt(segs, near(rng, segs, 100, 500))))
    segs = SI.pieces(rng, 200, [(0, 0, 1, 0), (0, 0, 1, 1), (3, -1, 0, 1), (1, 1, 2, -1)], 30, 8)
    out.append(("collinear", fmt(segs, near(rng, segs, 40, 500))))
    segs = [sq for k in range(1, 40) for sq in square((k % 3, -(k % 2)), 5 * k)]
    out.append(("rings", fmt(segs, near(rng, segs, 210, 800))))
    grid = [(-2000, y, 2000, y) for y in range(-2000, 2001, 200)] + \
        [(x, -2000, x, 2000) for x in range(-2000, 2001, 200)]
    segs = grid + SI.rnd(rng, 300, 2000, 150)
    out.append(("grid", fmt(segs, near(rng, segs, 2100, 2000))))
    segs = SI.rnd(rng, 2000, E, 800)
    out.append(("max_random", fmt(segs, near(rng, segs, E, 3000))))
    segs = [sq for _ in range(300) for sq in square((rng.randint(-E + 500, E - 500),
                                                     rng.randint(-E + 500, E - 500)),
                                                    rng.randint(1, 500))]
    out.append(("max_squares", fmt(segs, near(rng, segs, E, 3000))))
    return out
