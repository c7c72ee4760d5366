// hull_bench: convex hull of 1e5 and 1e6 points (uniform in a square, uniform in a disk, all
// in strictly convex position) by convex_hull_fast (cpgeo_hull) and the short default
// convex_hull (cpgeo_hull_short), long long coordinates up to 1e9 and doubles, against the
// floor (copy + std::sort of the same points), a plain monotone chain, CGAL (ch_graham_andrew
// and convex_hull_2, Epick kernel) and Boost.Geometry convex_hull when their headers exist.
// Also: furthest pair (hull + calipers) and convex layers at their Library Checker maxima.
// After the run it prints every time as a ratio to the floor of the same input.
// CGAL is used header-only (CGAL_NO_GMP): the Epick predicates' floating filters decide
// every orientation here, so no GMP/MPFR link is needed.
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_hull_fast.hpp"
#include "geometry/hull/diameter.hpp"
#include "geometry/hull/layers_fast.hpp"
#include <benchmark/benchmark.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#if __has_include(<CGAL/Exact_predicates_inexact_constructions_kernel.h>)
#define CGAL_NO_GMP 1
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/ch_graham_andrew.h>
#include <CGAL/convex_hull_2.h>
#define HULL_BENCH_CGAL 1
#endif
#if __has_include(<boost/geometry.hpp>)
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/multi_point.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#define HULL_BENCH_BOOST 1
#endif

namespace {

using geo::Point;
enum Shape { SQUARE, DISK, CONVEX };
const char* shape_name[] = {"square", "disk", "convex"};

// All points strictly convex, integral: primitive vectors sorted by angle, prefix sums.
std::vector<Point<long long>> convex_position(int n, std::mt19937_64& rng) {
  int K = 1;
  while (2.4 * K * K < n) K++;
  std::vector<Point<long long>> half;  // primitive vectors with angle in [0, pi)
  for (long long a = -K; a <= K; a++)
    for (long long b = 0; b <= K; b++)
      if ((b > 0 || a > 0) && std::gcd(a, b) == 1) half.push_back({a, b});
  std::shuffle(half.begin(), half.end(), rng);
  half.resize(static_cast<std::size_t>(n / 2));
  std::vector<Point<long long>> v = half;
  for (auto& h : half) v.push_back(h * -1);
  std::sort(v.begin(), v.end(), [](const Point<long long>& p, const Point<long long>& q) {
    return std::atan2(static_cast<double>(p.y), static_cast<double>(p.x)) <
           std::atan2(static_cast<double>(q.y), static_cast<double>(q.x));
  });
  std::vector<Point<long long>> pts;
  Point<long long> cur{0, 0};
  for (auto& d : v) pts.push_back(cur), cur = cur + d;
  std::shuffle(pts.begin(), pts.end(), rng);
  return pts;
}

template <class T> std::vector<Point<T>> make(Shape s, int n) {
  std::mt19937_64 rng(12345 + static_cast<unsigned>(n) * 3 + static_cast<unsigned>(s));
  const double R = std::is_integral<T>::value ? 1e9 : 1e5;
  std::uniform_real_distribution<double> u(-1, 1);
  std::vector<Point<T>> p;
  if (s == CONVEX) {
    if constexpr (std::is_integral<T>::value) return convex_position(n, rng);
    for (int i = 0; i < n; i++) {
      const double a = 2 * M_PI * i / n;
      p.push_back({T(R * std::cos(a)), T(R * std::sin(a))});
    }
    std::shuffle(p.begin(), p.end(), rng);
    return p;
  }
  while (static_cast<int>(p.size()) < n) {
    const double x = u(rng), y = u(rng);
    if (s == DISK && x * x + y * y > 1) continue;
    p.push_back({T(x * R), T(y * R)});
  }
  return p;
}

template <class T> const std::vector<Point<T>>& input(Shape s, int n) {
  static std::map<std::pair<int, int>, std::vector<Point<T>>> cache;
  auto key = std::make_pair(static_cast<int>(s), n);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, make<T>(s, n)).first;
  return it->second;
}

template <class T> void floor_sort(benchmark::State& st, Shape s, int n) {
  const auto& in = input<T>(s, n);
  for (auto _ : st) {
    std::vector<Point<T>> p = in;
    std::sort(p.begin(), p.end());
    benchmark::DoNotOptimize(p.data());
  }
}

template <class T> void ours(benchmark::State& st, Shape s, int n) {
  const auto& in = input<T>(s, n);
  std::size_t h = 0;
  for (auto _ : st) {
    auto hull = geo::convex_hull_fast(in);
    h = hull.size();
    benchmark::DoNotOptimize(hull.data());
  }
  st.counters["hull"] = static_cast<double>(h);
}

template <class T> void ours_short(benchmark::State& st, Shape s, int n) {
  const auto& in = input<T>(s, n);
  for (auto _ : st) {
    auto hull = geo::convex_hull(in);
    benchmark::DoNotOptimize(hull.data());
  }
}

template <class T> void plain_chain(benchmark::State& st, Shape s, int n) {  // textbook Andrew
  const auto& in = input<T>(s, n);
  for (auto _ : st) {
    std::vector<Point<T>> p = in;
    std::sort(p.begin(), p.end());
    std::vector<Point<T>> h(2 * p.size());
    int k = 0;
    for (std::size_t i = 0; i < p.size(); i++) {
      while (k >= 2 && h[k - 2].cross(h[k - 1], p[i]) <= 0) k--;
      h[k++] = p[i];
    }
    for (int i = static_cast<int>(p.size()) - 2, t = k + 1; i >= 0; i--) {
      while (k >= t && h[k - 2].cross(h[k - 1], p[i]) <= 0) k--;
      h[k++] = p[i];
    }
    h.resize(static_cast<std::size_t>(k - 1));
    benchmark::DoNotOptimize(h.data());
  }
}

