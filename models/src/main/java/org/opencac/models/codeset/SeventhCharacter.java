package org.opencac.models.codeset;

/**
 * One 7th-character value of a category, e.g. 'A' = "initial encounter for closed fracture".
 *
 * @param value   the character
 * @param meaning its published meaning
 */
public record SeventhCharacter(char value, String meaning) {
}
