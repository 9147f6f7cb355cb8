"""Safety-survey (trygghetsmätning) import and the data behind the Lägesbild charts. No Qt here."""

from samverka.core.survey.files import MAX_FILE_BYTES, list_sheets
from samverka.core.survey.importer import (
    NeedsMappingError,
    PreparedImport,
    commit_import,
    parse_file,
    prepare_import,
    undo_import,
)
from samverka.core.survey.mapping import (
    AREAS_AS_ROWS,
    ITEMS_AS_ROWS,
    ColumnMapping,
    guess_mapping,
    mapping_by_name,
    mapping_names,
    save_mapping,
)
from samverka.core.survey.quality import UNCERTAIN_BELOW, is_uncertain
from samverka.core.survey.report import ImportReport, Rejection, SurveyRecord, format_report
from samverka.core.survey.store import ImportOutcome

__all__ = [
    "AREAS_AS_ROWS",
    "ITEMS_AS_ROWS",
    "MAX_FILE_BYTES",
    "UNCERTAIN_BELOW",
    "ColumnMapping",
    "ImportOutcome",
    "ImportReport",
    "NeedsMappingError",
    "PreparedImport",
    "Rejection",
    "SurveyRecord",
    "commit_import",
    "format_report",
    "guess_mapping",
    "is_uncertain",
    "list_sheets",
    "mapping_by_name",
    "mapping_names",
    "parse_file",
    "prepare_import",
    "save_mapping",
    "undo_import",
]
