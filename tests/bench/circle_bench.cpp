// circle_bench: minimum enclosing circle of 1e5 and 1e6 random points (long long coordinates
// in [-5e5, 5e5]^2, the exact bound of enclosing.hpp, and doubles; uniform in a square and in a
// disk, where many points are near the boundary) against the floors (one linear pass over the
// points; copy + std::sort) and CGAL's Min_circle_2 (Epeck kernel: exact constructions, as its
// documentation asks) when the header exists; circle ∩ polygon area for a star-shaped
// 1e5-vertex polygon against the floor (the shoelace area of the same polygon).
// After the run it prints every time as a ratio to the floor of the same input, and the
// ratio cpgeo / CGAL.
#include "geometry/circle/area.hpp"
#include "geometry/circle/enclosing.hpp"
#include "geometry/polygon/area.hpp"

#include <benchmark/benchmark.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>
#if __has_include(<CGAL/Min_circle_2.h>) && __has_include(<CGAL/Exact_predicates_exact_constructions_kernel.h>)
#include <CGAL/Exact_predicates_exact_constructions_kernel.h>
#include <CGAL/Min_circle_2.h>
#include <CGAL/Min_circle_2_traits_2.h>
#define CIRCLE_BENCH_CGAL 1
#endif

namespace {

using geo::Point;
std::map<std::string, double> times;

template <class T> const std::vector<Point<T>>& input(bool disk, int n) {
  static std::map<std::pair<bool, int>, std::vector<Point<T>>> cache;
  auto& v = cache[{disk, n}];
  if (v.empty()) {
    std::mt19937_64 rng(777 + static_cast<unsigned>(n) + disk);
    std::uniform_real_distribution<double> u(-1, 1);
    while (static_cast<int>(v.size()) < n) {
      const double x = u(rng), y = u(rng);
      if (disk && x * x + y * y > 1) continue;
      v.push_back({T(std::round(x * 5e5)), T(std::round(y * 5e5))});
    }
  }
  return v;
}

template <class T> void floor_pass(benchmark::State& st, bool disk, int n) {
  const auto& in = input<T>(disk, n);
  for (auto _ : st) {
    T s = 0;
    for (const auto& p : in) s += p.x * 3 + p.y;
    benchmark::DoNotOptimize(s);
  }
}
template <class T> void floor_sort(benchmark::State& st, bool disk, int n) {
  const auto& in = input<T>(disk, n);
  for (auto _ : st) {
    std::vector<Point<T>> p = in;
    std::sort(p.begin(), p.end());
    benchmark::DoNotOptimize(p.data());
  }
}
template <class T> void ours(benchmark::State& st, bool disk, int n) {
  const auto& in = input<T>(disk, n);
  for (auto _ : st) {
    auto E = geo::min_enclosing_circle(in);
    benchmark::DoNotOptimize(E.k);
  }
}
#ifdef CIRCLE_BENCH_CGAL
template <class T> void cgal(benchmark::State& st, bool disk, int n) {
  using K = CGAL::Exact_predicates_exact_constructions_kernel;
  const auto& in = input<T>(disk, n);
  std::vector<K::Point_2> pts;
  for (const auto& p : in) pts.emplace_back(double(p.x), double(p.y));
  for (auto _ : st) {
    CGAL::Min_circle_2<CGAL::Min_circle_2_traits_2<K>> mc(pts.begin(), pts.end(), true);
    benchmark::DoNotOptimize(mc.number_of_support_points());
  }
}
#endif

// Star-shaped polygon of n vertices around the origin, radii in [0.5, 1] x 1e4 (long long).
const std::vector<Point<long long>>& star(int n) {
  static std::vector<Point<long long>> v;
  if (v.empty()) {
    std::mt19937_64 rng(99);
    std::uniform_real_distribution<double> u(0.5, 1);
    for (int i = 0; i < n; i++) {
      const double a = 2 * M_PI * i / n, r = u(rng) * 1e7;
      v.push_back({std::llround(r * std::cos(a)), std::llround(r * std::sin(a))});
    }
  }
  return v;
}
void area_floor(benchmark::State& st, int n) {
  const auto& P = star(n);
  for (auto _ : st) benchmark::DoNotOptimize(geo::area2(P));
}
void area_ours(benchmark::State& st, int n) {
  const auto& P = star(n);
  const geo::Circle<long long> C{{1000000, -500000}, 7500000};  // cuts most edges
  for (auto _ : st) benchmark::DoNotOptimize(geo::area(C, P));
}

struct Collect : benchmark::ConsoleReporter {
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) times[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

template <class T> void register_all(const char* tname) {
  for (int n : {100000, 1000000})
    for (bool disk : {false, true}) {
      const std::string sfx = std::string("/") + tname + (disk ? "/disk/" : "/square/") + std::to_string(n);
      benchmark::RegisterBenchmark(("floor_pass" + sfx).c_str(), floor_pass<T>, disk, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("floor_sort" + sfx).c_str(), floor_sort<T>, disk, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("cpgeo_mec" + sfx).c_str(), ours<T>, disk, n)->Unit(benchmark::kMillisecond);
#ifdef CIRCLE_BENCH_CGAL
      benchmark::RegisterBenchmark(("cgal_min_circle" + sfx).c_str(), cgal<T>, disk, n)->Unit(benchmark::kMillisecond);
#endif
    }
}

}  // namespace

int main(int argc, char** argv) {
  register_all<long long>("ll");
  register_all<double>("double");
  benchmark::RegisterBenchmark("floor_pass/area/star/100000", area_floor, 100000)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("cpgeo_area/area/star/100000", area_ours, 100000)->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  Collect reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nratios (time / time):\n");
  for (auto& [name, t] : times) {
    const std::string rest = name.substr(name.find('/'));
    if (name.rfind("floor_", 0) == 0) continue;
    auto f = times.find("floor_pass" + rest), s = times.find("floor_sort" + rest), c = times.find("cgal_min_circle" + rest);
    std::printf("  %-36s", name.c_str());
    if (f != times.end()) std::printf("  /linear pass %8.2f", t / f->second);
    if (s != times.end()) std::printf("  /std::sort %6.2f", t / s->second);
    if (c != times.end() && name.rfind("cpgeo", 0) == 0) std::printf("  /CGAL %6.3f", t / c->second);
    std::printf("\n");
  }
  benchmark::Shutdown();
  return 0;
}
