"""Documents in: load files (txt, html, pdf, md, jsonl), clean, chunk, find copies, decide the outlet.

Takes files or bytes; gives cleaned text with sentence-aligned chunks (offsets), metadata and the outlet."""
