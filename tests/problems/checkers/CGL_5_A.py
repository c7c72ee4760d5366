"""Checker and case generator for AOJ CGL_5_A "Closest Pair".

Statement: n (2 <= n <= 100000), then n points "x y", real numbers with at most 6 digits
after the decimal point, |x|,|y| <= 100 (duplicates possible). Print the distance of the
closest pair; an error less than 0.000001 is accepted.

Independent of cpgeo: coordinates are read exactly as integers in units of 1e-6, the
smallest squared distance comes from a randomized incremental grid in exact integers
(_closest.py), and the answer is compared with its square root.
"""
import math

import _closest as C

MAX_N = 100000
SCALE = 10 ** 6


def micro(tok):
    """The decimal tok as an exact integer multiple of 1e-6."""
    neg = tok.startswith("-")
    tok = tok.lstrip("+-")
    whole, _, frac = tok.partition(".")
    if len(frac) > 6:
        raise ValueError("more than 6 decimals")
    v = int(whole or "0") * SCALE + int((frac + "000000")[:6])
    return -v if neg else v


def parse_input(text):
    tok = text.split()
    n = int(tok[0])
    return [(micro(tok[1 + 2 * i]), micro(tok[2 + 2 * i])) for i in range(n)], len(tok) == 1 + 2 * n


def validate(input_text):
    try:
        pts, whole = parse_input(input_text)
    except (ValueError, IndexError):
        return "malformed input"
    if not whole:
        return "wrong number of values"
    if not 2 <= len(pts) <= MAX_N:
        return "n out of range"
    if any(abs(c) > 100 * SCALE for p in pts for c in p):
        return "coordinate out of range"
    return None


def check(input_text, output_text):
    pts, _ = parse_input(input_text)
    tok = output_text.split()
    if len(tok) != 1:
        return f"expected one number, got {len(tok)}"
    try:
        got = float(tok[0])
    except ValueError:
        return "not a number"
    want = math.sqrt(C.min_d2(pts)) / SCALE
    if not abs(got - want) < 1e-6:
        return f"got {got!r}, want {want!r}"
    return None


def _num(v):
    s = f"{abs(v) // SCALE}.{abs(v) % SCALE:06d}".rstrip("0").rstrip(".")
    if "." not in s:
        s += ".0"
    return ("-" if v < 0 else "") + s


def _fmt(pts):
    return f"{len(pts)}\n" + "".join(f"{_num(x)} {_num(y)}\n" for x, y in pts)


def _rand(rng, n, r):
    return [(rng.randint(-r, r), rng.randint(-r, r)) for _ in range(n)]


def cases(rng, scale):
    out = [("sample_1", "2\n0.0 0.0\n1.0 0.0\n"), ("sample_2", "3\n0.0 0.0\n2.0 0.0\n1.0 1.0\n")]
    L = 100 * SCALE
    out.append(("two_extreme", _fmt([(-L, -L), (L, L)])))
    out.append(("integers", "3\n1 2\n-5 7\n100 -100\n"))
    for i in range(5 * scale):
        out.append((f"random_{i}", _fmt(_rand(rng, rng.randint(2, 2000), rng.choice((10, 1000, L))))))
    out.append(("one_micro_apart", _fmt(_rand(rng, 1000, L) + [(5, 5), (5, 6)])))
    out.append(("duplicates", _fmt([(1234567, -7654321)] * 3 + _rand(rng, 500, L))))
    out.append(("vertical_line", _fmt([(-L, rng.randint(-L, L)) for _ in range(20000)])))
    out.append(("grid", _fmt([(x * 2000000 - L, y * 2000000 - L) for x in range(101) for y in range(101)])))
    out.append(("max_random", _fmt(_rand(rng, MAX_N, L))))
    out.append(("max_dense", _fmt(_rand(rng, MAX_N, 300))))
    return out
