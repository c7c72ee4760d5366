"""Checker and case generator for AOJ CGL_1_B "Reflection".

Statement (AOJ): for the line through p1 and p2 and each query point p, print the reflection
of p in the line, "x y", with an error less than 1e-8. Constraints: integers,
|x|,|y| <= 10000, 1 <= q <= 1000, p1 != p2.

Independent of cpgeo: with the line as A x + B y = C, the image is
p - 2 (A px + B py - C) / (A^2 + B^2) (A, B), in Fractions (no projection step).
"""
from fractions import Fraction

import _segments as S


def answer(p1, p2, p):
    A, B = p2[1] - p1[1], p1[0] - p2[0]
    C = A * p1[0] + B * p1[1]
    k = Fraction(2 * (A * p[0] + B * p[1] - C), A * A + B * B)
    return p[0] - k * A, p[1] - k * B


SAMPLES = [
    ("sample_1", "0 0 2 0\n3\n-1 1\n0 1\n1 1\n"),
    ("sample_2", "0 0 3 4\n3\n2 5\n1 4\n0 3\n"),
]


parse_input = S.parse_line_queries
validate = S.validate_line_queries


def check(input_text, output_text):
    return S.check_line_queries(input_text, output_text, answer)


def cases(rng, scale):
    return S.line_query_cases(rng, scale, SAMPLES)
