// envelope_bench: the line container and the Li Chao tree (geometry/envelope/) on mixed
// operations, against each other and against recomputing every query over all lines.
//
// Inputs (fixed seeds), n operations, half "add a line", half "query at x" in random order:
//   random     slopes |k| <= 1e9, intercepts |m| <= 1e18, x uniform in [-1e9, 1e9]: few lines
//              stay on the envelope
//   tangents   y = -2 s c x + s^2 c^2, c = 1000 (tangents of -x^2: every line is on the lower
//              envelope), in random order; queries spread over its whole range
//   segments   (Li Chao only) random segments [l, r) of random lines instead of whole lines
// Methods:
//   line_container   geo::LineContainer<long long>, online
//   li_chao          geo::LiChao<long long> built on the query points (read first), then online
//   recompute        min over the lines so far, per query: O(n) each (n <= 20000 only)
// Time per operation (thread CPU time, one run each after a warm-up), and every method's
// answers are compared with each other (and with recompute where it runs).
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/envelope_bench.cpp -o envelope_bench
#include "geometry/envelope/li_chao.hpp"
#include "geometry/envelope/line_container.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <time.h>

namespace {

struct Op {
  bool query;
  long long k, m, l, r;  // add: y = k x + m on [l, r); query: x = k
};

long long uniform(std::mt19937_64& g, long long lo, long long hi) {
  return lo + static_cast<long long>(g() % static_cast<std::uint64_t>(hi - lo + 1));
}

std::vector<Op> make(const std::string& kind, long long n) {
  std::mt19937_64 g(0xe17e + static_cast<std::uint64_t>(n) + kind.size());
  const long long B = 1000000000, M = 1000000000000000000;
  std::vector<Op> ops;
  for (long long i = 0; i < n; i++) {
    const bool q = i > 0 && g() % 2;
    if (q) {
      const long long x = kind == "tangents" ? uniform(g, -n * 1000, n * 1000) : uniform(g, -B, B);
      ops.push_back({true, x, 0, 0, 0});
    } else if (kind == "tangents") {
      const long long s = uniform(g, -n / 2, n / 2);
      ops.push_back({false, -2000 * s, 1000000 * s * s, -B, B + 1});
    } else {
      long long l = -B, r = B + 1;
      if (kind == "segments") l = uniform(g, -B, B - 1), r = uniform(g, l + 1, B);
      ops.push_back({false, uniform(g, -B, B), uniform(g, -M, M), l, r});
    }
  }
  return ops;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

std::vector<long long> run_container(const std::vector<Op>& ops) {
  std::vector<long long> out;
  geo::LineContainer<long long> c;
  for (const Op& o : ops)
    if (!o.query) c.add(o.k, o.m);
    else out.push_back(c.query(o.k));
  return out;
}

std::vector<long long> run_li_chao(const std::vector<Op>& ops) {
  std::vector<long long> xs, out;
  for (const Op& o : ops)
    if (o.query) xs.push_back(o.k);
  geo::LiChao<long long> t(xs);
  for (const Op& o : ops)
    if (!o.query) t.add(o.k, o.m, o.l, o.r);
    else out.push_back(t.query(o.k));
  return out;
}

std::vector<long long> run_recompute(const std::vector<Op>& ops) {
  std::vector<long long> out;
  std::vector<const Op*> added;
  for (const Op& o : ops)
    if (!o.query) added.push_back(&o);
    else {
      long long best = geo::LiChao<long long>({}).none;
      for (const Op* a : added)
        if (a->l <= o.k && o.k < a->r) best = std::min(best, a->k * o.k + a->m);
      out.push_back(best);
    }
  return out;
}

template <class F> double per_op(F f, const std::vector<Op>& ops, std::vector<long long>& out) {
  out = f(ops);  // warm-up, and the answers
  const double start = cpu_seconds();
  const auto again = f(ops);
  const double t = cpu_seconds() - start;
  if (again != out) std::printf("nondeterministic answers\n");
  return t / static_cast<double>(ops.size()) * 1e9;
}

}  // namespace

int main() {
  std::printf("%-10s %9s %16s %12s %12s %10s\n", "input", "ops", "line_container", "li_chao", "recompute",
              "answers");
  int bad = 0;
  for (const char* kind : {"random", "tangents", "segments"})
    for (long long n : {20000LL, 1000000LL}) {
      const auto ops = make(kind, n);
      std::vector<long long> a, b, c;
      const bool whole = std::string(kind) != "segments";
      const double tc = whole ? per_op(run_container, ops, a) : -1;
      const double tl = per_op(run_li_chao, ops, b);
      const double tr = n <= 20000 ? per_op(run_recompute, ops, c) : -1;
      const bool agree = (!whole || a == b) && (c.empty() || c == b);
      bad += !agree;
      std::printf("%-10s %9lld", kind, n);
      tc < 0 ? std::printf(" %16s", "-") : std::printf(" %13.1f ns", tc);
      std::printf(" %9.1f ns", tl);
      tr < 0 ? std::printf(" %12s", "-") : std::printf(" %9.1f ns", tr);
      std::printf(" %10s\n", agree ? "agree" : "DISAGREE");
    }
  return bad;
}
