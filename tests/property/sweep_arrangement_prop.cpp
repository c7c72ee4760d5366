// Properties of geometry/sweep/arrangement.hpp against oracle::arr_oracle (all pairs, exact
// rationals): the vertices (every end and common point, each once, in (x, y) order) and the
// edges (each segment split at every vertex on it, overlaps merged) are the oracle's; every
// next pointer is the oracle's boundary walk (traced with the diamond pseudo-angle); the
// bounded faces are exactly the walks of positive exact area, and Euler's formula V - E + F =
// 1 + C holds; each part's outer boundary and each isolated vertex lie in the least positive
// walk around them (crossing number); every face's area is the oracle's exact sum of its
// walks within the stated bound; each query is on the same vertex, inside the same edge or
// in the same face as the oracle's brute-force location. Inputs: tiny grids (everything
// collinear, overlapping, repeated, through one point), pieces on a few lines, stars,
// verticals and horizontals, point segments, nested squares with strays (holes in holes),
// random segments on a 1000 grid, and long segments and near-parallel pencils at 1e9.
#include "geometry/sweep/arrangement.hpp"

#include "generators.hpp"
#include "oracle_arrangement.hpp"
#include "property.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>
#include <utility>
#include <vector>

namespace {

using LL = long long;
using Seg4 = std::array<LL, 4>;
using Pt = std::array<LL, 2>;
constexpr LL M = 1000000000;

LL u(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }
LL clampM(LL v, LL R) { return std::max(-R, std::min(R, v)); }

std::vector<Seg4> segments(int kind) {
  std::vector<Seg4> v;
  const int n = int(u(0, kind == 0 ? 9 : kind == 7 ? 10 : kind == 6 ? 24 : 16));
  if (kind == 5)  // nested squares (parts inside faces inside parts)
    for (LL r = u(1, 4) * 2; r > 0; r -= u(1, 3)) {
      const LL c = u(-1, 1);
      v.push_back({c - r, -r, c + r, -r}), v.push_back({c + r, -r, c + r, r});
      v.push_back({c + r, r, c - r, r}), v.push_back({c - r, r, c - r, -r});
    }
  for (int k = 0; k < n; k++) {
    switch (kind) {
      case 0: v.push_back({u(-2, 2), u(-2, 2), u(-2, 2), u(-2, 2)}); break;
      case 1: {  // pieces of the lines y = 0, x = 1, y = x, y = -2x + 3
        const int l = int(u(0, 3));
        auto pt = [l](LL t) {
          return l == 0 ? Pt{t, 0} : l == 1 ? Pt{1, t} : l == 2 ? Pt{t, t} : Pt{t, -2 * t + 3};
        };
        auto a = pt(u(-6, 6)), b = pt(u(-6, 6));
        v.push_back({a[0], a[1], b[0], b[1]});
        break;
      }
      case 2: {  // a star through (3, -2), some ending there, a few strays
        const LL dx = u(-4, 4), dy = u(-4, 4), k1 = u(0, 3), k2 = u(0, 3);
        if (u(0, 5) == 0) v.push_back({u(-9, 9), u(-9, 9), u(-9, 9), u(-9, 9)});
        else v.push_back({3 + k1 * dx, -2 + k1 * dy, 3 - k2 * dx, -2 - k2 * dy});
        break;
      }
      case 3: {  // verticals on three x, horizontals, diagonals
        const LL x = u(-1, 1) * 3, y = u(-2, 2) * 3;
        const int t = int(u(0, 2));
        if (t == 0) v.push_back({x, u(-8, 8), x, u(-8, 8)});
        else if (t == 1) v.push_back({u(-8, 8), y, u(-8, 8), y});
        else v.push_back({u(-8, 8), u(-8, 8), u(-8, 8), u(-8, 8)});
        break;
      }
      case 4: {  // point segments on a grid, some segments
        const LL x = u(-4, 4), y = u(-4, 4);
        if (u(0, 2)) v.push_back({x, y, x, y});
        else v.push_back({x, y, u(-4, 4), u(-4, 4)});
        break;
      }
      case 5: {  // strays in and between the squares
        const LL x = u(-9, 9), y = u(-9, 9);
        v.push_back({x, y, x + u(-2, 2), y + u(-2, 2)});
        break;
      }
      case 6: {
        const LL x = u(-1000, 1000), y = u(-1000, 1000);
        v.push_back({x, y, clampM(x + u(-2000, 2000), 1000), clampM(y + u(-2000, 2000), 1000)});
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

// Queries: grid points around the input, every integer end, midpoints (on edges or at
// crossings), and at the bound points near the segments.
std::vector<Pt> queries(const std::vector<Seg4>& v, int kind) {
  std::vector<Pt> q;
  const LL R = kind == 6 ? 1000 : kind == 7 ? M : 10;
  for (int k = 0; k < 12; k++) q.push_back({u(-R, R), u(-R, R)});
  for (const auto& s : v) {
    q.push_back({s[0], s[1]});
    if ((s[0] + s[2]) % 2 == 0 && (s[1] + s[3]) % 2 == 0)
      q.push_back({(s[0] + s[2]) / 2, (s[1] + s[3]) / 2});
    q.push_back({clampM(s[0] + u(-1, 1), M), clampM(s[1] + u(-1, 1), M)});
  }
  return q;
}

template <class T> void check(const std::vector<Seg4>& v, const std::vector<Pt>& qs) {
  std::vector<geo::Segment<T>> S;
  for (auto& a : v) S.push_back({geo::Point<T>(T(a[0]), T(a[1])), geo::Point<T>(T(a[2]), T(a[3]))});
  std::vector<geo::Point<T>> Qs;
  for (auto& p : qs) Qs.push_back(geo::Point<T>(T(p[0]), T(p[1])));
  for (auto& a : v) RC_LOG() << "{" << a[0] << "," << a[1] << "," << a[2] << "," << a[3] << "},";
  RC_LOG() << "\n";
  for (auto& a : qs) RC_LOG() << "P(" << a[0] << "," << a[1] << "),";
  RC_LOG() << "\n";
  const auto A = geo::arrangement(S, Qs);
  const auto O = oracle::arr_oracle(v);
  using oracle::q;
  // vertices and edges
  RC_ASSERT(A.v.size() == O.v.size());
  for (size_t k = 0; k < O.v.size(); k++) {
    RC_ASSERT(A.v[k].d > 0);
    RC_ASSERT(oracle::qsame(oracle::QP{q(A.v[k].x) / q(A.v[k].d), q(A.v[k].y) / q(A.v[k].d)},
                            O.v[k]));
  }
  RC_ASSERT(A.e.size() == O.e.size());
  for (size_t k = 0; k < O.e.size(); k++) {
    RC_ASSERT(int(A.e[k][0]) == O.e[k][0] && int(A.e[k][1]) == O.e[k][1]);
    const auto& s = v[size_t(A.e[k][2])];
    for (unsigned w : {A.e[k][0], A.e[k][1]})
      RC_ASSERT(oracle::on_seg(oracle::end0(s), oracle::end1(s), O.v[size_t(w)]));
  }
  const size_t H = 2 * A.e.size();
  RC_ASSERT(A.nx.size() == H && A.f.size() == H);
  auto half = [&](int a, int b) {  // the half-edge a -> b
    const std::array<unsigned, 3> key{unsigned(std::min(a, b)), unsigned(std::max(a, b)), 0};
    const auto it = std::lower_bound(A.e.begin(), A.e.end(), key);
    RC_ASSERT(it != A.e.end() && (*it)[0] == key[0] && (*it)[1] == key[1]);
    return unsigned(2 * (it - A.e.begin())) + (a > b);
  };
  // next pointers and faces of the walks
  const size_t nc = O.cyc.size();
  std::vector<int> fo(nc);  // the library's face of each walk
  std::set<int> bounded;
  for (size_t c = 0; c < nc; c++) {
    const auto& w = O.cyc[c];
    const size_t m = w.size();
    fo[c] = A.f[half(w[0], w[1 % m])];
    for (size_t k = 0; k < m; k++) {
      const unsigned h = half(w[k], w[(k + 1) % m]);
      RC_ASSERT(A.nx[h] == half(w[(k + 1) % m], w[(k + 2) % m]));
      RC_ASSERT(A.f[h] == fo[c]);
    }
    if (O.area[c] > 0) RC_ASSERT(fo[c] >= 1 && bounded.insert(fo[c]).second);
  }
  const LL F = LL(A.area.size());
  RC_ASSERT(F == LL(bounded.size()) + 1);
  RC_ASSERT(LL(O.v.size()) - LL(O.e.size()) + F == 1 + O.comps);  // Euler
  RC_CLASSIFY(F > 3, "> 2 bounded faces");
  RC_CLASSIFY(F > 20, "> 19 bounded faces");
  auto face = [&](int c) { return c < 0 ? 0 : fo[size_t(c)]; };
  int holes = 0;
  for (size_t c = 0; c < nc; c++)
    if (O.area[c] <= 0) {
      const int want = face(O.hole_of(int(c)));
      RC_ASSERT(fo[c] == want);
      holes += want > 0;
    }
  std::vector<int> deg(O.v.size());
  for (const auto& e : O.e) deg[size_t(e[0])]++, deg[size_t(e[1])]++;
  RC_ASSERT(A.vf.size() == O.v.size());
  for (size_t k = 0; k < O.v.size(); k++) {
    RC_ASSERT(A.vf[k] == (deg[k] ? -1 : face(O.face_of(O.v[k]))));
    holes += !deg[k] && A.vf[k] > 0;
  }
  RC_CLASSIFY(holes > 0, "a part inside a bounded face");
  // areas: the exact sum of each face's walks, within the documented bound
  std::vector<oracle::Q> want(static_cast<size_t>(F));
  std::vector<double> tol(static_cast<size_t>(F)), mag(static_cast<size_t>(F));
  std::vector<int> nb(static_cast<size_t>(F));
  const double uu = std::numeric_limits<double>::epsilon() / 2;
  for (size_t c = 0; c < nc; c++) {
    const size_t f = size_t(fo[c]);
    want[f] += O.area[c];
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (int w : O.cyc[c]) {
      const double x = O.v[size_t(w)].x.convert_to<double>(), y = O.v[size_t(w)].y.convert_to<double>();
      x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
    const double D = std::hypot(x1 - x0, y1 - y0) * (1 + 1e-9) + 2, m = double(O.cyc[c].size());
    tol[f] += uu * m * (m + 16) * D * D;
    mag[f] += std::abs(O.area[c].template convert_to<double>());
    nb[f]++;
  }
  for (size_t f = 0; f < size_t(F); f++) {
    const double err = std::abs(oracle::Q(oracle::q(A.area[f]) - want[f]).template convert_to<double>());
    RC_ASSERT(err <= tol[f] + uu * nb[f] * mag[f] * 1.01);
  }
  // queries
  RC_ASSERT(A.at.size() == qs.size());
  for (size_t k = 0; k < qs.size(); k++) {
    auto w = O.locate(oracle::QP{q(qs[k][0]), q(qs[k][1])});
    if (w[0] == 0) w[1] = face(w[1]);
    RC_ASSERT(A.at[k] == w);
  }
}

CPGEO_PROP(SweepArrangementProp, MatchesBruteForce, 600, ()) {
  const int kind = int(u(0, 7));
  RC_TAG(kind);
  const auto v = segments(kind);
  check<LL>(v, queries(v, kind));
}

CPGEO_PROP(SweepArrangementProp, IntCoordinates, 150, ()) {
  const int kind = int(u(0, 6));  // not the 1e9 kind: int products overflow there
  const auto v = segments(kind);
  check<int>(v, queries(v, kind));
}

}  // namespace
