// Fixture for tests/lint_eps.py --self-test: nothing here may be reported (no line is
// marked FLAG). A comment may say sgn(a.cross(b)) freely. Not compiled.
namespace geo {
template <class T> int sgn(const T& x) { return (x > eps<T>) - (x < -eps<T>); }
template <class T> int cmp(const T& a, const T& b) { return sgn(T(a - b)); }
template <class T> int p1(const Point<T>& a, const Point<T>& b) {
  if constexpr (is_exact_v<T>) {
    return sgn(a.cross(b));
  } else {
    return sgn(a.cross(b) / std::sqrt(a.norm2()));
  }
}
template <class T> int p2(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  const T n = (b - a).norm(), dl = std::abs(cross_at(a, b, r)) / n;
  return sgn(dl - 1);
}
template <class T> int p3(T x, T r) { return sgn(2 * x - r) + cmp(x, T(2) * r) + sgn(x * 0.5); }
template <class T> int p4(const Point<T>& u, const Point<T>& v) {
  if constexpr (!is_exact_v<T>) return sgn(dist(u, v) - 1);
  else return sgn(u.cross(v));
}
template <class T> int p5(const Point<T>& u, const Point<T>& v) {
  { const T area = u.cross(v); (void)area; }
  const T area = std::hypot(u.x, u.y);
  return sgn(area);
}
template <class T> int p6(const Point<T>& u, const Point<T>& v) {
  if constexpr (std::numeric_limits<T>::is_integer) return sgn(u.dot(v));
  const char* s = "sgn(a.cross(b))";
  (void)s;
  return sgn(std::sqrt(u.norm2()) - v.norm());
}
template <class T> int p7(const Point<T>& d, const Point<T>& c) {
  const T t = d.cross(c);
  return t > 0 ? 1 : t < 0 ? -1 : 0;  // a plain (exact) sign is fine
}
template <class T> int p8(T d, T n, T L) {  // the exact arm of a ternary
  return is_exact_v<T> ? sgn(d - L * L) : sgn(n - L);
}
}  // namespace geo
