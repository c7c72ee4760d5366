// triangulate_bench: ear clipping (geometry/polygon/triangulate.hpp, O(n^2)) against the
// monotone-piece sweep (geometry/polygon/triangulate_fast.hpp, O(n log n)) at n = 1e3, 5e3,
// 1e5 (ear clipping up to 5e4: its n^2 is minutes at 1e5).
//
// Inputs (fixed seeds), |x|,|y| <= 1e9:
//   star   random points sorted by angle about the origin (star-shaped, every turn about
//          the origin positive): many reflex vertices
//   comb   n / 4 teeth of random height on a bar: long runs of split / merge vertices in x,
//          collinear vertices on the bar
//   convex a regular-ish polygon (every vertex an ear)
// Methods: ear = geo::triangulate, fast = geo::triangulate_fast. Thread CPU time of one run
// after a warm-up, and the ratio ear / fast. Both must return n - 2 triangles.
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/triangulate_bench.cpp -o triangulate_bench
#include "geometry/polygon/triangulate.hpp"
#include "geometry/polygon/triangulate_fast.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <time.h>

namespace {

using P = geo::Point<long long>;
using Poly = std::vector<P>;
constexpr long long E = 1000000000;

Poly star(long long n, std::mt19937_64& g) {
  std::vector<std::pair<double, P>> v;
  for (long long i = 0; i < n; i++) {
    const double a = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(n);
    const double r = 0.2 * E + 0.79 * E * static_cast<double>(g() % 1000000) / 1e6;
    v.push_back({a, P(std::llround(r * std::cos(a)), std::llround(r * std::sin(a)))});
  }
  Poly out;
  for (auto& [a, p] : v) out.push_back(p);
  return out;
}

Poly comb(long long n, std::mt19937_64& g) {
  const long long k = std::max(1LL, (n - 3) / 4), s = E / (2 * k);
  Poly p{{0, 0}, {2 * k * s, 0}, {2 * k * s, s}};
  for (long long i = k - 1; i >= 0; i--) {
    const long long h = s + 1 + static_cast<long long>(g() % static_cast<std::uint64_t>(E - s));
    p.push_back({(2 * i + 1) * s, s}), p.push_back({(2 * i + 1) * s, h}), p.push_back({2 * i * s, h});
    if (i) p.push_back({2 * i * s, s});
  }
  p.push_back({0, s});
  return p;
}

Poly convex(long long n) {
  Poly p;
  for (long long i = 0; i < n; i++) {
    const double a = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(n);
    p.push_back(P(std::llround(E * std::cos(a)), std::llround(E * std::sin(a))));
  }
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return p;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

template <class F> double seconds(F f, const Poly& v, size_t& out) {
  out = f(v).size();  // warm-up, and the answer
  const double start = cpu_seconds();
  f(v);
  return cpu_seconds() - start;
}

}  // namespace

int main() {
  std::printf("%-7s %7s %12s %12s %8s %8s\n", "input", "n", "ear", "fast", "ear/fast", "n - 2");
  int bad = 0;
  for (const std::string kind : {"star", "comb", "convex"})
    for (long long n : {1000LL, 5000LL, 100000LL}) {
      std::mt19937_64 g(0x7a + static_cast<std::uint64_t>(n));
      const Poly v = kind == "star" ? star(n, g) : kind == "comb" ? comb(n, g) : convex(n);
      size_t a = 0, b = 0;
      const double tf = seconds([](const Poly& p) { return geo::triangulate_fast(p); }, v, b);
      const double te = v.size() <= 50000 ? seconds([](const Poly& p) { return geo::triangulate(p); }, v, a) : -1;
      const bool ok = b == v.size() - 2 && (te < 0 || a == v.size() - 2);
      bad += !ok;
      std::printf("%-7s %7zu", kind.c_str(), v.size());
      te < 0 ? std::printf(" %12s", "-") : std::printf(" %9.2f ms", te * 1e3);
      std::printf(" %9.2f ms", tf * 1e3);
      te < 0 ? std::printf(" %8s", "-") : std::printf(" %7.1fx", te / tf);
      std::printf(" %8s\n", ok ? "ok" : "WRONG");
    }
  return bad;
}
