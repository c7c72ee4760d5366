// Properties of geometry/io.hpp.
//
// printing: no field is ever printed as a negative zero ("-0", "-0.000..."), for values
//   within a few ULPs of the rounding boundary 0.5 * 10^-precision at every precision 0..20,
//   fixed or default format; reading back what was printed returns the point exactly
//   (long long; floating printed as scientific with max_digits10 digits) or within half a
//   unit of the 10th decimal (the default format).
#include "geometry/io.hpp"

#include "generators.hpp"
#include "property.hpp"
#include "show.hpp"

#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>
#include <string>

namespace {

using geo::Point;
using LL = long long;
constexpr LL kBound = 1000000000;

// "-", then only zeros and at most one point: a negative zero as printed.
bool is_negative_zero_text(const std::string& s) {
  return s.size() >= 2 && s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos;
}

}  // namespace

// ================================================================ printing and reading

template <class T> void prop_no_negative_zero() {
  const int prec = static_cast<int>(*geotest::uniform_int(0, 20));
  const bool fixed = *rc::gen::arbitrary<bool>();
  // half a unit of the last printed digit (the value where rounding to zero stops),
  // nearest in T, then moved a few ULPs; or any small magnitude
  const int shown = (!fixed && prec < 10) ? 10 : prec;
  const T half = static_cast<T>(0.5L * std::pow(10.0L, -shown));
  const bool at_boundary = *rc::gen::weightedElement<bool>({{3, true}, {1, false}});
  const T mag = at_boundary ? geotest::nudge(half, static_cast<int>(*geotest::uniform_int(-3, 3)))
                            : *geotest::val(geotest::log_uniform<T>(T(1e-30), T(1)));
  const T v = -std::fabs(mag);
  std::ostringstream os;
  os << std::setprecision(prec);
  if (fixed) os << std::fixed;
  os << Point<T>(v, T(0));
  std::istringstream is(os.str());
  std::string fx, fy;
  is >> fx >> fy;
  RC_LOG() << "value " << geotest::lit(v) << " precision " << prec << (fixed ? " fixed" : "")
           << " printed \"" << os.str() << "\"\n";
  RC_ASSERT(!is_negative_zero_text(fx));
  RC_ASSERT(!is_negative_zero_text(fy));
  RC_ASSERT(fy[0] != '-');  // y is +0
}
CPGEO_PROP(PointPrint, NoNegativeZeroDouble, 20000, ()) { prop_no_negative_zero<double>(); }
CPGEO_PROP(PointPrint, NoNegativeZeroLongDouble, 20000, ()) { prop_no_negative_zero<long double>(); }

CPGEO_PROP(PointPrint, ReadBackLongLong, 10000, ()) {
  const Point<LL> p = *geotest::bound_mix<LL>(kBound);
  std::stringstream ss;
  ss << p;
  Point<LL> q;
  RC_ASSERT(static_cast<bool>(ss >> q));
  RC_ASSERT(q == p);
}

template <class T> void prop_read_back_exact() {
  const Point<T> p = *geotest::moderate_point<T>(-480, 495);
  std::stringstream ss;
  ss << std::scientific << std::setprecision(std::numeric_limits<T>::max_digits10 - 1) << p;
  Point<T> q;
  RC_LOG() << "printed \"" << ss.str() << "\"\n";
  RC_ASSERT(static_cast<bool>(ss >> q));
  RC_ASSERT(q == p);
}
CPGEO_PROP(PointPrint, ReadBackExactDouble, 10000, ()) { prop_read_back_exact<double>(); }
CPGEO_PROP(PointPrint, ReadBackExactLongDouble, 10000, ()) { prop_read_back_exact<long double>(); }

template <class T> void prop_read_back_default() {
  // default stream state: 10 decimals, so within half a unit of the 10th decimal (plus the
  // rounding of reading the decimal back) for |coordinates| <= 1e6
  const Point<T> p = *geotest::mixed_point<T>(T(1e6));
  std::stringstream ss;
  ss << p;
  Point<T> q;
  RC_LOG() << "printed \"" << ss.str() << "\"\n";
  RC_ASSERT(static_cast<bool>(ss >> q));
  const T u = std::numeric_limits<T>::epsilon() / 2;
  RC_ASSERT(std::fabs(q.x - p.x) <= T(0.5e-10) + 2 * u * std::fabs(p.x));
  RC_ASSERT(std::fabs(q.y - p.y) <= T(0.5e-10) + 2 * u * std::fabs(p.y));
}
CPGEO_PROP(PointPrint, ReadBackDefaultDouble, 10000, ()) { prop_read_back_default<double>(); }
CPGEO_PROP(PointPrint, ReadBackDefaultLongDouble, 10000, ()) { prop_read_back_default<long double>(); }
