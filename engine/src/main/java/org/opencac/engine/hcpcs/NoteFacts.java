package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.text.Token;

/**
 * Facts about the whole note that a HCPCS code may depend on, read only when a phrase asks for them:
 * whether the note names a word ("chemotherapy"), and the descriptor age word that fits the patient's
 * documented age ("adult" for a 45-year-old). Per note; not shared between threads.
 */
final class NoteFacts {
    static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})[- ](?:years?|yrs?)[- ]old\\b|\\b(\\d{1,3}) ?y/?o\\b|\\bage[d:]? {1,2}(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AREA = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:sq\\.?\\s*cm|cm2|cm\u00b2|square\\s+centimet(?:er|re)s?)"
                    + "|(\\d+(?:\\.\\d+)?)\\s*(?:x|\u00d7|by)\\s*(\\d+(?:\\.\\d+)?)\\s*cm\\b", Pattern.CASE_INSENSITIVE);

    private final Document doc;
    private final AgeBands bands;
    private String words;
    private Set<String> ageWords;
    private Optional<Integer> age;

    NoteFacts(Document doc, AgeBands bands) {
        this.doc = doc;
        this.bands = bands;
    }

    /** Whether the note names {@code key} (normalized words, e.g. "chemotherapy"). */
    boolean mentions(String key) {
        if (words == null) {
            StringBuilder b = new StringBuilder(" ");
            for (Token t : doc.tokens()) {
                if (!t.norm().isEmpty()) {
                    b.append(t.norm()).append(' ');
                }
            }
            words = b.toString();
        }
        return words.contains(" " + key + " ");
    }

    /** The descriptor age words that fit the first age the note documents (empty when none is). */
    Set<String> ageWords() {
        if (ageWords == null) {
            ageWords = age().map(a -> Set.copyOf(bands.wordsFor(a))).orElse(Set.of());
        }
        return ageWords;
    }

    /** The first age, in whole years, the note documents; empty when none is. Read once a note. */
    Optional<Integer> age() {
        if (age == null) {
            Matcher m = firstAge(doc.text());
            age = m == null ? Optional.empty() : Optional.of(Integer.parseInt(
                    m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return age;
    }

    /**
     * The first match of {@link #AGE} in the text, as {@code find()} gives it, or null. Tried only where a match can
     * start, at an ASCII digit or at "age" in any case (each alternative starts there): the regex searched from every
     * character of the note was 2.5% of the coding time of the MTSamples notes in a JFR profile.
     */
    static Matcher firstAge(String text) {
        Matcher m = AGE.matcher(text).useTransparentBounds(true);   // \b sees the character before the region
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            boolean canStart = c >= '0' && c <= '9' || (c == 'a' || c == 'A') && text.regionMatches(true, at, "age", 0, 3);
            if (canStart && m.region(at, text.length()).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** The area documented in a sentence, in square centimeters: "20 sq cm", "4 x 5 cm". */
    static Optional<Double> area(String sentence) {
        Matcher m = AREA.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? Double.parseDouble(m.group(1))
                : Double.parseDouble(m.group(2)) * Double.parseDouble(m.group(3)));
    }

    /**
     * The descriptor words for ages (a line of {@code hcpcs/age_words.tsv}: word, lowest and highest age).
     *
     * @param bands the bands in file order
     */
    record AgeBands(List<Band> bands) {
        record Band(String word, int from, int to) {
            Band {
                if (from < 0 || to < from) {
                    throw new IllegalArgumentException("bad age band " + word + " " + from + "-" + to);
                }
            }
        }

        List<String> wordsFor(int age) {
            return bands.stream().filter(b -> age >= b.from() && age <= b.to()).map(Band::word).toList();
        }

        static AgeBands load(String resource) {
            List<Band> out = new ArrayList<>();
            for (String[] c : DataFiles.table(resource, 3, 3)) {
                try {
                    out.add(new Band(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2])));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ": bad line '" + String.join("\t", c) + "'", e);
                }
            }
            return new AgeBands(List.copyOf(out));
        }
    }
}
