// kdtree_bench: the nearest other point of every point (geometry/kdtree.hpp) against
// nanoflann and CGAL, in one run.
//
// Inputs (fixed seed), n = 1e5 and 1e6:
//   kind 0  integral coordinates uniform in [-1e9, 1e9]
//   kind 1  clustered: angle uniform, radius 1e6 * exp(3 g) for a standard normal g (heavy
//           tail: most points within 1e6 of the origin, some out to 1e9), clipped to the box
//   kind 2  a sqrt(n) x sqrt(n) lattice of step 1000, shuffled (four tied neighbours each)
// Methods (each timed: build the tree, then one query per point, in input order):
//   floor_sort_xy   std::sort of the points by (x, y): the floor
//   cpgeo_ll        geo::KDTree<long long>, nearest(P[i], i) (exact squared distances)
//   cpgeo_double    geo::KDTree<double>, the same coordinates
//   nanoflann       nanoflann::KDTreeSingleIndexAdaptor (double, L2_Simple, leaves of 10),
//                   findNeighbors with k = 2 (the point itself is one of them), only if
//                   <nanoflann.hpp> is installed (Debian libnanoflann-dev)
//   cgal            CGAL::Orthogonal_k_neighbor_search over Search_traits_2 of the Epick
//                   kernel, k = 2 (the point itself is one of them), only if CGAL is installed
// Time is thread CPU time (CLOCK_THREAD_CPUTIME_ID). After the runs it prints each method's
// time per point and its ratio to nanoflann, to CGAL (target: < 1 for both) and to the floor,
// and checks that every method found the same nearest distances (the sum of the squared
// distances, and cpgeo_ll's exact answers against cpgeo_double's).
//
// Build: cmake --workflow --preset bench, or
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/kdtree_bench.cpp -lbenchmark -pthread -lgmp -lmpfr
#include "geometry/kdtree.hpp"

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

#if __has_include(<nanoflann.hpp>)
#include <nanoflann.hpp>
#define CPGEO_HAVE_NANOFLANN 1
#endif
#if __has_include(<CGAL/Orthogonal_k_neighbor_search.h>)
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Orthogonal_k_neighbor_search.h>
#include <CGAL/Search_traits_2.h>
#define CPGEO_HAVE_CGAL 1
#endif

