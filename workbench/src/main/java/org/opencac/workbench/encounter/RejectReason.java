package org.opencac.workbench.encounter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed list of reasons a coder gives for rejecting a suggestion (free text goes in the comment). */
public enum RejectReason {
    NOT_DOCUMENTED("Condition not documented for this encounter"),
    NEGATED("Negated or ruled out in the note"),
    UNCERTAIN("Uncertain diagnosis (outpatient: code the symptom)"),
    HISTORICAL("History only, not current"),
    FAMILY_HISTORY("Family member's condition"),
    INTEGRAL_SYMPTOM("Symptom integral to a coded diagnosis"),
    WRONG_SPECIFICITY("Wrong specificity; a more accurate code applies"),
    DUPLICATE("Duplicate of another code"),
    CODING_CONVENTION("Excluded by a coding convention (Excludes1, code first)"),
    OTHER("Other (see comment)");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RejectReason> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String want = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(want)).findFirst();
    }
}
