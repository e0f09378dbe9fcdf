from yamlver._native import libyaml_version

__version__ = "0.1.0"
__all__ = ["libyaml_version"]
