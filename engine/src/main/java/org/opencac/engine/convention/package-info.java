/**
 * ICD-10-CM coding conventions applied to the candidate list, each a small {@code Stage} with its rules
 * in a data file under {@code resources/org/opencac/engine/convention/}. Order in the pipeline:
 * {@link org.opencac.engine.convention.SpecificityCheck} (the 7th character the note documents),
 * {@link org.opencac.engine.convention.CombinationCodeCheck} (I.A.15 "with"),
 * {@link org.opencac.engine.convention.IntegralSymptomCheck} (I.B.4-5), {@code Excludes1Check},
 * {@link org.opencac.engine.convention.SameConditionCheck} (one suggestion per documented condition),
 * {@link org.opencac.engine.convention.PrincipalDiagnosisChoice} (first-listed / principal, with its stated reason),
 * {@link org.opencac.engine.convention.CodeFirstCheck} (etiology before manifestation) and
 * {@link org.opencac.engine.convention.DocumentationQueryCheck} (provider queries).
 * Trap: candidates are already filtered by assertion (negated, hypothetical, outpatient-uncertain are
 * gone), so every candidate counts as documented present. Rule files fail at load naming file and entry.
 * See docs/conventions.md.
 */
package org.opencac.engine.convention;
