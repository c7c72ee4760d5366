// segment_bench: segment-segment intersection tests per second (geometry/segment.hpp) against
// CGAL's do_intersect with Exact_predicates_inexact_constructions_kernel (filtered exact
// predicates), when CGAL is installed (libcgal-dev; __has_include decides, else this prints
// that CGAL is absent and measures cpgeo alone).
//
// Input: n = 2^16 pairs of segments with integral endpoints (fixed seed), two sets:
//   uniform   endpoints uniform in [-1e9, 1e9]^2 (about a quarter of the pairs intersect)
//   grid      endpoints on a 10 x 10 grid: touching, T-junctions, collinear overlaps, zero
//             length: the degenerate branches
// Methods (each iteration tests all n pairs, the count of intersecting pairs is kept):
//   geo_ll       geo::intersect on Segment<long long> (exact)
//   geo_double   geo::intersect on Segment<double> (eps contract, same coordinates)
//   cgal_epick   CGAL::do_intersect on EPICK Segment_2 (same coordinates as doubles)
// After the runs: a table of CPU ns per test (CPU time: robust on a loaded machine) and the
// ratio cgal time / geo time per set, and
// a check that geo_ll and CGAL agree on every pair (exit 1 if not).
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/segment_bench.cpp -lbenchmark -pthread -lmpfr -lgmp
#include "geometry/segment.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#if __has_include(<CGAL/Exact_predicates_inexact_constructions_kernel.h>)
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/intersections.h>
#define SEGMENT_BENCH_CGAL 1
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
#else
#define SEGMENT_BENCH_CGAL 0
#endif

namespace {

using SL = geo::Segment<long long>;
using SD = geo::Segment<double>;
constexpr std::size_t kPairs = 1 << 16;
constexpr std::uint64_t kSeed = 0x5e9e47;

long long uniform(std::mt19937_64& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

// set 0: uniform in [-1e9, 1e9]; set 1: 10 x 10 grid
const std::vector<SL>& input(int set) {
  static std::map<int, std::vector<SL>> cache;
  std::vector<SL>& v = cache[set];
  if (v.empty()) {
    std::mt19937_64 rng(kSeed + static_cast<std::uint64_t>(set));
    const long long lo = set == 0 ? -1000000000 : 0, hi = set == 0 ? 1000000000 : 9;
    auto p = [&] { return geo::Point<long long>(uniform(rng, lo, hi), uniform(rng, lo, hi)); };
    for (std::size_t i = 0; i < 2 * kPairs; i++) v.push_back(SL{p(), p()});
  }
  return v;
}

std::vector<SD> as_double(const std::vector<SL>& v) {
  std::vector<SD> out;
  for (const SL& s : v)
    out.push_back(SD{{double(s.a.x), double(s.a.y)}, {double(s.b.x), double(s.b.y)}});
  return out;
}

template <class Seg, class Test> void run(benchmark::State& state, const std::vector<Seg>& v, Test test) {
  std::size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    for (std::size_t i = 0; i + 1 < v.size(); i += 2) hits += test(v[i], v[i + 1]);
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kPairs));
  state.counters["hits"] = static_cast<double>(hits);
}

void geo_ll(benchmark::State& state) {
  run(state, input(static_cast<int>(state.range(0))),
      [](const SL& s, const SL& t) { return geo::intersect(s, t); });
}

void geo_double(benchmark::State& state) {
  const std::vector<SD> v = as_double(input(static_cast<int>(state.range(0))));
  run(state, v, [](const SD& s, const SD& t) { return geo::intersect(s, t); });
}

#if SEGMENT_BENCH_CGAL
std::vector<K::Segment_2> as_cgal(const std::vector<SL>& v) {
  std::vector<K::Segment_2> out;
  for (const SL& s : v)
    out.emplace_back(K::Point_2(double(s.a.x), double(s.a.y)), K::Point_2(double(s.b.x), double(s.b.y)));
  return out;
}
void cgal_epick(benchmark::State& state) {
  const std::vector<K::Segment_2> v = as_cgal(input(static_cast<int>(state.range(0))));
  run(state, v, [](const K::Segment_2& s, const K::Segment_2& t) { return CGAL::do_intersect(s, t); });
}
#endif

BENCHMARK(geo_ll)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(geo_double)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
#if SEGMENT_BENCH_CGAL
BENCHMARK(cgal_epick)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
#endif

class CapturingReporter : public benchmark::ConsoleReporter {
 public:
  std::map<std::pair<std::string, std::string>, double> ns_per_test;
  using benchmark::ConsoleReporter::ConsoleReporter;
  void ReportRuns(const std::vector<Run>& reports) override {
    for (const Run& run : reports) {
      if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
      const double scale = run.time_unit == benchmark::kMicrosecond ? 1e3
                           : run.time_unit == benchmark::kMillisecond ? 1e6
                           : run.time_unit == benchmark::kNanosecond ? 1.0 : 1e9;
      ns_per_test[{run.run_name.function_name, run.run_name.args}] =
          run.GetAdjustedCPUTime() * scale / static_cast<double>(kPairs);
    }
    ConsoleReporter::ReportRuns(reports);
  }
};

int agreement_check() {
#if SEGMENT_BENCH_CGAL
  int bad = 0;
  for (int set = 0; set < 2; set++) {
    const std::vector<SL>& v = input(set);
    const std::vector<K::Segment_2> c = as_cgal(v);
    for (std::size_t i = 0; i + 1 < v.size(); i += 2)
      bad += geo::intersect(v[i], v[i + 1]) != CGAL::do_intersect(c[i], c[i + 1]);
  }
  std::printf("geo_ll vs CGAL on all %zu pairs of both sets: %d disagreements\n", 2 * kPairs, bad);
  return bad == 0 ? 0 : 1;
#else
  return 0;
#endif
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  CapturingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  std::printf("\nCPU ns per segment-segment test (n = %zu pairs)\n", kPairs);
  std::printf("%-12s %12s %12s\n", "method", "uniform", "grid");
  for (const char* m : {"geo_ll", "geo_double", "cgal_epick"}) {
    std::printf("%-12s", m);
    for (const char* set : {"0", "1"}) {
      auto it = reporter.ns_per_test.find({m, set});
      if (it == reporter.ns_per_test.end()) std::printf(" %12s", "-");
      else std::printf(" %12.2f", it->second);
    }
    std::printf("\n");
  }
#if SEGMENT_BENCH_CGAL
  for (const char* set : {"0", "1"}) {
    const double g = reporter.ns_per_test[{"geo_ll", set}], c = reporter.ns_per_test[{"cgal_epick", set}];
    if (g > 0 && c > 0)
      std::printf("ratio CGAL time / geo_ll time, %s: %.2f (geo_ll is %.2fx as fast)\n",
                  set[0] == '0' ? "uniform" : "grid", c / g, c / g);
  }
#else
  std::printf("CGAL is absent (no <CGAL/Exact_predicates_inexact_constructions_kernel.h>): "
              "install libcgal-dev for the comparison\n");
#endif
  return agreement_check();
}
