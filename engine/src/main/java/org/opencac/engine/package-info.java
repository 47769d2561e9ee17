/**
 * The coding pipeline. {@link org.opencac.engine.Pipeline#standard} lists the stages in order:
 * sections, sentences and tokens, mentions, assertion, candidate codes, Excludes1, suggestions. Each
 * {@link org.opencac.engine.Stage} adds one layer to the immutable {@link org.opencac.engine.Document};
 * every annotation carries a {@link org.opencac.engine.note.Span} into the original note text.
 */
package org.opencac.engine;
