"""Stage 3: annotate. Entity mentions linked to canonical ids, and temporal expressions as EDTF."""
