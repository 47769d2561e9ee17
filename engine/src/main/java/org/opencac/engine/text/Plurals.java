package org.opencac.engine.text;

import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * The plural rule of the engine's short closed word lists: a word ending in a single "s" is read without it ("limbs"
 * is "limb", "knees" is "knee", "brothers" is "brother"); "ss" stays ("process"), and a word of more than four
 * letters ending in "ies" ends in "y" ("arteries" is "artery", "extremities" is "extremity"), so a title that names a
 * part in the plural ("bilateral carotid arteries") reads as one that names it once ("right carotid artery").
 * How short a word is kept as written, which endings are kept, and whether the singular-word list is read are the
 * reader's {@link Options}: the side and relative readers use {@link #LISTS}, the listed-condition words of an
 * Excludes1 note {@link #CONDITION_WORDS}.
 * The lexicon's own normalizer has a fuller rule for terms; this one is for the short closed word lists of those
 * readers, whose entries it was written for.
 */
public final class Plurals {
    private static final String SINGULAR_WORDS = "/org/opencac/engine/text/singular_words.txt";
    /** Words ending in "ies" that name one thing ("caries", "species"), lowercase. */
    private static final Set<String> SINGULAR = Set.copyOf(DataFiles.lines(SINGULAR_WORDS));

    /**
     * The options of one reader of plurals.
     *
     * @param longestKept   a word of this many letters or fewer is kept as written
     * @param keptEndings   a word with one of these endings is kept as written
     * @param singularWords whether the words of {@code singular_words.txt} ("caries", "series") are kept as written
     */
    public record Options(int longestKept, List<String> keptEndings, boolean singularWords) {
        public Options {
            if (longestKept < 3) {
                throw new IllegalArgumentException("a word of three letters or fewer has no plural to drop");
            }
            keptEndings = List.copyOf(keptEndings);
        }
    }

    /** The side and relative readers: words of more than three letters, and the singular-word list kept. */
    public static final Options LISTS = new Options(3, List.of(), true);
    /**
     * The words of a condition a note lists: four-letter words, and the Latin and Greek singulars in "-is", "-us"
     * ("stenosis", "calculus") and "-tes" ("diabetes") kept as written; no singular-word list.
     */
    public static final Options CONDITION_WORDS = new Options(4, List.of("is", "us", "tes"), false);

    private Plurals() {
    }

    /** The word with a plural "s" dropped, or the word itself ({@link #LISTS}). */
    public static String singular(String w) {
        return singular(w, LISTS);
    }

    /** The word with a plural "s" dropped, or the word itself, as {@code options} read it. */
    public static String singular(String w, Options options) {
        if (w.length() <= options.longestKept() || (options.singularWords() && SINGULAR.contains(w))) {
            return w;
        }
        List<String> kept = options.keptEndings();
        for (int i = 0; i < kept.size(); i++) {   // by index: no iterator made for each word
            if (w.endsWith(kept.get(i))) {
                return w;
            }
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
