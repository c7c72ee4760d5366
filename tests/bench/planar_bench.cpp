// planar_bench: closest pair and half-plane intersection (geometry/closest_pair_fast.hpp,
// geometry/closest_pair.hpp, geometry/halfplane.hpp) against the floor and against other methods.
//
// Input (fixed seed): n integral points uniform in [-1e9, 1e9]^2, n = 1e5 and 1e6.
//   floor_sort_xy        std::sort of the points by (x, y) -- the floor
//   closest_pair_fast    geo::closest_pair_fast on Point<long long> (radix sort, x-sweep)
//   closest_pair         geo::closest_pair, the short default (sort, std::set sweep)
//   sweep_set            the textbook x-sweep: points sorted by x, a std::set (balanced tree)
//                        of (y, x) for the points within the current best distance in x,
//                        each point querying the y-window [y - d, y + d]
//   cgal_delaunay        CGAL Delaunay_triangulation_2 (Exact_predicates_inexact_constructions
//                        kernel) of the points, then its shortest finite edge (the closest pair
//                        is a Delaunay edge); only when <CGAL/...> is installed
// Half-planes: n = 1e5 and 1e6 directed lines tangent to the circle of radius 4e8 at random
// angles (rounded to integers; every one is an edge candidate), plus the box 1e9.
//   floor_sort_lines     std::sort of the lines by direction with geo::arg_less -- the floor
//   halfplane            geo::halfplane_intersection (halfplane.hpp)
//   halfplane_exact      geo::halfplane_intersection_exact (halfplane_exact.hpp)
//   halfplane_double, halfplane_exact_double: the same two on the lines as doubles
// Only the algorithm is timed (input copies outside), in thread CPU time. After the runs the
// program prints each method's time per element and its ratio to the floor (and, for
// closest pair, to sweep_set and CGAL).
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/planar_bench.cpp -lbenchmark -pthread -lgmp -lmpfr
#include "geometry/closest_pair.hpp"
#include "geometry/closest_pair_fast.hpp"
#include "geometry/halfplane.hpp"
#include "geometry/halfplane_exact.hpp"
#include "geometry/polar.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <time.h>

#if __has_include(<CGAL/Exact_predicates_inexact_constructions_kernel.h>) && \
    __has_include(<CGAL/Delaunay_triangulation_2.h>)
#include <CGAL/Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#define PLANAR_HAVE_CGAL 1
#endif

