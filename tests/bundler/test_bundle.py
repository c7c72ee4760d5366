"""Tests for snippets/bundle.py. Run from the repo root:
    python3 -m unittest discover -s tests/bundler -v
Needs python3, g++ and cpp (GCC's). Every test works in a temporary folder; nothing in the
repo is written."""
import importlib.util
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(REPO, "snippets", "bundle.py")
FIXTURES = os.path.join(HERE, "fixtures")
LIB = os.path.join(FIXTURES, "lib")
BAD = os.path.join(FIXTURES, "bad")

_spec = importlib.util.spec_from_file_location("cpgeo_bundle", SCRIPT)
bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle)


def run(*args, cwd=FIXTURES, env=None):
    """Run the bundler; returns (exit code, stdout, stderr)."""
    full_env = {k: v for k, v in os.environ.items() if k != "CPGEO_ROOT"}
    full_env.update(env or {})
    p = subprocess.run([sys.executable, SCRIPT, *args], cwd=cwd, env=full_env,
                       capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def cpp_hash(path):
    """The hash one-liner of the snippets' first line, run by the shell on `path`."""
    cmd = bundle.HASH_COMMAND.replace("FILE", shlex.quote(path))
    p = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True)
    return p.stdout.strip()


def cpp_hash_fast(path):
    """Same as cpp_hash without the shell: cpp's output, [:space:] removed, md5."""
    out = subprocess.run(["cpp", "-xc++", "-dD", "-P", "-fpreprocessed", path],
                         capture_output=True).stdout
    return bundle.hashlib.md5(re.sub(rb"[ \t\n\v\f\r]", b"", out)).hexdigest()[:6]


def compile_ok(path, *flags):
    p = subprocess.run(["g++", "-std=c++17", "-Wall", "-Wextra", *flags, path],
                       capture_output=True, text=True)
    return p.returncode == 0, p.stderr


