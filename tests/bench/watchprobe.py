#!/usr/bin/env python3
"""What watch.sh measures in a running `letthatsyncin sync SOURCE TARGET --watch`.

  watchprobe.py latency SOURCE TARGET RELATIVE REPEATS
      REPEATS times: rewrites SOURCE/RELATIVE with new content, then looks every 5 ms until
      TARGET/RELATIVE has it; prints the seconds from the write to that moment, one a line.
  watchprobe.py idle PID SECONDS
      the CPU the process (every thread) used over SECONDS, in % of one core, and its
      resident memory at the end and at its peak, in MiB: "cpu% rss_mib hwm_mib".
"""
import os
import sys
import time


def latency(source, target, relative, repeats):
    for i in range(repeats):
        content = ("watch probe %d %f\n" % (i, time.time())).encode()
        start = time.monotonic()
        with open(os.path.join(source, relative), "wb") as f:
            f.write(content)
        destination = os.path.join(target, relative)
        while True:
            try:
                with open(destination, "rb") as f:
                    if f.read() == content:
                        break
            except OSError:
                pass
            if time.monotonic() - start > 60:
                sys.exit("watchprobe: %s did not arrive within 60 s" % relative)
            time.sleep(0.005)
        print("%.3f" % (time.monotonic() - start), flush=True)
        # The next write after the run that copied this one has surely ended.
        time.sleep(1.0)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mib(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0


def idle(pid, seconds):
    before, start = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    used, elapsed = cpu_seconds(pid) - before, time.monotonic() - start
    print("%.2f %.0f %.0f" % (100 * used / elapsed, memory_mib(pid, "VmRSS"), memory_mib(pid, "VmHWM")))


if __name__ == "__main__":
    if sys.argv[1] == "latency":
        latency(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        idle(int(sys.argv[2]), float(sys.argv[3]))
