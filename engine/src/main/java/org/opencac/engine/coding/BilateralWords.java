package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * The bundled word list of both sides ({@code bilateral_words.txt}), read by kind: "word" (a word that says both
 * sides), "paired" (a paired part "both" or "bilateral" may precede), "each" (a paired part "each" before says both
 * sides) and "plural" (a paired part in the plural, "feet", "knees", which in a mention's own words says both
 * sides). Read by the bilateral check and by the code resolver, which gives a mention writing a plural part no
 * side of another mention.
 */
public final class BilateralWords {
    public static final String FILE = "/org/opencac/engine/convention/bilateral_words.txt";

    private BilateralWords() {
    }

    /** The words of each kind (mutable copies); a bad line fails naming the file. */
    public static Map<String, Set<String>> byKind() {
        Map<String, Set<String>> kinds = Map.of("word", new HashSet<>(), "paired", new HashSet<>(),
                "each", new HashSet<>(), "plural", new HashSet<>());
        for (String line : DataFiles.lines(FILE)) {
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalArgumentException(FILE + ": expected 'word WORD' or 'paired WORD': " + line);
            }
            Set<String> kind = kinds.get(f[0]);
            if (kind == null) {
                throw new IllegalArgumentException(FILE + ": unknown kind '" + f[0] + "': " + line);
            }
            kind.add(f[1]);
        }
        return kinds;
    }

    /** The plurals of paired parts ("feet", "knees"). */
    public static Set<String> pluralParts() {
        return Set.copyOf(byKind().get("plural"));
    }
}
