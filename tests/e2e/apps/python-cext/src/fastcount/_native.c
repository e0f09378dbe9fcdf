/* fastcount._native: a small C extension (prime sieve, FNV-1a hash) compiled in the builder image. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static PyObject *count_primes(PyObject *self, PyObject *args) {
  long n;
  if (!PyArg_ParseTuple(args, "l", &n)) return NULL;
  if (n < 2) return PyLong_FromLong(0);
  unsigned char *composite = calloc((size_t)n + 1, 1);
  if (!composite) return PyErr_NoMemory();
  long count = 0;
  for (long i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (long j = i * i; j <= n; j += i) composite[j] = 1;
  }
  free(composite);
  return PyLong_FromLong(count);
}

static PyObject *fnv1a(PyObject *self, PyObject *args) {
  Py_buffer buf;
  if (!PyArg_ParseTuple(args, "y*", &buf)) return NULL;
  uint32_t h = 2166136261u;
  const unsigned char *p = buf.buf;
  for (Py_ssize_t i = 0; i < buf.len; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  PyBuffer_Release(&buf);
  return PyLong_FromUnsignedLong(h);
}

static PyMethodDef methods[] = {
    {"count_primes", count_primes, METH_VARARGS, "Number of primes <= n."},
    {"fnv1a", fnv1a, METH_VARARGS, "32-bit FNV-1a hash of a bytes-like object."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_native", NULL, -1, methods};

PyMODINIT_FUNC PyInit__native(void) { return PyModule_Create(&module); }
