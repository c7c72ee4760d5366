// Consumer smoke test: the library reached through the include root, exact and floating.
// Prints one line that check.cmake compares; exits 1 if an answer is wrong.
#include <geometry/orient.hpp>
#include <geometry/point.hpp>

#include <iostream>

int main() {
  using PL = geo::Point<long long>;
  using PD = geo::Point<double>;
  const PL a{0, 0}, b{4, 0}, c{1, 3}, d{1000000000, 0};
  const PD p{0.0, 0.0}, q{4.0, 0.0}, r{1.0, 3.0}, s{2.0, 0.0};
  const int ll[3] = {geo::orient(a, b, c), geo::orient(a, c, b), geo::orient(a, b, d)};
  const int db[3] = {geo::orient(p, q, r), geo::orient(p, r, q), geo::orient(p, q, s)};
  std::cout << "cpgeo consumer: long long " << ll[0] << ' ' << ll[1] << ' ' << ll[2]
            << " double " << db[0] << ' ' << db[1] << ' ' << db[2] << '\n';
  const int expected[3] = {1, -1, 0};  // counter-clockwise, clockwise, collinear
  for (int i = 0; i < 3; i++)
    if (ll[i] != expected[i] || db[i] != expected[i]) return 1;
  return 0;
}
