"""greetlib: greetings and URL slugs (a stand-in for a third-party dependency)."""

from greetlib.text import slugify, title_case

__version__ = "1.2.0"
__all__ = ["greet", "slugify", "title_case", "__version__"]


def greet(name: str, excited: bool = False) -> str:
    return f"Hello, {title_case(name)}{'!' if excited else '.'}"
