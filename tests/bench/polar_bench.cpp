// polar_bench: sorting points by argument (geometry/polar.hpp) against the floor and atan2.
//
// Input: n points with integral coordinates uniform in [-1e9, 1e9] (fixed seed), n = 2e5, 1e6.
//   floor_sort_xy     std::sort by (x, y) with Point::operator< -- the floor
//   exact_arg_ll      geo::sort_by_arg on Point<long long>
//   atan2_key         the usual contest way: key = atan2(y, x) precomputed into
//                     vector<pair<double, Point>>, std::sort of the pairs, points written back
//   exact_arg_double  geo::sort_by_arg on Point<double> (same coordinates, exactly representable):
//                     exercises the FMA difference of products in geo::cross_sign
// Each iteration copies the input into a preallocated buffer outside the timed region;
// only the sort is timed (manual timing, so no PauseTiming overhead), in thread CPU time
// (CLOCK_THREAD_CPUTIME_ID) so that other processes on a shared machine disturb it less.
// The "Time" column is that sort time; the "CPU" column is Google Benchmark's own process
// CPU time for the whole loop, copies included.
// After the runs the program prints a table of each method's time / floor time for each n,
// then a correctness check on an adversarial set: points ~1e9 from the origin whose
// arguments differ by ~1e-18 rad, below atan2's resolution (pitfall 10 of docs/pitfalls.md).
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/polar_bench.cpp -lbenchmark -pthread
#include "geometry/polar.hpp"

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

#include <time.h>    // clock_gettime
#include <unistd.h>  // isatty

