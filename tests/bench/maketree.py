#!/usr/bin/env python3
"""Generates the benchmark trees, the same every time (seeded), and changes them.

  maketree.py small DIR     100,000 files of 1-16 KiB in about 1,000 folders
  maketree.py large DIR     16 files of 128 MiB
  maketree.py mixed DIR     5,000 files from 1 KiB to 8 MiB (log-uniform), about 4.4 GiB
  maketree.py remote DIR [N]     N files (default 10,000) of 200 B - 8 KiB in N/100 folders
  maketree.py remotelarge DIR [N]  N files (default 4) of 256 MiB
  maketree.py change DIR SEED   rewrites 1 % of the files (new content and time)
"""
import os
import random
import sys


def write(path, size, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(rng.randbytes(size))


def small(root, rng):
    for i in range(100_000):
        folder = "d%02d/s%02d" % (i // 10_000 % 10, i // 100 % 100)
        write(os.path.join(root, folder, "f%06d.bin" % i), rng.randint(1024, 16 * 1024), rng)


def large(root, rng):
    for i in range(16):
        path = os.path.join(root, "big%02d.bin" % i)
        os.makedirs(root, exist_ok=True)
        with open(path, "wb") as f:
            for _ in range(128):
                f.write(rng.randbytes(1 << 20))


def mixed(root, rng):
    for i in range(5_000):
        size = int(1024 * 2 ** rng.uniform(0, 13))  # 1 KiB .. 8 MiB, log-uniform
        write(os.path.join(root, "m%02d" % (i % 50), "file%05d.dat" % i), size, rng)


def remote(root, rng, count=10_000):
    for i in range(count):
        write(os.path.join(root, "r%03d" % (i // 100), "f%05d.txt" % i), rng.randint(200, 8 * 1024), rng)


def remotelarge(root, rng, count=4):
    os.makedirs(root, exist_ok=True)
    for i in range(count):
        with open(os.path.join(root, "big%02d.bin" % i), "wb") as f:
            for _ in range(256):
                f.write(rng.randbytes(1 << 20))


def change(root, seed):
    rng = random.Random(seed)
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(root) for n in names)
    for path in rng.sample(files, max(1, len(files) // 100)):
        size = os.path.getsize(path)
        with open(path, "wb") as f:
            f.write(rng.randbytes(size))


def main():
    kind, root = sys.argv[1], sys.argv[2]
    if kind == "change":
        change(root, int(sys.argv[3]))
        return
    rng = random.Random(2026)
    if kind in ("remote", "remotelarge"):
        make = remote if kind == "remote" else remotelarge
        if len(sys.argv) > 3:
            make(root, rng, int(sys.argv[3]))
        else:
            make(root, rng)
        return
    {"small": small, "large": large, "mixed": mixed}[kind](root, rng)


if __name__ == "__main__":
    main()
