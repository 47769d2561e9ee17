/**
 * Concept mentions: longest-match dictionary lookup of token sequences in the lexicon. Too-general
 * keys are listed in {@code mention_stoplist.txt}.
 */
package org.opencac.engine.mention;
