package org.opencac.engine.assertion;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;

/**
 * A dictated form field "Label: value" whose value is empty or denies ("Drug use: ,", "Tobacco: none.",
 * "Alcohol: denies") negates the mention its label names: the form asked and the answer was no. The label is
 * the mention followed by its colon, at most {@link #LABEL_TAIL} words between ("Tobacco use: no"); the value
 * runs from the colon to the next comma, semicolon, period, colon or line break, or the sentence's end. A value
 * that says anything else ("Tobacco: 1 ppd", "Alcohol: occasional") leaves the label as it is. A field dictated
 * without its colon, the label opening its sentence and a denying value ending it ("Smokes none."), denies as well.
 * A value told as a sentence with its subject ("Suicidal ideation: The patient denies.", "He denies on admission")
 * is compared without the subject, so the subject words of the data ({@code subject} lines) need no value lines
 * of their own. A value that says the question could not be answered ("Psychosis: unable to elicit information to
 * make this assessment.") leaves the field unanswered, as an empty one: it opens with one of the {@code opening}
 * lines, followed by anything. A label may name two things joined by a mark ("Suicidal/Homicidal: unable to assess"):
 * the value answers both, so the first is as denied as the one before the colon ({@code joiner} lines).
 * Data: {@code denied_field_values.txt} (the denying values, compared with the whole value; the subjects; the
 * openings of an unanswered field; the marks that join two things of one label).
 */
public final class DeniedField {
    public static final String DATA = "/org/opencac/engine/assertion/denied_field_values.txt";
    /** The cue recorded when a field's value denies its label. */
    public static final String CUE = "field_value_denies";
    /** How many words of the label may follow the mention before its colon ("Tobacco use:", "Drug abuse hx:"). */
    private static final int LABEL_TAIL = 2;
    /** How many words the next field's label may have when a field left empty runs into it ("Drug use: ,Occupation:"). */
    private static final int NEXT_LABEL = 3;
    private static final Set<String> VALUE_ENDS = Set.of(",", ";", ".", ":");

    private static final String SUBJECT = "subject\t";
    private static final String OPENING = "opening\t";
    private static final String JOINER = "joiner\t";

    private final Set<String> values;
    private final Set<String> subjects;
    private final Set<String> openings;
    private final Set<String> joiners;

    public DeniedField(Set<String> values) {
        this(values, Set.of());
    }

    /** With the subjects ("the patient", "he") a value may open with before its denying words. */
    public DeniedField(Set<String> values, Set<String> subjects) {
        this(values, subjects, Set.of());
    }

    /** With the openings of a value that leaves the field unanswered ("unable to assess"). */
    public DeniedField(Set<String> values, Set<String> subjects, Set<String> openings) {
        this(values, subjects, openings, Set.of());
    }

    /** With the marks that join two things of one label ("/" in "Suicidal/Homicidal:"). */
    public DeniedField(Set<String> values, Set<String> subjects, Set<String> openings, Set<String> joiners) {
        this.values = Set.copyOf(values);
        this.subjects = Set.copyOf(subjects);
        this.openings = Set.copyOf(openings);
        this.joiners = Set.copyOf(joiners);
    }

