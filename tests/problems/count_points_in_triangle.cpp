// Library Checker "count_points_in_triangle", as a contestant submits it (bundled).
// Input: N, then N points A; M, then M points B (N, M <= 500, |.| <= 1e9); Q (<= 1e6), then
// Q lines a b c (indices into A). Output per query: the number of B points strictly inside
// triangle A[a] A[b] A[c].
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/count_points_in_triangle
#include "geometry/hull/triangle_count.hpp"
#include <cstdio>
#include <vector>

namespace {

struct Input {  // whole input in one fread, then signed integers
  std::vector<char> buf;
  std::size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    std::size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) buf.insert(buf.end(), chunk, chunk + got);
  }
  bool next(long long& v) {
    while (pos < buf.size() && buf[pos] != '-' && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    if (pos == buf.size()) return false;
    const bool neg = buf[pos] == '-';
    if (neg) pos++;
    v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    if (neg) v = -v;
    return true;
  }
};

bool read_points(Input& in, std::vector<geo::Point<long long>>& p) {
  long long n = 0;
  if (!in.next(n) || n < 0) return false;
  p.resize(static_cast<std::size_t>(n));
  for (auto& q : p)
    if (!in.next(q.x) || !in.next(q.y)) return false;
  return true;
}

}  // namespace

int main() {
  Input in;
  std::vector<geo::Point<long long>> a, b;
  if (!read_points(in, a) || !read_points(in, b)) return 1;
  const geo::TriangleCount<long long> tc(a, b);
  long long q = 0;
  if (!in.next(q)) return 1;
  std::vector<char> out;
  out.reserve(static_cast<std::size_t>(q) * 4);
  while (q-- > 0) {
    long long i = 0, j = 0, k = 0;
    if (!in.next(i) || !in.next(j) || !in.next(k)) return 1;
    long long v = tc.count(static_cast<int>(i), static_cast<int>(j), static_cast<int>(k));
    char digits[24];
    int len = 0;
    do digits[len++] = static_cast<char>('0' + v % 10); while ((v /= 10) > 0);
    while (len > 0) out.push_back(digits[--len]);
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