namespace {

using PL = geo::Point<long long>;
using PD = geo::Point<double>;

constexpr long long kMax = 1000000000;
constexpr std::uint64_t kSeed = 0x5eed2024;

// Deterministic on every standard library: no std::uniform_int_distribution.
long long uniform(std::mt19937_64& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

const std::vector<PL>& input_ll(long long n) {
  static std::map<long long, std::vector<PL>> cache;
  std::vector<PL>& v = cache[n];
  if (v.empty()) {
    std::mt19937_64 rng(kSeed + static_cast<std::uint64_t>(n));
    v.resize(static_cast<std::size_t>(n));
    for (PL& p : v) p = PL(uniform(rng, -kMax, kMax), uniform(rng, -kMax, kMax));
  }
  return v;
}

const std::vector<PD>& input_double(long long n) {
  static std::map<long long, std::vector<PD>> cache;
  std::vector<PD>& v = cache[n];
  if (v.empty())
    for (const PL& p : input_ll(n))
      v.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  return v;
}

// CPU time of this thread: unlike wall time, it does not count the time other processes on
// a busy machine hold the core.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Runs `sort` on a fresh copy of `input` each iteration and times only the sort.
template <class P, class Sort> void timed_sorts(benchmark::State& state, const std::vector<P>& input,
                                                Sort sort) {
  std::vector<P> work(input.size());
  for (auto _ : state) {
    std::copy(input.begin(), input.end(), work.begin());
    benchmark::ClobberMemory();
    const double start = thread_cpu_seconds();
    sort(work);
    benchmark::DoNotOptimize(work.data());
    benchmark::ClobberMemory();
    state.SetIterationTime(thread_cpu_seconds() - start);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void floor_sort_xy(benchmark::State& state) {
  timed_sorts(state, input_ll(state.range(0)),
              [](std::vector<PL>& v) { std::sort(v.begin(), v.end()); });
}

void exact_arg_ll(benchmark::State& state) {
  timed_sorts(state, input_ll(state.range(0)),
              [](std::vector<PL>& v) { geo::sort_by_arg(v); });
}

void atan2_sort(std::vector<PL>& v, std::vector<std::pair<double, PL>>& keyed) {
  keyed.resize(v.size());
  for (std::size_t i = 0; i < v.size(); i++)
    keyed[i] = {std::atan2(static_cast<double>(v[i].y), static_cast<double>(v[i].x)), v[i]};
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t i = 0; i < v.size(); i++) v[i] = keyed[i].second;
}

void atan2_key(benchmark::State& state) {
  std::vector<std::pair<double, PL>> keyed;  // allocated once, outside the timed region
  keyed.reserve(static_cast<std::size_t>(state.range(0)));
  timed_sorts(state, input_ll(state.range(0)),
              [&keyed](std::vector<PL>& v) { atan2_sort(v, keyed); });
}

void exact_arg_double(benchmark::State& state) {
  timed_sorts(state, input_double(state.range(0)),
              [](std::vector<PD>& v) { geo::sort_by_arg(v); });
}

// The order of the table rows; the first is the floor.
const char* const kMethods[] = {"floor_sort_xy", "exact_arg_ll", "atan2_key", "exact_arg_double"};

#define POLAR_BENCH(fn) \
  BENCHMARK(fn)->Arg(200000)->Arg(1000000)->UseManualTime()->Unit(benchmark::kMillisecond)
POLAR_BENCH(floor_sort_xy);
POLAR_BENCH(exact_arg_ll);
POLAR_BENCH(atan2_key);
POLAR_BENCH(exact_arg_double);

// Console output as usual, plus every iteration run's time kept for the ratio table.
class CapturingReporter : public MedianReporter {
 public:
  using MedianReporter::MedianReporter;

  void print_ratios() const {
    const char* const sizes[] = {"200000", "1000000"};
    std::printf("\nratio = sort time / floor_sort_xy sort time (thread CPU time, median over repetitions)\n");
    std::printf("%-18s %14s %8s %14s %8s\n", "method", "n=2e5 ms", "ratio", "n=1e6 ms", "ratio");
    for (const char* method : kMethods) {
      std::printf("%-18s", method);
      for (const char* n : sizes) {
        const double t = median_ms(method, n), floor = median_ms(kMethods[0], n);
        if (t < 0) std::printf(" %14s %8s", "-", "-");
        else if (floor <= 0) std::printf(" %14.2f %8s", t, "-");
        else std::printf(" %14.2f %8.2f", t, t / floor);
      }
      std::printf("\n");
    }
  }
};

// Adversarial set: (m, m + t) with m in [1e9 - 1e6, 1e9 - 2], t in [-2, 2], moved to one of the
// 8 octants by an exact symmetry. Two such points have arguments differing by about
// |t1 m2 - t2 m1| / 2e18 rad, mostly far below one ulp of atan2's result (~1e-16).
std::vector<PL> adversarial(std::size_t n) {
  std::mt19937_64 rng(kSeed);
  std::vector<PL> v;
  v.reserve(n);
  for (std::size_t i = 0; i < n; i++) {
    const long long m = uniform(rng, kMax - 1000000, kMax - 2);
    PL p(m, m + uniform(rng, -2, 2));
    const long long sym = uniform(rng, 0, 7);
    if (sym & 1) std::swap(p.x, p.y);
    if (sym & 2) p.x = -p.x;
    if (sym & 4) p.y = -p.y;
    v.push_back(p);
  }
  return v;
}

// Adjacent pairs (i, i+1) with arg(v[i+1]) < arg(v[i]) exactly.
template <class P> std::size_t misordered(const std::vector<P>& v) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i + 1 < v.size(); i++) {
    const PL a(static_cast<long long>(v[i].x), static_cast<long long>(v[i].y));
    const PL b(static_cast<long long>(v[i + 1].x), static_cast<long long>(v[i + 1].y));
    bad += geo::arg_less(b, a);
  }
  return bad;
}

// Returns the number of failed checks: the exact sorts must have no misordered pair.
int adversarial_report() {
  const std::size_t n = 200000;
  const std::vector<PL> input = adversarial(n);

  std::vector<PL> by_atan2 = input;
  std::vector<std::pair<double, PL>> keyed;
  atan2_sort(by_atan2, keyed);
  // Adjacent pairs in atan2 order: equal keys for different arguments (the order then comes
  // from the tie-break), and exact misorders split by whether the keys were equal or inverted.
  std::size_t key_ties = 0, bad_tied = 0, bad_inverted = 0;
  for (std::size_t i = 0; i + 1 < keyed.size(); i++) {
    const PL& a = keyed[i].second;
    const PL& b = keyed[i + 1].second;
    const bool tied = keyed[i].first == keyed[i + 1].first;
    key_ties += tied && (geo::arg_less(a, b) || geo::arg_less(b, a));
    if (geo::arg_less(b, a)) ++(tied ? bad_tied : bad_inverted);
  }

  std::vector<PL> exact_ll = input;
  geo::sort_by_arg(exact_ll);
  std::vector<PD> exact_double;
  for (const PL& p : input)
    exact_double.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  geo::sort_by_arg(exact_double);

  const std::size_t bad_atan2 = misordered(by_atan2);
  const std::size_t bad_ll = misordered(exact_ll), bad_double = misordered(exact_double);
  std::printf("\nadversarial set: %zu points ~1e9 from the origin, arguments ~1e-18 rad apart\n", n);
  std::printf("  adjacent pairs misordered (exact check, %zu pairs):\n", n - 1);
  std::printf("    atan2_key         %zu   (%zu with key(a) < key(b) but arg(a) > arg(b); %zu from a\n"
              "                      wrong tie-break among %zu equal keys of different arguments)\n",
              bad_atan2, bad_inverted, bad_tied, key_ties);
  std::printf("    exact_arg_ll      %zu\n", bad_ll);
  std::printf("    exact_arg_double  %zu\n", bad_double);
  int failures = 0;
  if (bad_ll != 0 || bad_double != 0) {
    std::printf("  FAIL: geo::sort_by_arg misordered points\n");
    failures++;
  }
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // A reporter passed in ignores --benchmark_color: colour only on a terminal.
  CapturingReporter reporter(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                   : benchmark::ConsoleReporter::OO_Tabular);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  reporter.print_ratios();
  return adversarial_report() == 0 ? 0 : 1;
}