class TempLibrary(unittest.TestCase):
    """A fresh copy of the fixture library in a temporary folder, for each test."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="cpgeo-bundler-")
        self.root = os.path.join(self.tmp, "root")
        shutil.copytree(LIB, self.root)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def read(self, *parts):
        with open(self.path(*parts), encoding="utf-8") as f:
            return f.read()

    def write(self, rel, text):
        p = self.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)


class SnippetTest(TempLibrary):
    """The main job's outputs on the fixture library (one run for the whole class)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="cpgeo-bundler-")
        cls.root = os.path.join(cls.tmp, "root")
        shutil.copytree(LIB, cls.root)
        code, out, err = run("--root", cls.root, cwd=cls.tmp)
        if code != 0:
            raise AssertionError(out + err)
        cls.main_out = out

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def test_main_job_writes_every_snippet_and_reports(self):
        for name in ["a.hpp", "b.hpp", "c.hpp", "guarded.hpp", "sub/d.hpp"]:
            self.assertTrue(os.path.isfile(self.path("snippets", name)), name)
            text = self.read("snippets", name)
            h, code = bundle.code_hash(text), bundle.code_lines(text)
            budget = re.search(rf"(?m)^{re.escape(name)} (\d+)$", self.read("snippets",
                               "budget.txt")).group(1)
            self.assertRegex(self.main_out, rf"(?m)^{re.escape(name)}\s+{text.count(chr(10))}"
                             rf"\s+{code}\s+{budget}\s+{len(text)}\s+{h}$")
        self.assertIn("example: OK", self.main_out)
        self.assertTrue(os.path.isfile(self.path("build", "example", "solution.bundled.cpp")))
        self.assertRegex(self.main_out, r"(?m)^5 snippets, example OK$")

    def test_order_each_file_once_std_includes_on_top(self):
        text = self.read("snippets", "c.hpp")
        lines = text.split("\n")
        self.assertTrue(lines[0].startswith("// cpgeo c.hpp, hash "), lines[0])
        self.assertEqual(lines[1:5], ["#include <vector>", "#include <cstddef>",
                                      "#include <algorithm>", "#include <numeric>"])
        self.assertEqual(lines[5], "")
        for marker in ["// a.hpp:", "// b.hpp:", "// c.hpp:", "inline int fixture_a(",
                       "inline int fixture_b(", "inline int fixture_c("]:
            self.assertEqual(text.count(marker), 1, marker)
        pos = [text.index(m) for m in ["// a.hpp:", "// b.hpp:", "// c.hpp:"]]
        self.assertEqual(pos, sorted(pos))
        self.assertNotRegex(text, r"(?m)^\s*#\s*pragma\s+once")
        self.assertNotRegex(text, r'(?m)^\s*#\s*include\s*"')
        self.assertEqual(len(re.findall(r"(?m)^#include <vector>$", text)), 1)
        # a conditional std include stays where it was; the EPS default stays too
        self.assertIn("#ifdef _MSC_VER\n#include <intrin.h>\n#endif", text)
        self.assertIn("#ifndef FIXTURE_EPS\n#define FIXTURE_EPS 3\n#endif", text)
        # comments kept, including text that merely looks like an include
        self.assertIn('#include "nowhere.hpp" here is not a directive', text)

    def test_subfolder_and_include_guard(self):
        text = self.read("snippets", "sub", "d.hpp")
        self.assertTrue(text.startswith("// cpgeo sub/d.hpp, hash "))
        pos = [text.index(m) for m in ["inline int fixture_a(", "inline int fixture_g(",
                                       "inline std::string fixture_d("]]
        self.assertEqual(pos, sorted(pos))
        self.assertNotIn("FIXTURE_GUARDED_HPP", text)
        guarded = self.read("snippets", "guarded.hpp")
        self.assertNotIn("FIXTURE_GUARDED_HPP", guarded)
        self.assertEqual(guarded.count("#endif"), 1)  # its own guard went, ours came
        self.assertIn("inline int fixture_g()", guarded)

    def test_each_header_keeps_a_guard_named_after_its_path(self):
        text = self.read("snippets", "sub", "d.hpp")
        for guard, comment in [("GEO_A_HPP", "// a.hpp:"), ("GEO_GUARDED_HPP", "// guarded.hpp:"),
                               ("GEO_SUB_D_HPP", "// sub/d.hpp:")]:
            # the guard opens where #pragma once (or the file's own guard) was
            self.assertRegex(text, rf"{re.escape(comment)}.*\n#ifndef {guard}\n#define {guard}\n")
        self.assertEqual(text.count("#endif"), 3 + 1)  # three guards and a.hpp's EPS block
        self.assertTrue(text.endswith("}  // namespace fx\n#endif\n"), text[-60:])

    def test_snippets_paste_together(self):
        names = ["a.hpp", "b.hpp", "c.hpp", "guarded.hpp", "sub/d.hpp"]
        for order in (names, names[::-1]):
            p = os.path.join(self.tmp, "pasted.cpp")
            with open(p, "w") as f:
                f.write("\n".join(self.read("snippets", n) for n in order)
                        + "int main() { return fx::fixture_c({1}) + fx::fixture_d().size() > 0"
                        " ? 0 : 1; }\n")
            ok, err = compile_ok(p, "-fsyntax-only", "-Werror", "-Wpedantic", "-Wshadow")
            self.assertTrue(ok, err)

    def test_namespace_geo_opened_once_around_consecutive_headers(self):
        lib = TempLibrary("run")
        lib.setUp()
        try:
            lib.write("geometry/g1.hpp", "// g1.hpp: one\n#pragma once\n\nnamespace geo {\n"
                      "inline int g1() { return 1; }\n}  // namespace geo\n")
            lib.write("geometry/g2.hpp", '// g2.hpp: two\n#pragma once\n#include "g1.hpp"\n'
                      "#define G2_LIMIT 2\nnamespace geo {\ninline int g2() { return g1(); }\n"
                      "}  // namespace geo\n")
            lib.write("geometry/g3.hpp", '// g3.hpp: three\n#pragma once\n#include "g2.hpp"\n'
                      "\nnamespace geo {\ninline int g3() { return g2() + G2_LIMIT; }\n"
                      "}  // namespace geo\n")
            code, out, err = run("--root", lib.root, cwd=lib.tmp)
            self.assertEqual(code, 0, out + err)
            g3 = lib.read("snippets", "g3.hpp")
            # g1 and g3 are one namespace block each; g2 (a macro outside it) stays whole
            self.assertEqual(g3.count("namespace geo {"), 3, g3)
            self.assertEqual(g3.count("}  // namespace geo"), 3, g3)
            self.assertRegex(g3, r"namespace geo \{\n\n// g1.hpp: one\n#ifndef GEO_G1_HPP\n")
            self.assertRegex(g3, r"#endif\n\n\}  // namespace geo\n\n// g2.hpp: two\n#ifndef GEO_G2_HPP")
            self.assertTrue(g3.endswith("#endif\n\n}  // namespace geo\n"), g3[-80:])
            one = lib.read("snippets", "g1.hpp")
            self.assertEqual(one.count("namespace geo {"), 1, one)
            p = os.path.join(lib.tmp, "pasted.cpp")
            with open(p, "w") as f:
                f.write(one + g3 + lib.read("snippets", "g2.hpp")
                        + "int main() { return geo::g3() == 3 ? 0 : 1; }\n")
            ok, err = compile_ok(p, "-Werror", "-Wpedantic", "-o", p + ".out")
            self.assertTrue(ok, err)
            self.assertEqual(subprocess.run([p + ".out"]).returncode, 0)
        finally:
            lib.tearDown()

    def test_blank_lines_collapsed(self):
        for name in ["a.hpp", "c.hpp", "sub/d.hpp"]:
            text = self.read("snippets", name)
            self.assertNotIn("\n\n\n", text, name)
            self.assertTrue(text.endswith("\n") and not text.endswith("\n\n"), name)

    def test_snippets_compile_alone(self):
        for name in ["a.hpp", "b.hpp", "c.hpp", "guarded.hpp", "sub/d.hpp"]:
            ok, err = compile_ok(self.path("snippets", name), "-x", "c++", "-fsyntax-only",
                                 "-Werror")
            self.assertTrue(ok, f"{name}\n{err}")

    def test_hash_in_first_line_matches_cpp(self):
        for name in ["a.hpp", "c.hpp", "sub/d.hpp"]:
            p = self.path("snippets", name)
            first = self.read("snippets", name).split("\n", 1)[0]
            h = re.search(r"hash ([0-9a-f]{6});", first).group(1)
            self.assertEqual(h, cpp_hash(p), name)
            self.assertIn("check: " + bundle.HASH_COMMAND, first)
            code, out, _ = run("--hash", p)
            self.assertEqual((code, out), (0, h + "\n"))



