#include "stats.h"

#include <math.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

struct summary summarize(double *values, size_t n) {
  struct summary s = {0};
  if (n == 0) return s;
  double sum = 0;
  for (size_t i = 0; i < n; i++) sum += values[i];
  s.mean = sum / (double)n;
  double var = 0;
  for (size_t i = 0; i < n; i++) var += (values[i] - s.mean) * (values[i] - s.mean);
  s.stddev = sqrt(var / (double)n);
  qsort(values, n, sizeof *values, cmp_double);
  s.min = values[0];
  s.max = values[n - 1];
  s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  return s;
}
