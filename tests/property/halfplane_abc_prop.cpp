// Properties of geometry/halfplane_abc.hpp against oracle_rational.hpp (abc_hpi: every
// pairwise line intersection satisfying every constraint, by Cramer in rationals, then the
// strict hull; abc_spans: the exact test that the normals leave no gap >= pi).
// Every result equals the oracle's exactly: the same vertices as rationals in the same
// counter-clockwise order (from the lowest-leftmost), so a point, a segment (two ends) and {}
// for empty, no repeated vertex and no three consecutive collinear; without a box and with
// normals that do not positively span the plane, {} (unbounded or empty). Every vertex has
// d > 0. Shuffling the half-planes and scaling one by k > 0
// change nothing. Inputs: small coefficients (|a|,|b| <= 3, |c| <= 6: parallel, opposite,
// coincident and concurrent lines, duplicates and a = b = 0 are frequent), lines through
// lattice points at 1e9 (a = -dy, b = dx, c = a x + b y: up to 2e9 and 4e18, the stated
// bounds) with their concurrent pencils moved by at most one unit, and uniform coefficients
// at the bounds |a|,|b| <= 2e9, |c| <= 4e18 with boxes up to 4e18.
#include "geometry/halfplane_abc.hpp"

#include "generators.hpp"
#include "oracle_rational.hpp"
#include "property.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

using geo::Abc;
using geo::RatPoint;
using oracle::Q;
using oracle::QP;
using LL = long long;
using HV = std::vector<Abc>;
const LL A = 2000000000, C = 4000000000000000000;

LL draw(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }
LL pick(std::initializer_list<LL> v) { return v.begin()[draw(0, LL(v.size()) - 1)]; }

std::vector<QP> qv(const std::vector<RatPoint>& r) {
  std::vector<QP> v;
  for (auto& p : r) v.push_back(QP{oracle::q(p.x) / oracle::q(p.d), oracle::q(p.y) / oracle::q(p.d)});
  auto lo = std::min_element(v.begin(), v.end(), [](const QP& a, const QP& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
  std::rotate(v.begin(), lo, v.end());
  return v;
}

std::string show(const std::vector<QP>& v) {
  std::string s;
  for (auto& p : v) s += "(" + p.x.str() + "," + p.y.str() + ") ";
  return s;
}

// the exact expected result, and the checks every result passes
void check(const HV& H, LL box) {
  std::vector<oracle::Abc3> O;
  for (auto& h : H) O.push_back({h.a, h.b, h.c});
  std::vector<QP> want;
  const bool bounded = box > 0 || oracle::abc_spans(O);
  if (bounded) want = oracle::abc_hpi(O, box);
  RC_CLASSIFY(!bounded, "unbounded");
  const auto r = geo::halfplane_abc(H, box);
  for (auto& p : r) RC_ASSERT(p.d > 0);
  auto got = qv(r);
  if (got.size() == 2) std::sort(got.begin(), got.end(), oracle::qless);  // as the oracle
  RC_LOG() << "got " << show(got) << "\nwant " << show(want) << "\n";
  RC_ASSERT(got.size() == want.size());
  for (size_t i = 0; i < got.size(); i++) RC_ASSERT(oracle::qsame(got[i], want[i]));
  RC_CLASSIFY(want.size() == 0, "empty");
  RC_CLASSIFY(want.size() == 1, "point");
  RC_CLASSIFY(want.size() == 2, "segment");
  RC_CLASSIFY(want.size() >= 3, "polygon");
}

// shuffled, and one half-plane scaled by k (where it stays in range): the same region
void check_invariant(HV H, LL box, LL k) {
  const auto base = qv(geo::halfplane_abc(H, box));
  std::mt19937 g(static_cast<unsigned>(H.size() * 7 + static_cast<size_t>(k)));
  std::shuffle(H.begin(), H.end(), g);
  if (!H.empty()) {
    Abc& h = H[0];
    if (std::abs(h.a) * k <= A && std::abs(h.b) * k <= A && std::abs(h.c) <= C / k)
      h = {h.a * k, h.b * k, h.c * k};
  }
  const auto again = qv(geo::halfplane_abc(H, box));
  RC_ASSERT(again.size() == base.size());
  for (size_t i = 0; i < again.size(); i++) RC_ASSERT(oracle::qsame(again[i], base[i]));
}

LL pick_box(LL big) {
  switch (draw(0, 3)) {
    case 0: return 0;
    case 1: return draw(1, 4);
    case 2: return 10;
    default: return big;
  }
}

CPGEO_PROP(HalfplaneAbcProp, SmallCoefficientsEqualOracle, 1500, ()) {
  HV H;
  for (LL n = draw(0, 8); n--;) H.push_back({draw(-3, 3), draw(-3, 3), draw(-3, 6)});
  if (draw(0, 3) == 0 && !H.empty()) H.push_back(H[size_t(draw(0, LL(H.size()) - 1))]);
  if (draw(0, 1) == 0 && !H.empty()) {  // an opposite copy: a line or a strip
    const Abc h = H[size_t(draw(0, LL(H.size()) - 1))];
    H.push_back({-h.a, -h.b, -h.c + draw(0, 1)});
  }
  const LL box = pick_box(20);
  check(H, box);
  check_invariant(H, box, draw(1, 3));
}

// lines through two lattice points: a = -dy, b = dx, c = a x + b y: right of p -> r
Abc through(LL px, LL py, LL rx, LL ry) {
  const LL a = ry - py, b = px - rx;
  return {-a, -b, -(a * px + b * py)};
}

CPGEO_PROP(HalfplaneAbcProp, LinesThroughPointsAt1e9, 600, ()) {
  const LL R = pick({1000000000, 1000, 5});
  HV H;
  // a pencil through one point, each moved by at most one unit, and random lines
  const LL ox = draw(-R, R), oy = draw(-R, R);
  for (LL n = draw(0, 6); n--;) {
    Abc h = through(ox, oy, draw(-R, R), draw(-R, R));
    if (h.a == 0 && h.b == 0) continue;
    h.c += draw(0, 2) == 0 ? draw(-1, 1) : 0;
    H.push_back(h);
  }
  if (!H.empty() && draw(0, 1)) {  // the opposite of a pencil line: a line, a point
    const Abc h = H[0];
    H.push_back({-h.a, -h.b, -h.c});
  }
  for (LL n = draw(0, 4); n--;) {
    const Abc h = through(draw(-R, R), draw(-R, R), draw(-R, R), draw(-R, R));
    if (h.a || h.b) H.push_back(h);
  }
  const LL box = pick_box(R);
  check(H, box);
  check_invariant(H, box, 2);
}

CPGEO_PROP(HalfplaneAbcProp, UniformAtTheBounds, 600, ()) {
  HV H;
  for (LL n = draw(0, 8); n--;) {
    const LL a = draw(0, 3) ? draw(-A, A) : pick({A, -A, 0, 1});
    const LL b = draw(0, 3) ? draw(-A, A) : pick({A, -A, 0, A - 1});
    H.push_back({a, b, draw(0, 3) ? draw(-C, C) : pick({C, -C, 0})});
  }
  if (draw(0, 2) == 0 && !H.empty()) {  // a nearly parallel partner
    const Abc h = H[0];
    H.push_back({h.a > 0 ? h.a - 1 : h.a + 1, h.b, draw(-C, C)});
  }
  const LL box = pick({0, C, 1000000000, draw(1, C)});
  check(H, box);
  check_invariant(H, box, 1);
}

}  // namespace