class MaintenanceTest(TempLibrary):
    """--check and the main job keeping snippets/ in step with geometry/."""

    def setUp(self):
        super().setUp()
        code, out, err = run("--root", self.root, cwd=self.tmp)
        self.assertEqual(code, 0, out + err)

    def test_check_clean_then_stale_missing_extra(self):
        code, out, _ = run("--check", "--root", self.root)
        self.assertEqual(code, 0, out)
        with open(self.path("snippets", "b.hpp"), "a", encoding="utf-8") as f:
            f.write("// hand edit\n")
        os.remove(self.path("snippets", "sub", "d.hpp"))
        self.write("snippets/zz.hpp", "// left over\n")
        before = {n: os.path.getmtime(self.path("snippets", n)) for n in ["a.hpp", "b.hpp"]}
        code, out, _ = run("--check", "--root", self.root)
        self.assertEqual(code, 1)
        self.assertRegex(out, r"(?m)^stale:\s+snippets/b\.hpp$")
        self.assertRegex(out, r"(?m)^missing:\s+snippets/sub/d\.hpp$")
        self.assertRegex(out, r"(?m)^extra:\s+snippets/zz\.hpp$")
        self.assertNotIn("a.hpp", out)
        self.assertEqual(before, {n: os.path.getmtime(self.path("snippets", n))
                                  for n in ["a.hpp", "b.hpp"]})  # --check writes nothing
        code, out, _ = run("--root", self.root)
        self.assertEqual(code, 0, out)
        self.assertIn("deleted snippets/zz.hpp", out)
        self.assertEqual(run("--check", "--root", self.root)[0], 0)

    def test_removed_header_removes_snippet_and_empty_folder(self):
        os.remove(self.path("geometry", "sub", "d.hpp"))
        code, out, _ = run("--root", self.root)
        self.assertEqual(code, 0, out)
        self.assertIn("deleted snippets/sub/d.hpp", out)
        self.assertFalse(os.path.exists(self.path("snippets", "sub")))

    def test_cpgeo_root_environment(self):
        os.remove(self.path("snippets", "a.hpp"))
        code, out, _ = run("--check", env={"CPGEO_ROOT": self.root})
        self.assertEqual(code, 1)
        self.assertIn("missing: snippets/a.hpp", out)

    def test_example_failure_is_reported(self):
        self.write("tests/example/sample.out", "19\n")
        code, out, _ = run("--root", self.root)
        self.assertEqual(code, 1)
        self.assertIn("example: FAIL", out)

    def test_example_trailing_whitespace_ignored(self):
        self.write("tests/example/sample.out", "18   \n\n\n")
        code, out, _ = run("--root", self.root)
        self.assertEqual(code, 0, out)

    def test_header_error_keeps_other_snippets(self):
        self.write("geometry/broken.hpp", '#pragma once\n#include "absent.hpp"\n')
        code, out, err = run("--root", self.root, cwd=self.root)
        self.assertEqual(code, 1)
        self.assertIn('geometry/broken.hpp:2: error: cannot find include "absent.hpp"', err)
        self.assertTrue(os.path.exists(self.path("snippets", "a.hpp")))
        self.assertEqual(run("--check", "--root", self.root)[0], 1)


class SolutionTest(TempLibrary):
    def bundled(self, solution, *extra):
        code, out, err = run(solution, "--root", self.root, *extra, cwd=self.tmp)
        self.assertEqual(code, 0, err)
        return out

    def test_user_lines_stay_in_place(self):
        sol = os.path.join(FIXTURES, "user", "solution.cpp")
        out = self.bundled(sol)
        lines = out.split("\n")
        self.assertRegex(lines[0], r"^// cpgeo bundle of solution\.cpp, hash [0-9a-f]{6}; check: ")
        self.assertEqual(lines[1:10], [
            '#pragma GCC optimize("O2")', "#define FIXTURE_EPS 5", "#include <cstdio>",
            "#include <vector>", "#include <cstddef>", "#include <algorithm>",
            "#include <numeric>", "", "#ifndef FIXTURE_EPS"])
        # the library's comments go by default, the solution's own stay
        self.assertNotIn("// a.hpp: fixture A", out)
        self.assertNotIn("// namespace fx", out)
        self.assertIn("  // fixture_c: (2 + 5) * 2 + 9 = 23;", out)
        self.assertFalse(any(line != line.rstrip() for line in lines))
        kept = self.bundled(sol, "--keep-comments")
        self.assertEqual(kept.split("\n")[9],
                         "// a.hpp: fixture A (a tiny fake cpgeo header). Needs <vector>.")
        self.assertIn("}  // namespace fx", kept)
        self.assertEqual(bundle.code_hash(out), bundle.code_hash(kept))
        self.assertLess(len(out), len(kept))
        # d.hpp's new standard includes come at its own include line, before its headers
        pos = [out.index(m) for m in ["inline int fixture_c(", "#include <cstdlib>",
                                      "#include <string>", "inline int fixture_g(",
                                      "inline std::string fixture_d(", "int main()"]]
        self.assertEqual(pos, sorted(pos))
        for std in ["vector", "algorithm", "cstddef", "numeric", "cstdlib", "string", "cstdio"]:
            self.assertEqual(len(re.findall(rf"(?m)^#include <{std}>$", out)), 1, std)
        self.assertEqual(out.count("inline int fixture_a("), 1)
        self.assertIn('#ifdef LOCAL\n#include "debug.h"\n#endif', out)
        self.assertNotRegex(out, r"(?m)^\s*#\s*pragma\s+once")
        self.assertNotIn("\n\n\n", out)

    def test_bundle_compiles_alone_and_runs(self):
        out_path = os.path.join(self.tmp, "deep", "er", "bundled.cpp")
        code, stdout, err = run(os.path.join(FIXTURES, "user", "solution.cpp"),
                                "--root", self.root, "-o", out_path, cwd=self.tmp)
        self.assertEqual((code, stdout), (0, ""), err)
        binary = os.path.join(self.tmp, "sol")
        ok, err = compile_ok(out_path, "-Werror", "-o", binary)
        self.assertTrue(ok, err)
        self.assertEqual(subprocess.run([binary], capture_output=True, text=True).stdout,
                         "23 14\n")
        with open(out_path) as f:
            h = re.search(r"hash ([0-9a-f]{6});", f.readline()).group(1)
        self.assertEqual(h, cpp_hash(out_path))

    def test_quoted_include_beside_the_solution_is_inlined(self):
        self.write("contest/tpl.hpp", '#pragma once\n#include "geometry/a.hpp"\n'
                   "inline int tpl() { return 1; }\n")
        self.write("contest/x.cpp", '#include "tpl.hpp"\n#include <geometry/b.hpp>\n'
                   "int main() { return tpl() + fx::fixture_b({}) - 7; }\n")
        out = self.bundled(self.path("contest", "x.cpp"))
        pos = [out.index(m) for m in ["inline int fixture_a(", "inline int tpl(",
                                      "inline int fixture_b(", "int main()"]]
        self.assertEqual(pos, sorted(pos))
        p = os.path.join(self.tmp, "x.cpp")
        with open(p, "w") as f:
            f.write(out)
        ok, err = compile_ok(p, "-fsyntax-only")
        self.assertTrue(ok, err)

    def test_include_cycle_through_the_solution(self):
        self.write("geometry/loop.hpp", '#pragma once\n#include "../me.cpp"\n')
        self.write("me.cpp", '#include "geometry/loop.hpp"\nint main() {}\n')
        code, _, err = run("me.cpp", "--root", self.root, cwd=self.root)
        self.assertEqual(code, 1)
        self.assertIn("geometry/loop.hpp:2: error: include cycle: me.cpp -> geometry/loop.hpp"
                      " -> me.cpp", err)


