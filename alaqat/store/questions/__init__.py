"""Question understanding: reading a question (``reading``, ``when``), placing its parts in an event's roles
(``frames``, ``parse``), finding the facts that answer it (``select``) and wording the answer (``compose``).
The entry point is ``alaqat.store.ask.answer``; ``parse_question`` alone shows what was understood.
"""

from alaqat.store.questions.parse import ParsedQuestion, Part, parse_question

__all__ = ["ParsedQuestion", "Part", "parse_question"]
