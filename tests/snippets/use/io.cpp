// Usage check for snippets/io.hpp (compiled with -include snippets/io.hpp).
#include <cassert>
#include <sstream>
#include <string>

template <class T> void read_back() {
  using P = geo::Point<T>;
  std::istringstream in("5 -6");
  P p;
  in >> p;
  assert(p == P(T(5), T(-6)));
  std::ostringstream out;
  out << p;
  std::istringstream again(out.str());
  P q;
  again >> q;
  assert(q == p);
}

template <class T> void floating() {
  using P = geo::Point<T>;
  std::ostringstream out;
  out << P(T(0.5), T(-1e-12));  // fixed, 10 digits, no "-0.0000000000"
  assert(out.str() == "0.5000000000 0.0000000000");
  std::ostringstream v;
  geo::write_real(v, T(-0.25));
  assert(v.str() == "-0.2500000000");
}

int main() {
  read_back<long long>();
  read_back<double>();
  read_back<long double>();
  floating<double>();
  floating<long double>();
  std::ostringstream out;
  out << geo::Point<long long>(5, -6);
  assert(out.str() == "5 -6");
}
