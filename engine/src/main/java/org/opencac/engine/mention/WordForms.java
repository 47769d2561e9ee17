package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.CodeTableFile;
import org.opencac.engine.DataFiles;
import org.opencac.engine.RuleLines;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.KeyFilter;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The lexicon word an adjectival or inflected form stands for ("hypotensive": hypotension, "melenic":
 * melena, "renal": kidney), so the dictionary finds "hypotensive patient" and "renal cyst" as a coder
 * reads them. Built once per model from the Index's own word forms ("Pruritus, pruritic"), derivation rules
 * applied to the lexicon's one-word terms, and a curated list of site adjectives ({@code word_forms.tsv}).
 * A form that is a lexicon word itself is never rewritten, and a form two nouns derive is dropped.
 */
public final class WordForms {
    private static final String HEADER = "kind\ta\tb";
    public static final String RESOURCE = "/org/opencac/engine/mention/word_forms.tsv";
    /** Derived forms shorter than this are never used: short words are too often other words. */
    private static final int MIN_FORM = 6;
    /**
     * The Index's own forms may be shorter ("Gout, gouty"): a form the Index prints beside its noun is one a
     * derivation rule did not guess.
     */
    private static final int MIN_PRINTED_FORM = 5;
    /** A spelling the Index prints beside its noun ("Discitis, diskitis") differs from it in so many letters at most. */
    private static final int MAX_SPELLING_EDITS = 2;
    /** ... and both are at least this long: shorter one-word titles pair a noun with its modifier. */
    private static final int MIN_SPELLING_LENGTH = 6;

    private final Map<String, String> base;
    /** The shortest form: a shorter word is never looked up. */
    private final int shortest;
    /**
     * Answers "no form" for most words without touching {@link #base}: every word of a note is asked, by several
     * stages, and a probe of the large map misses the processor's cache.
     */
    private final KeyFilter forms;

    WordForms(Map<String, String> base) {
        // A HashMap, not Map.copyOf: most lookups are of words without a form, and a HashMap rejects those on the
        // stored hash, where the immutable map compares the strings of each probed slot.
        this.base = java.util.Collections.unmodifiableMap(new HashMap<>(base));
        this.shortest = base.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        this.forms = new KeyFilter(this.base.keySet(), List.of());
    }

    /** No forms: every word is read as written. */
    public static WordForms none() {
        return NONE;
    }

    private static final WordForms NONE = new WordForms(Map.of());

    /** The lexicon word {@code norm} (a token's normalized word) stands for, or null. */
    public String base(String norm) {
        return norm.length() < shortest || (forms.flags(norm) & KeyFilter.KEY) == 0 ? null : base.get(norm);
    }

    public int size() {
        return base.size();
    }

    /** The forms whose lexicon word, or one of its words, is one of {@code words}. */
    public Set<String> formsReading(Set<String> words) {
        Set<String> out = new HashSet<>();
        base.forEach((form, noun) -> {
            for (String w : noun.split(" ")) {
                if (words.contains(w)) {
                    out.add(form);
                }
            }
        });
        return out;
    }

    public static WordForms standard(Lexicon lexicon, AlphabeticIndex index) {
        return build(DataFiles.afterHeader(RESOURCE, HEADER), RESOURCE, lexicon, index);
    }

    /**
     * As {@link #standard(Lexicon, AlphabeticIndex)}, the forms kept in {@code cacheDir} (the models' cache
     * directory, {@link org.opencac.models.index.CodeIndex#derivedDir}, one per lexicon and Index): read from there
     * instead of deriving them from every one-word key of the lexicon at each start.
     */
    public static WordForms standard(Lexicon lexicon, AlphabeticIndex index, java.util.Optional<java.nio.file.Path> cacheDir) {
        if (cacheDir.isEmpty()) {
            return standard(lexicon, index);
        }
        List<String> lines = DataFiles.afterHeader(RESOURCE, HEADER);
        String key = CodeTableFile.key(List.of("word forms: the lexicon word of each form",
                Integer.toString(lexicon.size()), Integer.toString(index == null ? -1 : index.mainTerms().size()), String.join("\n", lines)),
                List.of(WordForms.class, TermNormalizer.class, AlphabeticIndex.class, Lexicon.class));
        return CodeTableFile.readOrBuild(cacheDir.get().resolve("word-forms-" + key.substring(0, 16) + ".bin"), key,
                () -> build(lines, RESOURCE, lexicon, index).table(), WordForms::fromTable);
    }

