/**
 * The output: suggestions with evidence spans and rationale, and the code-set version they came from.
 */
package org.opencac.engine.suggest;
