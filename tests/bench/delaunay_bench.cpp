// delaunay_bench: Delaunay triangulation (geometry/delaunay_fast.hpp, and the short
// geometry/delaunay.hpp for scale) against the floor and CGAL.
//
// Inputs (fixed seed), n = 1e5 and 1e6:
//   kind 0  integral coordinates uniform in [-1e9, 1e9]
//   kind 1  a sqrt(n) x sqrt(n) lattice, shuffled: every unit square cocircular (degenerate)
//   kind 2  clustered: angle uniform, radius 1e6 * exp(3 g) for a standard normal g (heavy
//           tail: most points within 1e6 of the origin, some out to 1e9), clipped to the box
// Methods:
//   floor_sort_xy      std::sort of the points by (x, y): the floor
//   cpgeo_ll           geo::delaunay_fast on Point<long long> (exact: filtered in-circle,
//                      __int128)
//   cpgeo_double       geo::delaunay_fast on Point<double> (same coordinates; rounded
//                      predicates)
//   cpgeo_short_ll     geo::delaunay (the short default: one sort, halving, exact in-circle)
//   cgal_epick         CGAL::Delaunay_triangulation_2 with Exact_predicates_inexact_constructions
//                      _kernel, range insertion (spatial sort + walk), only if CGAL is installed
//   cpgeo_emst_ll      geo::euclidean_mst (Delaunay + Kruskal), for scale
// Only the construction is timed, in thread CPU time (CLOCK_THREAD_CPUTIME_ID). After the
// runs it prints each method's time and its ratio to cgal_epick (target: <= 1) and to the
// floor, per input.
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/delaunay_bench.cpp -lbenchmark -pthread -lgmp -lmpfr
#include "geometry/delaunay.hpp"
#include "geometry/delaunay_fast.hpp"
#include "geometry/mst/euclidean.hpp"

#include <benchmark/benchmark.h>

#include "bench_reporter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <time.h>

#if __has_include(<CGAL/Delaunay_triangulation_2.h>)
#include <CGAL/Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#define CPGEO_HAVE_CGAL 1
#endif

