"""The six questions of the problem description (field, Swedish label)."""

SIX_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("vad", "Vad"),
    ("var", "Var"),
    ("nar", "När"),
    ("vem_vad_orsakar", "Vem/vad orsakar"),
    ("varfor", "Varför"),
    ("skada", "Skada"),
)
