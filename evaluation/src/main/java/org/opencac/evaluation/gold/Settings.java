package org.opencac.evaluation.gold;

import java.util.Set;

/** The care settings a note may have. */
final class Settings {
    static final String OUTPATIENT = "outpatient";
    static final String INPATIENT = "inpatient";
    private static final Set<String> ALL = Set.of(OUTPATIENT, INPATIENT);

    private Settings() {
    }

    static boolean isValid(String setting) {
        return ALL.contains(setting);
    }
}
