package org.opencac.engine.coding;

/** What a section means for coding; see {@code section_policy.tsv}. */
public enum SectionRole {
    /** Assessment, impression, diagnoses, indication, chief complaint: coded, preferred first. */
    DIAGNOSTIC_STATEMENT,
    /** Narrative that documents conditions (HPI, course, results ...): coded. */
    SUPPORTING,
    /**
     * Test results reported inside a clinical note (labs, imaging, EKG): coded, but a finding reported only
     * here is not a condition the provider links to another (Guidelines III.B: abnormal findings are coded
     * when the provider indicates their significance), so it takes part in no combination code, and a finding
     * a test reports ({@code test_result_findings.txt}) needs the condition documented elsewhere when the note
     * has a final diagnostic statement.
     */
    TEST_RESULTS,
    /**
     * The operation's title and the surgeon's account of it: coded, but in a note with a final diagnostic
     * statement (the pre- and postoperative diagnoses) a finding of the chapters of
     * {@code procedure_finding_chapters.tsv} documented only here is an observation made while operating or the
     * surgeon's own work (an incision, a cut, a wound closed, a fracture reduced) and needs the condition
     * documented elsewhere, as in the review of systems.
     */
    PROCEDURE,
    /** A finding listed only here is not coded unless the condition is documented elsewhere. */
    REVIEW_OF_SYSTEMS,
    /** The physical exam and vital signs: the same rule as the review of systems. */
    EXAMINATION,
    /** Mentions are a relative's. */
    FAMILY_HISTORY,
    /** Mentions are historical. */
    PAST_HISTORY,
    /** Listed reactions are not current conditions. */
    ALLERGIES;

    /** True for the roles whose findings need a condition documented elsewhere. */
    public boolean listsFindingsOnly() {
        return this == REVIEW_OF_SYSTEMS || this == EXAMINATION;
    }
}
