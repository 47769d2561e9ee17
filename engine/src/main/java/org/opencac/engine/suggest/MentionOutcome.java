package org.opencac.engine.suggest;

import java.util.List;

/**
 * What became of one concept mention: where it is, how it was asserted, the codes it could give and
 * whether it was coded, with the reason when it was not (recorded by the stage that dropped it).
 *
 * @param start          first character
 * @param end            one past the last character
 * @param text           the covered text, exactly {@code note.substring(start, end)}
 * @param section        the section type id it lies in ("review_of_systems" ...)
 * @param assertion      its assertion status, lowercase ("present", "negated", "uncertain", ...)
 * @param experiencer    whose condition it is ("patient" or "family")
 * @param candidateCodes the codes its lexicon terms point to
 * @param codes          the suggested codes it is evidence for (a family or personal history code included)
 * @param coded          true if it is coded as the patient's condition
 * @param reason         when not coded: the reason id ("negated", "ros_only", "integral" ...), else null
 * @param explanation    when not coded: the reason in words with its specifics, else null
 * @param relatedCode    the code the reason's decision relates to (the diagnosis a symptom is integral to, the code
 *                       a past condition would have taken, the code it is reported within), or null
 */
public record MentionOutcome(int start, int end, String text, String section, String assertion, String experiencer,
                             List<String> candidateCodes, List<String> codes, boolean coded, String reason,
                             String explanation, String relatedCode) {
    public MentionOutcome {
        candidateCodes = List.copyOf(candidateCodes);
        codes = List.copyOf(codes);
        if (coded != (reason == null)) {
            throw new IllegalArgumentException("a mention has a reason exactly when it is not coded");
        }
        if (relatedCode != null && reason == null) {
            throw new IllegalArgumentException("a related code belongs to a reason");
        }
    }

    /** An outcome whose reason, if any, relates to no code. */
    public MentionOutcome(int start, int end, String text, String section, String assertion, String experiencer,
                          List<String> candidateCodes, List<String> codes, boolean coded, String reason,
                          String explanation) {
        this(start, end, text, section, assertion, experiencer, candidateCodes, codes, coded, reason, explanation,
                null);
    }
}
