#!/usr/bin/env python3
"""Times a command round by round beside a baseline, for bench/run.

    bench/interleave.py WARMUP RUNS PREPARE -- BASELINE ARGV... -- COMMAND ARGV...

Each round runs the baseline once and then the command once (PREPARE, a shell command or '',
runs untimed just before the command), so that a slow minute on a noisy machine slows both
alike; the first WARMUP rounds are not counted. No shell stands between the timer and either
program. Prints one line: the command's median, mean and minimum wall time in seconds, its mean
CPU time (user + system, from wait4), and the baseline's median wall time.
"""
import os
import statistics
import subprocess
import sys
import time


def timed(argv):
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def main(argv):
    try:
        warmup, runs, prepare = int(argv[1]), int(argv[2]), argv[3]
        split = argv.index("--", 5)
        baseline, command = argv[5:split], argv[split + 1:]
        if argv[4] != "--" or not baseline or not command or runs < 1:
            raise ValueError
    except (IndexError, ValueError):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    walls, cpus, base = [], [], []
    for r in range(warmup + runs):
        b, _ = timed(baseline)
        if prepare:
            subprocess.run(prepare, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        w, c = timed(command)
        if r >= warmup:
            base.append(b)
            walls.append(w)
            cpus.append(c)
    print(statistics.median(walls), statistics.mean(walls), min(walls), statistics.mean(cpus), statistics.median(base))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
