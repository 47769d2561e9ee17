package org.opencac.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.Section;

/**
 * Splits each section into sentences with the cTAKES clinical sentence model (OpenNLP maximum entropy,
 * {@code sd-med-model.zip}), after first cutting at section headers, blank lines and line breaks that
 * start a new item (clinical notes are lists as often as prose). Then tokenizes every sentence.
 */
public final class SentenceSplitter implements Stage {
    public static final String CTAKES_MODEL = "/org/apache/ctakes/core/models/sentdetect/sd-med-model.zip";

    public static final String NON_TERMINAL = "/org/opencac/engine/text/non_terminal_abbreviations.txt";

    public static final String QUESTION_ANSWERS = "/org/opencac/engine/text/question_answers.txt";

    public static final String NAME_TITLES = "/org/opencac/engine/text/name_titles.txt";

    /** Titles before a person's name (lowercase, no period): "Dr. X." with a capitalized word after it ends there. */
    private static final Set<String> TITLES = Set.copyOf(DataFiles.lines(NAME_TITLES));

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detector;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final Set<String> nonTerminal;
    private final Set<String> answers;
    /** The characters the model's scanner takes as possible sentence ends. */
    private final char[] endChars;

    public SentenceSplitter(SentenceModel model, Set<String> nonTerminalAbbreviations) {
        this(model, nonTerminalAbbreviations, Set.of());
    }

    /**
     * @param answers lowercase words that, opening the sentence after one ending in "?", are that question's
     *                answer and join it ("Fever? No.")
     */
    public SentenceSplitter(SentenceModel model, Set<String> nonTerminalAbbreviations,
            Set<String> answers) {
        this.answers = Set.copyOf(answers);
        this.model = RememberedSentenceModel.of(model);
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
        this.nonTerminal = Set.copyOf(nonTerminalAbbreviations);
        this.endChars = endChars(model.getFactory().getEndOfSentenceScanner().getEOSCharacters());
    }

