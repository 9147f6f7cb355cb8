"""PAdES signing and verification of agreement PDFs (pyHanko)."""
