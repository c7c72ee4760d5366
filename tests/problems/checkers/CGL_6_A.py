"""Checker and case generator for AOJ CGL_6_A "Segment Intersections: Manhattan Geometry".

Statement: n (1 <= n <= 100000) axis-parallel segments "x1 y1 x2 y2" (integers, |.| <= 1e9);
two parallel segments never overlap or touch; at most 1000000 intersections. Print the
number of intersections (points shared by a horizontal and a vertical segment).

Independent of cpgeo: a sweep in y (the library sweeps in x) with a Fenwick tree over the
verticals' x: a vertical is active over [y1, y2]; each horizontal counts the active x in
[x1, x2]; at equal y, starts, then counts, then ends (closed segments). Exact integers.
"""
import bisect

LIMIT = 10 ** 9
MAX_N = 100000
MAX_K = 1000000


def parse_input(text):
    v = list(map(int, text.split()))
    n = v[0]
    return [tuple(v[1 + 4 * i:5 + 4 * i]) for i in range(n)], len(v) == 1 + 4 * n


def count(segs):
    xs = sorted({x1 for x1, y1, x2, y2 in segs if x1 == x2 and y1 != y2})
    ev = []
    for x1, y1, x2, y2 in segs:
        if x1 == x2 and y1 != y2:
            ev.append((min(y1, y2), 0, x1, 0))
            ev.append((max(y1, y2), 2, x1, 0))
        elif y1 == y2:
            ev.append((y1, 1, min(x1, x2), max(x1, x2)))
    ev.sort()
    fen = [0] * (len(xs) + 1)
    total = 0
    for y, kind, a, b in ev:
        if kind == 1:
            k = bisect.bisect_right(xs, b)
            s = 0
            while k > 0:
                s += fen[k]
                k -= k & -k
            k = bisect.bisect_left(xs, a)
            while k > 0:
                s -= fen[k]
                k -= k & -k
            total += s
        else:
            k = bisect.bisect_left(xs, a) + 1
            d = 1 if kind == 0 else -1
            while k < len(fen):
                fen[k] += d
                k += k & -k
    return total


def _parallel_apart(segs):
    """None if no two parallel segments overlap or touch."""
    hor, ver = {}, {}
    for x1, y1, x2, y2 in segs:
        if y1 == y2:
            hor.setdefault(y1, []).append((min(x1, x2), max(x1, x2)))
        else:
            ver.setdefault(x1, []).append((min(y1, y2), max(y1, y2)))
    for groups in (hor, ver):
        for iv in groups.values():
            iv.sort()
            for (a, b), (c, d) in zip(iv, iv[1:]):
                if c <= b:
                    return "parallel segments touch"
    return None


def validate(input_text):
    try:
        segs, whole = parse_input(input_text)
    except (ValueError, IndexError):
        return "malformed input"
    if not whole or not 1 <= len(segs) <= MAX_N:
        return "wrong n or count"
    for s in segs:
        if any(abs(c) > LIMIT for c in s):
            return "coordinate out of range"
        if s[0] != s[2] and s[1] != s[3]:
            return "not axis-parallel"
    bad = _parallel_apart(segs)
    if bad:
        return bad
    if count(segs) > MAX_K:
        return "too many intersections"
    return None


def check(input_text, output_text):
    segs, _ = parse_input(input_text)
    tok = output_text.split()
    if len(tok) != 1:
        return f"expected one number, got {len(tok)}"
    try:
        got = int(tok[0])
    except ValueError:
        return "not an integer"
    want = count(segs)
    return None if got == want else f"got {got}, want {want}"


def _fmt(segs):
    return f"{len(segs)}\n" + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in segs)


def _random(rng, nh, nv, span, length):
    """Horizontals on distinct y, verticals on distinct x: parallel ones never touch."""
    ys = rng.sample(range(-span, span + 1), nh)
    xs = rng.sample(range(-span, span + 1), nv)
    segs = []
    for y in ys:
        a = rng.randint(-span, span)
        b = max(-span, min(span, a + rng.randint(1, length)))
        if a == b:
            b = a - 1
        segs.append((a, y, b, y) if rng.random() < 0.5 else (b, y, a, y))
    for x in xs:
        a = rng.randint(-span, span)
        b = max(-span, min(span, a + rng.randint(1, length)))
        if a == b:
            b = a - 1
        segs.append((x, a, x, b) if rng.random() < 0.5 else (x, b, x, a))
    rng.shuffle(segs)
    return segs


def _grid_touching(rng, k):
    """Horizontals y = 2i over [0, 2k], verticals x = 2j over [0, 2k] split into pieces that
    end exactly on horizontals (T-junctions, L-corners, crossings at ends)."""
    segs = [(0, 2 * i, 2 * k, 2 * i) for i in range(k + 1)]
    for j in range(k + 1):
        y = 0
        while y < 2 * k:
            step = 2 * rng.randint(1, 2)
            top = min(2 * k, y + step - 1) if rng.random() < 0.5 else min(2 * k, y + step)
            if top > y:
                segs.append((2 * j, y, 2 * j, top))
            y = top + 1 if top % 2 == 0 else top + 1
    rng.shuffle(segs)
    return segs


def cases(rng, scale):
    out = [("sample_1", "6\n2 2 2 5\n1 3 5 3\n4 1 4 4\n5 2 7 2\n6 1 6 3\n6 5 6 7\n")]
    out.append(("one", "1\n0 0 5 0\n"))
    out.append(("corner_touch", "2\n0 0 5 0\n5 0 5 9\n"))
    out.append(("extreme_cross", f"2\n{-LIMIT} 0 {LIMIT} 0\n0 {-LIMIT} 0 {LIMIT}\n"))
    out.append(("extreme_corners", f"4\n{-LIMIT} {-LIMIT} {LIMIT} {-LIMIT}\n{LIMIT} {-LIMIT} {LIMIT} {LIMIT}\n"
                                    f"{LIMIT} {LIMIT} {-LIMIT} {LIMIT}\n{-LIMIT} {LIMIT} {-LIMIT} {-LIMIT}\n"))
    for i in range(5 * scale):
        out.append((f"random_{i}", _fmt(_random(rng, 300, 300, 500, 300))))
    for i in range(3 * scale):
        out.append((f"grid_touching_{i}", _fmt(_grid_touching(rng, rng.randint(3, 30)))))
    out.append(("same_line_gaps", _fmt([(3 * i, 0, 3 * i + 1, 0) for i in range(100)]
                                       + [(3 * i + 1, -1, 3 * i + 1, 1) for i in range(100)])))
    out.append(("max_random", _fmt(_random(rng, MAX_N // 2, MAX_N // 2, LIMIT, 28000000))))
    out.append(("max_grid", _fmt(_grid_touching(rng, 180)[:MAX_N])))
    return out
