// Library Checker "minimum_enclosing_circle": N, then N distinct points (integers, |.| <= 1e4);
// print N characters, 1 where the point lies exactly on the minimum enclosing circle.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/minimum_enclosing_circle
#include "geometry/circle/enclosing.hpp"
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// Whole-input reader: one fread, then signed integers.
struct Input {
  std::vector<char> buf;
  size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) buf.insert(buf.end(), chunk, chunk + got);
  }
  long long next() {
    while (pos < buf.size() && buf[pos] != '-' && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    bool neg = pos < buf.size() && buf[pos] == '-';
    if (neg) pos++;
    long long v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    return neg ? -v : v;
  }
  geo::Point<long long> point() {
    const long long x = next();
    return {x, next()};
  }
  geo::Circle<long long> circle() {
    const geo::Point<long long> c = point();
    return {c, next()};
  }
};

}  // namespace

int main() {
  Input in;
  const long long n = in.next();
  std::vector<geo::Point<long long>> P;
  for (long long i = 0; i < n; i++) P.push_back(in.point());
  const geo::Enclosing<long long> E = geo::min_enclosing_circle(P);
  std::string out;
  for (const auto& p : P) out += E.where(p) == geo::BOUNDARY ? '1' : '0';
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
