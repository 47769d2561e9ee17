package org.opencac.models.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.opencac.models.io.Resources;
import org.opencac.models.io.TsvRows;

/**
 * The American spelling of a British medical word ("oedema": "edema", "haemorrhage": "hemorrhage", "tumour":
 * "tumor"), as the code sets print it, so a note written in British English reaches the same titles. The parts
 * rewritten are data ({@code british_spellings.tsv}); a word holding none of the digraphs "ae", "oe" or the
 * ending "our" is returned as it is, without a scan of the table.
 */
public final class BritishSpelling {
    public static final String RESOURCE = "lexicon/british_spellings.tsv";
    private static final String[][] PARTS = load();

    private BritishSpelling() {
    }

    /** The American spelling of a lower-case word; the word itself when it has no British part. */
    public static String american(String word) {
        if (!mayBeBritish(word)) {
            return word;
        }
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < word.length()) {
            String[] hit = null;
            for (String[] p : PARTS) {
                if (word.startsWith(p[0], i)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(word.length());
            }
            out.append(word, copied, i).append(hit[1]);
            i += hit[0].length();
            copied = i;
        }
        return out == null ? word : out.append(word, copied, word.length()).toString();
    }

    /** Whether the word holds "ae", "oe" or "our": every British part does. Runs for every word of a note. */
    private static boolean mayBeBritish(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'e' && (w.charAt(i - 1) == 'a' || w.charAt(i - 1) == 'o')
                    || c == 'r' && i >= 2 && w.charAt(i - 1) == 'u' && w.charAt(i - 2) == 'o') {
                return true;
            }
        }
        return false;
    }

    private static String[][] load() {
        List<String[]> rows = new ArrayList<>();
        TsvRows.read(Resources.bundled(RESOURCE), RESOURCE, h -> String.join("\t", h).equals("british\tamerican"),
                "british<TAB>american", (f, lineNo) -> {
                    if (f.length != 2 || f[0].isBlank() || f[1].isBlank()
                            || !f[0].equals(f[0].toLowerCase(java.util.Locale.ROOT))
                            || !(f[0].contains("ae") || f[0].contains("oe") || f[0].contains("our"))) {
                        throw new IllegalArgumentException(RESOURCE + ": bad row \"" + String.join("\t", f) + "\"");
                    }
                    rows.add(new String[] {f[0], f[1]});
                });
        return rows.toArray(new String[0][]);
    }
}
