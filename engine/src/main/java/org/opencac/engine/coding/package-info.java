/**
 * From asserted mentions to billable candidates: best term, Tabular verification to a billable code
 * ({@link org.opencac.engine.coding.CodeResolver}), what the assertion and then the section
 * ({@link org.opencac.engine.coding.SectionPolicyCheck}, data {@code section_policy.tsv}) mean for coding,
 * and the evidence score ({@link org.opencac.engine.coding.EvidenceScore}). Every mention not coded as the patient's condition
 * leaves a {@link org.opencac.engine.outcome.MentionDecision}.
 */
package org.opencac.engine.coding;