    /** As a table of the file: each form, sorted, and its lexicon word. */
    Map<String, List<String>> table() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(base).forEach((form, noun) -> out.put(form, List.of(noun)));
        return out;
    }

    static WordForms fromTable(Map<String, List<String>> table) {
        Map<String, String> base = new HashMap<>(table.size() * 2);
        table.forEach((form, row) -> {
            if (row.size() != 1) {
                throw new IllegalStateException("a form needs one lexicon word: " + form);
            }
            base.put(form, row.get(0));
        });
        return new WordForms(base);
    }

    /** The forms and their lexicon words (for tests). */
    Map<String, String> forms() {
        return base;
    }

    /** Builds the forms from the rule lines (the data file's format), a lexicon and an Index (null: none). */
    static WordForms build(List<String> lines, String source, Lexicon lexicon, AlphabeticIndex index) {
        List<String[]> rules = new ArrayList<>();
        Map<String, String> curated = new HashMap<>();
        Set<String> stop = new HashSet<>();
        for (String line : lines) {
            String[] f = RuleLines.kindRow(line, source);
            switch (f[0]) {
                case "rule" -> {
                    RuleLines.require(f.length > 2 && !f[2].isBlank(), source, line);
                    rules.add(new String[] {f[1].trim(), f[2].trim()});
                }
                case "form" -> {
                    RuleLines.require(f.length > 2 && !f[2].isBlank(), source, line);
                    curated.put(TermNormalizer.key(f[1]), TermNormalizer.key(f[2]));
                }
                case "stop" -> stop.add(TermNormalizer.key(f[1]));
                default -> throw new IllegalArgumentException(source + ": unknown kind in \"" + line + "\"");
            }
        }
        Map<String, String> derived = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> printed = new HashSet<>();
        if (index != null) {
            for (IndexTerm main : index.mainTerms()) {
                List<String> forms = oneWordForms(AlphabeticIndex.termText(main.title()));
                for (int i = 1; i < forms.size(); i++) {
                    add(derived, ambiguous, forms.get(i), forms.get(0));
                    printed.add(forms.get(i));
                }
            }
        }
        for (String key : lexicon.entries().keySet()) {
            if (key.indexOf(' ') >= 0 || !key.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (String[] r : rules) {
                if (key.endsWith(r[0]) && key.length() > r[0].length() + 2) {
                    add(derived, ambiguous, key.substring(0, key.length() - r[0].length()) + r[1], key);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        derived.forEach((form, noun) -> {
            if (!ambiguous.contains(form) && form.length() >= (printed.contains(form) ? MIN_PRINTED_FORM : MIN_FORM)
                    && !stop.contains(form)
                    && lexicon.lookup(form).isEmpty() && !lexicon.lookup(noun).isEmpty()) {
                out.put(form, noun);
            }
        });
        curated.forEach((form, noun) -> {
            if (!stop.contains(form)) {
                out.put(form, noun);
            }
        });
        return new WordForms(out);
    }

    /**
     * The forms of one word a main-term title prints ("Pruritus, pruritic"; a spelling, "Discitis, diskitis"), first
     * the noun; else empty. A later word that shares neither the noun's first four letters nor its spelling is
     * a modifier ("Pancolitis, ulcerative"), and the title gives no forms.
     */
    static List<String> oneWordForms(String title) {
        String[] parts = title.split(",");
        if (parts.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            List<String> w = TermNormalizer.words(p);
            if (w.size() != 1 || w.get(0).length() < 4 || !out.isEmpty()
                    && !w.get(0).regionMatches(0, out.get(0), 0, 4) && !isSpelling(w.get(0), out.get(0))) {
                return List.of();
            }
            out.add(w.get(0));
        }
        return out;
    }

    /** Two spellings of one word: long words, the same first two letters, at most two letters changed. */
    static boolean isSpelling(String a, String b) {
        return a.length() >= MIN_SPELLING_LENGTH && b.length() >= MIN_SPELLING_LENGTH
                && a.regionMatches(0, b, 0, 2) && editDistance(a, b) <= MAX_SPELLING_EDITS;
    }

    /** The Levenshtein distance: letters inserted, deleted or replaced to turn one word into the other. */
    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private static void add(Map<String, String> derived, Set<String> ambiguous, String form, String noun) {
        if (form.equals(noun)) {
            return;
        }
        String before = derived.putIfAbsent(form, noun);
        if (before != null && !before.equals(noun)) {
            ambiguous.add(form);
        }
    }
}
