// show.hpp: print test values as C++ that can be pasted into a unit test.
//
// RapidCheck prints a counterexample through showValue(value, os), found by ADL, falling
// back to operator<< (which for geo::Point is a fixed 10-digit format: NOT exact). This file
// supplies the overloads so that every shrunk case prints exactly:
//   geo::Point<double>{0x1.8p+3, -0x1p-2} /*(12, -0.25)*/
//   geo::Point<long double>{0xc.8p+0L, 0x0p+0L} /*(12.5, 0)*/
//   geo::Point<long long>{1000000000, -3}
// Floating values print as hexadecimal floating literals (exact, C++17), followed by a
// decimal comment with max_digits10 digits for reading. Use:
//   lit(v)          one scalar as an exact C++ literal (string)
//   paste(p)        one point as an exact C++ expression (string)
//   Val<T>          wrapper for a generated floating scalar, shown exactly (RapidCheck shows a
//                   raw double with 6 significant digits, which does not reproduce a case)
// geotest types that hold points (Triple, ...) define their own showValue next to them.
#pragma once
#include "geometry/point.hpp"
#include <cmath>
#include <iomanip>
#include <limits>
#include <ostream>
#include <sstream>
#include <string>
#include <type_traits>

namespace geotest {

template <class T> const char* type_name() {
  if (std::is_same<T, double>::value) return "double";
  if (std::is_same<T, long double>::value) return "long double";
  if (std::is_same<T, float>::value) return "float";
  if (std::is_same<T, long long>::value) return "long long";
  return "T";
}

// An exact C++ literal of v.
template <class T> std::string lit(T v) {
  std::ostringstream os;
  if constexpr (std::is_floating_point<T>::value) {
    if (std::isnan(v)) return "NAN";
    if (std::isinf(v)) return v > 0 ? "INFINITY" : "-INFINITY";
    os << std::hexfloat << v;
    if (std::is_same<T, long double>::value) os << 'L';
    if (std::is_same<T, float>::value) os << 'f';
  } else if constexpr (std::is_same<T, long long>::value) {
    if (v == std::numeric_limits<long long>::min()) return "(-9223372036854775807LL - 1)";
    os << v;
  } else {
    os << v;
  }
  return os.str();
}

// Decimal with enough digits to identify the value (for the reader, not for pasting).
template <class T> std::string dec(T v) {
  std::ostringstream os;
  if constexpr (std::is_floating_point<T>::value)
    os << std::setprecision(std::numeric_limits<T>::max_digits10) << v;
  else
    os << v;
  return os.str();
}

template <class T> std::string paste(const geo::Point<T>& p) {
  std::string s = std::string("geo::Point<") + type_name<T>() + ">{" + lit(p.x) + ", " + lit(p.y) + "}";
  if constexpr (std::is_floating_point<T>::value) s += " /*(" + dec(p.x) + ", " + dec(p.y) + ")*/";
  return s;
}

// A floating scalar drawn inside a property, shown exactly in counterexamples.
template <class T> struct Val {
  T v;
  operator T() const { return v; }
};
template <class T> void showValue(const Val<T>& x, std::ostream& os) {
  os << lit(x.v);
  if constexpr (std::is_floating_point<T>::value) os << " /*" << dec(x.v) << "*/";
}

}  // namespace geotest

namespace geo {
// Found by RapidCheck through ADL on geo::Point.
template <class T> void showValue(const Point<T>& p, std::ostream& os) { os << geotest::paste(p); }
}  // namespace geo
