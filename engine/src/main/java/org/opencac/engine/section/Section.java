package org.opencac.engine.section;

import org.opencac.engine.note.Span;

/**
 * A section of the note, from its header to the next header.
 *
 * @param type   the normalized section kind
 * @param header the header span (empty span at 0 for the untitled opening section)
 * @param span   the whole section including its header
 */
public record Section(SectionType type, Span header, Span span) {
    /** The category of text before any recognized header. */
    public static final String UNKNOWN = SectionType.UNKNOWN.id();

    /** The section kind as its data-file id, e.g. "family_history". */
    public String category() {
        return type.id();
    }
}
