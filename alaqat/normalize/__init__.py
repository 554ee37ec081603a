"""Stage 2: normalize. Matching-friendly text with an exact map back, sentences and clitic-split tokens."""

from alaqat.normalize.sentences import sentence_at, split_sentences
from alaqat.normalize.text import NormalizedText, normalize, normalize_key
from alaqat.normalize.tokens import Segmenter, default_segmenter, strip_article, tokenize

__all__ = [
    "NormalizedText",
    "Segmenter",
    "default_segmenter",
    "normalize",
    "normalize_key",
    "sentence_at",
    "split_sentences",
    "strip_article",
    "tokenize",
]
