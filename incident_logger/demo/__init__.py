"""The demo generator: a realistic synthetic dataset for trying the app and for benchmarks.

It sits above the services (it adds places and sources through them) and below the UI and the
command line, which start it. ``generate`` writes the data, ``rows`` makes the rows in a worker
process, ``data`` holds the made-up names and texts, ``prepare`` fills the separate demo
database the welcome offers.
"""
