/**
 * The Lucene code index: one document per code (title, lexicon terms, billable flag), built once into
 * a cache directory keyed by code-set version. Serves coder search and candidate ranking.
 */
package org.opencac.models.index;
