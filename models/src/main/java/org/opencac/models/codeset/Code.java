package org.opencac.models.codeset;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One code or header of a code set, as published, with its own Tabular notes.
 *
 * @param code           the code with its dot, e.g. "E11.22"
 * @param title          the long title
 * @param billable       true if valid for reporting (highest specificity)
 * @param parent         the code of the parent header, or null for a 3-character category
 * @param blockId        the Tabular block (section) id, e.g. "E08-E13", or "" if unknown
 * @param chapter        the chapter number as published, e.g. "4", or "" if unknown
 * @param notes          the notes written at this code in the Tabular (not inherited ones)
 * @param seventhCharacters 7th-character values that apply to this code (inherited), empty if none
 */
public record Code(String code, String title, boolean billable, String parent, String blockId, String chapter,
                   List<InstructionalNote> notes, List<SeventhCharacter> seventhCharacters) {
    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        seventhCharacters = List.copyOf(seventhCharacters);
    }

    /** The 3-character category, e.g. "E11" for "E11.22". */
    public String category() {
        return categoryOf(code);
    }

    /** The 3-character category of a code, e.g. "E11" for "E11.22" (a code of 3 characters or fewer: itself). */
    public static String categoryOf(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    /** True for a 7-character code with a 7th-character extension (S52.502A, T14.8XXA). */
    public boolean hasSeventh() {
        return CodeSet.dotlessLength(code) == 7 && !seventhCharacters.isEmpty();
    }

    /** The last character of the code: its 7th character when {@link #hasSeventh()}. */
    public char seventh() {
        return code.charAt(code.length() - 1);
    }

    /** The published meaning of one of this code's 7th characters ('D': "subsequent encounter ..."), or null. */
    public String seventhMeaning(char value) {
        for (SeventhCharacter c : seventhCharacters) {
            if (c.value() == value) {
                return c.meaning();
            }
        }
        return null;
    }

    /** The first of this code's 7th characters, in the table's order, whose meaning passes the test; null if none. */
    public SeventhCharacter firstSeventh(Predicate<String> meaning) {
        for (SeventhCharacter c : seventhCharacters) {
            if (meaning.test(c.meaning())) {
                return c;
            }
        }
        return null;
    }

    /** Notes of one type written at this code. */
    public List<InstructionalNote> notes(NoteType type) {
        return notes.stream().filter(n -> n.type() == type).toList();
    }
}
