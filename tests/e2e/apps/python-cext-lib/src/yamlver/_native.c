// Calls into libyaml, so importing the module needs libyaml.so.0 at run time.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <yaml.h>

static PyObject* libyaml_version(PyObject* self, PyObject* unused) {
  int major = 0, minor = 0, patch = 0;
  yaml_get_version(&major, &minor, &patch);
  return Py_BuildValue("(iii)", major, minor, patch);
}

static PyMethodDef methods[] = {
    {"libyaml_version", libyaml_version, METH_NOARGS, "The (major, minor, patch) of the linked libyaml."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_native", NULL, -1, methods};

PyMODINIT_FUNC PyInit__native(void) { return PyModule_Create(&module); }
