package org.opencac.engine.section;

import java.util.Locale;

/**
 * The closed set of section kinds. Data files name them by {@link #id()} ("family_history"); an id that is
 * not listed here fails when the file is loaded.
 */
public enum SectionType {
    UNKNOWN,
    CHIEF_COMPLAINT,
    HISTORY_PRESENT_ILLNESS,
    PAST_MEDICAL_HISTORY,
    PROBLEM_LIST,
    PAST_SURGICAL_HISTORY,
    FAMILY_HISTORY,
    SOCIAL_HISTORY,
    MEDICATIONS,
    ALLERGIES,
    REVIEW_OF_SYSTEMS,
    VITAL_SIGNS,
    PHYSICAL_EXAM,
    RESULTS,
    FINDINGS,
    INDICATION,
    IMPRESSION,
    ASSESSMENT_PLAN,
    DIAGNOSES,
    DIFFERENTIAL_DIAGNOSIS,
    HOSPITAL_COURSE,
    PROCEDURE,
    INSTRUCTIONS;

    /** Made once: the id is asked for every evidence span and every section check. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lowercase id used in data files and in API output, e.g. "family_history". */
    public String id() {
        return id;
    }

    /** The type with this id; throws naming the id if there is none. */
    public static SectionType fromId(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (SectionType t : values()) {
                if (t.id().equals(wanted)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown section type '" + id + "'");
    }
}
