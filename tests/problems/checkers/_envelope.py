"""Shared by the checkers of line_add_get_min and segment_add_get_min: parsing, the
expected answers by brute force (every query scans the lines or segments added before it,
exact Python integers), sampled on the largest cases, and the generators."""

LIMIT_A = 10 ** 9
LIMIT_B = 10 ** 18
MAX_NQ = 200000
FULL_CHECK = 4000  # cases with N + Q up to this are checked at every query
SAMPLES = 60       # larger cases: this many queries, spread over the run, plus the last one


def parse(text, segments):
    """[(0, l, r, a, b) or (1, p)] in input order (the N initial items first)."""
    v = [int(t) for t in text.split()]
    n, q = v[0], v[1]
    i, ops = 2, []
    for k in range(n + q):
        t = 0 if k < n else v[i]
        i += 0 if k < n else 1
        if t == 1:
            ops.append((1, v[i]))
            i += 1
        elif segments:
            ops.append((0, v[i], v[i + 1], v[i + 2], v[i + 3]))
            i += 4
        else:
            ops.append((0, -LIMIT_A - 1, LIMIT_A + 1, v[i], v[i + 1]))
            i += 2
    if i != len(v):
        raise ValueError(f"expected {i} numbers, got {len(v)}")
    return n, q, ops


def validate(text, segments):
    try:
        n, q, ops = parse(text, segments)
    except (ValueError, IndexError) as e:
        return f"malformed: {e}"
    if not (1 <= n <= MAX_NQ and 1 <= q <= MAX_NQ):
        return "N or Q out of [1, 200000]"
    for o in ops:
        if o[0] == 1:
            if abs(o[1]) > LIMIT_A:
                return "|p| > 1e9"
        else:
            _, l, r, a, b = o
            if segments and not -LIMIT_A <= l < r <= LIMIT_A:
                return "l, r out of range"
            if abs(a) > LIMIT_A or abs(b) > LIMIT_B:
                return "|a| > 1e9 or |b| > 1e18"
    return None


def check(text, output, segments):
    n, q, ops = parse(text, segments)
    queries = [k for k, o in enumerate(ops) if o[0] == 1]
    got = output.split()
    if len(got) != len(queries):
        return f"expected {len(queries)} answers, got {len(got)}"
    if len(ops) <= FULL_CHECK:
        chosen = set(range(len(queries)))
    else:
        step = max(1, len(queries) // SAMPLES)
        chosen = set(range(0, len(queries), step)) | {len(queries) - 1}
    items, j = [], 0
    for o in ops:
        if o[0] == 0:
            items.append(o)
            continue
        j += 1
        if j - 1 not in chosen:
            continue
        p = o[1]
        vals = [a * p + b for (_, l, r, a, b) in items if l <= p < r]
        want = str(min(vals)) if vals else "INFINITY"
        if got[j - 1] != want:
            return f"query {j} (p = {p}): expected {want}, got {got[j - 1][:30]}"
    return None


def fmt(n, ops, segments):
    out = [f"{n} {len(ops) - n}"]
    for k, o in enumerate(ops):
        pre = "" if k < n else f"{o[0]} "
        if o[0] == 1:
            out.append(f"1 {o[1]}")
        elif segments:
            out.append(pre + f"{o[1]} {o[2]} {o[3]} {o[4]}")
        else:
            out.append(pre + f"{o[3]} {o[4]}")
    return "\n".join(out) + "\n"


def random_ops(rng, n, q, A, Bm, X, segments, query_share=0.5):
    def item():
        a, b = rng.randint(-A, A), rng.randint(-Bm, Bm)
        if not segments:
            return (0, -LIMIT_A - 1, LIMIT_A + 1, a, b)
        l = rng.randint(-X, X - 1)
        return (0, l, rng.randint(l + 1, X), a, b)
    ops = [item() for _ in range(n)]
    for _ in range(q):
        ops.append((1, rng.randint(-X, X)) if rng.random() < query_share else item())
    if all(o[0] == 0 for o in ops[n:]):
        ops[-1] = (1, rng.randint(-X, X))
    return ops


def cases(rng, scale, segments):
    out = []
    E = LIMIT_A
    extremes = [(0, -E, E, a, b) for a in (-E, E, 0, E - 1) for b in (-LIMIT_B, LIMIT_B, 0)]
    if not segments:
        extremes = [(0, -E - 1, E + 1, o[3], o[4]) for o in extremes]
    eq = extremes + [(1, p) for p in (-E, E, 0, 1, -1, E - 1)]
    out.append(("extremes", fmt(len(extremes), eq, segments)))
    out.append(("one_line", fmt(1, [extremes[0], (1, 0)], segments)))
    for i in range(4 * scale):  # tiny ranges: equal slopes, equal lines, ties at breakpoints
        n, q = rng.randint(1, 30), rng.randint(1, 60)
        out.append((f"tiny_{i}", fmt(n, random_ops(rng, n, q, 2, 3, 4, segments), segments)))
    for i in range(3 * scale):
        n, q = rng.randint(1, 300), rng.randint(1, 600)
        out.append((f"small_{i}", fmt(n, random_ops(rng, n, q, 50, 500, 60, segments), segments)))
    for i in range(2 * scale):
        n, q = rng.randint(1, 1500), rng.randint(1, 2000)
        out.append((f"random_{i}", fmt(n, random_ops(rng, n, q, E, LIMIT_B, E, segments), segments)))
    # tangents of -x^2 (y = -2 s c x + s^2 c^2): every line on the lower envelope
    k = 1000
    tang = [(0, -E, E, -2000 * s, 1000000 * s * s) for s in range(-k, k + 1)]
    if not segments:
        tang = [(0, -E - 1, E + 1, o[3], o[4]) for o in tang]
    rng.shuffle(tang)
    tq = tang + [(1, rng.randint(-2 * k * 1000, 2 * k * 1000)) for _ in range(1500)]
    out.append(("parabola_tangents", fmt(1000, tq, segments)))
    tang = [(0, -E, E, -2000 * s, 1000000 * s * s) for s in range(-MAX_NQ // 2, MAX_NQ // 2)]
    if not segments:
        tang = [(0, -E - 1, E + 1, o[3], o[4]) for o in tang]
    else:  # long random ranges, most of them covering the middle
        tang = [(0, rng.randint(-E, -1), rng.randint(1, E), o[3], o[4]) for o in tang]
    rng.shuffle(tang)
    X = 2000 * (MAX_NQ // 2)
    tq = tang + [(1, rng.randint(-X, X)) for _ in range(MAX_NQ)]
    out.append(("max_tangents", fmt(MAX_NQ, tq, segments)))
    out.append(("max", fmt(MAX_NQ, random_ops(rng, MAX_NQ, MAX_NQ, E, LIMIT_B, E, segments), segments)))
    return out
