/**
 * From asserted mentions to billable candidates: best term, Tabular verification to a billable code
 * ({@link org.opencac.engine.coding.CodeResolver}), what the assertion means for coding, and the
 * evidence score ({@link org.opencac.engine.coding.EvidenceScore}).
 */
package org.opencac.engine.coding;
