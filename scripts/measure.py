#!/usr/bin/env python3
"""Runs commands repeatedly and reports the median process time (user+sys of the child, from
getrusage), wall time and peak RSS; with --baseline, also the baseline's figures and the ratio.

With --case NAME COMMAND (repeatable), the cases run alternately (case 1, case 2, ..., case 1,
...), so that the load of a shared machine falls on all of them alike; --before NAME COMMAND
runs a command (untimed) before each run of case NAME, e.g. emptying its output folder. --json
prints every case's medians (and all samples) as JSON."""
import argparse, json, os, resource, shlex, statistics, subprocess, time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with {status}")
    return (usage.ru_utime + usage.ru_stime) * 1000, wall * 1000, usage.ru_maxrss


def summary(samples):
    return {
        "cpu_ms": statistics.median(s[0] for s in samples),
        "wall_ms": statistics.median(s[1] for s in samples),
        "peak_rss_mib": max(s[2] for s in samples) / 1024,
        "cpu_samples": [round(s[0], 1) for s in samples],
        "wall_samples": [round(s[1], 1) for s in samples],
    }


def measure(command, runs):
    samples = [run_once(command) for _ in range(runs)]
    cpu = statistics.median(s[0] for s in samples)
    wall = statistics.median(s[1] for s in samples)
    rss = statistics.median(s[2] for s in samples)
    return cpu, wall, rss


def alternate(cases, before, runs):
    samples = {name: [] for name, _ in cases}
    for _ in range(runs):
        for name, command in cases:
            if name in before:
                subprocess.run(before[name], shell=True, check=True)
            samples[name].append(run_once(shlex.split(command)))
    return {name: summary(samples[name]) for name, _ in cases}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--baseline")
    parser.add_argument("--quiet", action="store_true", help="print only the median process time in ms")
    parser.add_argument("--case", nargs=2, action="append", metavar=("NAME", "COMMAND"), default=[])
    parser.add_argument("--before", nargs=2, action="append", metavar=("NAME", "COMMAND"), default=[])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("command", nargs="?")
    args = parser.parse_args()
    if args.case:
        results = alternate(args.case, dict(args.before), args.runs)
        if args.json:
            print(json.dumps(results, indent=1))
        else:
            for name, r in results.items():
                print(f"{name}: median process time {r['cpu_ms']:.1f} ms, wall {r['wall_ms']:.1f} ms, "
                      f"peak RSS {r['peak_rss_mib']:.1f} MiB ({args.runs} runs)")
        return
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
