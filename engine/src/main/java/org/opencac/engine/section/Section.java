package org.opencac.engine.section;

import org.opencac.engine.note.Span;

/**
 * A section of the note, from its header to the next header.
 *
 * @param category the normalized section kind, e.g. "family_history", "assessment_plan"
 * @param header   the header span (empty span at 0 for the untitled opening section)
 * @param span     the whole section including its header
 */
public record Section(String category, Span header, Span span) {
    /** The category of text before any recognized header. */
    public static final String UNKNOWN = "unknown";
}
