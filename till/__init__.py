"""till: a point-of-sale till for Swedish shops."""

from till.about import MAKER, version

__all__ = ["MAKER", "__version__"]
__version__ = version()  # the installed build's (setuptools-scm); till/about.py
