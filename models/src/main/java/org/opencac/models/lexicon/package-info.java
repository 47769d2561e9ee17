/**
 * The term lexicon that stands in for the Alphabetic Index: titles, default-code title cores,
 * inclusion terms, terms generated from the index tables by data templates, and curated clinical
 * synonyms. {@link org.opencac.models.lexicon.TermNormalizer} defines the matching key shared with the
 * engine's tokenizer. Trap: change the normalizer and both sides change together.
 */
package org.opencac.models.lexicon;
