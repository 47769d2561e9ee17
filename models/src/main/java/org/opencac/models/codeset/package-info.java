/**
 * Immutable code-set model: {@link org.opencac.models.codeset.CodeSet} of
 * {@link org.opencac.models.codeset.Code}s with chapters, blocks and Tabular notes. Notes inherit down
 * the hierarchy ({@code effectiveNotes}); every code set carries its {@link org.opencac.models.codeset.CodeSetVersion}.
 * Trap: codes are always stored with their dot ("E11.22"); use {@code CodeSet.normalize} on input.
 */
package org.opencac.models.codeset;
