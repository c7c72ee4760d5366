"""Checker and case generator for AOJ CGL_1_A "Projection".

Statement (AOJ): for the line through p1 and p2 and each query point p, print the projection
of p onto the line, "x y", with an error less than 1e-8. Constraints: integers,
|x|,|y| <= 10000, 1 <= q <= 1000, p1 != p2.

Independent of cpgeo: the foot X solves the 2x2 system d.X = d.p, n.X = n.p1 (d = p2 - p1,
n its normal), by Cramer's rule in Fractions; every printed coordinate must be within 1e-8.
"""
from fractions import Fraction

import _segments as S


def answer(p1, p2, p):
    dx, dy = p2[0] - p1[0], p2[1] - p1[1]
    nx, ny = -dy, dx
    e1, e2 = dx * p[0] + dy * p[1], nx * p1[0] + ny * p1[1]
    det = dx * ny - dy * nx
    return Fraction(e1 * ny - dy * e2, det), Fraction(dx * e2 - nx * e1, det)


SAMPLES = [
    ("sample_1", "0 0 3 4\n1\n2 5\n"),
    ("sample_2", "0 0 2 0\n3\n-1 1\n0 1\n1 1\n"),
]


parse_input = S.parse_line_queries
validate = S.validate_line_queries


def check(input_text, output_text):
    return S.check_line_queries(input_text, output_text, answer)


def cases(rng, scale):
    return S.line_query_cases(rng, scale, SAMPLES)
