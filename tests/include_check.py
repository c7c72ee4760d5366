#!/usr/bin/env python3
"""Every header stands alone: a contestant may paste or include any one of them first.

For each geometry/**/*.hpp:
  (a) lint: every standard-library name the header uses (std::X, and assert, size_t,
      int64_t, INT_MAX...) has its standard header included by the header itself, not only
      through another header (libstdc++ hides such gaps; another library or a paste order
      does not):   file:line: uses std::X without #include <Y>
      A std:: name missing from NAMES below is an error too, so the table stays complete.
  (b) unused: an included standard header that no name of the file needs:
      file:line: includes <Y> but uses nothing from it
      (an error: the table is complete for the library; `// keep` on the line allows one).
  (c) compile: a translation unit holding only the header (included twice: the guard) and
      `int main() {}` passes `CXX -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror`.
(a) and (b) are lexical (comments and strings stripped), not a parser.

Usage: include_check.py [--cxx g++] [--jobs 2] [--no-compile] [FILES...]
         (default: geometry/**/*.hpp; exit 1 on any finding)
       include_check.py --self-test   (tests/include_check_fixtures/: each line marked
         `// FLAG <Y>` must be reported with <Y>, and no other line; bad_*.hpp must fail
         to compile alone with the diagnostic its `// EXPECT: ` names, good_*.hpp compile)
"""
import concurrent.futures
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

from lint_eps import strip  # comments and literals blanked, newlines kept

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "include_check_fixtures"

ANY = "*"  # satisfied by any standard header (std::size_t and friends are in all of them)


def _names(header, words):
    return {w: (header,) for w in words.split()}


# std::NAME -> the headers that declare it (the first is the one to suggest).
NAMES = {
    **_names("<algorithm>", """
        all_of any_of none_of for_each find find_if find_if_not find_end find_first_of
        adjacent_find count count_if mismatch equal search search_n copy copy_if copy_n
        copy_backward move_backward fill fill_n transform generate generate_n remove
        remove_if remove_copy replace replace_if unique unique_copy reverse reverse_copy
        rotate rotate_copy shuffle sample sort stable_sort partial_sort partial_sort_copy
        nth_element is_sorted is_sorted_until lower_bound upper_bound binary_search
        equal_range merge inplace_merge includes set_union set_intersection set_difference
        set_symmetric_difference make_heap push_heap pop_heap sort_heap is_heap min max
        minmax min_element max_element minmax_element clamp lexicographical_compare
        next_permutation prev_permutation is_permutation partition stable_partition
        partition_point is_partitioned iter_swap swap_ranges"""),
    **_names("<numeric>", """
        iota accumulate inner_product partial_sum adjacent_difference gcd lcm reduce
        transform_reduce inclusive_scan exclusive_scan midpoint"""),
    **_names("<cmath>", """
        sqrt cbrt hypot fma fmin fmax fdim fabs fmod remainder exp exp2 expm1 log log2 log10
        log1p pow sin cos tan asin acos atan atan2 sinh cosh tanh floor ceil trunc round
        lround llround nearbyint rint lrint llrint isfinite isnan isinf isnormal signbit
        copysign nextafter nexttoward ldexp frexp scalbn ilogb logb modf fpclassify"""),
    "abs": ("<cmath>", "<cstdlib>"),
    **_names("<cstdlib>", "llabs labs div ldiv lldiv exit abort rand srand strtol strtoll strtod"),
    **_names("<cstring>", "memcpy memmove memset memcmp strlen strcmp strcpy"),
    **_names("<cstdint>", """
        int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t intmax_t
        uintmax_t intptr_t uintptr_t"""),
    **_names(ANY, "size_t ptrdiff_t nullptr_t"),
    **_names("<utility>", """
        pair make_pair swap exchange forward move move_if_noexcept declval as_const
        integer_sequence make_integer_sequence index_sequence make_index_sequence"""),
    "get": ("<tuple>", "<utility>", "<array>", "<variant>"),
    "tuple_size": ("<tuple>", "<utility>", "<array>"),
    "tuple_element": ("<tuple>", "<utility>", "<array>"),
    **_names("<tuple>", "tuple tie make_tuple forward_as_tuple tuple_cat apply ignore"),
    **_names("<limits>", "numeric_limits"),
    **_names("<type_traits>", """
        integral_constant bool_constant true_type false_type enable_if enable_if_t
        conditional conditional_t decay decay_t common_type common_type_t make_signed
        make_signed_t make_unsigned make_unsigned_t underlying_type underlying_type_t void_t
        invoke_result invoke_result_t remove_cv remove_cv_t remove_reference
        remove_reference_t remove_const remove_const_t add_const add_const_t conjunction
        disjunction negation conjunction_v disjunction_v negation_v"""),
    **_names("<iterator>", """
        prev next advance distance back_inserter inserter front_inserter reverse_iterator
        iterator_traits make_reverse_iterator rbegin rend"""),
    "begin": ("<iterator>", "<vector>", "<array>", "<string>", "<set>", "<map>", "<deque>"),
    "end": ("<iterator>", "<vector>", "<array>", "<string>", "<set>", "<map>", "<deque>"),
    "size": ("<iterator>", "<vector>", "<array>", "<string>", "<set>", "<map>", "<deque>"),
    **_names("<vector>", "vector"),
    **_names("<array>", "array"),
    **_names("<deque>", "deque"),
    **_names("<list>", "list"),
    **_names("<set>", "set multiset"),
    **_names("<map>", "map multimap"),
    **_names("<unordered_set>", "unordered_set unordered_multiset"),
    **_names("<unordered_map>", "unordered_map unordered_multimap"),
    **_names("<queue>", "queue priority_queue"),
    **_names("<stack>", "stack"),
    **_names("<bitset>", "bitset"),
    **_names("<string>", "string to_string stoi stol stoll stoul stoull stod stold"),
    "getline": ("<string>", "<istream>", "<iostream>"),
    **_names("<string_view>", "string_view"),
    **_names("<optional>", "optional nullopt make_optional"),
    **_names("<variant>", "variant visit holds_alternative"),
    **_names("<complex>", "complex"),
    **_names("<functional>", "function hash less greater less_equal greater_equal equal_to plus minus"),
    **_names("<memory>", "unique_ptr shared_ptr make_unique make_shared"),
    **_names("<random>", """
        mt19937 mt19937_64 minstd_rand random_device uniform_int_distribution
        uniform_real_distribution normal_distribution bernoulli_distribution"""),
    **_names("<chrono>", "chrono"),
    **_names("<bit>", "bit_cast popcount countl_zero countr_zero bit_width"),
    **_names("<stdexcept>", "runtime_error logic_error invalid_argument out_of_range domain_error"),
    **_names("<exception>", "exception terminate"),
    **_names("<initializer_list>", "initializer_list"),
    **_names("<sstream>", "ostringstream istringstream stringstream"),
    **_names("<iomanip>", "setprecision setw setfill quoted"),
    **_names("<iostream>", "cin cout cerr clog"),
    "istream": ("<istream>", "<iostream>", "<sstream>"),
    "ostream": ("<ostream>", "<iostream>", "<sstream>"),
    "endl": ("<ostream>", "<iostream>"),
    **{w: ("<ios>", "<istream>", "<ostream>", "<iostream>", "<sstream>")
       for w in "ios ios_base streamsize fixed scientific defaultfloat hexfloat".split()},
}
# std::is_X / std::is_X_v / std::X_t / std::X_v of the type traits not listed above.
TRAIT = re.compile(r"^(is_\w+|has_\w+|remove_\w+|add_\w+|\w+_v)$")

