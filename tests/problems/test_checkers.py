#!/usr/bin/env python3
"""Tests of the judge harness itself: the checkers reject wrong answers, the generators
meet the judges' constraints, and judge.py reports crashes, timeouts and wrong answers.

  python3 tests/problems/test_checkers.py        (or: python3 -m unittest discover -s tests/problems)

No compiler needed: the programs judged here are small Python scripts.
"""
import io
import math
import os
import random
import stat
import sys
import tempfile
import unittest
from contextlib import redirect_stdout
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import judge  # noqa: E402

CGL = judge.load_checker("CGL_1_C")
SPA = judge.load_checker("sort_points_by_argument")
_SPA_CASES = []


def spa_cases():
    """sort_points_by_argument cases for seed 1, generated once (about a second)."""
    if not _SPA_CASES:
        _SPA_CASES.extend(SPA.cases(random.Random(1), 1))
    return _SPA_CASES


def diamond(x, y):
    """A third, independent argument key: the diamond angle in (-2, 2], origin 0."""
    if x == 0 and y == 0:
        return Fraction(0)
    if y >= 0:
        d = Fraction(y, x + y) if x >= 0 else 1 - Fraction(x, -x + y)
    else:
        d = 2 - Fraction(y, -x - y) if x < 0 else 3 + Fraction(x, x - y)
    return d - 4 if d > 2 else d


def reference_sort(input_text):
    pts = SPA.parse_input(input_text)
    return "".join(f"{x} {y}\n" for x, y in sorted(pts, key=lambda p: diamond(*p)))


class CGL1CChecker(unittest.TestCase):
    def test_official_samples(self):
        self.assertIsNone(CGL.check("0 0 2 0\n2\n-1 1\n-1 -1\n", "COUNTER_CLOCKWISE\nCLOCKWISE\n"))
        self.assertIsNone(CGL.check("0 0 2 0\n3\n-1 0\n0 0\n3 0\n",
                                    "ONLINE_BACK\nON_SEGMENT\nONLINE_FRONT\n"))

    def test_classify_by_hand(self):
        c = CGL.classify
        self.assertEqual(c(0, 0, 0, 3, 0, 3), "ON_SEGMENT")      # endpoint p1
        self.assertEqual(c(0, 0, 0, 3, 0, 4), "ONLINE_FRONT")
        self.assertEqual(c(0, 0, 0, 3, 0, -1), "ONLINE_BACK")
        self.assertEqual(c(0, 0, 0, 3, -1, 1), "COUNTER_CLOCKWISE")
        self.assertEqual(c(0, 0, 0, 3, 1, 1), "CLOCKWISE")
        self.assertEqual(c(2, 1, -4, -2, -10000, -5000), "ONLINE_FRONT")
        self.assertEqual(c(2, 1, -4, -2, 0, 0), "ON_SEGMENT")
        self.assertEqual(c(-10000, -10000, 10000, 9999, 10000, 10000), "COUNTER_CLOCKWISE")

    def test_every_wrong_word_is_rejected(self):
        inp = "0 0 2 0\n3\n-1 0\n0 0\n3 0\n"
        good = ["ONLINE_BACK", "ON_SEGMENT", "ONLINE_FRONT"]
        for i in range(3):
            for w in CGL.WORDS:
                out = good[:i] + [w] + good[i + 1:]
                verdict = CGL.check(inp, "\n".join(out) + "\n")
                self.assertEqual(verdict is None, w == good[i], (i, w, verdict))

    def test_wrong_count_is_rejected(self):
        inp = "0 0 2 0\n2\n-1 1\n-1 -1\n"
        self.assertIsNotNone(CGL.check(inp, "COUNTER_CLOCKWISE\n"))
        self.assertIsNotNone(CGL.check(inp, "COUNTER_CLOCKWISE\nCLOCKWISE\nCLOCKWISE\n"))
        self.assertIsNotNone(CGL.check(inp, ""))

    def test_cases_are_valid_deterministic_and_cover_all_answers(self):
        a = CGL.cases(random.Random(5), 1)
        self.assertEqual(a, CGL.cases(random.Random(5), 1))
        self.assertNotEqual(a, CGL.cases(random.Random(6), 1))
        for name, text in a:
            self.assertIsNone(CGL.validate(text), name)
        max_words = set()
        for name, text in a:
            if name.startswith("grid_"):
                self.assertEqual(set(CGL.answers(text)), set(CGL.WORDS), name)
            if name.startswith("max_coord_"):
                max_words |= set(CGL.answers(text))
        self.assertEqual(max_words, set(CGL.WORDS))
        joined = " ".join(t for n, t in a if n.startswith("max_coord_"))
        self.assertIn("-10000", joined.split())
        self.assertIn("10000", joined.split())
        self.assertTrue(any(len(CGL.answers(t)) == CGL.MAX_Q for _, t in a))

    def test_validate_rejects(self):
        self.assertIsNotNone(CGL.validate("1 1 1 1\n1\n0 0\n"))          # p0 == p1
        self.assertIsNotNone(CGL.validate("0 0 1 1\n1\n10001 0\n"))      # out of range
        self.assertIsNotNone(CGL.validate("0 0 1 1\n2\n0 0\n"))          # short


