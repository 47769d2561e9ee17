/**
 * Recall measured without gold: the phrases of each note's diagnostic statement (impression, assessment,
 * diagnoses, as the section detector finds them) that no suggested ICD-10-CM code takes its evidence from,
 * counted by head word over a whole notes file, and how often the first suggestion comes from the
 * statement's first phrase. {@link org.opencac.evaluation.coverage.StatementCoverage#main} runs it; its
 * detail file holds note text and stays out of the repository.
 */
package org.opencac.evaluation.coverage;
