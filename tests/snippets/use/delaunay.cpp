// Usage check for snippets/delaunay.hpp (compiled with -include snippets/delaunay.hpp).
#include "delaunay_checks.hpp"

int main() {
  check_all([](const auto& p) { return geo::delaunay(p); },
            [](auto a, auto b, auto c, auto d) { return geo::in_circle(a, b, c, d); });
}
