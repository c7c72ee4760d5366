// arrangement_bench: the planar arrangement (geometry/sweep/arrangement.hpp) with n query
// points, against its own first step (geometry/sweep/all_intersections.hpp alone) and
// against CGAL's Arrangement_2 (exact kernel Epeck; the segments inserted by the aggregated
// sweep CGAL::insert, the points located by CGAL::locate, the batched sweep) where CGAL is
// installed (__has_include).
//
// Inputs (fixed seeds), coordinates in [-1e6, 1e6]:
//   short      n random segments of length about 4e6 / sqrt(n) per axis (k about 0.7 n)
//   long       n random segments across the box (k about n^2 / 13)
//   grid       n / 2 horizontal and n / 2 vertical lines, rows one unit apart in places
// n random query points in the box for both.
// Thread CPU time of one run after a warm-up; V, E, F and the number of queries on a vertex,
// on an edge and in a face, which must agree between cpgeo and CGAL.
//
// Build: cmake --workflow --preset bench, or (CGAL needs -lgmp -lmpfr)
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/arrangement_bench.cpp -o arrangement_bench -lgmp -lmpfr
#include "geometry/sweep/arrangement.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <time.h>

#if __has_include(<CGAL/Arrangement_2.h>) && __has_include(<CGAL/Exact_predicates_exact_constructions_kernel.h>)
#include <CGAL/Arr_batched_point_location.h>
#include <CGAL/Arr_segment_traits_2.h>
#include <CGAL/Arrangement_2.h>
#include <CGAL/Exact_predicates_exact_constructions_kernel.h>
#define CPGEO_HAVE_CGAL 1
#endif

namespace {

using P = geo::Point<long long>;
using S = geo::Segment<long long>;
constexpr long long E = 1000000;

long long uniform(std::mt19937_64& g, long long lo, long long hi) {
  return lo + static_cast<long long>(g() % static_cast<std::uint64_t>(hi - lo + 1));
}

long long clamp(long long v) { return v < -E ? -E : v > E ? E : v; }

std::vector<S> make(const std::string& kind, long long n) {
  std::mt19937_64 g(0xa7 + static_cast<std::uint64_t>(n) + kind.size());
  std::vector<S> v;
  for (long long i = 0; i < n; i++) {
    if (kind == "grid") {
      const long long c = -E + 1 + (2 * E - 2) * (i / 2) / (n / 2);
      v.push_back(i % 2 ? S{P(-E, c), P(E, c)} : S{P(c, -E), P(c, E)});
    } else {
      const long long L = kind == "short" ? static_cast<long long>(4e6 / std::sqrt(double(n))) : 2 * E;
      const P a(uniform(g, -E, E), uniform(g, -E, E));
      v.push_back({a, P(clamp(a.x + uniform(g, -L, L)), clamp(a.y + uniform(g, -L, L)))});
    }
  }
  return v;
}

std::vector<P> queries(long long n) {
  std::mt19937_64 g(0x51 + static_cast<std::uint64_t>(n));
  std::vector<P> q;
  for (long long i = 0; i < n; i++) q.push_back(P(uniform(g, -E, E), uniform(g, -E, E)));
  return q;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

using Counts = std::array<long long, 6>;  // V, E, F, queries on a vertex, an edge, in a face

template <class F> double seconds(F f, Counts& out) {
  out = f();  // warm-up, and the answer
  const double start = cpu_seconds();
  const Counts again = f();
  const double t = cpu_seconds() - start;
  if (again != out) std::printf("nondeterministic answers\n");
  return t;
}

Counts cpgeo(const std::vector<S>& s, const std::vector<P>& q) {
  const auto A = geo::arrangement(s, q);
  Counts c{static_cast<long long>(A.v.size()), static_cast<long long>(A.e.size()),
           static_cast<long long>(A.area.size()), 0, 0, 0};
  for (auto& a : A.at) c[static_cast<size_t>(5 - a[0])]++;
  return c;
}

Counts intersections_only(const std::vector<S>& s) {
  return {static_cast<long long>(geo::all_intersections(s).size()), 0, 0, 0, 0, 0};
}

#ifdef CPGEO_HAVE_CGAL
using K = CGAL::Exact_predicates_exact_constructions_kernel;
using Traits = CGAL::Arr_segment_traits_2<K>;
using Arrangement = CGAL::Arrangement_2<Traits>;

Counts cgal(const std::vector<S>& s, const std::vector<P>& q) {
  std::vector<Traits::X_monotone_curve_2> curves;
  std::vector<Traits::Point_2> points;  // point segments: isolated vertices
  for (auto& [a, b] : s) {
    const Traits::Point_2 pa(double(a.x), double(a.y)), pb(double(b.x), double(b.y));
    if (a == b) points.push_back(pa);
    else curves.push_back(Traits::X_monotone_curve_2(pa, pb));
  }
  Arrangement arr;
  CGAL::insert(arr, curves.begin(), curves.end());
  for (auto& p : points) CGAL::insert_point(arr, p);
  std::vector<Traits::Point_2> qs;
  for (auto& p : q) qs.push_back(Traits::Point_2(double(p.x), double(p.y)));
  using Result = std::pair<Traits::Point_2, CGAL::Arr_point_location_result<Arrangement>::Type>;
  std::vector<Result> res;
  CGAL::locate(arr, qs.begin(), qs.end(), std::back_inserter(res));
  Counts c{static_cast<long long>(arr.number_of_vertices()),
           static_cast<long long>(arr.number_of_edges()),
           static_cast<long long>(arr.number_of_faces()), 0, 0, 0};
  for (auto& [p, r] : res) {
    if (boost::get<Arrangement::Vertex_const_handle>(&r)) c[3]++;
    else if (boost::get<Arrangement::Halfedge_const_handle>(&r)) c[4]++;
    else c[5]++;
  }
  return c;
}
#endif

}  // namespace

int main() {
  std::printf("%-6s %7s %9s %9s %8s %13s %13s %13s %7s %7s\n", "input", "n", "V", "E", "F",
              "intersections", "arrangement", "CGAL", "ratio", "answers");
  int bad = 0;
  for (const char* kind : {"short", "long", "grid"})
    for (long long n : {1000LL, 10000LL, 100000LL}) {
      if (std::string(kind) != "short" && n > 1000) continue;  // k ~ n^2
      const auto s = make(kind, n);
      const auto q = queries(n);
      Counts a{}, b{}, c{};
      const double ti = seconds([&] { return intersections_only(s); }, b);
      const double ta = seconds([&] { return cpgeo(s, q); }, a);
      double tc = -1;
#ifdef CPGEO_HAVE_CGAL
      tc = seconds([&] { return cgal(s, q); }, c);
#endif
      const bool agree = tc < 0 || a == c;
      bad += !agree;
      std::printf("%-6s %7lld %9lld %9lld %8lld %10.1f ms %10.1f ms", kind, n, a[0], a[1], a[2],
                  ti * 1e3, ta * 1e3);
      tc < 0 ? std::printf(" %13s %7s", "-", "-") : std::printf(" %10.1f ms %6.2fx", tc * 1e3, tc / ta);
      std::printf(" %7s\n", tc < 0 ? "-" : agree ? "agree" : "DISAGREE");
      if (!agree)
        std::printf("  cpgeo %lld %lld %lld | %lld %lld %lld, CGAL %lld %lld %lld | %lld %lld %lld\n",
                    a[0], a[1], a[2], a[3], a[4], a[5], c[0], c[1], c[2], c[3], c[4], c[5]);
    }
  return bad;
}
