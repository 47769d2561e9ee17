package org.opencac.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reading a comma-separated column of a rule file ("thoracentesis, paracentesis"): each item trimmed, blank
 * items skipped, letters as the caller asks. A list that must not be empty is refused by {@link #nonEmpty}, with
 * the caller's words, so a bad row fails at load (the rule file reader adds the file and the rule id).
 */
public final class RuleColumns {
    /** What is done with the letters of each item. */
    public enum Letters {
        /** Kept as written (codes, organism names, site names). */
        AS_WRITTEN,
        /** Lowered (header words matched against lowered text). */
        LOWERED,
        /** Kept, but an item with an upper-case letter is refused (words the file must write in lower case). */
        LOWER_ONLY
    }

    private RuleColumns() {
    }

    /** The items of {@code column}, as written; blank items skipped, so a blank column gives none. */
    public static List<String> items(String column) {
        return items(column, Letters.AS_WRITTEN);
    }

    /** The items of {@code column}, trimmed, blank ones skipped, their letters as {@code letters} says. */
    public static List<String> items(String column, Letters letters) {
        List<String> out = new ArrayList<>();
        for (String item : column.split(",")) {
            String t = item.trim();
            if (t.isEmpty()) {
                continue;
            }
            String lowered = t.toLowerCase(Locale.ROOT);
            if (letters == Letters.LOWER_ONLY && !t.equals(lowered)) {
                throw new IllegalArgumentException("words must be lower case, got " + t);
            }
            out.add(letters == Letters.LOWERED ? lowered : t);
        }
        return List.copyOf(out);
    }

    /** {@code items}, refused with {@code what} (why the list is needed) when empty. */
    public static List<String> nonEmpty(List<String> items, String what) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(what);
        }
        return items;
    }

    /**
     * The lowered words of a comma-separated column, as a set ("Fever, chills": fever, chills), for words looked
     * for in text. A blank item (",," or a comma at either end) is refused, since a blank word would be found in
     * any text; so is a word listed twice.
     */
    public static Set<String> wordSet(String column) {
        Set<String> out = new HashSet<>();
        for (String item : column.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1)) {
            if (item.isEmpty()) {
                throw new IllegalArgumentException("blank word in \"" + column.trim()
                        + "\" (a blank word would match any text)");
            }
            if (!out.add(item)) {
                throw new IllegalArgumentException("word listed twice in \"" + column.trim() + "\": " + item);
            }
        }
        return Set.copyOf(out);
    }
}
