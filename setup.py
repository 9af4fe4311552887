"""resources/ lives at the top (DESIGN.md) and ships inside the package as till.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["till", "till.*"]), "till.resources"],
    package_dir={"till.resources": "resources"},
)
