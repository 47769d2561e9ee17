/**
 * HCPCS Level II as a code-system plug-in (outpatient). {@link org.opencac.engine.hcpcs.HcpcsVocabulary}
 * builds one phrase dictionary from the code file when it loads (drug names, descriptor heads of the ranges
 * in {@code hcpcs/families.tsv}, skin substitute names, the team's supply list and synonyms);
 * {@link org.opencac.engine.hcpcs.HcpcsModule} walks each sentence's words once through it. Drugs get units
 * from the documented dose, skin substitutes from the documented area; codes sharing a head are told apart by
 * the rest of their descriptors ({@link org.opencac.engine.hcpcs.QualifierChoice}) or queried. Trap: a phrase
 * in a history section or with a cue of another encounter is not coded.
 */
package org.opencac.engine.hcpcs;
