// Example contest solution (bundled and judged by `python3 snippets/bundle.py`).
// Input: n, then n points, then a segment a b. Output: for each point, where it lies
// against a -> b (AOJ CGL_1_C words), then the points sorted by argument around the
// origin (argument in (-pi, pi], the origin counts as 0; ties nearest first).
#include <bits/stdc++.h>
#include "geometry/io.hpp"
#include "geometry/ccw.hpp"
#include "geometry/polar.hpp"
using namespace std;
using P = geo::Point<long long>;

int main() {
  int n;
  cin >> n;
  vector<P> pts(n);
  for (P& p : pts) cin >> p;
  P a, b;
  cin >> a >> b;
  for (const P& p : pts) {
    switch (geo::ccw(a, b, p)) {
      case 1: cout << "COUNTER_CLOCKWISE\n"; break;
      case -1: cout << "CLOCKWISE\n"; break;
      case 2: cout << "ONLINE_BACK\n"; break;
      case -2: cout << "ONLINE_FRONT\n"; break;
      default: cout << "ON_SEGMENT\n";
    }
  }
  sort(pts.begin(), pts.end(), [](const P& p, const P& q) {
    if (geo::arg_less(p, q) || geo::arg_less(q, p)) return geo::arg_less(p, q);
    return p.norm2() < q.norm2();
  });
  for (const P& p : pts) cout << p << '\n';
}