# Unqualified names: macros, and the C names the library writes without std::.
BARE = [
    (re.compile(r"(?<![\w:.>])assert\s*\("), "assert", ("<cassert>",)),
    (re.compile(r"(?<![\w:.>])(?:u?int(?:8|16|32|64|max|ptr)_t)\b"), None, ("<cstdint>",)),
    (re.compile(r"(?<![\w:.>])(?:size_t|ptrdiff_t)\b"), None, (ANY,)),
    (re.compile(r"\b(?:U?(?:CHAR|SHRT|INT|LONG|LLONG)_(?:MAX|MIN))\b"), None, ("<climits>",)),
    (re.compile(r"\b(?:FLT|DBL|LDBL)_[A-Z_]+\b"), None, ("<cfloat>",)),
    (re.compile(r"\b(?:INFINITY|NAN|HUGE_VALL?|HUGE_VALF)\b"), None, ("<cmath>",)),
]
# Headers that only exist to provide what ANY names (and the C headers' globals).
FOR_ANY = {"<cstddef>"}

STD = re.compile(r"(?<![\w:])(?:::)?std\s*::\s*([A-Za-z_]\w*)")
INCLUDE = re.compile(r"^\s*#\s*include\s*(<[^>]+>)(.*)$", re.M)


def args_count(s, open_paren):
    depth, n = 0, 1
    for j in range(open_paren, len(s)):
        c = s[j]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return n if s[open_paren + 1: j].strip() else 0
        elif c == "," and depth == 1:
            n += 1
    return n


def uses(text):
    """[(line, name, headers)]: each standard name at its first use; unknown std:: names
    come back with headers None."""
    s = strip(text)
    s = INCLUDE.sub(lambda m: " " * len(m.group(0)), s)
    line_of = lambda pos: s.count("\n", 0, pos) + 1
    seen, out = set(), []

    def add(pos, name, headers):
        if (name, headers) not in seen:
            seen.add((name, headers))
            out.append((line_of(pos), name, headers))

    for m in STD.finditer(s):
        name = m.group(1)
        headers = NAMES.get(name)
        if name == "move":  # std::move(first, last, out) is the algorithm
            p = re.compile(r"\s*\(").match(s, m.end())
            if p and args_count(s, p.end() - 1) == 3:
                headers = ("<algorithm>",)
        if headers is None and TRAIT.match(name):
            headers = ("<type_traits>",)
        add(m.start(), "std::" + name, headers)
    for rx, label, headers in BARE:
        for m in rx.finditer(s):
            add(m.start(), label or m.group(0), headers)
    return out


