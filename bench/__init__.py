"""Benchmark tools: the synthetic corpus, its loader, measurements and load generation (bench/README.md).

Not an installed app, and no installed app imports it. Scripts run from the repository root.
"""
