package org.opencac.engine.suggest;

/**
 * Where in the note a suggestion's support is: offsets into the original text and what was found there.
 *
 * @param start       first character
 * @param end         one past the last character
 * @param text        the covered text, exactly {@code note.substring(start, end)}
 * @param section     the section category it lies in
 * @param negated     whether the mention was negated
 * @param assertion   the mention's assertion status, lowercase ("present", "negated", "uncertain", ...)
 * @param experiencer whose condition it is ("patient" or "family")
 */
public record EvidenceSpan(int start, int end, String text, String section, boolean negated, String assertion,
                           String experiencer) {
}
