package org.opencac.models.lexicon;

import java.util.Objects;

/**
 * One surface form and the code it points to.
 *
 * @param text   the term as written, e.g. "type 2 diabetes"
 * @param code   the code or header it points to, with its dot; a header resolves to a billable code later
 * @param source where the term came from
 */
public record Term(String text, String code, TermSource source) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank term for " + code);
        }
    }
}
