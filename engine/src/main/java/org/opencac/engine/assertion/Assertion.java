package org.opencac.engine.assertion;

import java.util.List;

/**
 * The assertion of one mention. Categories can combine (a family member's past cancer is family and
 * historical), so each is a flag; {@link #status()} gives the one that decides coding.
 *
 * @param mentionIndex index of the mention in {@code Document.mentions()}
 * @param negated      the condition is denied or ruled out
 * @param uncertain    the condition is possible, probable, suspected ...
 * @param hypothetical the condition is conditional or future ("return if", "risk of")
 * @param historical   the condition is past or resolved
 * @param experiencer  whose condition it is
 * @param cues         ids of the rules that fired, for the rationale
 */
public record Assertion(int mentionIndex, boolean negated, boolean uncertain, boolean hypothetical,
                        boolean historical, Experiencer experiencer, List<String> cues) {
    public Assertion {
        cues = List.copyOf(cues);
    }

    public static Assertion present(int mentionIndex) {
        return new Assertion(mentionIndex, false, false, false, false, Experiencer.PATIENT, List.of());
    }

    /** The same assertion, negated as well, the cue that negates it added to its cues. */
    public Assertion withNegation(String cue) {
        List<String> more = new java.util.ArrayList<>(cues);
        more.add(cue);
        return new Assertion(mentionIndex, true, uncertain, hypothetical, historical, experiencer, more);
    }

    /** True if the condition is the patient's own, present and certain: no negation, hypothesis, doubt or history. */
    public boolean presentForPatient() {
        return !negated && !hypothetical && !historical && !uncertain && experiencer == Experiencer.PATIENT;
    }

    /** Precedence: negated, hypothetical, uncertain, historical, present. */
    public AssertionStatus status() {
        if (negated) {
            return AssertionStatus.NEGATED;
        }
        if (hypothetical) {
            return AssertionStatus.HYPOTHETICAL;
        }
        if (uncertain) {
            return AssertionStatus.UNCERTAIN;
        }
        if (historical) {
            return AssertionStatus.HISTORICAL;
        }
        return AssertionStatus.PRESENT;
    }
}
