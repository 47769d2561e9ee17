/**
 * Loaders for the publishers' ICD-10-CM files: the order file (authoritative codes, titles, billable
 * flags), the Tabular XML (notes, 7th characters) and the index XML files (Neoplasm table, Table of
 * Drugs, External Cause index). A newer year's files are a drop-in.
 */
package org.opencac.models.codeset.icd10cm;
