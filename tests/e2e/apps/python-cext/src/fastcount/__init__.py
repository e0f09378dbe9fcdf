"""fastcount: counting helpers backed by a C extension."""

from fastcount._native import count_primes, fnv1a

__version__ = "0.3.0"


def is_native() -> bool:
    import fastcount._native as native

    return native.__file__.endswith(".so")


def report(limits):
    return [(n, count_primes(n)) for n in limits]


__all__ = ["count_primes", "fnv1a", "is_native", "report", "__version__"]
