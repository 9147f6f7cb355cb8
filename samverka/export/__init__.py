"""Documents out of Samverka: PDFs (reportlab), signatures (pyHanko), XLSX/CSV/JSON. No Qt, no database."""
