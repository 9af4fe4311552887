"""The till's benchmark (python -m till.benchmark) and the ten-year database generator
(python -m till.benchmark.generate): figures beside their floors, issue 12."""