namespace {

using PL = geo::Point<long long>;
using LL = geo::Line<long long>;
using PD = geo::Point<double>;
using LD = geo::Line<double>;
constexpr long long kMax = 1000000000;

long long uniform(std::mt19937_64& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

const std::vector<PL>& points(long long n) {
  static std::map<long long, std::vector<PL>> cache;
  std::vector<PL>& v = cache[n];
  if (v.empty()) {
    std::mt19937_64 rng(0x91a7a5 + static_cast<std::uint64_t>(n));
    for (long long i = 0; i < n; i++) v.emplace_back(uniform(rng, -kMax, kMax), uniform(rng, -kMax, kMax));
  }
  return v;
}

const std::vector<LL>& lines(long long n) {
  static std::map<long long, std::vector<LL>> cache;
  std::vector<LL>& v = cache[n];
  if (v.empty()) {
    std::mt19937_64 rng(0x4a1f + static_cast<std::uint64_t>(n));
    const double r = 4e8, pi = std::acos(-1.0);
    for (long long i = 0; i < n; i++) {
      const double t = 2 * pi * static_cast<double>(rng() % 1000000007) / 1000000007.0;
      const PL a(std::llround(r * std::cos(t)), std::llround(r * std::sin(t)));
      const PL d(std::llround(-5e8 * std::sin(t)), std::llround(5e8 * std::cos(t)));
      v.push_back({a, a + d});  // keeps the side of the centre
    }
  }
  return v;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

std::map<std::pair<std::string, long long>, std::pair<double, long long>> g_time;  // total s, runs

template <class Input, class F> void timed(benchmark::State& state, const char* name, const Input& input, F f) {
  for (auto _ : state) {
    Input work = input;
    const double start = cpu_seconds();
    f(work);
    const double t = cpu_seconds() - start;
    state.SetIterationTime(t);
    auto& acc = g_time[{name, state.range(0)}];
    acc.first += t, acc.second++;
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

long long g_sink = 0;

void floor_sort_xy(benchmark::State& s) {
  timed(s, "floor_sort_xy", points(s.range(0)), [](std::vector<PL>& v) { std::sort(v.begin(), v.end()); });
}
void closest_pair_fast(benchmark::State& s) {
  timed(s, "closest_pair_fast", points(s.range(0)), [](std::vector<PL>& v) {
    const auto r = geo::closest_pair_fast(v);
    g_sink += dist2(v[size_t(r.first)], v[size_t(r.second)]);
  });
}
void closest_pair(benchmark::State& s) {
  timed(s, "closest_pair", points(s.range(0)), [](std::vector<PL>& v) {
    const auto r = geo::closest_pair(v);
    g_sink += dist2(v[size_t(r.first)], v[size_t(r.second)]);
  });
}

// Textbook sweep: O(n log n) with a balanced tree.
long long sweep_set_d2(std::vector<PL> v) {
  std::sort(v.begin(), v.end());
  std::set<std::pair<long long, long long>> active;  // (y, x)
  long long best = dist2(v[0], v[1]);
  size_t left = 0;
  for (const PL& p : v) {
    const long long d = static_cast<long long>(std::ceil(std::sqrt(static_cast<double>(best))));
    while (v[left].x < p.x - d) active.erase({v[left].y, v[left].x}), left++;
    for (auto it = active.lower_bound({p.y - d, LLONG_MIN}); it != active.end() && it->first <= p.y + d; ++it)
      best = std::min(best, dist2(p, PL(it->second, it->first)));
    if (!active.insert({p.y, p.x}).second) best = 0;
  }
  return best;
}
void sweep_set(benchmark::State& s) {
  timed(s, "sweep_set", points(s.range(0)), [](std::vector<PL>& v) { g_sink += sweep_set_d2(v); });
}

#ifdef PLANAR_HAVE_CGAL
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
void cgal_delaunay(benchmark::State& s) {
  std::vector<K::Point_2> in;
  for (const PL& p : points(s.range(0))) in.emplace_back(double(p.x), double(p.y));
  timed(s, "cgal_delaunay", in, [](std::vector<K::Point_2>& v) {
    CGAL::Delaunay_triangulation_2<K> dt(v.begin(), v.end());
    double best = -1;
    for (auto e = dt.finite_edges_begin(); e != dt.finite_edges_end(); ++e) {
      const auto seg = dt.segment(*e);
      const double d = seg.squared_length();
      if (best < 0 || d < best) best = d;
    }
    g_sink += static_cast<long long>(best);
  });
}
#endif

void floor_sort_lines(benchmark::State& s) {
  timed(s, "floor_sort_lines", lines(s.range(0)), [](std::vector<LL>& v) {
    std::sort(v.begin(), v.end(), [](const LL& p, const LL& q) { return geo::arg_less(p.b - p.a, q.b - q.a); });
  });
}
void halfplane(benchmark::State& s) {
  timed(s, "halfplane", lines(s.range(0)), [](std::vector<LL>& v) {
    g_sink += static_cast<long long>(geo::halfplane_intersection(v, kMax).size());
  });
}
void halfplane_exact(benchmark::State& s) {
  timed(s, "halfplane_exact", lines(s.range(0)), [](std::vector<LL>& v) {
    g_sink += static_cast<long long>(geo::halfplane_intersection_exact(v, kMax).size());
  });
}
std::vector<LD> dlines(long long n) {  // the same lines as doubles
  std::vector<LD> v;
  for (const LL& l : lines(n)) v.push_back({PD(l.a), PD(l.b)});
  return v;
}
void halfplane_double(benchmark::State& s) {
  timed(s, "halfplane_double", dlines(s.range(0)), [](std::vector<LD>& v) {
    g_sink += static_cast<long long>(geo::halfplane_intersection(v, double(kMax)).size());
  });
}
void halfplane_exact_double(benchmark::State& s) {
  timed(s, "halfplane_exact_double", dlines(s.range(0)), [](std::vector<LD>& v) {
    g_sink += static_cast<long long>(geo::halfplane_intersection_exact(v, double(kMax)).size());
  });
}

#define PLANAR_BENCH(fn) \
  BENCHMARK(fn)->Arg(100000)->Arg(1000000)->UseManualTime()->Unit(benchmark::kMillisecond)
PLANAR_BENCH(floor_sort_xy);
PLANAR_BENCH(closest_pair_fast);
PLANAR_BENCH(closest_pair);
PLANAR_BENCH(sweep_set);
#ifdef PLANAR_HAVE_CGAL
PLANAR_BENCH(cgal_delaunay);
#endif
PLANAR_BENCH(floor_sort_lines);
PLANAR_BENCH(halfplane);
PLANAR_BENCH(halfplane_exact);
PLANAR_BENCH(halfplane_double);
PLANAR_BENCH(halfplane_exact_double);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  // Correctness cross-check of the measured inputs: closest_pair_fast against the sweep.
  for (long long n : {100000LL, 1000000LL}) {
    const auto r = geo::closest_pair_fast(points(n));
    const long long a = dist2(points(n)[size_t(r.first)], points(n)[size_t(r.second)]);
    std::printf("n = %lld: closest pair d2 = %lld, sweep_set d2 = %lld (%s)\n", n, a, sweep_set_d2(points(n)),
                a == sweep_set_d2(points(n)) ? "agree" : "DISAGREE");
  }
  auto per = [](const std::string& m, long long n) {
    const auto it = g_time.find({m, n});
    return it == g_time.end() ? -1.0 : it->second.first / double(it->second.second) / double(n) * 1e9;
  };
  std::printf("\n%-22s %9s %12s %10s %10s %10s\n", "method", "n", "ns/element", "/floor", "/sweep_set", "/cgal");
  const char* methods[] = {"floor_sort_xy", "closest_pair_fast", "closest_pair", "sweep_set", "cgal_delaunay", "floor_sort_lines", "halfplane", "halfplane_exact", "halfplane_double", "halfplane_exact_double"};
  for (const char* m : methods)
    for (long long n : {100000LL, 1000000LL}) {
      const double t = per(m, n);
      if (t < 0) continue;
      const bool lines_row = std::string(m).find("line") != std::string::npos || std::string(m).find("halfplane") == 0;
      const double fl = per(lines_row ? "floor_sort_lines" : "floor_sort_xy", n);
      const double sw = per("sweep_set", n), cg = per("cgal_delaunay", n);
      std::printf("%-22s %9lld %12.1f %10.2f", m, n, t, t / fl);
      if (!lines_row && sw > 0) std::printf(" %10.2f", t / sw);
      if (!lines_row && cg > 0) std::printf(" %10.2f", t / cg);
      std::printf("\n");
    }
  return g_sink == 42 ? 1 : 0;
}
