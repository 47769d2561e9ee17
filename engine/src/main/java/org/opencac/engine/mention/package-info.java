/**
 * Concept mentions: longest-match dictionary lookup of token sequences in the lexicon. Too-general
 * keys are listed in {@code mention_stoplist.txt}. {@link org.opencac.engine.mention.WordForms} reads an
 * adjectival form as the lexicon word it stands for ("hypotensive": hypotension, "renal": kidney), from
 * {@code word_forms.tsv}; the reading as written wins a tie. {@link org.opencac.engine.mention.TriggerCheck} drops
 * what a coder would never read as a concept and moves the readings a word sense rejects
 * ({@code trigger_senses.tsv}) to {@link org.opencac.engine.mention.Mention#rejected()}: such a mention
 * stays, codes nothing, and carries its reason to the mention outcomes. Trap: a mention may have no
 * codable term; read {@code terms()} as possibly empty. {@link org.opencac.engine.mention.AnalyzedWords}
 * analyzes note text as the code index analyzes titles, one remembered word at a time (injury sites here,
 * clause words in the coding stage).
 */
package org.opencac.engine.mention;