namespace {

using PL = geo::Point<long long>;
using PD = geo::Point<double>;
constexpr long long kMax = 1000000000;
constexpr std::uint64_t kSeed = 0xde1a0a7;

long long uniform(std::mt19937_64& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

const std::vector<PL>& input_ll(long long n, long long kind) {
  static std::map<std::pair<long long, long long>, std::vector<PL>> cache;
  std::vector<PL>& v = cache[{n, kind}];
  if (v.empty()) {
    std::mt19937_64 rng(kSeed + static_cast<std::uint64_t>(n));
    if (kind == 0) {
      for (long long i = 0; i < n; i++) v.emplace_back(uniform(rng, -kMax, kMax), uniform(rng, -kMax, kMax));
    } else if (kind == 2) {
      std::normal_distribution<double> g(0, 1);
      std::uniform_real_distribution<double> angle(0, 6.283185307179586);
      while (static_cast<long long>(v.size()) < n) {
        const double r = 1e6 * std::exp(3 * g(rng)), a = angle(rng);
        const double x = std::round(r * std::cos(a)), y = std::round(r * std::sin(a));
        if (std::abs(x) <= kMax && std::abs(y) <= kMax) v.emplace_back(static_cast<long long>(x), static_cast<long long>(y));
      }
    } else {
      const long long side = static_cast<long long>(std::sqrt(static_cast<double>(n)));
      for (long long x = 0; x < side; x++)
        for (long long y = 0; y < side; y++) v.emplace_back(x * 1000 - 500000, y * 1000 - 500000);
      std::shuffle(v.begin(), v.end(), rng);
    }
  }
  return v;
}

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

template <class Prepare, class Run> void timed(benchmark::State& state, Prepare prepare, Run run) {
  for (auto _ : state) {
    auto work = prepare();
    benchmark::ClobberMemory();
    const double start = thread_cpu_seconds();
    run(work);
    benchmark::ClobberMemory();
    state.SetIterationTime(thread_cpu_seconds() - start);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void floor_sort_xy(benchmark::State& state) {
  const auto& in = input_ll(state.range(0), state.range(1));
  timed(state, [&] { return in; }, [](std::vector<PL>& v) { std::sort(v.begin(), v.end()); });
}

void cpgeo_ll(benchmark::State& state) {
  const auto& in = input_ll(state.range(0), state.range(1));
  timed(state, [] { return 0; }, [&](int) {
    const geo::Triangulation t = geo::delaunay_fast(in);
    benchmark::DoNotOptimize(t.triangles.data());
  });
}

void cpgeo_short_ll(benchmark::State& state) {
  const auto& in = input_ll(state.range(0), state.range(1));
  timed(state, [] { return 0; }, [&](int) {
    const geo::Triangulation t = geo::delaunay(in);
    benchmark::DoNotOptimize(t.triangles.data());
  });
}

void cpgeo_double(benchmark::State& state) {
  std::vector<PD> in;
  for (const PL& p : input_ll(state.range(0), state.range(1)))
    in.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  timed(state, [] { return 0; }, [&](int) {
    const geo::Triangulation t = geo::delaunay_fast(in);
    benchmark::DoNotOptimize(t.triangles.data());
  });
}

void cpgeo_emst_ll(benchmark::State& state) {
  const auto& in = input_ll(state.range(0), state.range(1));
  timed(state, [] { return 0; }, [&](int) {
    const auto e = geo::euclidean_mst(in);
    benchmark::DoNotOptimize(e.data());
  });
}

#ifdef CPGEO_HAVE_CGAL
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
void cgal_epick(benchmark::State& state) {
  std::vector<K::Point_2> in;
  for (const PL& p : input_ll(state.range(0), state.range(1)))
    in.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  timed(state, [] { return 0; }, [&](int) {
    CGAL::Delaunay_triangulation_2<K> dt;
    dt.insert(in.begin(), in.end());
    benchmark::DoNotOptimize(dt.number_of_faces());
  });
}
#endif

const char* const kMethods[] = {"floor_sort_xy", "cpgeo_ll",      "cpgeo_double",
                                "cgal_epick",    "cpgeo_short_ll", "cpgeo_emst_ll"};

#define DT_BENCH(fn)                                                                            \
  BENCHMARK(fn)->Args({100000, 0})->Args({1000000, 0})->Args({100000, 1})->Args({1000000, 1})  \
      ->Args({100000, 2})->Args({1000000, 2})->UseManualTime()->Unit(benchmark::kMillisecond)
DT_BENCH(floor_sort_xy);
DT_BENCH(cpgeo_ll);
DT_BENCH(cpgeo_double);
#ifdef CPGEO_HAVE_CGAL
DT_BENCH(cgal_epick);
#endif
DT_BENCH(cpgeo_short_ll);
DT_BENCH(cpgeo_emst_ll);

class CapturingReporter : public MedianReporter {
 public:
  using MedianReporter::MedianReporter;
  void print_ratios() const {
    const char* const inputs[] = {"100000/0", "1000000/0", "100000/1", "1000000/1", "100000/2", "1000000/2"};
    const char* const names[] = {"uniform 1e5", "uniform 1e6", "lattice 1e5", "lattice 1e6", "clustered 1e5",
                                 "clustered 1e6"};
    std::printf("\nthread CPU time, median over repetitions; ns/pt; ratio to cgal_epick; ratio to floor\n");
    for (int k = 0; k < 6; k++) {
      std::printf("%s\n", names[k]);
      const double n = k % 2 == 0 ? 1e5 : 1e6;
      const double cgal = median_ms("cgal_epick", inputs[k]), floor = median_ms("floor_sort_xy", inputs[k]);
      for (const char* method : kMethods) {
        const double t = median_ms(method, inputs[k]);
        if (t < 0) {
          std::printf("  %-15s %10s\n", method, "-");
          continue;
        }
        std::printf("  %-15s %8.1f ns/pt", method, t * 1e6 / n);
        if (cgal > 0) std::printf("   x%.2f CGAL", t / cgal);
        if (floor > 0) std::printf("   x%.2f floor", t / floor);
        std::printf("\n");
      }
    }
#ifndef CPGEO_HAVE_CGAL
    std::printf("(CGAL not installed: apt-get install libcgal-dev for the comparison)\n");
#endif
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  CapturingReporter reporter(benchmark::ConsoleReporter::OO_Defaults);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_ratios();
  benchmark::Shutdown();
  return 0;
}
