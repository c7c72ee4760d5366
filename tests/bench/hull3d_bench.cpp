// hull3d_bench: 3-D convex hull of 1e4, 1e5 and 1e6 points (uniform in a cube, and rounded
// from a sphere, long long coordinates up to 1e9) by geo::hull3d_fast (cpgeo_hull3d_fast, the
// opt-in header) and geo::hull3d (cpgeo_hull3d, the lean default), against
// Qhull (libqhull_r, qh_new_qhull "qhull", merged facets) and CGAL's convex_hull_3 (Epick
// kernel, into a Surface_mesh) when their headers exist, and the floor (copy + std::sort of
// the same points). After the run it prints, for every method and input, the time per point
// in ns from 1e4 to 1e6 (nearly flat = O(n log n) with a small log factor) and the ratio to
// cpgeo_hull3d_fast. Link: -lqhull_r -lgmp -lmpfr (tests/bench/CMakeLists.txt does it).
#include "geometry/3d/hull.hpp"
#include "geometry/3d/hull_fast.hpp"
#include <benchmark/benchmark.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#if __has_include(<libqhull_r/qhull_ra.h>)
extern "C" {
#include <libqhull_r/qhull_ra.h>
}
#define HULL3D_BENCH_QHULL 1
#endif
#if __has_include(<CGAL/convex_hull_3.h>)
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Surface_mesh.h>
#include <CGAL/convex_hull_3.h>
#define HULL3D_BENCH_CGAL 1
#endif

namespace {

using P = geo::Point3<long long>;
enum Shape { CUBE, SPHERE };
const char* shape_name[] = {"cube", "sphere"};

std::vector<P> make(Shape s, int n) {
  std::mt19937_64 rng(777 + static_cast<unsigned>(n) * 2 + static_cast<unsigned>(s));
  const double R = 1e9;
  std::uniform_real_distribution<double> u(-1, 1);
  std::normal_distribution<double> g;
  std::vector<P> p;
  while (static_cast<int>(p.size()) < n) {
    if (s == CUBE) {
      p.push_back({std::llround(u(rng) * R), std::llround(u(rng) * R), std::llround(u(rng) * R)});
    } else {
      const double x = g(rng), y = g(rng), z = g(rng), l = std::sqrt(x * x + y * y + z * z);
      if (l < 1e-9) continue;
      p.push_back({std::llround(x / l * R), std::llround(y / l * R), std::llround(z / l * R)});
    }
  }
  return p;
}

const std::vector<P>& input(Shape s, int n) {
  static std::map<std::pair<int, int>, std::vector<P>> cache;
  auto key = std::make_pair(static_cast<int>(s), n);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, make(s, n)).first;
  return it->second;
}

void floor_sort(benchmark::State& st, Shape s, int n) {
  const auto& in = input(s, n);
  for (auto _ : st) {
    std::vector<P> p = in;
    std::sort(p.begin(), p.end());
    benchmark::DoNotOptimize(p.data());
  }
}

template <geo::Hull3 (*H)(std::vector<P>)> void cpgeo(benchmark::State& st, Shape s, int n) {
  const auto& in = input(s, n);
  std::size_t v = 0;
  for (auto _ : st) {
    auto h = H(in);
    v = h.v.size();
    benchmark::DoNotOptimize(h.f.data());
  }
  st.counters["corners"] = static_cast<double>(v);
}

#ifdef HULL3D_BENCH_QHULL
void qhull(benchmark::State& st, Shape s, int n) {
  const auto& in = input(s, n);
  std::vector<coordT> c;
  for (auto& p : in) c.push_back(double(p.x)), c.push_back(double(p.y)), c.push_back(double(p.z));
  std::size_t v = 0;
  for (auto _ : st) {
    qhT q;
    qh_zero(&q, stderr);
    char opts[] = "qhull";
    int rc = qh_new_qhull(&q, 3, n, c.data(), False, opts, nullptr, stderr);
    if (rc) st.SkipWithError("qhull failed");
    v = static_cast<std::size_t>(q.num_vertices);
    qh_freeqhull(&q, !qh_ALL);
    int curlong, totlong;
    qh_memfreeshort(&q, &curlong, &totlong);
  }
  st.counters["corners"] = static_cast<double>(v);
}
#endif

#ifdef HULL3D_BENCH_CGAL
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
void cgal(benchmark::State& st, Shape s, int n) {
  std::vector<K::Point_3> in;
  for (auto& p : input(s, n)) in.emplace_back(double(p.x), double(p.y), double(p.z));
  std::size_t v = 0;
  for (auto _ : st) {
    CGAL::Surface_mesh<K::Point_3> sm;
    CGAL::convex_hull_3(in.begin(), in.end(), sm);
    v = sm.number_of_vertices();
    benchmark::DoNotOptimize(&sm);
  }
  st.counters["corners"] = static_cast<double>(v);
}
#endif

std::map<std::string, double> times;  // name -> CPU ns per iteration
struct Collect : benchmark::ConsoleReporter {
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) times[r.benchmark_name()] = r.GetAdjustedCPUTime() * 1e6;  // ms -> ns
    ConsoleReporter::ReportRuns(runs);
  }
};

const int sizes[] = {10000, 100000, 1000000};
std::vector<std::string> methods;

void reg(const std::string& m, void (*fn)(benchmark::State&, Shape, int)) {
  methods.push_back(m);
  for (Shape s : {CUBE, SPHERE})
    for (int n : sizes)
      benchmark::RegisterBenchmark((m + "/" + shape_name[s] + "/" + std::to_string(n)).c_str(), fn, s, n)
          ->Unit(benchmark::kMillisecond);
}

}  // namespace

int main(int argc, char** argv) {
  reg("floor_sort", floor_sort);
  reg("cpgeo_hull3d_fast", cpgeo<geo::hull3d_fast>);
  reg("cpgeo_hull3d", cpgeo<geo::hull3d<long long>>);
#ifdef HULL3D_BENCH_QHULL
  reg("qhull", qhull);
#endif
#ifdef HULL3D_BENCH_CGAL
  reg("cgal_convex_hull_3", cgal);
#endif
  benchmark::Initialize(&argc, argv);
  Collect reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nCPU ns per point (ratio to cpgeo_hull3d_fast):\n%-20s %-7s", "method", "input");
  for (int n : sizes) std::printf(" %16d", n);
  std::printf("\n");
  for (Shape s : {CUBE, SPHERE})
    for (auto& m : methods) {
      std::printf("%-20s %-7s", m.c_str(), shape_name[s]);
      for (int n : sizes) {
        const std::string tail = std::string("/") + shape_name[s] + "/" + std::to_string(n);
        auto t = times.find(m + tail), c = times.find("cpgeo_hull3d_fast" + tail);
        if (t == times.end() || c == times.end()) {
          std::printf(" %16s", "-");
          continue;
        }
        std::printf(" %8.1f (%5.2fx)", t->second / n, t->second / c->second);
      }
      std::printf("\n");
    }
  benchmark::Shutdown();
  return 0;
}