    /** With the bundled denying values. */
    public static DeniedField standard() {
        Set<String> values = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        Set<String> openings = new HashSet<>();
        Set<String> joiners = new HashSet<>();
        for (String line : DataFiles.lines(DATA)) {
            if (line.startsWith(SUBJECT)) {
                subjects.add(line.substring(SUBJECT.length()).trim().toLowerCase(Locale.ROOT));
            } else if (line.startsWith(OPENING)) {
                openings.add(line.substring(OPENING.length()).trim().toLowerCase(Locale.ROOT));
            } else if (line.startsWith(JOINER)) {
                joiners.add(line.substring(JOINER.length()).trim());
            } else {
                values.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return new DeniedField(values, subjects, openings, joiners);
    }

    /** True if the mention ending at {@code end} (exclusive) labels a field whose value is empty or denies. */
    boolean denies(String text, List<Token> tokens, Sentence s, int end) {
        int colon = end;
        while (colon < s.endToken() && colon - end <= LABEL_TAIL && !tokens.get(colon).text().equals(":")) {
            if (tokens.get(colon).isPunctuation() && !joinsLabel(tokens, colon, s)
                    || breaksLine(text, tokens, colon)) {
                return false;
            }
            colon++;
        }
        if (colon >= s.endToken() || colon - end > LABEL_TAIL) {
            return false;
        }
        int valueStart = colon + 1;
        while (valueStart < s.endToken() && tokens.get(valueStart).text().equals(",")) {
            valueStart++;
        }
        int valueEnd = valueStart;
        while (valueEnd < s.endToken() && !VALUE_ENDS.contains(tokens.get(valueEnd).text())
                && (valueEnd == valueStart || !breaksLine(text, tokens, valueEnd))) {
            valueEnd++;
        }
        if (valueEnd >= s.endToken() && valueEnd == valueStart) {
            return false;
        }
        if (valueEnd < s.endToken() && tokens.get(valueEnd).text().equals(":")) {
            return valueEnd - valueStart <= NEXT_LABEL && valueStart > colon + 1;
        }
        if (valueEnd == valueStart) {
            return true;
        }
        String value = text.substring(tokens.get(valueStart).span().start(), tokens.get(valueEnd - 1).span().end());
        return denying(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * Whether the value, lower case, denies: one of the values, or one after a subject that opens it; or it leaves
     * the field unanswered, opening with one of the openings.
     */
    private boolean denying(String value) {
        if (values.contains(value)) {
            return true;
        }
        for (String opening : openings) {
            if (value.equals(opening) || value.startsWith(opening + " ")) {
                return true;
            }
        }
        for (String subject : subjects) {
            if (value.startsWith(subject + " ") && values.contains(value.substring(subject.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the mention from {@code start} to {@code end} (exclusive) opens its sentence and the rest of the
     * sentence, up to its period or end, is a denying value: the same field dictated without its colon ("Smokes
     * none.", "Alcohol negative."). A comma or any other word after the mention leaves it as it is ("Smokes none
     * of the days she works" is not a value; "Alcohol none, tobacco daily" keeps the form to the colon rule).
     * The label may name things joined by a mark before the mention ("Tobacco/drug abuse unknown."): the value
     * answers each.
     */
    boolean deniesWithoutColon(String text, List<Token> tokens, Sentence s, int start, int end) {
        int first = s.firstToken();
        while (first < start && tokens.get(first).isPunctuation()) {
            first++; // a flattened line break leaves a comma before the label (",Smokes none.")
        }
        while (first + 1 < start && !tokens.get(first).isPunctuation() && joinsLabel(tokens, first + 1, s)) {
            first += 2; // the label's first thing joined by a mark to the mention ("Tobacco/drug abuse unknown.")
        }
        if (start != first || end >= s.endToken()) {
            return false;
        }
        int valueEnd = end;
        while (valueEnd < s.endToken() && !VALUE_ENDS.contains(tokens.get(valueEnd).text())) {
            valueEnd++;
        }
        if (valueEnd == end || valueEnd < s.endToken() && !tokens.get(valueEnd).text().equals(".")) {
            return false;
        }
        String value = text.substring(tokens.get(end).span().start(), tokens.get(valueEnd - 1).span().end());
        return values.contains(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** Whether the mark at {@code t} joins the word before it to a word after it within one label ("Suicidal/Homicidal"). */
    private boolean joinsLabel(List<Token> tokens, int t, Sentence s) {
        return joiners.contains(tokens.get(t).text()) && t + 1 < s.endToken() && !tokens.get(t + 1).isPunctuation()
                && tokens.get(t - 1).span().end() == tokens.get(t).span().start();
    }

    /** Whether a line break stands between the token and the one before it. */
    private static boolean breaksLine(String text, List<Token> tokens, int t) {
        return t > 0 && text.substring(tokens.get(t - 1).span().end(), tokens.get(t).span().start()).indexOf('\n') >= 0;
    }
}
