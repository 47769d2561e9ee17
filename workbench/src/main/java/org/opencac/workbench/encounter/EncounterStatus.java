package org.opencac.workbench.encounter;

/** Where an encounter is in review: open for decisions, or finalized into its claim codes. */
public enum EncounterStatus {
    OPEN, FINALIZED
}
