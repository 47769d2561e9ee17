/**
 * OpenCAC models: everything the engine reads, loaded once ({@link org.opencac.models.ModelBundle}):
 * the code sets, the term lexicon and the Lucene code index. No NLP happens here.
 */
package org.opencac.models;
