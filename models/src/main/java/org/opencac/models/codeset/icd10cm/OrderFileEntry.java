package org.opencac.models.codeset.icd10cm;

/**
 * One line of a CMS/NCHS order file.
 *
 * @param order      the order number
 * @param code       the code with its dot, e.g. "E11.22"
 * @param billable   true if the flag is 1 (valid for HIPAA transactions)
 * @param shortTitle the abbreviated title
 * @param longTitle  the long title
 */
public record OrderFileEntry(int order, String code, boolean billable, String shortTitle, String longTitle) {
}
