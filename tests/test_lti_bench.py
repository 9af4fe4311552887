"""The codec benchmark the lead's benchmark command runs (LTI 2.46 sections 3.1 and 4)."""

from __future__ import annotations

from till.protocols.lti.bench import benchmark_codec


def test_benchmark_codec_reports_frames_per_second() -> None:
    """A sanity floor only: the real target (20,000 frames/s) is checked by the benchmark
    command, not by a test that would fail on a busy CI machine."""
    rate = benchmark_codec(frames=2_000)
    assert rate > 2_000
