// input.hpp: the judge programs' reader of stdin: one fread of
// the whole input, then numbers parsed by hand (fast enough
// for the 1e6 numbers of the largest cases). Not a cpgeo
// header: the bundler inlines it into each program beside it.
// next(v, f): the next number (an optional '-', digits, an
//   optional '.' and decimals) times 10^f into v, exactly:
//   decimals past the f-th are dropped. false at the end of
//   the input. next(p, f): a point's x, then its y.
// points(v, f): a count n >= 0, then n points, into v.
#pragma once
#include <cstdio>
#include <vector>

struct Input {
  std::vector<char> b;
  size_t i = 0;
  Input() {
    char c[1 << 16];
    while (size_t k = std::fread(c, 1, sizeof c, stdin))
      b.insert(b.end(), c, c + k);
  }
  bool digit() {
    return i < b.size() && b[i] >= '0' && b[i] <= '9';
  }
  bool next(long long& v, int f = 0) {
    while (i < b.size() && !digit() && b[i] != '-' &&
           b[i] != '.')
      i++;
    if (i == b.size()) return false;
    bool neg = b[i] == '-';
    if (neg) i++;
    for (v = 0; digit(); i++) v = v * 10 + (b[i] - '0');
    if (i < b.size() && b[i] == '.')
      for (i++; digit(); i++)
        if (f > 0) v = v * 10 + (b[i] - '0'), f--;
    for (; f > 0; f--) v *= 10;
    if (neg) v = -v;
    return true;
  }
  template <class P> bool next(P& p, int f = 0) {
    return next(p.x, f) && next(p.y, f);
  }
  template <class P>
  bool points(std::vector<P>& v, int f = 0) {
    long long n;
    if (!next(n) || n < 0) return false;
    v.resize(size_t(n));
    for (auto& p : v)
      if (!next(p, f)) return false;
    return true;
  }
};
