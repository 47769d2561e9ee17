package org.opencac.evaluation.assertion;

import java.util.Objects;
import org.opencac.engine.assertion.Experiencer;

/**
 * One gold row of an assertion set: a sentence, the target phrase in it and its expected attributes.
 *
 * @param line         line number in the file, for messages
 * @param id           row id
 * @param sentence     the text (with "\n" escapes already turned into line breaks)
 * @param target       the phrase whose assertion is judged; its first occurrence is the mention
 * @param gold         the expected attributes
 * @param note         the annotator's comment, may be empty
 */
public record AssertionExample(int line, String id, String sentence, String target, Attributes gold, String note) {
    public AssertionExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(gold, "gold");
        note = note == null ? "" : note;
    }

    /** The five judged attributes of a mention. */
    public record Attributes(boolean negated, boolean uncertain, boolean hypothetical, boolean historical,
                             Experiencer experiencer) {
        /** The value of one category. */
        public boolean get(Category c) {
            return switch (c) {
                case NEGATED -> negated;
                case UNCERTAIN -> uncertain;
                case HYPOTHETICAL -> hypothetical;
                case HISTORICAL -> historical;
                case FAMILY -> experiencer == Experiencer.FAMILY;
            };
        }

        /** The categories that are true, e.g. "negated+family", or "present". */
        public String label() {
            StringBuilder b = new StringBuilder();
            for (Category c : Category.values()) {
                if (get(c)) {
                    b.append(b.length() == 0 ? "" : "+").append(c.label());
                }
            }
            return b.length() == 0 ? "present" : b.toString();
        }
    }

    /** The categories scored, in report order. */
    public enum Category {
        NEGATED, UNCERTAIN, HYPOTHETICAL, HISTORICAL, FAMILY;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
