// Properties of geometry/sweep/all_intersections.hpp against oracle::seg_common (all pairs,
// exact rationals): the reported pairs are exactly the pairs of closed segments sharing a
// point, each once with i < j; a pair meeting in one point reports that point (x / d, y / d),
// d > 0; an overlap of positive length is a piece whose reported point is its first end and
// whose other end is the lesser canonical right end; the Meets come sorted by point in (x, y)
// order and equal points carry equal (x, y, d). Inputs: tiny grids (everything collinear,
// overlapping, repeated), pieces on a few lines (collinear overlaps in bulk), stars through
// one point, verticals on a few x, point segments, random segments on a 1000 grid, and long
// segments and nearly parallel pencils at the bound 1e9. frac_cmp against rationals at
// every size up to 2^120 (both of its paths).
#include "geometry/sweep/all_intersections.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <array>
#include <map>
#include <utility>

namespace {

using LL = long long;
using Seg4 = std::array<LL, 4>;
constexpr LL M = 1000000000;

LL clampM(LL v, LL R) { return std::max(-R, std::min(R, v)); }
LL u(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }

std::vector<Seg4> segments(int kind) {
  std::vector<Seg4> v;
  const int n = int(u(0, kind == 0 ? 8 : kind == 6 ? 14 : 24));
  for (int k = 0; k < n; k++) {
    switch (kind) {
      case 0: v.push_back({u(-2, 2), u(-2, 2), u(-2, 2), u(-2, 2)}); break;
      case 1: {  // pieces of the lines y = 0, x = 1, y = x, y = -2x + 3
        const int l = int(u(0, 3));
        LL t0 = u(-6, 6), t1 = u(-6, 6);
        auto pt = [l](LL t) { return l == 0 ? std::pair(t, 0LL) : l == 1 ? std::pair(1LL, t)
                                     : l == 2 ? std::pair(t, t) : std::pair(t, -2 * t + 3); };
        auto [a, b] = pt(t0);
        auto [c, d] = pt(t1);
        v.push_back({a, b, c, d});
        break;
      }
      case 2: {  // a star through c (some ending at c), a few strays
        const LL cx = 3, cy = -2, dx = u(-4, 4), dy = u(-4, 4), k1 = u(0, 3), k2 = u(0, 3);
        if (u(0, 5) == 0) v.push_back({u(-9, 9), u(-9, 9), u(-9, 9), u(-9, 9)});
        else v.push_back({cx + k1 * dx, cy + k1 * dy, cx - k2 * dx, cy - k2 * dy});
        break;
      }
      case 3: {  // verticals on three x, horizontals and diagonals across
        const LL x = u(-1, 1) * 3;
        if (u(0, 2)) v.push_back({x, u(-8, 8), x, u(-8, 8)});
        else v.push_back({u(-8, 8), u(-8, 8), u(-8, 8), u(-8, 8)});
        break;
      }
      case 4: {  // point segments on a grid, some segments
        const LL x = u(-4, 4), y = u(-4, 4);
        if (u(0, 2)) v.push_back({x, y, x, y});
        else v.push_back({x, y, u(-4, 4), u(-4, 4)});
        break;
      }
      case 5: {
        const LL x = u(-1000, 1000), y = u(-1000, 1000);
        v.push_back({x, y, clampM(x + u(-600, 600), 1000), clampM(y + u(-600, 600), 1000)});
        break;
      }
      default: {  // long segments at the bound; nearly parallel pencils y = x + c
        if (u(0, 1)) {
          v.push_back({u(-M, M), u(-M, M), u(-M, M), u(-M, M)});
        } else {
          const LL c = u(-3, 3), x1 = u(-M, M), x2 = u(-M, M);
          v.push_back({x1, clampM(x1 + c, M), x2, clampM(x2 + c + u(-1, 1), M)});
        }
      }
    }
  }
  return v;
}

template <class T> std::vector<geo::Segment<T>> to_segments(const std::vector<Seg4>& v) {
  std::vector<geo::Segment<T>> s;
  for (auto& a : v) s.push_back({geo::Point<T>(T(a[0]), T(a[1])), geo::Point<T>(T(a[2]), T(a[3]))});
  return s;
}

oracle::QP rat(__int128 x, __int128 y, __int128 d) {
  return {oracle::q(x) / oracle::q(d), oracle::q(y) / oracle::q(d)};
}

template <class T> void check(const std::vector<Seg4>& v) {
  const auto got = geo::all_intersections(to_segments<T>(v));
  std::map<std::pair<int, int>, std::vector<oracle::QP>> want;
  for (size_t i = 0; i < v.size(); i++)
    for (size_t j = i + 1; j < v.size(); j++) {
      auto c = oracle::seg_common(oracle::end0(v[i]), oracle::end1(v[i]), oracle::end0(v[j]),
                                  oracle::end1(v[j]));
      if (!c.empty()) want[{int(i), int(j)}] = c;
    }
  RC_CLASSIFY(want.size() > v.size(), "many meetings");
  RC_ASSERT(got.size() == want.size());
  for (size_t k = 0; k < got.size(); k++) {
    const auto& m = got[k];
    RC_ASSERT(m.d > 0);
    const auto it = want.find({m.i, m.j});
    RC_ASSERT(it != want.end());  // so also i < j
    const auto c = it->second;
    want.erase(it);  // each pair once
    RC_ASSERT(m.piece == (c.size() == 2));
    const auto p = rat(m.x, m.y, m.d);
    RC_ASSERT(oracle::qsame(p, c[0]));
    if (m.piece) {  // the other end: the lesser canonical b
      auto b = [&](int i) {
        const auto e0 = oracle::end0(v[size_t(i)]), e1 = oracle::end1(v[size_t(i)]);
        return oracle::qless(e0, e1) ? e1 : e0;
      };
      const auto bi = b(m.i), bj = b(m.j);
      RC_ASSERT(oracle::qsame(oracle::qless(bi, bj) ? bi : bj, c[1]));
    }
    if (k > 0) {  // sorted by point; one representation per point
      const auto& o = got[k - 1];
      const auto q = rat(o.x, o.y, o.d);
      RC_ASSERT(!oracle::qless(p, q));
      RC_ASSERT(oracle::qsame(p, q) == (o.x == m.x && o.y == m.y && o.d == m.d));
    }
  }
}

CPGEO_PROP(SweepAllIntersectionsProp, MatchesAllPairs, 1500, ()) {
  const int kind = int(u(0, 6));
  RC_TAG(kind);
  check<LL>(segments(kind));
}

CPGEO_PROP(SweepAllIntersectionsProp, FracCmpIsExact, 2000, ()) {
  auto big = [](int bits) {  // a random value with |v| < 2^bits
    __int128 v = 0;
    for (int k = 0; k < bits; k += 30) v = (v << 30) + u(0, (1 << 30) - 1);
    return (v >> std::max(0, ((bits + 29) / 30) * 30 - bits)) * (u(0, 1) ? 1 : -1);
  };
  const int ba = int(u(1, 120)), bb = int(u(1, 62));
  __int128 a = big(ba), b = big(bb), c = big(ba), d = big(bb);
  b = b < 0 ? -b : b, d = d < 0 ? -d : d;
  b += b == 0, d += d == 0;
  if (u(0, 3) == 0) c = a * d / b + u(-1, 1);  // nearly equal
  if (u(0, 5) == 0) c = a * (d / b + 1), d = b * (d / b + 1);  // equal, other terms
  RC_TAG(ba >= 62 ? "long path" : "products");
  const oracle::Q x = oracle::q(a) / oracle::q(b), y = oracle::q(c) / oracle::q(d);
  RC_ASSERT(geo::frac_cmp(a, b, c, d) == (x < y ? -1 : x > y ? 1 : 0));
}

CPGEO_PROP(SweepAllIntersectionsProp, IntCoordinates, 300, ()) {
  const int kind = int(u(0, 5));  // not the 1e9 kind: int products overflow there
  check<int>(segments(kind));
}

}  // namespace
