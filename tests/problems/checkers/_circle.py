"""Shared pieces of the circle checkers (CGL_7_*, minimum_enclosing_circle). Standard library
only, independent of cpgeo: exact integers and Fractions for decisions, decimal.Decimal at 60
digits for constructions that need a square root.

Imported by the checkers as  import _circle as C  (judge.py puts checkers/ on the import path);
not a checker itself.
"""
import itertools
import math
from decimal import Decimal, getcontext

getcontext().prec = 60
D = Decimal


def ints(text):
    return [int(t) for t in text.split()]


def dsqrt(n):
    """Square root of a non-negative int or Decimal, as a 60-digit Decimal."""
    return D(n).sqrt()


def parse_floats(text, count):
    """count floats from text, or a reason string."""
    toks = text.split()
    if len(toks) != count:
        return f"expected {count} numbers, got {len(toks)}"
    try:
        vals = [float(t) for t in toks]
    except ValueError:
        return "output is not numeric"
    if any(not math.isfinite(v) for v in vals):
        return "non-finite number in output"
    return vals


def close(a, b, tol):
    """|a - b| <= tol (absolute: the judges' "error less than tol"); a is exact or float."""
    return abs(float(a) - float(b)) <= tol


def match_points(expected, got, tol):
    """None if the point lists match in some order within tol and got is sorted by x then y
    (ties in x within tol may come in either order), else a reason."""
    if len(expected) != len(got):
        return f"expected {len(expected)} points, got {len(got)}"
    for i in range(len(got) - 1):
        (x0, y0), (x1, y1) = got[i], got[i + 1]
        if x0 > x1 + tol:
            return f"points not sorted by x: line {i + 1} then {i + 2}"
    for perm in itertools.permutations(range(len(got))):
        if all(close(expected[j][0], got[i][0], tol) and close(expected[j][1], got[i][1], tol)
               for i, j in enumerate(perm)):
            return None
    want = ", ".join(f"({float(x):.9f}, {float(y):.9f})" for x, y in expected)
    have = ", ".join(f"({x:.9f}, {y:.9f})" for x, y in got)
    return f"expected {want}; got {have}"


def sort_xy(points):
    return sorted(points, key=lambda p: (p[0], p[1]))


def relation(c1, c2):
    """Common tangent count of two integer circles (x, y, r): 4, 3, 2, 1, 0 (-1 if equal)."""
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
    if d2 == 0 and r1 == r2:
        return -1
    out, inn = d2 - (r1 + r2) ** 2, d2 - (r1 - r2) ** 2
    if out > 0:
        return 4
    if out == 0:
        return 3
    if inn > 0:
        return 2
    return 1 if inn == 0 else 0


def pythagorean_dirs(limit):
    """Integer vectors (a, b) with a^2 + b^2 a perfect square, 0 < length <= limit."""
    out = [(1, 0), (0, 1)]
    for m in range(2, 60):
        for n in range(1, m):
            if (m - n) % 2 == 1 and math.gcd(m, n) == 1:
                a, b, c = m * m - n * n, 2 * m * n, m * m + n * n
                if c <= limit:
                    out += [(a, b), (b, a)]
    return out


def rotate_dir(rng, v):
    """v under a random symmetry of the square lattice."""
    a, b = v
    if rng.random() < 0.5:
        a, b = b, a
    return (a if rng.random() < 0.5 else -a, b if rng.random() < 0.5 else -b)


def _atan_small(t):
    """atan(t) for 0 <= t <= 1 as a Decimal: three argument halvings, then the series."""
    k = 0
    while t > D("0.1"):
        t = t / (1 + (1 + t * t).sqrt())   # atan t = 2 atan(t / (1 + sqrt(1 + t^2)))
        k += 1
    s, term, n, t2 = D(0), t, 1, t * t
    while abs(term) > D(10) ** -70:
        s += term / n
        term *= -t2
        n += 2
    return s * (2 ** k)


PI = 16 * _atan_small(D(1) / 5) - 4 * _atan_small(D(1) / 239)   # Machin


def atan2(y, x):
    """Decimal atan2 for y >= 0 (the angles used here), in [0, pi]."""
    y, x = D(y), D(x)
    assert y >= 0
    if x == 0:
        return PI / 2 if y > 0 else D(0)
    if y == 0:
        return D(0) if x > 0 else PI
    t = y / abs(x)
    a = _atan_small(t) if t <= 1 else PI / 2 - _atan_small(1 / t)
    return a if x > 0 else PI - a
