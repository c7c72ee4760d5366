// all_intersections_bench: Bentley-Ottmann (geometry/sweep/all_intersections.hpp) against the
// all-pairs count (every pair tested with geo::intersect of geometry/segment.hpp, exact for
// long long) at the n where both run.
//
// Inputs (fixed seeds), coordinates in [-1e6, 1e6] as in the judge problem:
//   short      n random segments of length about 4e6 / sqrt(n) per axis: k about 0.7 n
//   long       n random segments across the box: k about n^2 / 13
//   grid       n / 2 horizontal and n / 2 vertical lines across the box: k = n^2 / 4
//   star       n segments through one point (half ending there): k = n (n - 1) / 2
// Methods:
//   sweep      geo::all_intersections, its Meets counted (k)
//   all_pairs  geo::intersect on every pair (n <= 20000 only)
// Thread CPU time of one run after a warm-up, the pairs counted by both (must agree), and
// the ratio all_pairs / sweep.
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/all_intersections_bench.cpp -o all_intersections_bench
#include "geometry/segment.hpp"
#include "geometry/sweep/all_intersections.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <time.h>

namespace {

using P = geo::Point<long long>;
using S = geo::Segment<long long>;
constexpr long long E = 1000000;

long long uniform(std::mt19937_64& g, long long lo, long long hi) {
  return lo + static_cast<long long>(g() % static_cast<std::uint64_t>(hi - lo + 1));
}

long long clamp(long long v) { return v < -E ? -E : v > E ? E : v; }

std::vector<S> make(const std::string& kind, long long n) {
  std::mt19937_64 g(0xb0 + static_cast<std::uint64_t>(n) + kind.size());
  std::vector<S> v;
  for (long long i = 0; i < n; i++) {
    if (kind == "short" || kind == "long") {
      const long long L = kind == "short" ? static_cast<long long>(4e6 / std::sqrt(double(n))) : 2 * E;
      const P a(uniform(g, -E, E), uniform(g, -E, E));
      v.push_back({a, P(clamp(a.x + uniform(g, -L, L)), clamp(a.y + uniform(g, -L, L)))});
    } else if (kind == "grid") {
      const long long c = -E + 1 + (2 * E - 2) * (i / 2) / (n / 2);
      v.push_back(i % 2 ? S{P(-E, c), P(E, c)} : S{P(c, -E), P(c, E)});
    } else {  // star through (3, -7)
      const P d(uniform(g, -E / 4, E / 4), uniform(g, -E / 4, E / 4)), c(3, -7);
      v.push_back({c + d, i % 2 ? c : c - d});
    }
  }
  return v;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

long long sweep(const std::vector<S>& v) { return static_cast<long long>(geo::all_intersections(v).size()); }

long long all_pairs(const std::vector<S>& v) {
  long long k = 0;
  for (size_t i = 0; i < v.size(); i++)
    for (size_t j = i + 1; j < v.size(); j++) k += geo::intersect(v[i], v[j]);
  return k;
}

template <class F> double seconds(F f, const std::vector<S>& v, long long& out) {
  out = f(v);  // warm-up, and the answer
  const double start = cpu_seconds();
  const long long again = f(v);
  const double t = cpu_seconds() - start;
  if (again != out) std::printf("nondeterministic answers\n");
  return t;
}

}  // namespace

int main() {
  std::printf("%-6s %7s %10s %12s %12s %8s %8s\n", "input", "n", "pairs k", "sweep", "all_pairs", "ratio",
              "answers");
  int bad = 0;
  for (const char* kind : {"short", "long", "grid", "star"})
    for (long long n : {1000LL, 2000LL, 20000LL, 100000LL}) {
      if (std::string(kind) != "short" && n > 2000) continue;  // k ~ n^2: 2e6 pairs at most
      const auto v = make(kind, n);
      long long a = 0, b = -1;
      const double ts = seconds(sweep, v, a);
      const double tp = n <= 20000 ? seconds(all_pairs, v, b) : -1;
      const bool agree = b < 0 || a == b;
      bad += !agree;
      std::printf("%-6s %7lld %10lld %9.1f ms", kind, n, a, ts * 1e3);
      tp < 0 ? std::printf(" %12s %8s", "-", "-") : std::printf(" %9.1f ms %7.1fx", tp * 1e3, tp / ts);
      std::printf(" %8s\n", agree ? "agree" : "DISAGREE");
    }
  return bad;
}
