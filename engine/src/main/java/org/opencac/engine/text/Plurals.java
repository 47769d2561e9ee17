package org.opencac.engine.text;

import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * The one plural rule the side and relative readers share: a word of more than three letters ending in a single
 * "s" is read without it ("limbs" is "limb", "knees" is "knee", "brothers" is "brother"); "ss" stays ("process"),
 * and a word of more than four letters ending in "ies" ends in "y" ("arteries" is "artery", "extremities" is
 * "extremity"), so a title that names a part in the plural ("bilateral carotid arteries") reads as one that names it
 * once ("right carotid artery").
 * A word singular as written though it ends in "ies" ({@code singular_words.txt}: "caries", "series") is kept.
 * The lexicon's own normalizer has a fuller rule for terms; this one is for the short closed word lists of those
 * readers, whose entries it was written for.
 */
public final class Plurals {
    private static final String SINGULAR_WORDS = "/org/opencac/engine/text/singular_words.txt";
    /** Words ending in "ies" that name one thing ("caries", "species"), lowercase. */
    private static final Set<String> SINGULAR = Set.copyOf(DataFiles.lines(SINGULAR_WORDS));

    private Plurals() {
    }

    /** The word with a plural "s" dropped, or the word itself. */
    public static String singular(String w) {
        if (SINGULAR.contains(w)) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
