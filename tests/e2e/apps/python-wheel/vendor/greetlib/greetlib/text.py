import re
import unicodedata

_SMALL = {"a", "an", "and", "of", "the", "to"}


def title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if i and w.lower() in _SMALL else w[:1].upper() + w[1:].lower() for i, w in enumerate(words))


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
