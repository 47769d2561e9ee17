/**
 * The reason for the encounter as a coder reads it when it is not a disease: a visit for supervision of a
 * pregnancy, aftercare after surgery, counselling, screening, a procedure done for no health problem.
 * {@link org.opencac.engine.encounter.EncounterReasonFinder} adds a mention with the encounter's Z code where
 * a rule of {@code encounter_reasons.json} finds the reason stated in the sections that state it (chief
 * complaint, reason for visit, indication, procedure); {@link org.opencac.engine.encounter.SubsequentCareCheck}
 * gives injury codes the 7th character D when the note is a visit after the injury's active treatment
 * (therapy sessions, a follow-up); {@link org.opencac.engine.encounter.WoundAftercareCheck} reports a wound's
 * aftercare (Z48.0-) beside an injury as the injury's subsequent encounter and drops it as a step of an operation in a
 * procedure report; {@link org.opencac.engine.encounter.PastConditionCheck} leaves out a condition an earlier operation
 * ended (a hernia written as repaired) at an aftercare encounter; {@link org.opencac.engine.encounter.TrimesterCheck} gives pregnancy codes of
 * unspecified trimester the trimester the note's weeks of gestation fall in, and
 * {@link org.opencac.engine.encounter.PuerperiumCheck} those of a note told after the delivery their code of the
 * puerperium. Traps: a plan's "follow up in two weeks" is not a reason for this visit,
 * so every rule names the sections it is read in.
 */
package org.opencac.engine.encounter;
