// Properties of geometry/envelope/line_container.hpp and geometry/envelope/li_chao.hpp
// against brute force in exact rationals (oracle.hpp): after every add, the minimum and the
// maximum at every query point equal the best line (or segment covering the point) computed
// line by line; the container's size() equals the number of distinct lines strictly best at
// some real x (a one-dimensional feasibility test in rationals); doubles with small integer
// coefficients are exact, and with random reals the answer is within 8u (|k x| + |m|) of the
// exact best.
#include "geometry/envelope/li_chao.hpp"
#include "geometry/envelope/line_container.hpp"

#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace {

using LL = long long;
using oracle::Q;
constexpr LL B = 1000000000, M = 1000000000000000000;

struct Seg {
  LL k, m, l, r;  // y = k x + m on [l, r)
};

// Coefficients at one of several scales: tiny (ties and equal slopes everywhere), small,
// and the documented extremes.
rc::Gen<std::vector<Seg>> segments(int n) {
  return rc::gen::mapcat(geotest::uniform_int(0, 3), [n](LL scale) {
    const LL K = scale == 0 ? 2 : scale == 1 ? 30 : B, Mm = scale == 0 ? 3 : scale == 1 ? 300 : M;
    const LL X = scale == 0 ? 4 : scale == 1 ? 40 : B;
    auto seg = rc::gen::apply(
        [](LL k, LL m, LL l, LL r) { return Seg{k, m, l, r}; }, geotest::uniform_int(-K, K),
        scale == 3 ? rc::gen::element(-M, M, M - 1, -M + 1, LL(0)) : geotest::uniform_int(-Mm, Mm),
        geotest::uniform_int(-X - 1, X + 1), geotest::uniform_int(-X - 1, X + 1));
    return rc::gen::container<std::vector<Seg>>(size_t(n), seg);
  });
}

rc::Gen<std::vector<LL>> points(LL X, int n) {
  return rc::gen::container<std::vector<LL>>(size_t(n), geotest::uniform_int(-X, X));
}

Q value(const Seg& s, LL x) { return oracle::q(s.k) * oracle::q(x) + oracle::q(s.m); }

// The distinct lines strictly best (minimum) at some real x: for line i, the x with
// k_i x + m_i < k_j x + m_j for every other distinct line j form an open interval.
size_t strictly_best(const std::vector<Seg>& S) {
  std::set<std::pair<LL, LL>> lines;
  for (auto& s : S) lines.insert({s.k, s.m});
  size_t count = 0;
  for (auto& [ki, mi] : lines) {
    std::optional<Q> lo, hi;  // x > lo, x < hi
    bool ok = true;
    for (auto& [kj, mj] : lines) {
      if (kj == ki && mj == mi) continue;
      const Q dk = oracle::q(ki) - oracle::q(kj), dm = oracle::q(mj) - oracle::q(mi);  // dk x < dm
      if (dk == 0) ok = ok && dm > 0;
      else if (dk > 0) hi = hi ? std::min(*hi, Q(dm / dk)) : Q(dm / dk);
      else lo = lo ? std::max(*lo, Q(dm / dk)) : Q(dm / dk);
    }
    count += ok && (!lo || !hi || *lo < *hi);
  }
  return count;
}

}  // namespace

CPGEO_PROP(EnvelopeProp, LineContainerMatchesBruteForce, 300, ()) {
  const auto S = *segments(*rc::gen::inRange(1, 40));
  const LL X = std::max<LL>({4, std::abs(S[0].l), std::abs(S[0].r)}) > 41 ? B : 41;
  const auto xs = *points(X, 12);
  geo::LineContainer<LL> lo, hi(true);
  std::vector<Seg> added;
  for (auto& s : S) {
    lo.add(s.k, s.m), hi.add(s.k, s.m), added.push_back(s);
    for (LL x : xs) {
      Q best = value(added[0], x), worst = best;
      for (auto& a : added) best = std::min(best, value(a, x)), worst = std::max(worst, value(a, x));
      RC_ASSERT(oracle::q(lo.query(x)) == best);
      RC_ASSERT(oracle::q(hi.query(x)) == worst);
    }
  }
  RC_ASSERT(lo.size() == strictly_best(S));
}

