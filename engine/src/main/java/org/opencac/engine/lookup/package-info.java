/**
 * Alphabetic Index lookup: {@link org.opencac.engine.lookup.IndexNavigator} walks the ICD-10-CM Index (main
 * term, subterms, see / see also, Neoplasm and Drug tables) with the words of one clause at a time and adds
 * the paths it finds as mentions before assertion. Inputs: sentences, tokens, dictionary mentions. Output:
 * the mention layer with Index paths (their term's text is the path, for the rationale). Trap: words are
 * never taken from another clause, so "pneumonia, diabetes" does not become a combination.
 * {@link org.opencac.engine.lookup.FindingFinder} then adds, for a listed finding word no mention covers
 * ("no polyps"), a mention that codes nothing, so that its assertion is reported.
 */
package org.opencac.engine.lookup;
