// Fixture for tests/lint_eps.py --self-test: every line marked FLAG must be reported, and
// no other line. Not compiled.
namespace geo {
template <class T> int f1(const Point<T>& a, const Point<T>& b) {
  return sgn(a.cross(b));  // FLAG
}
template <class T> int f2(Point<T> u, Point<T> c, Point<T> a) {
  const int s = sgn(u.cross(c - a)), t = sgn(u.dot(c - a));  // FLAG
  return s + t;
}
template <class T> int f3(T x, T y) { return sgn(x * y - 1); }  // FLAG
template <class T> int f4(const Point<T>& u, const Point<T>& v) {
  const T area = u.cross(v);
  const T twice = area + area;
  return cmp(twice, T(0));  // FLAG
}
template <class T> int f5(const Point<T>& u) { return geo::sgn(u.norm2() - 1); }  // FLAG
template <class T> int f6(T a, T b, T c, T d) {
  if constexpr (is_exact_v<T>) return sgn(a * d - b * c);
  else return sgn(a * d - b * c);  // FLAG
}
template <class T> int f7(const Point<T>& a, const Point<T>& b) {
  T v = 0;
  v = dist2(a, b);
  return sgn(v);  // FLAG
}
template <class T> int f8(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  const T ab = a.cross(b), bc = b.cross(c);
  if (sgn(ab) != sgn(bc)) return 0;  // FLAG
  return cmp(area2(std::vector<Point<T>>{a, b, c}) / 2, T(0));  // FLAG
}
template <class T> int f9(T x, T y) {
  if constexpr (!is_exact_v<T>) {
    return sgn(x * y);  // FLAG
  } else {
    return sgn(x * y);
  }
}
template <class T> int f10(T d, T n, T L) {  // the floating arm
  return is_exact_v<T> ? sgn(n - L) : sgn(d - L * L);  // FLAG
}
}  // namespace geo