CPGEO_PROP(EnvelopeProp, LiChaoMatchesBruteForce, 300, ()) {
  const auto S = *segments(*rc::gen::inRange(1, 40));
  const bool big = std::any_of(S.begin(), S.end(), [](const Seg& s) { return std::abs(s.l) > 41; });
  auto xs = *points(big ? B : 41, *rc::gen::inRange(1, 15));
  if (*rc::gen::arbitrary<bool>()) xs.push_back(xs[0]);  // a repeated query point
  geo::LiChao<LL> lo(xs), hi(xs, true);
  std::vector<Seg> added;
  for (auto& s : S) {
    const bool line = *rc::gen::inRange(0, 5) == 0;
    if (line) lo.add(s.k, s.m), hi.add(s.k, s.m), added.push_back({s.k, s.m, -B - 1, B + 1});
    else lo.add(s.k, s.m, s.l, s.r), hi.add(s.k, s.m, s.l, s.r), added.push_back(s);
    for (LL x : xs) {
      std::optional<Q> best, worst;
      for (auto& a : added)
        if (a.l <= x && x < a.r) {
          const Q v = value(a, x);
          best = best ? std::min(*best, v) : v, worst = worst ? std::max(*worst, v) : v;
        }
      const bool lo_ok = best ? oracle::q(lo.query(x)) == *best : lo.query(x) == lo.none;
      const bool hi_ok = worst ? oracle::q(hi.query(x)) == *worst : hi.query(x) == -hi.none;
      RC_ASSERT(lo_ok);
      RC_ASSERT(hi_ok);
    }
  }
}

CPGEO_PROP(EnvelopeProp, DoublesExactOnSmallIntegers, 200, ()) {
  const auto S = *segments(*rc::gen::inRange(1, 30));
  if (std::any_of(S.begin(), S.end(), [](const Seg& s) { return std::abs(s.m) > 300; })) RC_DISCARD("big");
  const auto xs = *points(41, 10);
  std::vector<double> dx(xs.begin(), xs.end());
  geo::LineContainer<double> c;
  geo::LiChao<double> t(dx);
  for (auto& s : S) c.add(double(s.k), double(s.m)), t.add(double(s.k), double(s.m));
  for (LL x : xs) {
    Q best = value(S[0], x);
    for (auto& s : S) best = std::min(best, value(s, x));
    RC_ASSERT(oracle::q(c.query(double(x))) == best);
    RC_ASSERT(oracle::q(t.query(double(x))) == best);
  }
}

CPGEO_PROP(EnvelopeProp, DoublesWithinRounding, 300, ()) {
  const int n = *rc::gen::inRange(1, 30);
  const double R = *rc::gen::element(1.0, 1e3, 1e9);
  auto real = [](double r) { return geotest::uniform_real<double>(r); };
  const auto ks = *rc::gen::container<std::vector<double>>(size_t(n), real(R));
  const auto ms = *rc::gen::container<std::vector<double>>(size_t(n), real(R * R));
  const auto xs = *rc::gen::container<std::vector<double>>(8, real(R));
  geo::LineContainer<double> c, h(true);
  geo::LiChao<double> t(xs);
  for (int i = 0; i < n; i++) c.add(ks[size_t(i)], ms[size_t(i)]), h.add(ks[size_t(i)], ms[size_t(i)]), t.add(ks[size_t(i)], ms[size_t(i)]);
  const double u = std::numeric_limits<double>::epsilon() / 2;
  for (double x : xs) {
    Q best = oracle::q(ks[0]) * oracle::q(x) + oracle::q(ms[0]), worst = best;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      const Q v = oracle::q(ks[size_t(i)]) * oracle::q(x) + oracle::q(ms[size_t(i)]);
      best = std::min(best, v), worst = std::max(worst, v);
      scale = std::max(scale, std::abs(ks[size_t(i)] * x) + std::abs(ms[size_t(i)]));
    }
    const Q tol = oracle::q(8 * u * scale);
    RC_ASSERT(abs(oracle::q(c.query(x)) - best) <= tol);
    RC_ASSERT(abs(oracle::q(t.query(x)) - best) <= tol);
    RC_ASSERT(abs(oracle::q(h.query(x)) - worst) <= tol);
  }
}
