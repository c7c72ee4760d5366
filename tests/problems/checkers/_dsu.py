"""Shared by the spanning-tree checkers (euclidean_mst, manhattanmst): a union-find with
path halving. Imported as  import _dsu  (judge.py puts checkers/ on the import path); not a
checker itself.
"""


class Dsu:
    def __init__(self, n):
        self.f = list(range(n))

    def find(self, x):
        f = self.f
        while f[x] != x:
            f[x] = f[f[x]]
            x = f[x]
        return x

    def unite(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        self.f[a] = b
        return True
