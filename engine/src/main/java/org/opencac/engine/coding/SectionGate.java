package org.opencac.engine.coding;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.opencac.engine.DataFiles;
import org.opencac.engine.RuleColumns;
import org.opencac.engine.section.SectionType;

/**
 * Section gating: codes that a mention may produce only in some sections (data:
 * {@code code_section_rules.tsv}), e.g. long-term drug therapy only from the medication list or the plan,
 * or from a sentence of any section that has one of the rule's cue words (optional third column: "on
 * chronic treatment with warfarin" says the therapy is long-term where no list does), and never when a word of
 * the optional fourth column comes before the mention in its sentence ("will start warfarin", "reluctant to
 * recommend warfarin": a therapy begun or weighed now is not yet long-term). A cue of several words is read as
 * those words in a row, "_" standing for the mention itself ("under _": under anticoagulant therapy); the caller's
 * {@code sentenceHas} reads it so.
 * A section id the file names that is not a {@link SectionType} fails at load.
 */
public final class SectionGate {
    public static final String RESOURCE = "/org/opencac/engine/coding/code_section_rules.tsv";

    private final Map<String, Set<SectionType>> sectionsByPrefix;
    private final Map<String, List<Cue>> cuesByPrefix;
    private final Map<String, Set<String>> againstByPrefix;

    /**
     * A cue as written ({@code text}) and its words, split once at load: a cue of several words is those words in
     * a row, {@code mention} the place of "_" (the mention itself) among them, or -1.
     */
    public record Cue(String text, List<String> words, int mention) {
        static Cue of(String text) {
            List<String> words = List.of(text.split(" "));
            return new Cue(text, words, words.indexOf("_"));
        }
    }

    public SectionGate(Map<String, Set<SectionType>> sectionsByPrefix) {
        this(sectionsByPrefix, Map.of());
    }

    /** @param cuesByPrefix for a prefix, words of which one in the mention's sentence opens every section */
    public SectionGate(Map<String, Set<SectionType>> sectionsByPrefix, Map<String, Set<String>> cuesByPrefix) {
        this(sectionsByPrefix, cuesByPrefix, Map.of());
    }

    /**
     * @param againstByPrefix for a prefix, words of which one before the mention in its sentence closes every
     *                        section
     */
    public SectionGate(Map<String, Set<SectionType>> sectionsByPrefix, Map<String, Set<String>> cuesByPrefix,
                       Map<String, Set<String>> againstByPrefix) {
        // First matching prefix wins, in file order.
        this.sectionsByPrefix = Collections.unmodifiableMap(new LinkedHashMap<>(sectionsByPrefix));
        Map<String, List<Cue>> cues = new LinkedHashMap<>();
        cuesByPrefix.forEach((prefix, words) -> cues.put(prefix, words.stream().map(Cue::of).toList()));
        this.cuesByPrefix = Map.copyOf(cues);
        this.againstByPrefix = Map.copyOf(againstByPrefix);
    }

    public static SectionGate standard() {
        return parse(DataFiles.afterHeader(RESOURCE, "prefix\tsections\tcues\tagainst"), RESOURCE);
    }

    static SectionGate parse(List<String> lines, String name) {
        Map<String, Set<SectionType>> rules = new LinkedHashMap<>();
        Map<String, Set<String>> cues = new LinkedHashMap<>();
        Map<String, Set<String>> against = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 4 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(name
                        + ": prefix<TAB>sections[<TAB>cue words[<TAB>words against]] expected, got: " + line);
            }
            try {
                if (cols.length >= 3 && !cols[2].isBlank()) {
                    Set<String> cueWords = RuleColumns.wordSet(cols[2]);
                    for (String cue : cueWords) {
                        checkPhrase(cue);
                    }
                    cues.put(cols[0].trim(), cueWords);
                }
                if (cols.length == 4 && !cols[3].isBlank()) {
                    against.put(cols[0].trim(), RuleColumns.wordSet(cols[3]));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage() + ": " + line, e);
            }
            Set<SectionType> sections = EnumSet.noneOf(SectionType.class);
            for (String id : cols[1].trim().split("\\s*,\\s*")) {
                try {
                    sections.add(SectionType.fromId(id));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage() + ": " + line, e);
                }
            }
            rules.put(cols[0].trim(), Set.copyOf(sections));
        }
        return new SectionGate(rules, cues, against);
    }

    /** A cue of several words: single spaces, and "_" (the mention) at most once, beside another word. */
    private static void checkPhrase(String cue) {
        String[] words = cue.split(" ", -1);
        long mentions = Arrays.stream(words).filter("_"::equals).count();
        if (Arrays.asList(words).contains("") || mentions > 1 || words.length == 1 && mentions == 1) {
            throw new IllegalArgumentException("cue words in a row are single-spaced, with \"_\" (the mention) at most"
                    + " once beside another word, got \"" + cue + "\"");
        }
    }

    /** True unless a rule restricts this code to other sections. */
    public boolean allows(String code, SectionType section) {
        return allows(code, section, w -> false);
    }

    /**
     * True unless a rule restricts this code to other sections and the mention's sentence has none of the
     * rule's cue words ({@code sentenceHas} answers for a lowercase word).
     */
    public boolean allows(String code, SectionType section, Predicate<String> sentenceHas) {
        return allows(code, section, sentenceHas, w -> false);
    }

    /**
     * True unless a rule restricts this code to other sections and the mention's sentence has none of the
     * rule's cue words, or one of the rule's words against comes before the mention ({@code leadHas} answers
     * for a lowercase word among the sentence's words before the mention).
     */
    public boolean allows(String code, SectionType section, Predicate<String> sentenceHas,
                          Predicate<String> leadHas) {
        return allowsByCue(code, section, c -> sentenceHas.test(c.text()), leadHas);
    }

    /**
     * {@link #allows(String, SectionType, Predicate, Predicate)} with the
     * rule's cues given split into their words ({@link Cue}), as the ranking reads them for every mention.
     */
    public boolean allowsByCue(String code, SectionType section, Predicate<Cue> sentenceHas,
                               Predicate<String> leadHas) {
        for (Map.Entry<String, Set<SectionType>> e : sectionsByPrefix.entrySet()) {
            if (code.startsWith(e.getKey())) {
                if (againstByPrefix.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(leadHas)) {
                    return false;
                }
                return e.getValue().contains(section)
                        || cuesByPrefix.getOrDefault(e.getKey(), List.of()).stream().anyMatch(sentenceHas);
            }
        }
        return true;
    }
}