    static char[] endChars(Set<Character> chars) {
        char[] out = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            out[i++] = c;
        }
        return out;
    }

    /**
     * The one sentence the detector finds in a piece whatever its model decides, as [start, end) of the piece
     * ({@code start == end}: none), or null when the model must decide. That is a piece with no character that
     * may end a sentence ({@code endChars}) except in one unbroken run at its end ("Pulse 80", "No acute
     * distress."): the detector then weighs only the run's last character, and a break there or none leaves
     * the same single span, the piece without the white space around it (OpenNLP's white space, with no-break
     * spaces).
     */
    static int[] oneSentence(String piece, char[] endChars) {
        return oneSentence(piece, 0, piece.length(), endChars);
    }

    /**
     * As {@link #oneSentence(String, char[])} for the piece {@code text[from, to)}, read in place (no copy of a
     * piece that needs no model), its [start, end) still of the piece.
     */
    static int[] oneSentence(String text, int from, int to, char[] endChars) {
        int start = from;
        int end = to;
        while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int run = end;
        while (run > start && isEnd(text.charAt(run - 1), endChars)) {
            run--;
        }
        for (int i = start; i < run; i++) {
            if (isEnd(text.charAt(i), endChars)) {
                return null;
            }
        }
        return new int[] {start - from, end - from};
    }

    private static boolean isEnd(char c, char[] endChars) {
        for (char e : endChars) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    /** Loads the cTAKES clinical sentence model from the classpath (Maven artifact ctakes-core-models). */
    public static SentenceSplitter clinical() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(CTAKES_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("cTAKES sentence model not on the classpath: " + CTAKES_MODEL);
            }
            return new SentenceSplitter(new SentenceModel(in), new HashSet<>(DataFiles.lines(NON_TERMINAL)),
                    new HashSet<>(DataFiles.lines(QUESTION_ANSWERS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + CTAKES_MODEL, e);
        }
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        // sized for the note at once (a token is about five characters of a note, a sentence about sixty): the
        // lists are not grown and copied several times over as a long note's tokens go in
        List<Sentence> sentences = new ArrayList<>(text.length() / 60 + 8);
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 16);
        for (int s = 0; s < doc.sections().size(); s++) {
            Section section = doc.sections().get(s);
            if (section.header().length() > 0) {
                add(text, section.header().start(), section.header().end(), s, sentences, tokens);
            }
            int bodyStart = Math.max(section.span().start(), section.header().end());
            for (Span chunk : chunks(text, bodyStart, section.span().end())) {
                int[] whole = oneSentence(text, chunk.start(), chunk.end(), endChars);
                if (whole != null) {
                    if (whole[0] < whole[1]) {
                        add(text, chunk.start() + whole[0], chunk.start() + whole[1], s, sentences, tokens);
                    }
                    continue;
                }
                String piece = text.substring(chunk.start(), chunk.end());   // for the model, which reads a string
                opennlp.tools.util.Span[] found = detector.get().sentPosDetect(piece);
                List<int[]> spans = new ArrayList<>(found.length + 1);
                int start = -1;
                int carried = -1;   // the start of words glued after the last sentence's end (".,No ...")
                for (int k = 0; k < found.length; k++) {
                    if (start < 0) {
                        start = carried >= 0 ? carried : found[k].getStart();
                        carried = -1;
                    }
                    if (k + 1 < found.length && endsWithAbbreviation(piece, found[k].getEnd())) {
                        continue;
                    }
                    int end = found[k].getEnd();
                    int glued = gluedStart(piece, start, end, endChars);
                    if (glued >= 0) {
                        end = glued;
                        carried = glued;
                    }
                    splitAfterTitledInitial(piece, start, end, spans);
                    start = -1;
                }
                if (carried >= 0) {
                    splitAfterTitledInitial(piece, carried, found[found.length - 1].getEnd(), spans);
                }
                if (!answers.isEmpty()) {
                    spans = answersJoined(piece, spans, answers);
                }
                for (int[] span : spans) {
                    add(text, chunk.start() + span[0], chunk.start() + span[1], s, sentences, tokens);
                }
            }
        }
        return doc.withSentencesAndTokens(sentences, tokens);
    }

    /**
     * Adds the sentence [start, end) to spans ({@link #splitAtInnerGlue}), first cut after each title's one-letter
     * name and its period when a capitalized word follows ("seen with Mr. A. There is ..."): the sentence model may
     * read the letter as a middle initial and run the sentence on, carrying the cues of one sentence into the next.
     */
    private void splitAfterTitledInitial(String piece, int start, int end, List<int[]> spans) {
        int from = start;
        for (int p = piece.indexOf('.', start); p >= 0 && p + 2 < end; p = piece.indexOf('.', p + 1)) {
            int letter = p - 1;
            if (letter < from + 1 || !Character.isUpperCase(piece.charAt(letter))
                    || !Character.isWhitespace(piece.charAt(letter - 1))) {
                continue;
            }
            int next = p + 1;
            while (next < end && Character.isWhitespace(piece.charAt(next))) {
                next++;
            }
            if (next == p + 1 || next + 1 >= end || !Character.isUpperCase(piece.charAt(next))
                    || !Character.isLowerCase(piece.charAt(next + 1))) {
                continue;
            }
            int t = letter - 1;
            while (t > from && Character.isWhitespace(piece.charAt(t - 1))) {
                t--;
            }
            if (t < from + 2 || piece.charAt(t - 1) != '.') {
                continue;   // no period between the title and the letter
            }
            int b = t - 1;
            while (b > from && Character.isLetter(piece.charAt(b - 1))) {
                b--;
            }
            if (TITLES.contains(piece.substring(b, t - 1).toLowerCase(Locale.ROOT))
                    && (b == from || !Character.isLetterOrDigit(piece.charAt(b - 1)))) {
                splitAfterCapitalAbbreviation(piece, from, p + 1, spans);
                from = next;
            }
        }
        splitAfterCapitalAbbreviation(piece, from, end, spans);
    }

    /**
     * Adds the sentence [start, end) to spans ({@link #splitAtInnerGlue}), first cut after each word in capitals and
     * its period when white space and a capitalized word follow ("... no MI.  He has ..."): the sentence model, which
     * weighs the words around the period, may read an acronym of two or more capitals as an abbreviation that does
     * not end its sentence and run the sentence on, carrying a negation into the next one. A capital word written
     * with inner periods ("M.D."), one opening its sentence (a list item's numeral, "II."), one listed as not ending
     * a sentence, or a lowercase word after it leaves the sentence whole.
     */
    private void splitAfterCapitalAbbreviation(String piece, int start, int end, List<int[]> spans) {
        int from = start;
        for (int p = piece.indexOf('.', start); p >= 0 && p + 2 < end; p = piece.indexOf('.', p + 1)) {
            int next = capitalAbbreviationEnd(piece, from, p, end);
            if (next > 0 && !nonTerminal.contains(capitalWordBefore(piece, from, p).toLowerCase(Locale.ROOT))) {
                splitAtInnerGlue(piece, from, p + 1, endChars, spans);
                from = next;
            }
        }
        splitAtInnerGlue(piece, from, end, endChars, spans);
    }

    /**
     * Where the next sentence starts when the period at {@code p} ends a word of two or more capitals (digits may
     * follow its first letter: "DM2") standing alone after white space, not the first word of its sentence (a list
     * item's Roman numeral: "II. Right coronary artery"), and white space then a
     * capital letter and a lowercase one follow it before {@code end}; else -1.
     */
    static int capitalAbbreviationEnd(String piece, int from, int p, int end) {
        String word = capitalWordBefore(piece, from, p);
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
            }
        }
        if (capitals < 2 || !Character.isUpperCase(word.charAt(0))) {
            return -1;
        }
        int b = p - word.length();
        if (b == from || !Character.isWhitespace(piece.charAt(b - 1))) {
            return -1;   // the sentence's first word (a list item's numeral, "II. Right ..."), or part of a longer word ("M.D.")
        }
        int next = p + 1;
        while (next < end && Character.isWhitespace(piece.charAt(next))) {
            next++;
        }
        if (next == p + 1 || next + 1 >= end || !Character.isUpperCase(piece.charAt(next))
                || !Character.isLowerCase(piece.charAt(next + 1))) {
            return -1;
        }
        return next;
    }

    /** The run of capital letters and digits ending right before {@code p}, back to {@code from} at most. */
    private static String capitalWordBefore(String piece, int from, int p) {
        int b = p;
        while (b > from && (Character.isUpperCase(piece.charAt(b - 1)) || Character.isDigit(piece.charAt(b - 1)))) {
            b--;
        }
        return piece.substring(b, p);
    }

    /**
     * Adds the sentence [start, end) to spans, cut where a sentence end inside it is glued to the next line of a
     * flattened note: an end character inside a word, then (no space) commas, semicolons or colons, then a capital
     * letter ("no abnormalities.,Examination of ...") or the number of a list's next item ("right ovarian mass.,3.  8
     * cm cyst": a number, a period or parenthesis, white space). The detector reads the glued word as one and may let
     * the sentence run on over the line, and with it the scope of a negation or the words that make a code specific.
     * A lowercase letter after the glue is left joined ("8 a.m.,then"), and so is a number that opens no list item
     * ("98.,6"); one pass over the characters.
     */
    static void splitAtInnerGlue(String piece, int start, int end, char[] endChars, List<int[]> spans) {
        int from = start;
        for (int p = start + 1; p + 2 < end; p++) {
            if (!isEnd(piece.charAt(p), endChars) || StringUtil.isWhitespace(piece.charAt(p - 1))) {
                continue;
            }
            int q = p + 1;
            while (q < end && (piece.charAt(q) == ',' || piece.charAt(q) == ';' || piece.charAt(q) == ':')) {
                q++;
            }
            if (q > p + 1 && q < end && (Character.isUpperCase(piece.charAt(q)) || opensListItem(piece, q, end))) {
                spans.add(new int[] {from, q});
                from = q;
                p = q;
            }
        }
        spans.add(new int[] {from, end});
    }

    /**
     * Whether {@code piece} at {@code q} holds a list item's number: one or two digits, then a period or a closing
     * parenthesis, then white space ("3.  8 cm", "2) Left"); a decimal ("3.5") or a bare number is none.
     */
    static boolean opensListItem(String piece, int q, int end) {
        int d = q;
        while (d < end && d - q < 3 && piece.charAt(d) >= '0' && piece.charAt(d) <= '9') {
            d++;
        }
        return d > q && d - q <= 2 && d + 1 < end && (piece.charAt(d) == '.' || piece.charAt(d) == ')')
                && StringUtil.isWhitespace(piece.charAt(d + 1));
    }

    /**
     * Where words glued to a sentence's end begin, or -1: the detector ends a sentence at the end of the
     * white-space-delimited word holding its period, so in a flattened note ("Heart is normal.,No murmur.") the
     * next sentence's first word ("No") stayed behind, out of reach of the words it governs. A sentence end
     * followed, with no space, by a comma, semicolon or colon and then a letter: the letter starts the next
     * sentence.
     */
    static int gluedStart(String piece, int start, int end, char[] endChars) {
        int w = end;
        while (w > start && !StringUtil.isWhitespace(piece.charAt(w - 1))) {
            w--;
        }
        for (int p = w; p + 2 < end; p++) {
            if (!isEnd(piece.charAt(p), endChars) || p == w) {
                continue;
            }
            int q = p + 1;
            while (q < end && (piece.charAt(q) == ',' || piece.charAt(q) == ';' || piece.charAt(q) == ':')) {
                q++;
            }
            if (q > p + 1 && q < end && Character.isLetter(piece.charAt(q))) {
                return q;
            }
        }
        return -1;
    }

    /**
     * The sentences of a piece with each question's answer joined to it: a sentence ending in "?" whose next
     * sentence starts with an answer word ("Fever?" "No. Cough?") takes that word and the punctuation right
     * after it when a period follows ("Fever? No." "Cough?"), or else the whole next sentence when the word
     * stands alone before a comma, semicolon or its end ("Cough? Yes, productive.") or is not "no" ("Palpitations?
     * None reported."). "No" opening a phrase ("Source of the fever? No clear source.") is a determiner, not an
     * answer: nothing is joined. Spans are [start, end)
     * of the piece, in order.
     */
    static List<int[]> answersJoined(String piece, List<int[]> spans, Set<String> answers) {
        List<int[]> out = new ArrayList<>(spans.size());
        int i = 0;
        while (i < spans.size()) {
            int[] cur = spans.get(i);
            int last = cur[1];
            while (last > cur[0] && Character.isWhitespace(piece.charAt(last - 1))) {
                last--;
            }
            if (i + 1 < spans.size() && last > cur[0] && piece.charAt(last - 1) == '?') {
                int[] next = spans.get(i + 1);
                int w = next[0];
                while (w < next[1] && Character.isWhitespace(piece.charAt(w))) {
                    w++;
                }
                int e = w;
                while (e < next[1] && Character.isLetter(piece.charAt(e))) {
                    e++;
                }
                if (e > w && answers.contains(piece.substring(w, e).toLowerCase(Locale.ROOT))) {
                    if (e < next[1] && piece.charAt(e) == '.') {
                        int rest = e + 1;
                        while (rest < next[1] && Character.isWhitespace(piece.charAt(rest))) {
                            rest++;
                        }
                        out.add(new int[] {cur[0], e + 1});
                        if (rest < next[1]) {
                            spans.set(i + 1, new int[] {rest, next[1]});
                            i++;
                        } else {
                            i += 2;
                        }
                        continue;
                    }
                    boolean alone = e == next[1] || ",;!".indexOf(piece.charAt(e)) >= 0;
                    if (alone || !"no".equalsIgnoreCase(piece.substring(w, e))) {
                        spans.set(i + 1, new int[] {cur[0], next[1]});
                        i++;
                        continue;
                    }
                }
            }
            out.add(cur);
            i++;
        }
        return out;
    }

    /** True if the sentence ending at {@code end} ends in a listed abbreviation and its period ("vs."). */
    private boolean endsWithAbbreviation(String piece, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(piece.charAt(e - 1))) {
            e--;
        }
        if (e == 0 || piece.charAt(e - 1) != '.') {
            return false;
        }
        int b = e - 1;
        while (b > 0 && (Character.isLetter(piece.charAt(b - 1)) || piece.charAt(b - 1) == '.')) {
            b--;
        }
        String word = piece.substring(b, e - 1);
        return nonTerminal.contains(word.toLowerCase(Locale.ROOT)) || titleBeforeName(word);
    }

    /**
     * True if the word is a name title written as one ("Ms", "Mrs"): capital first letter, the rest lowercase. The
     * name after it may be in capitals ("Ms. DOE"), which the sentence model reads as a new sentence; the same
     * letters as a unit ("90 ms.") or a disease in capitals ("MS.") may end one.
     */
    private static boolean titleBeforeName(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))
                || !word.substring(1).chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }


    private void add(String text, int start, int end, int section, List<Sentence> sentences, List<Token> tokens) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        int first = tokens.size();
        tokenizer.tokenize(text, start, end, sentences.size(), tokens);
        sentences.add(new Sentence(new Span(start, end), section, first, tokens.size()));
    }

    /**
     * Cuts [start, end) at blank lines and at line breaks, except where a line wraps prose: the line
     * does not end a clause and the next one starts in lower case.
     */
    static List<Span> chunks(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int chunkStart = start;
        int i = start;
        while (i < end) {
            int nl = text.indexOf('\n', i);
            if (nl < 0 || nl >= end) {
                break;
            }
            int next = nl + 1;
            while (next < end && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
                next++;
            }
            boolean wrap = next < end && Character.isLowerCase(text.charAt(next)) && !endsClause(text, chunkStart, nl);
            if (!wrap) {
                out.add(new Span(chunkStart, nl));
                chunkStart = next;
            }
            i = nl + 1;
        }
        if (chunkStart < end) {
            out.add(new Span(chunkStart, end));
        }
        return out;
    }

    private static boolean endsClause(String text, int from, int nl) {
        int j = nl - 1;
        while (j >= from && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < from || ".:;!?".indexOf(text.charAt(j)) >= 0;
    }
}
