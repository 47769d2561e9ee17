package org.opencac.engine.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.lookup.WrittenWordGate;
import org.opencac.models.index.AbbreviationMap;

/**
 * A limb a note names with a side abbreviation read as the Tabular writes it: "RLE" is "right lower extremity",
 * "LUE" "left upper extremity", "BLE" "bilateral lower extremities", so that "deep vein thrombosis of the LLE"
 * selects the left lower extremity code as the words written out do (Guidelines I.B.13). The abbreviations are
 * the rows of the clinical abbreviation list whose expansion is a side word and a limb ({@link #LIMB_WORDS});
 * any case, whole words only. Where no limb code is in question the added words select nothing.
 */
final class LimbSides {
    /** The last word of an expansion that makes it a limb's. */
    private static final Set<String> LIMB_WORDS = Set.of("extremity", "extremities", "limb", "limbs");
    private static final String ABBREVIATIONS = "/org/opencac/models/" + AbbreviationMap.RESOURCE;
    /** Side-and-limb abbreviations (lower case) and their expansions. */
    private static final Map<String, String> EXPANSIONS = expansions();
    /**
     * The abbreviations' lengths and first letters, so a word of another length or first letter (most words of a
     * text) is passed over without a lower-cased copy and a lookup.
     */
    private static final WrittenWordGate GATE = WrittenWordGate.of(EXPANSIONS.keySet());

    private LimbSides() {
    }

    /** The text with each side-and-limb abbreviation written out; the text itself when it has none. */
    static String writtenOut(String text) {
        if (text == null || EXPANSIONS.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (GATE.mayBe(text, start, i)) {
                String exp = EXPANSIONS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (exp != null) {
                    if (out == null) {
                        out = new StringBuilder(n + 32);
                    }
                    out.append(text, copied, start).append(exp);
                    copied = i;
                }
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static Map<String, String> expansions() {
        Set<String> sides = Set.copyOf(DataFiles.lines(TabularResolution.LATERALITY_WORDS));
        Map<String, String> out = new HashMap<>();
        try (InputStream in = LimbSides.class.getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                return Map.of();
            }
            for (Map.Entry<String, String> e : AbbreviationMap.read(in, ABBREVIATIONS).entrySet()) {
                String[] words = e.getValue().toLowerCase(Locale.ROOT).split(" ");
                if (words.length >= 2 && sides.contains(words[0]) && LIMB_WORDS.contains(words[words.length - 1])
                        && e.getKey().chars().allMatch(Character::isLetter)) {
                    out.put(e.getKey(), String.join(" ", words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