class GuardPlacementTest(TempLibrary):
    def test_code_before_pragma_once_puts_the_guard_on_top(self):
        self.write("geometry/early.hpp", "// early.hpp\nint early_a;\n#pragma once\nint early_b;\n")
        self.write("geometry/late.hpp", "// late.hpp\n/* more */\n#pragma once\nint late;\n")
        lib = bundle.Library(self.root)
        self.assertEqual(lib.snippet(self.path("geometry", "early.hpp")).split("\n", 1)[1],
                         "#ifndef GEO_EARLY_HPP\n#define GEO_EARLY_HPP\n// early.hpp\n"
                         "int early_a;\nint early_b;\n#endif\n")
        self.assertEqual(lib.snippet(self.path("geometry", "late.hpp")).split("\n", 1)[1],
                         "// late.hpp\n/* more */\n#ifndef GEO_LATE_HPP\n#define GEO_LATE_HPP\n"
                         "int late;\n#endif\n")


class IncludePathTest(TempLibrary):
    """-I (repeatable, in order), $CPLUS_INCLUDE_PATH after it, standard headers never
    inlined, <bits/stdc++.h> covering the standard includes."""

    def setUp(self):
        super().setUp()
        self.write("inc1/lib/x.hpp",
                   "#pragma once\n#include <vector>\ninline int x1() { return 1; }\n")
        self.write("inc2/lib/x.hpp", "#pragma once\ninline int x2() { return 2; }\n")
        self.write("inc2/lib/y.hpp", '#pragma once\n#include "x.hpp"\n#include <lib/z.hpp>\n'
                   "inline int y() { return 3; }\n")
        self.write("inc2/lib/z.hpp", "#pragma once\ninline int z() { return 4; }\n")
        self.write("inc2/vector", "#error a file named like a standard header\n")
        self.write("inc2/bits/stdc++.h", "#error a copy of bits/stdc++.h\n")
        self.write("sol.cpp", "#include <lib/x.hpp>\n#include <lib/y.hpp>\n"
                   '#include "geometry/a.hpp"\nint main() { return 0; }\n')

    def run_in(self, *args, env=None):
        return run(*args, "--root", self.root, cwd=self.root, env=env)

    def test_repeatable_in_order(self):
        code, out, err = self.run_in("sol.cpp", "-I", "inc1", "-Iinc2")
        self.assertEqual(code, 0, err)
        # <lib/x.hpp> from inc1 (first); y.hpp's quoted "x.hpp" is the one beside it
        pos = [out.index(m) for m in ["inline int x1()", "inline int x2()", "inline int z()",
                                      "inline int y()", "inline int fixture_a("]]
        self.assertEqual(pos, sorted(pos))
        self.assertIn("inline int z()", out)
        self.assertNotIn("#error", out)  # <vector>, <bits/stdc++.h> never inlined
        self.assertNotRegex(out, r"(?m)^#include <lib/")
        code, out, err = self.run_in("sol.cpp", "-I", "inc2", "-I", "inc1")
        self.assertEqual(code, 0, err)
        self.assertIn("inline int x2()", out)
        self.assertNotIn("inline int x1()", out)

    def test_cplus_include_path_after_the_i_folders(self):
        env = {"CPLUS_INCLUDE_PATH": os.pathsep.join(
            ["", self.path("nowhere"), self.path("inc2")])}
        code, out, err = self.run_in("sol.cpp", env=env)
        self.assertEqual(code, 0, err)
        self.assertIn("inline int x2()", out)
        code, out, err = self.run_in("sol.cpp", "-Iinc1", env=env)
        self.assertEqual(code, 0, err)
        self.assertIn("inline int x1()", out)
        self.assertIn("inline int y()", out)

    def test_snippets_ignore_cplus_include_path(self):
        self.write("shadow/geometry/a.hpp", "#error shadow\n")
        env = {"CPLUS_INCLUDE_PATH": self.path("shadow")}
        self.assertEqual(run("--root", self.root, cwd=self.tmp, env=env)[0], 0)
        self.assertNotIn("#error", self.read("snippets", "c.hpp"))

    def test_bad_i_folder_and_missing_include(self):
        code, out, err = self.run_in("sol.cpp", "-Iinc1", "-I", "absent")
        self.assertEqual((code, out, err), (1, "", "absent:0: error: no such folder (given with"
                                            " -I)\n"))
        self.write("bad.cpp", '#include "lib/none.hpp"\n')
        code, _, err = self.run_in("bad.cpp", "-I", "inc1")
        self.assertEqual(code, 1)
        self.assertEqual(err, f'bad.cpp:1: error: cannot find include "lib/none.hpp" (looked in'
                         f' ., inc1, .)\n')
        code, _, err = run("--check", "-I", "inc1", cwd=self.root)
        self.assertEqual(code, 2)
        self.assertIn("-I needs a SOLUTION", err)

    def test_angled_not_found_stays_a_standard_include(self):
        self.write("s.cpp", "#include <lib/x.hpp>\n#include <vector>\nint main() {}\n")
        code, out, err = self.run_in("s.cpp")
        self.assertEqual(code, 0, err)
        self.assertIn("#include <lib/x.hpp>\n#include <vector>\n", out)

    def test_bits_stdcpp_covers_the_standard_headers(self):
        self.write("b.cpp", "#include <bits/stdc++.h>\n#include <vector>\n"
                   '#include "geometry/sub/d.hpp"\n#include <ext/pb_ds/assoc_container.hpp>\n'
                   "int main() { std::printf(\"%s\\n\", fx::fixture_d().c_str()); }\n")
        code, out, err = self.run_in("b.cpp")
        self.assertEqual(code, 0, err)
        self.assertEqual(re.findall(r"(?m)^#include.*$", out),
                         ["#include <bits/stdc++.h>", "#include <ext/pb_ds/assoc_container.hpp>"])
        p = os.path.join(self.tmp, "b.cpp")
        with open(p, "w") as f:
            f.write(out)
        binary = os.path.join(self.tmp, "b")
        ok, err = compile_ok(p, "-o", binary)
        self.assertTrue(ok, err)
        self.assertEqual(subprocess.run([binary], capture_output=True, text=True).stdout, "12\n")
        # after a cpgeo include, <bits/stdc++.h> does not take back what came before it
        self.write("b2.cpp", '#include "geometry/a.hpp"\n#include <bits/stdc++.h>\n'
                   "#include <vector>\nint main() {}\n")
        code, out, err = self.run_in("b2.cpp")
        self.assertEqual(re.findall(r"(?m)^#include.*$", out), [
            "#include <vector>", "#include <cstddef>", "#include <bits/stdc++.h>"])


