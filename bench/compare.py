#!/usr/bin/env python3
"""A/B timing of whole commands, interleaved so that a noisy machine hits every command alike.

    bench/compare.py ROUNDS 'command A' 'command B' ...

Runs every command once per round, in turn, after two warm-up rounds, with output discarded;
prints the median wall time of each, its ratio to the first command, and its median CPU time
(user + system of the process and its children). Used for the 'what each means gave' tables in
docs/performance.md, e.g.:

    bench/compare.py 20 'bin/refnet --dir bench/out/net-50 due' 'REFNET_CDS=0 bin/refnet --dir bench/out/net-50 due'
"""
import resource
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rounds, cmds = int(argv[1]), argv[2:]
    walls = [[] for _ in cmds]
    cpus = [[] for _ in cmds]
    for r in range(rounds + 2):
        for i, cmd in enumerate(cmds):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t1 = time.perf_counter()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if r >= 2:
                walls[i].append(t1 - t0)
                cpus[i].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    base = statistics.median(walls[0])
    for i, cmd in enumerate(cmds):
        m = statistics.median(walls[i])
        print("%8.1f ms  x%.2f  cpu %7.1f ms  %s" % (m * 1000, m / base, statistics.median(cpus[i]) * 1000, cmd))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
