import os
import sys

import greetlib

cwd = os.getcwd()
print(f"e2e-probe: uid={os.getuid()} cwd={cwd} writable={'yes' if os.access(cwd, os.W_OK) else 'no'}",
      file=sys.stderr)

print(f"greetlib {greetlib.__version__} ({len(greetlib.__all__)} names)")
for name in ["ada lovelace", "the king of the hill", "grace HOPPER"]:
    print(greetlib.greet(name, excited=name.startswith("grace")))
print(greetlib.slugify("Crème Brûlée & Distroless Images, 2024!"))
