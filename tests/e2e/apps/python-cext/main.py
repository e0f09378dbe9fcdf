import os
import sys

import fastcount

cwd = os.getcwd()
print(f"e2e-probe: uid={os.getuid()} cwd={cwd} writable={'yes' if os.access(cwd, os.W_OK) else 'no'}",
      file=sys.stderr)

print(f"fastcount {fastcount.__version__} native={fastcount.is_native()}")
for n, count in fastcount.report([10, 1000, 100000, 2000000]):
    print(f"primes <= {n}: {count}")
for word in ["distroless", "multistage", "builder"]:
    print(f"fnv1a({word}) = {fastcount.fnv1a(word.encode()):08x}")
