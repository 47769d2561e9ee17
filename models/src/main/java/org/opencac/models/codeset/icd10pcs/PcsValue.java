package org.opencac.models.codeset.icd10pcs;

/**
 * One value of a PCS character (axis) in a table: its character and its label, e.g. {@code 0 "Open"}.
 *
 * @param code  the character
 * @param label the publisher's label
 */
public record PcsValue(char code, String label) {
}
