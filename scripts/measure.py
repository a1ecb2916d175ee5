#!/usr/bin/env python3
"""Runs commands repeatedly and reports the median process time (user+sys of the child, from
getrusage), wall time and peak RSS; with --baseline, also the baseline's figures and the ratio."""
import argparse, os, resource, shlex, statistics, subprocess, time


def run_once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with {status}")
    return (usage.ru_utime + usage.ru_stime) * 1000, wall * 1000, usage.ru_maxrss


def measure(command, runs):
    samples = [run_once(command) for _ in range(runs)]
    cpu = statistics.median(s[0] for s in samples)
    wall = statistics.median(s[1] for s in samples)
    rss = statistics.median(s[2] for s in samples)
    return cpu, wall, rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--baseline")
    parser.add_argument("--quiet", action="store_true", help="print only the median process time in ms")
    parser.add_argument("command")
    args = parser.parse_args()
    cpu, wall, rss = measure(shlex.split(args.command), args.runs)
    if args.quiet:
        print(f"{cpu:.1f}")
        return
    print(f"{args.command}: median process time {cpu:.1f} ms, wall {wall:.1f} ms, peak RSS {rss / 1024:.1f} MiB ({args.runs} runs)")
    if args.baseline:
        bcpu, bwall, brss = measure(shlex.split(args.baseline), args.runs)
        print(f"baseline {args.baseline}: median process time {bcpu:.1f} ms, wall {bwall:.1f} ms, peak RSS {brss / 1024:.1f} MiB")
        print(f"ratio (command / baseline process time): {cpu / bcpu:.2f}")


if __name__ == "__main__":
    main()
