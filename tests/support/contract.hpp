// contract.hpp: the EPS contract (docs/eps.md) as sets of allowed answers.
//
// A floating predicate is checked against the exact oracle like this: compute the exact
// geometric quantity that eps measures, and from it the set of answers the contract allows:
//   far outside the band  -> exactly the exact answer;
//   inside the band       -> either neighbouring answer.
// Bands used (eps = the eps<T> in force, converted exactly to a rational):
//   orient(a,b,c)  h = smallest altitude of triangle abc (oracle::altitude2):
//                  h <= eps/2 -> {0};  h >= 2 eps -> {exact sign};  otherwise {0, sign}.
//   ccw(a,b,c)     turn as orient; when orient may be 0, s = signed distance of c's
//                  projection from a along a->b, L = |b-a|:
//                  s < -2eps -> +2;  -2eps <= s < -eps/2 -> {+2, 0};
//                  -eps/2 <= s <= L + eps/2 -> 0;  L + eps/2 < s <= L + 2eps -> {0, -2};
//                  s > L + 2eps -> -2.
// contract_bound<T>(eps) = eps / (23 u), u = epsilon/2: the largest |coordinate| for which
// orient/ccw promise the contract (orient.hpp). 3.9e5 for double, 8.0e8 for x87 long double
// at eps = 1e-9.
// Answers is a bitmask over the values -2..2; str() prints it as "{-1,0}".
#pragma once
#include "oracle.hpp"
#include <limits>
#include <string>

namespace contract {

using oracle::Q;
using oracle::QP;

template <class T> T contract_bound(T eps) {
  const T u = std::numeric_limits<T>::epsilon() / 2;
  return eps / (23 * u);
}

struct Answers {
  unsigned mask = 0;
  void add(int v) { mask |= 1u << (v + 2); }
  bool has(int v) const { return v >= -2 && v <= 2 && ((mask >> (v + 2)) & 1u); }
  bool single() const { return mask != 0 && (mask & (mask - 1)) == 0; }
  std::string str() const {
    std::string s = "{";
    for (int v = -2; v <= 2; v++)
      if (has(v)) s += (s.size() > 1 ? "," : "") + std::to_string(v);
    return s + "}";
  }
};

// Which band of the orient contract the triple is in: -1 (h <= eps/2), 0 (between), +1
// (h >= 2 eps). Handy for RC_CLASSIFY/RC_TAG to show that a generator hits every band.
inline int orient_band(const QP& a, const QP& b, const QP& c, const Q& eps) {
  if (oracle::cmp_alt(a, b, c, eps / 2) <= 0) return -1;
  if (oracle::cmp_alt(a, b, c, eps * 2) >= 0) return 1;
  return 0;
}

inline Answers orient_allowed(const QP& a, const QP& b, const QP& c, const Q& eps) {
  Answers r;
  const int s = oracle::orientation(a, b, c);
  const int band = orient_band(a, b, c, eps);
  if (band <= 0) r.add(0);
  if (band >= 0) r.add(s);
  return r;
}

inline Answers ccw_allowed(const QP& a, const QP& b, const QP& c, const Q& eps) {
  Answers r;
  const int s = oracle::orientation(a, b, c);
  const int band = orient_band(a, b, c, eps);
  if (band >= 0) r.add(s);
  if (band == 1) return r;
  // orient may answer 0: classify along the line.
  const QP d = oracle::sub(b, a);
  const Q d2 = oracle::dot(d, d);
  const Q from_a = oracle::dot(oracle::sub(c, a), d);  // s * |d|
  const Q from_b = oracle::dot(oracle::sub(c, b), d);  // (s - L) * |d|
  if (oracle::cmp_len(from_a, d2, -eps * 2) < 0) {
    r.add(2);
  } else if (oracle::cmp_len(from_a, d2, -eps / 2) < 0) {
    r.add(2), r.add(0);
  } else if (oracle::cmp_len(from_b, d2, eps * 2) > 0) {
    r.add(-2);
  } else if (oracle::cmp_len(from_b, d2, eps / 2) > 0) {
    r.add(0), r.add(-2);
  } else {
    r.add(0);
  }
  return r;
}

}  // namespace contract
