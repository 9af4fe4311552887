"""till: a point-of-sale till for Swedish shops."""

__version__ = "0.1.0"
MAKER = "till AB"
