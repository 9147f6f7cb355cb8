"""Samverka: guides police–municipality local collaboration from lägesbild to a signed agreement."""

__version__ = "0.1.0"
