from setuptools import Extension, setup

setup(
    name="yamlver",
    version="0.1.0",
    description="Reports the libyaml it was linked against",
    package_dir={"": "src"},
    packages=["yamlver"],
    ext_modules=[Extension("yamlver._native", sources=["src/yamlver/_native.c"], libraries=["yaml"])],
    python_requires=">=3.9",
)