class OutputOptionsTest(TempLibrary):
    """Comments, #line directives and the size report of a solution's bundle."""

    def test_line_directives_map_every_line_to_its_origin(self):
        sol = os.path.join(FIXTURES, "user", "solution.cpp")
        for extra in [["--keep-comments"], []]:
            code, out, err = run(sol, "--root", self.root, "--line-directives", *extra,
                                 cwd=self.root)
            self.assertEqual(code, 0, err)
            self.assertIn('#line 1 "', out.split("\n")[1])
            at, checked = None, 0
            for line in out.split("\n")[1:-1]:
                m = re.match(r'#line (\d+) "(.*)"$', line)
                if m:
                    at = [m.group(2), int(m.group(1))]
                    continue
                if not line.startswith("#include <") and line:
                    with open(os.path.join(self.root, at[0]) if not os.path.isabs(at[0])
                              else at[0]) as f:
                        original = f.read().split("\n")[at[1] - 1]
                    if extra:
                        self.assertEqual(line, original, at)
                    else:  # the fixtures' comments end their lines
                        self.assertTrue(original.startswith(line), (at, line, original))
                    checked += 1
                at[1] += 1
            self.assertGreater(checked, 25)
        code, out, _ = run(sol, "--root", self.root, cwd=self.root)
        self.assertNotIn("#line", out)

    def test_compiler_messages_name_the_original_line(self):
        self.write("geometry/oops.hpp", "// oops.hpp\n#pragma once\n#include <vector>\n\n"
                   "// a comment\n/* two\n lines */\ninline int oops() { return nope; }\n")
        self.write("s.cpp", '#include <cstdio>\n#include "geometry/oops.hpp"\n\n'
                   "int main() { return also_nope; }\n")
        code, out, err = run("s.cpp", "--root", self.root, "--line-directives", cwd=self.root)
        self.assertEqual(code, 0, err)
        p = self.path("s.bundled.cpp")
        with open(p, "w") as f:
            f.write(out)
        ok, err = compile_ok(p, "-fsyntax-only")
        self.assertFalse(ok)
        self.assertIn("geometry/oops.hpp:8:", err)
        self.assertIn("s.cpp:4:", err)

    def test_strip_keeps_the_hash_on_random_sources(self):
        """strip_comments changes only comments and whitespace: the same hash on the lexer's
        hard cases (random soup, fixed seed)."""
        pieces = ["//", "/*", "*/", '"', "'", "\\", "\n", "\n", " ", 'R"(', ')"', "1'000",
                  "'a'", '"s"', "x", "u8", "R", "#", "(", ";", "\\\n", "/* c */", "// d\n"]
        lines = ["#pragma once", "#define A 1 // c", "/* c */#define B", "#include <v>",
                 "  # define C /* x", "#if 0", "#endif", "x; // e \\"]
        rng = random.Random(7)
        for _ in range(300):
            parts = [("\n" + rng.choice(lines) + "\n") if rng.random() < 0.2
                     else rng.choice(pieces) for _ in range(rng.randint(1, 50))]
            text = "".join(parts)
            items = [(t, ("f", k + 1)) for k, t in enumerate(text.split("\n"))]
            stripped = "\n".join("" if x is None else x[0] for x in bundle.strip_comments(items))
            self.assertEqual(bundle.code_hash(stripped), bundle.code_hash(text), repr(text))

    def test_size_report_and_warning(self):
        self.write("s.cpp", '#include "geometry/big.hpp"\nint main() { return v0; }\n')
        body = "".join(f"int v{k} = {k};  // {'why ' * 8}\n" for k in range(1500))
        self.write("geometry/big.hpp", "#pragma once\n" + body)
        out_path = self.path("out", "s.cpp")
        code, out, err = run("s.cpp", "--root", self.root, "-o", out_path, cwd=self.root)
        self.assertEqual((code, out), (0, ""))
        size = os.path.getsize(out_path)
        self.assertLess(size, 65535)
        with open(out_path) as f:
            lines = f.read().count("\n")
        self.assertEqual(err, f"s.cpp: bundle of {size:,} bytes, {lines} lines -> out/s.cpp\n")
        code, out, err = run("s.cpp", "--root", self.root, "--keep-comments", cwd=self.root)
        size = len(out.encode())
        self.assertGreater(size, 65535)
        self.assertEqual(code, 0)
        self.assertEqual(err.split("\n")[1], f"s.cpp:0: warning: the bundle is {size:,} bytes,"
                         " over the 65,535-byte source limit of some judges")
        self.assertIn("-> stdout", err)


