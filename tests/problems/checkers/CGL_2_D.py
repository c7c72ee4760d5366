"""Checker and case generator for AOJ CGL_2_D "Distance".

Statement (AOJ): for segments s1 = p0p1 and s2 = p2p3 print the distance between them, with
an error less than 1e-8. Constraints: integers, |x|,|y| <= 10000, 1 <= q <= 1000,
p0 != p1, p2 != p3.

Independent of cpgeo: the exact squared distance in Fractions (0 if the exact intersection
set is not empty, else the least squared distance from an endpoint to the other segment,
through the clamped closest point); a printed d is accepted iff the true distance lies in
(d - 1e-8, d + 1e-8), decided exactly on squares.
"""

import _segments as S


def _query_constraint(p0, p1, p2, p3):
    return None


def _accepts(d2, v):
    """|sqrt(d2) - v| < TOL, exactly."""
    lo, hi = v - S.TOL, v + S.TOL
    if hi <= 0:
        return False
    return (lo < 0 or lo * lo < d2) and d2 < hi * hi


def check(input_text, output_text):
    queries = S.parse_input(input_text)
    got = output_text.split()
    if len(got) != len(queries):
        return f"expected {len(queries)} numbers, got {len(got)}"
    for i, qu in enumerate(queries):
        v = S._num(got[i])
        if v is None:
            return f"query {i + 1}: not a number: {got[i][:40]}"
        d2 = S.seg_dist2(*qu)
        if not _accepts(d2, v):
            return f"query {i + 1}: expected {float(d2) ** 0.5:.10f}, got {got[i][:40]}"
    return None


def cases(rng, scale):
    out = [("sample_1", "3\n0 0 1 0 0 1 1 1\n0 0 1 0 2 1 1 2\n-1 0 1 0 0 1 0 -1\n")]
    out += S.generated_cases(rng, scale, _query_constraint)
    return out


def validate(input_text):
    return S.validate(input_text, _query_constraint)
