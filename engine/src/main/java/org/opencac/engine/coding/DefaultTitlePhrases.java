package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencac.engine.DataFiles;

/**
 * What a Tabular title prints to say a detail is not documented ({@code default_title_phrases.tsv}): the phrases
 * counted as a default code's marks, and every such phrase, for the stages that leave them out of a title's
 * words. Read once; the one source for {@link CodeResolver#defaultMarks} and SameConditionCheck.
 *
 * @param eachMarks phrases counted once each time a title writes them ("unspecified")
 * @param endMarks  phrases counted once when a title ends with them ("without complications")
 * @param marks     phrases counted once when a title writes them anywhere ("not specified as")
 * @param phrases   phrases saying a detail is not documented that are no mark ("uncomplicated")
 */
public record DefaultTitlePhrases(List<String> eachMarks, List<String> endMarks, List<String> marks,
                                  List<String> phrases) {
    public static final String RESOURCE = "/org/opencac/engine/coding/default_title_phrases.tsv";

    private static final DefaultTitlePhrases BUNDLED = read(RESOURCE);

    public DefaultTitlePhrases {
        eachMarks = List.copyOf(eachMarks);
        endMarks = List.copyOf(endMarks);
        marks = List.copyOf(marks);
        phrases = List.copyOf(phrases);
        if (eachMarks.isEmpty()) {
            throw new IllegalArgumentException("default title phrases: needs an each_mark row");
        }
    }

    /** The bundled phrases. */
    public static DefaultTitlePhrases bundled() {
        return BUNDLED;
    }

    /** The phrases of a "kind TAB phrase" file ({@link DataFiles#kinds}), lowercased. */
    static DefaultTitlePhrases read(String resource) {
        List<String> each = new ArrayList<>();
        List<String> end = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        List<String> other = new ArrayList<>();
        DataFiles.kinds(resource, Map.of(
                "each_mark", v -> each.add(v.toLowerCase(Locale.ROOT)),
                "end_mark", v -> end.add(v.toLowerCase(Locale.ROOT)),
                "mark", v -> anywhere.add(v.toLowerCase(Locale.ROOT)),
                "phrase", v -> other.add(v.toLowerCase(Locale.ROOT))));
        return new DefaultTitlePhrases(each, end, anywhere, other);
    }

    /**
     * How much of a condition a title leaves undocumented: one per time it writes an {@link #eachMarks} phrase, one
     * per {@link #endMarks} phrase it ends with and one per {@link #marks} phrase it writes. Zero for a specific
     * code.
     */
    public int marks(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int n = 0;
        for (String p : eachMarks) {
            for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                n++;
            }
        }
        for (String p : endMarks) {
            if (t.endsWith(p)) {
                n++;
            }
        }
        for (String p : marks) {
            if (t.contains(p)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a title writes an {@link #eachMarks} phrase ("unspecified") in any case. */
    public boolean saysUnspecified(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return eachMarks.stream().anyMatch(t::contains);
    }

    /**
     * Whether a title writes a {@link #phrases} phrase ("uncomplicated", "not having achieved remission"): of a
     * header's children, the one a note that documents no more detail is coded to.
     */
    public boolean writesPhrase(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(t::contains);
    }

    /**
     * A title, lowercased, with its {@link #phrases} left out ("..., unspecified weeks of gestation"): what it
     * adds to its header's title apart from the details it says are not documented.
     */
    public String withoutPhrases(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            t = t.replace(p, " ");
        }
        return t.strip();
    }

    /** Every phrase, found in any case anywhere in a title: what a title leaving the phrases out removes. */
    public Pattern anyPhrase() {
        return Pattern.compile(Stream.of(eachMarks, endMarks, marks, phrases).flatMap(List::stream)
                .map(Pattern::quote).collect(Collectors.joining("|", "(?i)", "")));
    }
}
