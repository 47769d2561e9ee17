package org.opencac.engine.convention;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Plurals;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.lexicon.Term;

/**
 * Whether an Excludes1 note lists, by words, the very condition a candidate's mentions tell. A note may send one
 * condition of a code that holds several to it: "ureteric stricture without hydronephrosis (N13.5)" at N28.8 names
 * the stricture, one of "Crossing vessel and stricture of ureter without hydronephrosis"; an obstruction of the
 * ureteropelvic junction, which the Index also codes there, is no condition the note lists, and a kidney disorder
 * of N28.8 and that obstruction are unrelated conditions, both reported (Guidelines I.A.12.a, the exception for
 * unrelated conditions). The words count only where the note names one code written in full (no range, no
 * category "N13.-") whose title it does not repeat whole: a note naming a range or a category, or a code's whole
 * condition ("type 1 diabetes mellitus (E10.-)", "hydroureter (N13.4)"), lists every condition coded there,
 * whatever words the note used. A category named for a condition "NOS" ("radiculitis NOS (M54.1-)" at G50-G59)
 * lists only that condition told without detail: a condition of the category told in words of its own (a cervical
 * radiculopathy beside a median nerve lesion) is not the one the note keeps apart.
 */
final class ListedConditionWords {
    /** The bundled words that name no condition. */
    static final String FILE = "/org/opencac/engine/convention/excluded_condition_function_words.txt";

    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");

    private final Set<String> functionWords;

    ListedConditionWords(Set<String> functionWords) {
        this.functionWords = Set.copyOf(functionWords);
    }

    /** The bundled list. */
    static ListedConditionWords bundled() {
        return new ListedConditionWords(Set.copyOf(DataFiles.lines(FILE)));
    }

    /**
     * True if the note names the excluded candidate's code alone, in words that list only part of its title, and
     * no mention of the candidate shares a word naming a condition with those words nor with the other candidate's
     * mentions (a rectal polyp told again as a benign neoplasm of the rectum is one lesion), nor is read from the
     * same words as the other: the candidate tells a condition of its own that the note does not list.
     */
    boolean unlisted(Document doc, CodeSet codeSet, InstructionalNote note, CodeCandidate excluded,
                     CodeCandidate other) {
        Set<String> listed = listedWords(note.text(), excluded.code());
        if (listed.isEmpty() || excluded.mentions().isEmpty() || other.mentions().isEmpty()) {
            return false;
        }
        String title = codeSet.get(excluded.code()).map(c -> c.title()).orElse("");
        if (listed.containsAll(content(TitleWords.withoutParentheses(title)))) {
            return false;   // the note repeats the code's whole title: it lists every condition coded there
        }
        Set<String> otherWords = new LinkedHashSet<>();
        for (int k : other.mentions()) {
            otherWords.addAll(content(doc.mentions().get(k).text()));
        }
        for (int m : excluded.mentions()) {
            Mention mention = doc.mentions().get(m);
            if (other.mentions().contains(m) || overlaps(mention, other, doc)) {
                return false;   // one phrase read as both codes: one condition
            }
            if (shares(mention, excluded.code(), listed) || !java.util.Collections.disjoint(content(mention.text()),
                    otherWords)) {
                return false;   // the listed condition, or the other's condition told again ("polyp in the rectum")
            }
        }
        return true;
    }

    /**
     * The condition words written before the one parenthesis that names {@code code} alone, back to the previous
     * parenthesis; empty if no parenthesis names it so.
     */
    Set<String> listedWords(String text, String code) {
        Matcher m = PARENS.matcher(text);
        int from = 0;
        while (m.find()) {
            String inside = m.group(1).trim();
            String before = text.substring(from, m.start());
            if (CodePattern.isCode(inside) && inside.equals(code)
                    || NOS.matcher(before).find() && namesCategoryOf(inside, code)) {
                return content(before);
            }
            from = m.end();
        }
        return Set.of();
    }

    /** "NOS" (not otherwise specified) as a word. */
    private static final Pattern NOS = Pattern.compile("\\bNOS\\b");

    /** Whether the text is a category written with its dash ("M54.1-", "F03.-") that holds the code. */
    private static boolean namesCategoryOf(String inside, String code) {
        if (!inside.endsWith("-")) {
            return false;
        }
        String category = inside.substring(0, inside.length() - 1);
        category = category.endsWith(".") ? category.substring(0, category.length() - 1) : category;
        return CodePattern.isCode(category) && code.startsWith(category) && !code.equals(category);
    }

    private boolean shares(Mention mention, String code, Set<String> listed) {
        Set<String> words = new LinkedHashSet<>(content(mention.text()));
        for (Term t : mention.terms()) {
            if (t.code().equals(code)) {
                words.addAll(content(t.text()));
            }
        }
        for (String w : words) {
            if (listed.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Mention mention, CodeCandidate other, Document doc) {
        for (int k : other.mentions()) {
            Mention o = doc.mentions().get(k);
            if (o.span().start() < mention.span().end() && mention.span().start() < o.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** The words of the text that may name a condition, a plural read as its singular. */
    Set<String> content(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : TitleWords.words(text.toLowerCase(Locale.ROOT))) {
            if (!functionWords.contains(w)) {
                out.add(Plurals.singular(w, Plurals.CONDITION_WORDS));
            }
        }
        return out;
    }
}