class SortPointsChecker(unittest.TestCase):
    def test_reference_accepted_on_small_cases(self):
        for name, text in spa_cases():
            if len(text) < 100000:
                self.assertIsNone(SPA.check(text, reference_sort(text)), name)

    def test_ties_in_any_order(self):
        inp = "4\n2 0\n0 0\n1 0\n0 0\n"
        for out in ("0 0\n2 0\n1 0\n0 0\n", "2 0\n0 0\n0 0\n1 0\n"):
            self.assertIsNone(SPA.check(inp, out))
        self.assertIsNone(SPA.check("3\n2 2\n-1 -1\n1 1\n", "-1 -1\n2 2\n1 1\n"))

    def test_order_and_boundaries(self):
        # -pi is excluded: (-1, 0) comes last, (-1, -1) first; the origin ties with +x.
        self.assertIsNone(SPA.check("3\n-1 0\n-1 -1\n0 0\n", "-1 -1\n0 0\n-1 0\n"))
        self.assertIsNotNone(SPA.check("3\n-1 0\n-1 -1\n0 0\n", "-1 0\n-1 -1\n0 0\n"))
        self.assertIsNotNone(SPA.check("2\n0 0\n1 -1\n", "0 0\n1 -1\n"))
        self.assertIsNotNone(SPA.check("2\n0 1\n1 1\n", "0 1\n1 1\n"))

    def test_swapping_distinct_arguments_is_rejected(self):
        rng = random.Random(2)
        for name, text in spa_cases():
            if len(text) > 100000:
                continue
            lines = reference_sort(text).splitlines()
            keys = [diamond(*map(int, ln.split())) for ln in lines]
            for _ in range(20):
                if len(lines) < 2:
                    break
                i = rng.randrange(len(lines) - 1)
                if keys[i] == keys[i + 1]:
                    continue
                bad = lines[:i] + [lines[i + 1], lines[i]] + lines[i + 2:]
                self.assertIsNotNone(SPA.check(text, "\n".join(bad) + "\n"), (name, i))

    def test_not_a_permutation_is_rejected(self):
        inp = "3\n1 0\n0 1\n0 1\n"
        self.assertIsNone(SPA.check(inp, "1 0\n0 1\n0 1\n"))
        self.assertIsNotNone(SPA.check(inp, "1 0\n1 0\n0 1\n"))   # same length, wrong multiset
        self.assertIsNotNone(SPA.check(inp, "1 0\n0 1\n"))
        self.assertIsNotNone(SPA.check(inp, "1 0\n0 1\n0 1\n0 1\n"))
        self.assertIsNotNone(SPA.check(inp, "1 0\n0 1\n0 1.0\n"))
        self.assertIsNotNone(SPA.check(inp, "1 0\n0 +1\n0 1\n"))

    def test_atan2_in_double_fails_near_collinear(self):
        # The statement warns that double is not enough; our near-collinear cases show it.
        text = dict(spa_cases())["near_collinear_0"]
        pts = SPA.parse_input(text)
        naive = sorted(pts, key=lambda p: math.atan2(p[1], p[0]) if p != (0, 0) else 0.0)
        self.assertIsNotNone(SPA.check(text, "".join(f"{x} {y}\n" for x, y in naive)))

    def test_cases_valid_and_cover_limits(self):
        cs = spa_cases()
        self.assertEqual(cs, SPA.cases(random.Random(1), 1))   # deterministic
        sizes = {}
        for name, text in cs:
            self.assertIsNone(SPA.validate(text), name)
            sizes[name] = int(text.split(None, 1)[0])
        self.assertEqual(min(sizes.values()), 1)
        self.assertEqual(max(sizes.values()), SPA.MAX_N)
        ext = SPA.parse_input(dict(cs)["extreme"])
        self.assertIn((-SPA.LIMIT, SPA.LIMIT), ext)
        self.assertIn((0, 0), SPA.parse_input(dict(cs)["axis"]))

    def test_validate_rejects(self):
        self.assertIsNotNone(SPA.validate("1\n1000000001 0\n"))
        self.assertIsNotNone(SPA.validate("2\n0 0\n"))
        self.assertIsNotNone(SPA.validate("0\n"))


