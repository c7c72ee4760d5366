// io.hpp: stream input and output of points, for programs that
// read or print them.
// os << p: "x y". Floating: fixed with the stream's precision,
//   at least 10 decimals unless a float format was set (the
//   stream's flags are left as they were); a value that rounds
//   to zero prints without a minus sign. Integral: as the
//   stream prints them.
// write_real(os, v): the scalar printer << uses.
// is >> p: reads "x y".
// Time: O(1) per point.
// Precision: printing rounds once, to the stream's precision.
// Degenerate: NaN and infinities print as the stream prints
//   them ("nan", "-inf").
// Source: none (the stream rules of the C++ standard).
// Tests: unit io_test; property io_prop.
#pragma once
#include "point.hpp"
#include <cmath>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>
#include <type_traits>

namespace geo {

template <class T> void write_real(std::ostream& os, T v) {
  if constexpr (!std::is_floating_point<T>::value) {
    os << v;
  } else {
    std::ostringstream text;
    text.flags(os.flags());
    text.precision(os.precision());
    if (!(os.flags() & std::ios::floatfield)) {
      text.setf(std::ios::fixed, std::ios::floatfield);
      if (os.precision() < 10) text.precision(10);
    }
    text << v;
    std::string s = text.str();  // "-0.000" -> "0.000"
    if (s[0] == '-' && std::isfinite(v) &&
        s.find_first_of("123456789") == s.npos)
      s.erase(0, 1);
    os << s;
  }
}

template <class T>
std::ostream& operator<<(std::ostream& os, const Point<T>& p) {
  write_real(os, p.x);
  os << ' ';
  write_real(os, p.y);
  return os;
}

template <class T>
std::istream& operator>>(std::istream& is, Point<T>& p) {
  return is >> p.x >> p.y;
}

}  // namespace geo