class BudgetTest(TempLibrary):
    """snippets/budget.txt: --update-budgets writes it, --check enforces it."""

    def check(self):
        return run("--check", "--root", self.root, cwd=self.root)

    def test_update_then_check(self):
        os.remove(self.path("snippets", "budget.txt"))
        code, out, err = self.check()
        self.assertEqual(code, 1)
        self.assertIn("snippets/budget.txt:0: error: cannot read the budget file", err)
        self.assertEqual(run("--update-budgets", "--root", self.root, cwd=self.root)[0], 0)
        text = self.read("snippets", "budget.txt")
        self.assertIn("--update-budgets", text)
        self.assertIn("\nsub/d.hpp 25\n", text)
        self.assertEqual(self.check()[0], 1)  # snippets/ itself not written yet
        run("--root", self.root, cwd=self.root)
        code, out, err = self.check()
        self.assertEqual(code, 0, out + err)

    def test_growth_past_the_budget_fails(self):
        run("--root", self.root, cwd=self.root)
        self.assertEqual(self.check()[0], 0)
        with open(self.path("geometry", "b.hpp"), "a") as f:
            f.write("// a comment does not count\n\ninline int grown() { return 1; }\n")
        code, out, err = run("--root", self.root, cwd=self.root)
        self.assertEqual(code, 0)
        self.assertRegex(out, r"(?m)^b\.hpp\s+\d+\s+22\s+21\s+\d+\s+\w{6}  over budget$")
        self.assertRegex(out, r"(?m)^c\.hpp\s+\d+\s+34\s+33\s+")
        code, out, err = self.check()
        self.assertEqual(code, 1)
        lines = self.read("snippets", "budget.txt").split("\n")
        k = lines.index("b.hpp 21") + 1
        self.assertIn(f"snippets/budget.txt:{k}: error: snippets/b.hpp has 22 code lines, over"
                      " its budget of 21", err)
        self.assertIn("snippets/c.hpp has 34 code lines, over its budget of 33", err)
        self.assertNotIn("a.hpp", err)

    def test_missing_extra_duplicate_and_bad_entries(self):
        run("--root", self.root, cwd=self.root)
        text = self.read("snippets", "budget.txt").replace("a.hpp 11\n", "")
        self.write("snippets/budget.txt", text + "gone.hpp 5\nb.hpp 30\nc.hpp many\n")
        n = len(text.split("\n"))
        code, out, err = self.check()
        self.assertEqual(code, 1)
        self.assertIn("snippets/budget.txt:0: error: no budget for a.hpp (11 code lines)", err)
        self.assertIn(f"snippets/budget.txt:{n}: error: budget for gone.hpp, which is no snippet",
                      err)
        self.assertRegex(err, rf"snippets/budget.txt:{n + 1}: error: second budget for b.hpp "
                         r"\(first on line \d+\)")
        self.assertIn(f"snippets/budget.txt:{n + 2}: error: expected NAME LINES, got 'c.hpp many'",
                      err)


class SizeRuleTest(TempLibrary):
    """--check: a job's default snippet has at most 200 code lines (300 for the heavy jobs
    bundle.LARGE_JOBS names); an opt-in X_fast.hpp / X_exact.hpp of an X.hpp only its budget."""

    def header(self, rel, lines, include=None):
        body = "".join(f"inline int f{rel.replace('/', '_')[:-4]}{k}() {{ return {k}; }}\n"
                       for k in range(lines))
        inc = f'#include "{include}"\n' if include else ""
        self.write(f"geometry/{rel}", f"// {rel}: a fixture\n#pragma once\n{inc}{body}")

    def check_after_update(self):
        run("--root", self.root, cwd=self.root)
        self.assertEqual(run("--update-budgets", "--root", self.root, cwd=self.root)[0], 0)
        return run("--check", "--root", self.root, cwd=self.root)

    def test_limits(self):
        self.header("big.hpp", 201)            # over 200
        self.header("small.hpp", 150)
        self.header("small_fast.hpp", 150, "small.hpp")  # opt-in: about 300, allowed
        self.header("small_exact2.hpp", 150, "small.hpp")  # not a variant name: held to 200
        self.header("sweep/arrangement.hpp", 250)  # a heavy job: 300
        self.header("voronoi.hpp", 300)        # over 300 with its guard
        self.header("lone_fast.hpp", 250)      # no lone.hpp: a job of its own, held to 200
        code, out, err = self.check_after_update()
        self.assertEqual(code, 1, out + err)
        over = sorted(re.findall(r"geometry/(\S+):1: error: its snippet has (\d+) code lines,"
                                 r" over the size rule's (\d+)", err))
        self.assertEqual([(n, int(k) > int(m), m) for n, k, m in over],
                         [("big.hpp", True, "200"), ("lone_fast.hpp", True, "200"),
                          ("small_exact2.hpp", True, "200"), ("voronoi.hpp", True, "300")])
        self.assertNotIn("small_fast.hpp", err)
        self.assertNotIn("sweep/arrangement.hpp", err)
        self.assertNotIn("geometry/small.hpp", err)


