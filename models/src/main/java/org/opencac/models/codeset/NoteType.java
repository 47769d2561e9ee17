package org.opencac.models.codeset;

/** Kinds of Tabular List instructional notes. */
public enum NoteType {
    INCLUDES,
    INCLUSION_TERM,
    EXCLUDES1,
    EXCLUDES2,
    CODE_FIRST,
    USE_ADDITIONAL_CODE,
    CODE_ALSO,
    SEVENTH_CHARACTER_NOTE
}
