"""Checker and cases for Library Checker "line_add_get_min".

Input: N Q, N lines "a b" (y = a x + b), then Q queries "0 a b" (add) or "1 p" (print the
minimum of a p + b so far). |a|, |p| <= 1e9, |b| <= 1e18, 1 <= N, Q <= 200000.
Independent of cpgeo: each checked query scans every item added before it, in exact Python
integers (every query up to N + Q = 4000, a spread sample of 60 beyond; _envelope.py).
"""
import _envelope as E

SEGMENTS = False


def validate(input_text):
    return E.validate(input_text, SEGMENTS)


def check(input_text, output_text):
    return E.check(input_text, output_text, SEGMENTS)


def cases(rng, scale):
    return E.cases(rng, scale, SEGMENTS)
