package org.opencac.engine.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/** Finds measured values coded by range (BMI, NIHSS) and turns each into a mention of its code. */
public final class MeasurementFinder {
    public static final String RESOURCE = "/org/opencac/engine/mention/measurement_patterns.json";
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern AT_LEAST = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:or greater|or more|and over)");
    private static final Pattern BELOW = Pattern.compile("(?:less than|under|below)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ABOVE = Pattern.compile("(?:greater than|more than|over)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern EXACT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s*$");

    private final List<MeasurementRule> rules;
    private final CodeSet codeSet;

    /**
     * The triggers by their first character (below 128), each with its rule's place in {@link #rules}: a sentence
     * is read once for the triggers of every rule. Null when a trigger begins beyond ASCII or is empty (each rule's
     * triggers are then searched one by one).
     */
    private final int[][] triggersByFirst;
    private final String[] triggerWords;

    public MeasurementFinder(List<MeasurementRule> rules, CodeSet codeSet) {
        this.rules = List.copyOf(rules);
        this.codeSet = codeSet;
        List<String> words = new ArrayList<>();
        List<List<Integer>> byFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
        }
        boolean ascii = true;
        for (int r = 0; r < this.rules.size(); r++) {
            for (String t : this.rules.get(r).triggers()) {
                if (t.isEmpty() || t.charAt(0) >= 128) {
                    ascii = false;
                    continue;
                }
                byFirst.get(t.charAt(0)).add(words.size());
                words.add(t);
                byFirst.get(t.charAt(0)).add(r);
            }
        }
        this.triggerWords = words.toArray(new String[0]);
        this.triggersByFirst = ascii ? new int[128][] : null;
        if (ascii) {
            for (int c = 0; c < 128; c++) {
                triggersByFirst[c] = byFirst.get(c).isEmpty() ? null
                        : byFirst.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /**
     * Whether each rule has a trigger in the lower-cased text, read in one pass: at each character the triggers
     * beginning with it are compared in place. The same answers as {@link #containsAny} per rule.
     */
    boolean[] triggered(String lower) {
        boolean[] hit = new boolean[rules.size()];
        if (triggersByFirst == null) {
            for (int r = 0; r < hit.length; r++) {
                hit[r] = containsAny(lower, rules.get(r).triggers());
            }
            return hit;
        }
        for (int i = 0, n = lower.length(); i < n; i++) {
            char c = lower.charAt(i);
            int[] here = c < 128 ? triggersByFirst[c] : null;
            if (here == null) {
                continue;
            }
            for (int k = 0; k < here.length; k += 2) {
                if (!hit[here[k + 1]] && lower.startsWith(triggerWords[here[k]], i)) {
                    hit[here[k + 1]] = true;
                }
            }
        }
        return hit;
    }

    public static MeasurementFinder standard(CodeSet codeSet) {
        try (InputStream in = MeasurementFinder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            List<MeasurementRule> rules = new ArrayList<>();
            for (JsonNode r : new ObjectMapper().readTree(in).path("rules")) {
                try {
                    List<String> triggers = new ArrayList<>();
                    r.path("triggers").forEach(t -> triggers.add(t.asText().toLowerCase(Locale.ROOT)));
                    rules.add(MeasurementRule.of(r.path("id").asText(null), r.path("pattern").asText(""),
                            r.path("codePrefix").asText(null), r.path("titleContains").asText(""), triggers,
                            r.path("titleValue").asText(null)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + ": " + e.getMessage(), e);
                }
            }
            return new MeasurementFinder(rules, codeSet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules, in file order. */
    List<MeasurementRule> rules() {
        return rules;
    }

    /**
     * Appends a mention for every measured value in the sentence that a code's range holds. A value is read with
     * {@link Double#parseDouble}, so a sentence with nothing it could read ({@link #mayHoldNumber}), most
     * sentences, is not searched at all.
     */
    void find(String text, Sentence sentence, int sentenceIndex, List<Token> tokens, List<Mention> out) {
        if (!mayHoldNumber(text, sentence.span().start(), sentence.span().end())) {
            return;
        }
        String piece = text.substring(sentence.span().start(), sentence.span().end());
        String lower = piece.toLowerCase(Locale.ROOT);
        boolean[] triggered = triggered(lower);
        for (int r = 0; r < rules.size(); r++) {
            if (!triggered[r]) {
                continue;
            }
            MeasurementRule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(piece);
            while (m.find()) {
                double value = Double.parseDouble(m.group("value"));
                Optional<Code> code = codeFor(rule, value);
                if (code.isPresent()) {
                    Span span = new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
                    out.add(Mention.inSentence(span, span.coveredText(text),
                            List.of(new Term(m.group(), code.get().code(), TermSource.MEASUREMENT)),
                            sentenceIndex, sentence, tokens));
                }
            }
        }
    }

    /**
     * Whether text[start, end) holds something {@link Double#parseDouble} reads as a number: every such string
     * has an ASCII digit, or spells "NaN" or "Infinity".
     */
    static boolean mayHoldNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == 'N' && spells(text, i, end, "NaN")
                    || c == 'I' && spells(text, i, end, "Infinity")) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(String text, int at, int end, String word) {
        return at + word.length() <= end && text.startsWith(word, at);
    }

    static boolean containsAny(String lower, List<String> triggers) {
        for (String t : triggers) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    Optional<Code> codeFor(MeasurementRule rule, double value) {
        for (Code c : codeSet.billableDescendants(rule.codePrefix())) {
            String title = c.title();
            if (!rule.titleContains().isEmpty()
                    && !title.toLowerCase(Locale.ROOT).contains(rule.titleContains().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (holds(title, value) || rule.titleValue() != null && equalsTitleValue(rule.titleValue(), title, value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean equalsTitleValue(Pattern titleValue, String title, double v) {
        Matcher m = titleValue.matcher(title);
        return m.find() && Math.abs(Double.parseDouble(m.group("value")) - v) < 1e-9;
    }

    static boolean holds(String title, double v) {
        Matcher m = RANGE.matcher(title);
        if (m.find()) {
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(2));
            double top = m.group(2).contains(".") ? hi + 0.1 : hi + 1;
            return v >= lo && v < top - 1e-9;
        }
        m = AT_LEAST.matcher(title);
        if (m.find()) {
            return v >= Double.parseDouble(m.group(1));
        }
        m = BELOW.matcher(title);
        if (m.find()) {
            return v < Double.parseDouble(m.group(1));
        }
        m = ABOVE.matcher(title);
        if (m.find()) {
            return v > Double.parseDouble(m.group(1));
        }
        m = EXACT.matcher(title);
        return m.find() && Math.abs(Double.parseDouble(m.group(1)) - v) < 1e-9;
    }
}
