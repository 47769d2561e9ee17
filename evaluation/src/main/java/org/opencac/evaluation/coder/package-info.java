/**
 * The {@link org.opencac.evaluation.NoteCoder}s evaluation compares: the engine pipeline, and a plain
 * Lucene search baseline without concept extraction, so every figure has a comparison.
 */
package org.opencac.evaluation.coder;
