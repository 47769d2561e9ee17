package org.opencac.engine.outcome;

/** Why a concept mention was not coded as the patient's condition. */
public enum NotCodedReason {
    NO_BILLABLE_CODE("no billable code verified in the Tabular"),
    NEGATED("negated or ruled out"),
    HYPOTHETICAL("hypothetical"),
    UNCERTAIN("uncertain diagnosis: not coded as established (outpatient, or inpatient but not in the final diagnostic statement)"),
    UNLIKELY("diagnosis the provider judges unlikely or doubtful: not coded in any setting"),
    FAMILY_HISTORY("family member's condition: family history code instead"),
    FAMILY_NO_CODE("family member's condition without a family history code"),
    FAMILY_UNRELATED("family history that bears on no condition or encounter reason coded in this note"),
    PERSONAL_HISTORY("past condition: personal history code instead"),
    HISTORY_NO_CODE("past condition without a personal history code"),
    HISTORY_LIST_ONLY("listed in the past history only"),
    SECTION_RULE("this code is not taken from this section"),
    ROS_ONLY("ROS only"),
    EXAM_ONLY("exam only"),
    PROCEDURE_ONLY("procedure only: a sign seen or an injury made while operating, not a diagnosis the statement carries"),
    TEST_RESULT_ONLY("test result only: an abnormal finding the diagnostic statement does not carry"),
    ALLERGY_REACTION("allergy reaction, not a current condition"),
    INTEGRAL("integral to another coded condition"),
    EXPLAINED_BY_DIAGNOSIS("symptom explained by the diagnostic statement"),
    EXCLUDES1("Excludes1 with another coded condition"),
    COMBINED("reported within a combination or more specific code"),
    DROPPED_BY_CONVENTION("dropped by a coding convention"),
    OTHER_SENSE("not a condition here: the word is read in another sense"),
    OTHER_CODE("documented, but this code does not apply here"),
    FINDING("a finding named without the site or type its code needs"),
    SITE_QUERY("the site is named but no code for it was found: ask the provider"),
    GENERAL_INFORMATION("general information (a handout defining a condition), not a record of this patient");

    private final String label;

    NotCodedReason(String label) {
        this.label = label;
    }

    /** A short phrase for coders, e.g. "ROS only". */
    public String label() {
        return label;
    }
}
