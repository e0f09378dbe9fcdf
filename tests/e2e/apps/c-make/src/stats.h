#ifndef STATS_H
#define STATS_H

#include <stddef.h>

struct summary {
  double mean, stddev, min, max, median;
};

/* Summary statistics of values (sorted in place). */
struct summary summarize(double* values, size_t n);

#endif
