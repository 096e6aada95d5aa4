"""Document metadata: the title, author and publication date read for each annotated file."""

from __future__ import annotations

from .figures import Figure, ratio
from .match import fold_text
from .system import System


def score_documents(system: System) -> dict[str, Figure]:
    """Each annotated field is right when equal to the gold after folding whitespace and quote marks."""
    right = total = 0
    for gdoc in system.gold.documents:
        doc = system.docs.get(system.file_to_doc.get(gdoc.file, ""), {})
        for name, value in gdoc.fields:
            total += 1
            right += fold_text(doc.get(name)) == fold_text(value)
    return {"fields_right": right, "fields": total, "accuracy": ratio(right, total)}
