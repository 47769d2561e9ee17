/**
 * ICD-10-PCS (inpatient procedures) as a code-system plug-in: procedure words, performed filter,
 * characters built inside the CMS tables, suggestions and provider queries. Word lists are data files
 * in {@code resources/org/opencac/engine/pcs/}.
 */
package org.opencac.engine.pcs;
