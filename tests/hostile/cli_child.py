"""`samverka ARGS` with a ceiling on its address space, writing its own peak resident memory when it ends.

Used by hostile_helpers.run_cli: the peak is read from /proc/self/status (VmHWM) of this process after exec,
because the parent's rusage would also count the pages the child shared with pytest between fork and exec.
"""

from __future__ import annotations

import atexit
import resource
import sys


def main() -> None:
    limit_mb, peak_file, *args = sys.argv[1:]
    ceiling = int(limit_mb) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))

    def write_peak() -> None:
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
        with open(peak_file, "w", encoding="ascii") as out:
            out.write(peak)

    atexit.register(write_peak)
    sys.argv = ["samverka", *args]
    from samverka.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
