from setuptools import Extension, setup

setup(
    name="fastcount",
    version="0.3.0",
    description="Counting helpers with a C extension",
    package_dir={"": "src"},
    packages=["fastcount"],
    ext_modules=[Extension("fastcount._native", sources=["src/fastcount/_native.c"], extra_compile_args=["-O2"])],
    python_requires=">=3.9",
)
