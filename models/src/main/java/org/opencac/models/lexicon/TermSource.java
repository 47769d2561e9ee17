package org.opencac.models.lexicon;

/** Where a lexicon term came from; earlier sources are stronger evidence for their code. */
public enum TermSource {
    /** The team's curated clinical synonyms and abbreviations (an Index-style default code). */
    CURATED,
    /** A code's full Tabular title. */
    TITLE,
    /** A title with its "unspecified"/"NOS"/"without complication" qualifier removed: the default code. */
    TITLE_CORE,
    /** A Tabular inclusion term or includes note. */
    INCLUSION,
    /** A term generated from the Table of Neoplasms (site by behaviour). */
    NEOPLASM_TABLE,
    /** A term generated from the Table of Drugs and Chemicals. */
    DRUG_TABLE,
    /** A term of the External Cause index. */
    EXTERNAL_CAUSE_INDEX,
    /** An injury found by type, site and laterality in the note and looked up in the injury chapter. */
    INJURY_SEARCH,
    /** A measured value in the note (BMI, NIHSS, weeks of gestation) coded by the range a title gives. */
    MEASUREMENT,
    /** A path walked in the Alphabetic Index (main term, subterms, cross-references) with a clause's words. */
    ALPHABETIC_INDEX,
    /** An Alphabetic Index path that replaced a dictionary term of the same main term: the term made specific. */
    ALPHABETIC_INDEX_REFINEMENT,
    /** The reason for the encounter stated in the note (a visit for aftercare, counselling, screening ...): a Z code. */
    ENCOUNTER_REASON
}