class CodeLinesTest(unittest.TestCase):
    """code_lines = non-blank lines of  cpp -xc++ -dD -P -fpreprocessed FILE ."""

    def test_against_cpp(self):
        files = [os.path.join(d, f) for d, _, fs in os.walk(FIXTURES) for f in fs
                 if f.endswith((".hpp", ".cpp"))]
        files += [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(REPO, "snippets"))
                  for f in fs if f.endswith(".hpp")]
        self.assertGreater(len(files), 10)
        for p in files:
            out = subprocess.run(["cpp", "-xc++", "-dD", "-P", "-fpreprocessed", p],
                                 capture_output=True, text=True, errors="replace").stdout
            want = sum(1 for line in out.split("\n") if line.strip())
            self.assertEqual(bundle.code_lines(bundle.read_source(p)), want, p)

    def test_small_cases(self):
        self.assertEqual(bundle.code_lines("// c\n\nint a; /* x\n y */ int b;\n#pragma once\n"), 1)
        self.assertEqual(bundle.code_lines('#define A 1 // c\nauto s = R"(a\n\nb)";\n'), 3)


class ErrorTest(unittest.TestCase):
    """Bad inputs: exit 1 (2 for usage) and  file:line: error: message  on stderr."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="cpgeo-bundler-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def solution(self, text, name="sol.cpp"):
        p = os.path.join(self.tmp, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    def bundle_bad(self, text):
        self.solution(text)
        return run("sol.cpp", "--root", BAD, cwd=self.tmp)

    def test_cycle(self):
        code, out, err = self.bundle_bad("#include <geometry/cyc1.hpp>\nint main() {}\n")
        cyc1, cyc2 = (os.path.join(BAD, "geometry", n) for n in ["cyc1.hpp", "cyc2.hpp"])
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, f"{cyc2}:4: error: include cycle: {cyc1} -> {cyc2} -> {cyc1}\n")

    def test_missing_include_in_header(self):
        code, _, err = self.bundle_bad('#include "geometry/missing.hpp"\n')
        self.assertEqual(code, 1)
        self.assertIn(os.path.join(BAD, "geometry", "missing.hpp")
                      + ':4: error: cannot find include "nope.hpp"', err)

    def test_missing_include_in_solution(self):
        code, _, err = self.bundle_bad('#include <vector>\n\n#include "geometry/absent.hpp"\n')
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith('sol.cpp:3: error: cannot find include '
                                       '"geometry/absent.hpp" (looked in ., '), err)
        code, _, err = self.bundle_bad("#include <geometry/absent.hpp>\n")
        self.assertEqual(code, 1)
        self.assertIn("sol.cpp:1: error: cannot find include <geometry/absent.hpp>", err)

    def test_cpgeo_include_inside_conditional(self):
        code, _, err = self.bundle_bad('#include "geometry/cond.hpp"\n')
        self.assertEqual(code, 1)
        self.assertIn(os.path.join(BAD, "geometry", "cond.hpp") + ':4: error: cpgeo header '
                      '"ok.hpp" included inside the #if/#ifdef/#ifndef of line 3', err)
        for inc in ['"geometry/ok.hpp"', "<geometry/ok.hpp>", "<geometry/not-even-there.hpp>"]:
            code, _, err = self.bundle_bad(f"#include <cstdio>\n#if 1\n#include {inc}\n#endif\n")
            self.assertEqual(code, 1, inc)
            self.assertIn(f"sol.cpp:3: error: cpgeo header {inc} included inside the "
                          "#if/#ifdef/#ifndef of line 2", err)

    def test_unresolvable_include_inside_conditional_is_kept(self):
        text = ('#include <cstdio>\n#ifdef LOCAL\n#  include "debug.h"\n#else\n'
                "#define dbg(...)\n#endif\n#include <geometry/ok.hpp>\n"
                "int main() { dbg(1); return fixture_ok() - 1; }\n")
        code, out, err = self.bundle_bad(text)
        self.assertEqual(code, 0, err)
        self.assertIn('#ifdef LOCAL\n#  include "debug.h"\n#else\n', out)
        self.assertIn("inline int fixture_ok()", out)

    def test_missing_input_file(self):
        code, out, err = run("nope.cpp", cwd=self.tmp)
        self.assertEqual((code, out, err), (1, "", "nope.cpp:0: error: no such file\n"))
        code, out, err = run("--hash", "nope.cpp", cwd=self.tmp)
        self.assertEqual((code, err), (1, "nope.cpp:0: error: no such file\n"))

    def test_unreadable_files(self):
        os.mkdir(os.path.join(self.tmp, "adir.cpp"))
        code, _, err = run("adir.cpp", cwd=self.tmp)
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith("adir.cpp:0: error: cannot read file ("), err)
        # A dangling symlink: unreadable even for root (chmod 000 is not).
        os.symlink(os.path.join(self.tmp, "gone.hpp"), os.path.join(self.tmp, "link.hpp"))
        self.solution('#include <cstdio>\n#include "link.hpp"\n')
        code, _, err = run("sol.cpp", "--root", BAD, cwd=self.tmp)
        self.assertEqual(code, 1)
        self.assertIn("link.hpp:0: error: cannot read file (No such file or directory),"
                      " included from sol.cpp:2", err)
        if os.geteuid() != 0:
            p = self.solution("int x;\n", "locked.cpp")
            os.chmod(p, 0)
            code, _, err = run("locked.cpp", cwd=self.tmp)
            self.assertEqual(code, 1)
            self.assertIn("locked.cpp:0: error: cannot read file (Permission denied)", err)

    def test_check_reports_every_broken_header(self):
        code, _, err = run("--check", "--root", BAD, cwd=BAD)
        self.assertEqual(code, 1)
        self.assertIn("geometry/cond.hpp:4: error: cpgeo header", err)
        self.assertIn("geometry/missing.hpp:4: error: cannot find include", err)
        self.assertIn("error: include cycle: geometry/cyc1.hpp -> geometry/cyc2.hpp"
                      " -> geometry/cyc1.hpp", err)

    def test_usage_errors_exit_2(self):
        p = self.solution("int main() {}\n")
        for args in [["--check", p], ["-o", "x.cpp"], ["--bogus"], [p, "--hash", p],
                     [p, "extra.cpp"]]:
            self.assertEqual(run(*args, cwd=self.tmp)[0], 2, args)


class LexerTest(unittest.TestCase):
    def kinds(self, text):
        return [(k, t) for k, t in bundle.scan(text) if k != "code"]

    def test_comments_literals_and_numbers(self):
        self.assertEqual(self.kinds("x = 1'000; // it's\n"), [("comment", "// it's")])
        self.assertEqual(self.kinds("c = 'a' + '\\''; // q\n"),
                         [("literal", "'a'"), ("literal", "'\\''"), ("comment", "// q")])
        self.assertEqual(self.kinds('s = R"x(a)" // b)x"; /* c */\n'),
                         [("literal", 'R"x(a)" // b)x"'), ("comment", "/* c */")])
        self.assertEqual(self.kinds('s = "a//b" "c\\"/*";\n'),
                         [("literal", '"a//b"'), ("literal", '"c\\"/*"')])
        self.assertEqual(self.kinds('u = u8"x"_s;\n'), [("literal", 'u8"x"_s')])

    def test_no_line_splicing_like_cpp_fpreprocessed(self):
        self.assertEqual(self.kinds("a; // c \\\nb;\n"), [("comment", "// c \\")])
        self.assertEqual(self.kinds("'x\nb'\n"), [("literal", "'x"), ("literal", "'")])

    def test_raw_string_in_a_processed_directive_ends_with_the_line(self):
        self.assertEqual(self.kinds('#define S R"(a\n)"\n'),
                         [("literal", 'R"(a'), ("literal", '"')])
        self.assertEqual(self.kinds('#include R"(a\n)"\n'), [("literal", 'R"(a\n)"')])

    def test_units_follow_the_compiler(self):
        units = bundle.split_units('#define A \\\n  1\n/* x\n y */ #include "q"\nint z;\n')
        self.assertEqual([(u.lineno, len(u.raw)) for u in units], [(1, 2), (3, 2), (5, 1)])
        self.assertEqual(bundle.directive(units[1])[0], "include")


class HashTest(unittest.TestCase):
    """code_hash must equal the one-liner in every snippet's first line (GCC's cpp)."""

    @classmethod
    def setUpClass(cls):
        if not shutil.which("cpp"):
            raise AssertionError("cpp (GCC's preprocessor) is needed: apt-get install cpp")

    def test_fixture_files(self):
        files = [os.path.join(FIXTURES, "hash", f) for f in sorted(os.listdir(
            os.path.join(FIXTURES, "hash")))]
        files += [os.path.join(d, f) for d, _, fs in os.walk(FIXTURES) for f in fs
                  if f.endswith((".hpp", ".cpp"))]
        self.assertGreater(len(files), 10)
        for p in files:
            self.assertEqual(bundle.code_hash(bundle.read_source(p)), cpp_hash(p), p)

    def test_repository_snippets(self):
        folder = os.path.join(REPO, "snippets")
        files = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs
                 if f.endswith(".hpp")]
        for p in files:
            self.assertEqual(bundle.code_hash(bundle.read_source(p)), cpp_hash(p), p)

    def test_whitespace_and_comments_do_not_matter(self):
        a = "int f(int x) { return x + 1; }\n"
        b = "// note\nint   f( int x )\n{\n\treturn x+1; /* one */ }\n"
        self.assertEqual(bundle.code_hash(a), bundle.code_hash(b))
        self.assertNotEqual(bundle.code_hash(a), bundle.code_hash(a.replace("1", "2")))

    def test_random_sources_match_cpp(self):
        """Random soup of the lexer's hard cases (quotes, comment marks, raw strings,
        backslashes, digit separators, directives); 400 files, fixed seed."""
        pieces = ["//", "/*", "*/", '"', "'", "\\", "\n", "\n", "\n", " ", " ", "\t", 'R"(',
                  ')"', 'R"ab(', ')ab"', 'u8R"(', "1'000", "'a'", '"s"', "x", "y1", "0x1p-3",
                  "1e+5", ".5", "u8", "L", "R", "u", "u8'", "_s", "#", "(", ")", ";", "*",
                  "/", "\\\n", "\r\n", "\f", "\v", "$", "/* é */", '"é"', "\0", "\r", "é",
                  "'\\''", '"\\""', "??/", "<:", "%:"]
        lines = ["#pragma once", "# pragma once // c", '#pragma GCC warning "w"',
                 "#pragma GCC system_header", "#pragma GCC poison zz",
                 '#pragma GCC optimize("O3")', "#pragma STDC FP_CONTRACT ON",
                 "#pragma omp parallel", '# 5 "x"', "#line 7", "#", "  #", "#define A 1",
                 "#define F(x, ...) x ## y # x", '#sccs "s"', '#ident "i"', "#include <v>",
                 '#include "q.h"', "#if 0", "#endif", "  #pragma once", "#ifndef X",
                 "#define X", "#error it's", "/* c */#pragma once", "#pragma once /*", "#pragma"]
        rng = random.Random(20240611)
        tmp = tempfile.mkdtemp(prefix="cpgeo-hash-")
        try:
            for k in range(400):
                parts = []
                for _ in range(rng.randint(1, 60)):
                    if rng.random() < 0.25:
                        parts.append("\n" + rng.choice(lines) + rng.choice(
                            ["", " ", " x", " // c", " /* d */", "\\"]) + "\n")
                    else:
                        parts.append(rng.choice(pieces))
                p = os.path.join(tmp, f"r{k}.cpp")
                with open(p, "w", encoding="utf-8", newline="") as f:
                    f.write("".join(parts))
                self.assertEqual(bundle.code_hash(bundle.read_source(p)), cpp_hash_fast(p),
                                 repr("".join(parts)))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