namespace {

using PL = geo::Point<long long>;
using PD = geo::Point<double>;
constexpr long long kMax = 1000000000;
constexpr std::uint64_t kSeed = 0xd7ee15;

long long uniform(std::mt19937_64& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

const std::vector<PL>& input_ll(long long n, long long kind) {
  static std::map<std::pair<long long, long long>, std::vector<PL>> cache;
  std::vector<PL>& v = cache[{n, kind}];
  if (v.empty()) {
    std::mt19937_64 rng(kSeed + static_cast<std::uint64_t>(n + kind));
    if (kind == 0) {
      for (long long i = 0; i < n; i++) v.emplace_back(uniform(rng, -kMax, kMax), uniform(rng, -kMax, kMax));
    } else if (kind == 1) {
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

std::vector<PD> input_double(long long n, long long kind) {
  std::vector<PD> out;
  for (const PL& p : input_ll(n, kind)) out.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  return out;
}

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// The sum over the points of the squared distance to the neighbour each method found, per
// method and input (the last run's), to check that they agree.
std::map<std::pair<std::string, std::string>, double>& sums() {
  static std::map<std::pair<std::string, std::string>, double> s;
  return s;
}
std::string key(benchmark::State& state) {
  return std::to_string(state.range(0)) + "/" + std::to_string(state.range(1));
}

template <class Run> void timed(benchmark::State& state, const char* name, Run run) {
  double sum = 0;
  for (auto _ : state) {
    benchmark::ClobberMemory();
    const double start = thread_cpu_seconds();
    sum = run();
    benchmark::ClobberMemory();
    state.SetIterationTime(thread_cpu_seconds() - start);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  sums()[{name, key(state)}] = sum;
}

void floor_sort_xy(benchmark::State& state) {
  const auto& in = input_ll(state.range(0), state.range(1));
  std::vector<PL> v;
  timed(state, "floor_sort_xy", [&] {
    v = in;  // the copy is timed too: a tree copies its points as well
    std::sort(v.begin(), v.end());
    return -1.0;
  });
}

// The answers are stored (a sequential write) and their distances summed after the timing:
// reading P[answer] inside would add a cache miss per query that nanoflann and CGAL, which
// return the distance, do not pay.
template <class T> void cpgeo_run(benchmark::State& state, const char* name, const std::vector<geo::Point<T>>& in) {
  std::vector<int> ans(in.size());
  timed(state, name, [&] {
    const geo::KDTree<T> t(in);
    for (int i = 0; i < static_cast<int>(in.size()); i++) ans[static_cast<size_t>(i)] = t.nearest(in[static_cast<size_t>(i)], i);
    return 0.0;
  });
  double sum = 0;
  for (size_t i = 0; i < in.size(); i++) sum += static_cast<double>(dist2(in[static_cast<size_t>(ans[i])], in[i]));
  sums()[{name, key(state)}] = sum;
}

void cpgeo_ll(benchmark::State& state) { cpgeo_run(state, "cpgeo_ll", input_ll(state.range(0), state.range(1))); }

void cpgeo_double(benchmark::State& state) {
  cpgeo_run(state, "cpgeo_double", input_double(state.range(0), state.range(1)));
}

#ifdef CPGEO_HAVE_NANOFLANN
struct Cloud {
  const std::vector<PD>& p;
  size_t kdtree_get_point_count() const { return p.size(); }
  double kdtree_get_pt(size_t i, size_t d) const { return d == 0 ? p[i].x : p[i].y; }
  template <class Box> bool kdtree_get_bbox(Box&) const { return false; }
};
void nanoflann_2(benchmark::State& state) {
  const auto in = input_double(state.range(0), state.range(1));
  using Tree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, Cloud>, Cloud, 2>;
  timed(state, "nanoflann", [&] {
    Cloud c{in};
    Tree t(2, c, nanoflann::KDTreeSingleIndexAdaptorParams(10));
    t.buildIndex();
    double sum = 0;
    for (size_t i = 0; i < in.size(); i++) {
      size_t idx[2];
      double d[2];
      nanoflann::KNNResultSet<double> r(2);
      r.init(idx, d);
      const double q[2] = {in[i].x, in[i].y};
      t.findNeighbors(r, q, nanoflann::SearchParams());
      sum += idx[0] == i ? d[1] : d[0];
    }
    return sum;
  });
}
#endif

#ifdef CPGEO_HAVE_CGAL
using K = CGAL::Exact_predicates_inexact_constructions_kernel;
using Search = CGAL::Orthogonal_k_neighbor_search<CGAL::Search_traits_2<K>>;
void cgal(benchmark::State& state) {
  std::vector<K::Point_2> in;
  for (const PL& p : input_ll(state.range(0), state.range(1)))
    in.emplace_back(static_cast<double>(p.x), static_cast<double>(p.y));
  timed(state, "cgal", [&] {
    Search::Tree t(in.begin(), in.end());
    t.build();
    double sum = 0;
    for (const auto& p : in) {
      Search s(t, p, 2);  // the point itself and its nearest other point, in that order
      auto it = s.begin();
      ++it;
      sum += it->second;
    }
    return sum;
  });
}
#endif

const char* const kMethods[] = {"floor_sort_xy", "cpgeo_ll", "cpgeo_double", "nanoflann", "cgal"};

#define KD_BENCH(fn)                                                                           \
  BENCHMARK(fn)->Args({100000, 0})->Args({1000000, 0})->Args({100000, 1})->Args({1000000, 1}) \
      ->Args({100000, 2})->Args({1000000, 2})->UseManualTime()->Unit(benchmark::kMillisecond)
KD_BENCH(floor_sort_xy);
KD_BENCH(cpgeo_ll);
KD_BENCH(cpgeo_double);
#ifdef CPGEO_HAVE_NANOFLANN
BENCHMARK(nanoflann_2)->Name("nanoflann")->Args({100000, 0})->Args({1000000, 0})->Args({100000, 1})
    ->Args({1000000, 1})->Args({100000, 2})->Args({1000000, 2})->UseManualTime()->Unit(benchmark::kMillisecond);
#endif
#ifdef CPGEO_HAVE_CGAL
KD_BENCH(cgal);
#endif

class CapturingReporter : public MedianReporter {
 public:
  using MedianReporter::MedianReporter;
  // 0 when every method that ran found the same total squared distance, else 1
  int print_ratios() const {
    const char* const inputs[] = {"100000/0", "1000000/0", "100000/1", "1000000/1", "100000/2", "1000000/2"};
    const char* const names[] = {"uniform 1e5",   "uniform 1e6", "clustered 1e5",
                                 "clustered 1e6", "lattice 1e5", "lattice 1e6"};
    int bad = 0;
    std::printf("\nbuild + nearest other point of every point; thread CPU time, median over repetitions;\n"
                "ns/pt; ratio to nanoflann, to CGAL and to the floor\n");
    for (int k = 0; k < 6; k++) {
      std::printf("%s\n", names[k]);
      const double n = k % 2 == 0 ? 1e5 : 1e6;
      const double nano = median_ms("nanoflann", inputs[k]), cg = median_ms("cgal", inputs[k]),
                   floor = median_ms("floor_sort_xy", inputs[k]);
      const auto ref = sums().find({"cpgeo_ll", inputs[k]});
      for (const char* method : kMethods) {
        const double t = median_ms(method, inputs[k]);
        if (t < 0) {
          std::printf("  %-15s %10s\n", method, "-");
          continue;
        }
        std::printf("  %-15s %8.1f ns/pt", method, t * 1e6 / n);
        if (nano > 0) std::printf("   x%.2f nanoflann", t / nano);
        if (cg > 0) std::printf("   x%.2f CGAL", t / cg);
        if (floor > 0) std::printf("   x%.2f floor", t / floor);
        const auto s = sums().find({method, inputs[k]});
        if (ref != sums().end() && s != sums().end() && s->second >= 0) {
          const bool same = std::abs(s->second - ref->second) <= 1e-12 * ref->second;
          bad += !same;
          std::printf("   %s", same ? "same distances" : "DIFFERENT DISTANCES");
        }
        std::printf("\n");
      }
    }
#ifndef CPGEO_HAVE_NANOFLANN
    std::printf("(nanoflann not installed: apt-get install libnanoflann-dev for the comparison)\n");
#endif
#ifndef CPGEO_HAVE_CGAL
    std::printf("(CGAL not installed: apt-get install libcgal-dev for the comparison)\n");
#endif
    return bad;
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  CapturingReporter reporter(benchmark::ConsoleReporter::OO_Defaults);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const int bad = reporter.print_ratios();
  benchmark::Shutdown();
  return bad ? 1 : 0;
}
