"""Stage 4: extract. Diplomatic events of the ontology from annotated sentences."""