#ifdef HULL_BENCH_CGAL
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
template <class T> const std::vector<K::Point_2>& cgal_input(Shape s, int n) {
  static std::map<std::pair<int, int>, std::vector<K::Point_2>> cache;
  auto key = std::make_pair(static_cast<int>(s), n);
  auto it = cache.find(key);
  if (it == cache.end()) {
    std::vector<K::Point_2> v;
    for (auto& p : input<T>(s, n)) v.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
    it = cache.emplace(key, std::move(v)).first;
  }
  return it->second;
}
template <class T> void cgal_andrew(benchmark::State& st, Shape s, int n) {
  const auto& in = cgal_input<T>(s, n);
  for (auto _ : st) {
    std::vector<K::Point_2> out;
    CGAL::ch_graham_andrew(in.begin(), in.end(), std::back_inserter(out));
    benchmark::DoNotOptimize(out.data());
  }
}
template <class T> void cgal_default(benchmark::State& st, Shape s, int n) {
  const auto& in = cgal_input<T>(s, n);
  for (auto _ : st) {
    std::vector<K::Point_2> out;
    CGAL::convex_hull_2(in.begin(), in.end(), std::back_inserter(out));
    benchmark::DoNotOptimize(out.data());
  }
}
#endif

#ifdef HULL_BENCH_BOOST
namespace bg = boost::geometry;
using BP = bg::model::d2::point_xy<double>;
template <class T> void boost_hull(benchmark::State& st, Shape s, int n) {
  bg::model::multi_point<BP> mp;
  for (auto& p : input<T>(s, n)) mp.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  for (auto _ : st) {
    bg::model::polygon<BP> out;
    bg::convex_hull(mp, out);
    benchmark::DoNotOptimize(&out);
  }
}
#endif

void furthest_pair(benchmark::State& st) {  // Library Checker maximum: N = 5e5, |x| <= 1e9
  const auto& in = input<long long>(SQUARE, 500000);
  for (auto _ : st) {
    auto hull = geo::convex_hull_fast(in);
    auto ij = geo::diameter(hull);
    benchmark::DoNotOptimize(ij);
  }
}

void convex_layers(benchmark::State& st) {  // Library Checker maximum: N = 2e5, 0 <= x, y <= 1e6
  std::mt19937_64 rng(99);
  std::uniform_int_distribution<long long> u(0, 1000000);
  std::vector<Point<long long>> in;
  for (int i = 0; i < 200000; i++) in.push_back({u(rng), u(rng)});
  for (auto _ : st) {
    auto layer = geo::convex_layers_fast(in);
    benchmark::DoNotOptimize(layer.data());
  }
}

std::map<std::string, double> times;  // name -> ns per iteration
struct Collect : benchmark::ConsoleReporter {
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) times[r.benchmark_name()] = r.GetAdjustedCPUTime();  // CPU: robust on a shared machine
    ConsoleReporter::ReportRuns(runs);
  }
};

template <class T> void register_all(const char* tname) {
  for (int n : {100000, 1000000})
    for (Shape s : {SQUARE, DISK, CONVEX}) {
      const std::string suffix = std::string("/") + tname + "/" + shape_name[s] + "/" + std::to_string(n);
      benchmark::RegisterBenchmark(("floor_sort" + suffix).c_str(), floor_sort<T>, s, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("cpgeo_hull" + suffix).c_str(), ours<T>, s, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("cpgeo_hull_short" + suffix).c_str(), ours_short<T>, s, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("plain_chain" + suffix).c_str(), plain_chain<T>, s, n)->Unit(benchmark::kMillisecond);
#ifdef HULL_BENCH_CGAL
      benchmark::RegisterBenchmark(("cgal_graham_andrew" + suffix).c_str(), cgal_andrew<T>, s, n)->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("cgal_convex_hull_2" + suffix).c_str(), cgal_default<T>, s, n)->Unit(benchmark::kMillisecond);
#endif
#ifdef HULL_BENCH_BOOST
      benchmark::RegisterBenchmark(("boost_geometry" + suffix).c_str(), boost_hull<T>, s, n)->Unit(benchmark::kMillisecond);
#endif
    }
}

}  // namespace

int main(int argc, char** argv) {
  register_all<long long>("ll");
  register_all<double>("double");
  benchmark::RegisterBenchmark("furthest_pair/ll/square/500000", furthest_pair)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("convex_layers/ll/uniform/200000", convex_layers)->Unit(benchmark::kMillisecond)->Iterations(1);
  benchmark::Initialize(&argc, argv);
  Collect reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nCPU-time ratio to floor (copy + std::sort of the same points):\n");
  for (auto& [name, t] : times) {
    const auto slash = name.find('/');
    const std::string floor_name = "floor_sort" + name.substr(slash);
    auto f = times.find(floor_name);
    if (f != times.end() && name != floor_name)
      std::printf("  %-45s %6.3f\n", name.c_str(), t / f->second);
  }
  benchmark::Shutdown();
  return 0;
}
