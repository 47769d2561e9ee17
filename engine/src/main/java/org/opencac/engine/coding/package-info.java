/**
 * From asserted mentions to billable candidates. {@link org.opencac.engine.coding.CandidateRanker} runs each
 * mention through term choice ({@link org.opencac.engine.coding.TermChoice}), Tabular resolution
 * ({@link org.opencac.engine.coding.TabularResolution}, calling {@link org.opencac.engine.coding.CodeResolver}),
 * section gating ({@link org.opencac.engine.coding.SectionGate}, data {@code code_section_rules.tsv}), the
 * assertion policy ({@link org.opencac.engine.coding.AssertionPolicy}, with
 * {@link org.opencac.engine.coding.HistoryMapping}) and scoring ({@link org.opencac.engine.coding.CandidateScoring},
 * weights in {@code scoring_weights.tsv}); then {@link org.opencac.engine.coding.SectionPolicyCheck} applies what
 * the section means for coding (data {@code section_policy.tsv}). Every mention not coded as the patient's
 * condition leaves a {@link org.opencac.engine.outcome.MentionDecision}.
 */
package org.opencac.engine.coding;
