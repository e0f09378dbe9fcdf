/* cstats: statistics over a deterministic pseudo-random series. Usage: cstats [--rows N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stats.h"

static unsigned long long state = 88172645463325252ULL;

static double next_value(void) { /* xorshift64, scaled to [0, 100) */
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (double)(state % 1000000ULL) / 10000.0;
}

int main(int argc, char **argv) {
  int rows = 3;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc) rows = atoi(argv[++i]);
  }
  char cwd[4096] = "?";
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "?");
  fprintf(stderr, "e2e-probe: uid=%u cwd=%s writable=%s\n", (unsigned)getuid(), cwd,
          access(".", W_OK) == 0 ? "yes" : "no");

  enum { N = 10000 };
  static double values[N];
  for (int r = 1; r <= rows; r++) {
    for (int i = 0; i < N; i++) values[i] = next_value();
    struct summary s = summarize(values, N);
    printf("series %d: mean=%.4f sd=%.4f min=%.4f median=%.4f max=%.4f\n", r, s.mean, s.stddev, s.min, s.median,
           s.max);
  }
  printf("final state: %llu\n", state);
  return 0;
}