def lint_text(text):
    """[(line, message, suggested header or None)] for one file's text."""
    included = {}
    for m in INCLUDE.finditer(text):
        included.setdefault(m.group(1), (text.count("\n", 0, m.start()) + 1, "// keep" in m.group(2)))
    found, needed = [], set()
    for line, name, headers in uses(text):
        if headers is None:
            found.append((line, f"uses {name}, which tests/include_check.py does not know: add it to NAMES", None))
            continue
        needed.update(h for h in headers if h != ANY)
        if ANY in headers:
            needed.update(FOR_ANY)
            if not included:
                found.append((line, f"uses {name} without #include <cstddef>", "<cstddef>"))
        elif not any(h in included for h in headers):
            alt = " (or " + ", ".join(headers[1:]) + ")" if len(headers) > 1 else ""
            found.append((line, f"uses {name} without #include {headers[0]}{alt}", headers[0]))
    for header, (line, keep) in included.items():
        if header not in needed and not keep:
            found.append((line, f"includes {header} but uses nothing from it", header))
    return sorted(found)


def compile_alone(headers, cxx, jobs):
    """[(header, diagnostics)] for the headers that do not compile alone."""
    flags = ["-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror", f"-I{ROOT}"]
    env = dict(os.environ, LC_ALL="C")  # plain quotes in diagnostics
    with tempfile.TemporaryDirectory(prefix="include_check.") as tmp:
        def one(i_h):
            i, h = i_h
            tu = pathlib.Path(tmp) / f"tu{i}.cpp"
            inc = h.relative_to(ROOT).as_posix()
            tu.write_text(f'#include "{inc}"\n#include "{inc}"\nint main() {{}}\n')
            r = subprocess.run([cxx, *flags, str(tu)], capture_output=True, text=True, env=env)
            return h, r.returncode, (r.stdout + r.stderr).replace(str(tu), f"<{inc} alone>")

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(one, enumerate(headers)))
    return [(h, out) for h, rc, out in results if rc != 0 or out.strip()]


def rel(f):
    return f.relative_to(ROOT) if f.is_relative_to(ROOT) else f


def run(files, cxx, jobs, do_compile):
    t0 = time.time()
    bad = 0
    for f in files:
        for line, msg, _ in lint_text(f.read_text()):
            print(f"{rel(f)}:{line}: {msg}")
            bad += 1
    failed = compile_alone(files, cxx, jobs) if do_compile else []
    for h, out in failed:
        print(f"{rel(h)}: does not compile alone ({cxx} -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror):")
        print(out.rstrip())
    what = f", {len(failed)} not compiling alone ({cxx})" if do_compile else ""
    print(f"include_check: {len(files)} headers, {bad} include finding(s){what}, {time.time() - t0:.1f} s")
    return 1 if bad or failed else 0


def self_test(cxx, jobs):
    ok = True
    lint_files = sorted(FIXTURES.glob("lint_*.hpp"))
    for f in lint_files:
        text = f.read_text()
        want = {(i + 1, h) for i, l in enumerate(text.splitlines()) if "// FLAG" in l
                for h in re.findall(r"FLAG (<[^>]+>|\?)", l)}
        got = {(line, hdr or "?") for line, _, hdr in lint_text(text)}
        for line, h in sorted(want - got):
            print(f"{rel(f)}:{line}: error: {h} should be reported, was not")
        for line, h in sorted(got - want):
            print(f"{rel(f)}:{line}: error: {h} reported, should not be")
        ok = ok and want == got
        print(f"{'ok  ' if want == got else 'FAIL'} {rel(f)}: {len(want)} expected, {len(got)} reported")
    comp = sorted(FIXTURES.glob("good_*.hpp")) + sorted(FIXTURES.glob("bad_*.hpp"))
    failed = dict(compile_alone(comp, cxx, jobs))
    for f in comp:
        should_fail = f.name.startswith("bad_")
        expect = re.search(r"// EXPECT: (.*)", f.read_text())
        right = (f in failed) == should_fail and (not expect or expect.group(1) in failed.get(f, ""))
        ok = ok and right
        print(f"{'ok  ' if right else 'FAIL'} {rel(f)}: {'fails' if f in failed else 'compiles'} alone")
    if not lint_files or not comp:
        print(f"{rel(FIXTURES)}: fixtures missing")
        ok = False
    return 0 if ok else 1


def main(argv):
    cxx, jobs, do_compile, files, test = "g++", min(2, os.cpu_count() or 1), True, [], False
    it = iter(argv)
    for a in it:
        if a == "--cxx":
            cxx = next(it)
        elif a == "--jobs":
            jobs = int(next(it))
        elif a == "--no-compile":
            do_compile = False
        elif a == "--self-test":
            test = True
        else:
            files.append(pathlib.Path(a).resolve())
    if test:
        return self_test(cxx, jobs)
    return run(files or sorted((ROOT / "geometry").rglob("*.hpp")), cxx, jobs, do_compile)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
