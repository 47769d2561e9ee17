package org.opencac.engine.cpt;

/**
 * Which encounter's medical decision making is read: the cues of {@code mdm_cues.tsv} each encounter reads differ.
 * An emergency department visit and a hospital stay's own note read the acute threats to life or bodily function
 * among the problems; a decision to admit is high risk in an office or emergency visit, but not in the hospital
 * stay's own note, whose purpose the admission is.
 */
enum MdmEncounter {
    /** An office or other outpatient visit. */
    OFFICE,
    /** An emergency department visit's own note, read in its course, results, impression and plan. */
    EMERGENCY,
    /** A hospital stay's own note: an admission, a consultation or a progress note. */
    HOSPITAL
}