class JudgeScript(unittest.TestCase):
    """judge.py end to end, with Python scripts standing in for compiled programs."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def program(self, body):
        path = os.path.join(self.dir.name, "prog")
        with open(path, "w") as f:
            f.write("#!" + sys.executable + "\nimport sys\n" + body)
        os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
        return path

    def judge(self, *argv):
        buf = io.StringIO()
        with redirect_stdout(buf):
            code = judge.main(list(argv))
        return code, buf.getvalue()

    CORRECT_CGL = (
        "sys.path.insert(0, %r)\nimport judge\nc = judge.load_checker('CGL_1_C')\n"
        "print('\\n'.join(c.answers(sys.stdin.read())))\n" % HERE)

    def test_correct_program_passes(self):
        code, out = self.judge("CGL_1_C", self.program(self.CORRECT_CGL), "--seed", "9")
        self.assertEqual(code, 0, out)
        self.assertRegex(out.splitlines()[-1], r"^\d+ passed, 0 failed$")
        self.assertIn("seed 9", out.splitlines()[0])

    def test_wrong_answer_fails_and_saves_input(self):
        prog = self.program(self.CORRECT_CGL.replace(
            "print(", "print(chr(10).join(a if a != 'ON_SEGMENT' else 'ONLINE_FRONT' for a in ").replace(
            "sys.stdin.read())))", "sys.stdin.read()).__iter__()).split(chr(10))))"))
        code, out = self.judge("CGL_1_C", prog, "--only", "sample")
        self.assertEqual(code, 1, out)
        self.assertEqual(out.splitlines()[-1], "1 passed, 1 failed")
        saved = [ln.split()[2] for ln in out.splitlines() if "input saved:" in ln]
        self.assertEqual(len(saved), 1)
        with open(saved[0]) as f:
            self.assertEqual(f.read(), "0 0 2 0\n3\n-1 0\n0 0\n3 0\n")

    def test_crash_exit_code_and_timeout_fail(self):
        for body, reason in (("import os\nos.abort()\n", "killed by SIGABRT"),
                             ("sys.exit(3)\n", "exit code 3"),
                             ("import time\ntime.sleep(5)\n", "timeout")):
            code, out = self.judge("CGL_1_C", self.program(body), "--only", "sample_1",
                                   "--timeout", "0.5")
            self.assertEqual(code, 1, out)
            self.assertIn(reason, out)
            self.assertEqual(out.splitlines()[-1], "0 passed, 1 failed")

    def test_seed_and_long_mode_from_environment(self):
        prog = self.program(self.CORRECT_CGL)
        old = dict(os.environ)
        try:
            os.environ["CPGEO_SEED"] = "77"
            os.environ["CPGEO_LONG"] = "1"
            code, out = self.judge("CGL_1_C", prog, "--only", "q1")
        finally:
            os.environ.clear()
            os.environ.update(old)
        self.assertEqual(code, 0, out)
        self.assertIn("seed 77, scale %d" % judge.LONG_SCALE, out.splitlines()[0])


if __name__ == "__main__":
    unittest.main()
