package org.opencac.evaluation.assertion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.engine.text.Token;
import org.opencac.evaluation.assertion.AssertionExample.Attributes;
import org.opencac.evaluation.assertion.AssertionExample.Category;

/**
 * Scores the assertion stage on a gold set of sentences: for each row, runs the same section detector,
 * sentence splitter and assertion detector as the pipeline, with one mention on the first occurrence of
 * the target, then counts tp/fp/fn per category (as OpenNLP's evaluators feed FMeasure).
 */
public final class AssertionEvaluator {
    private static final int TP = 0;
    private static final int FP = 1;
    private static final int FN = 2;

    private final SectionDetector sections;
    private final SentenceSplitter sentences;
    private final AssertionDetector detector;

    public AssertionEvaluator(SectionDetector sections, SentenceSplitter sentences, AssertionDetector detector) {
        this.sections = sections;
        this.sentences = sentences;
        this.detector = detector;
    }

    public static AssertionEvaluator standard() {
        return new AssertionEvaluator(SectionDetector.standard(), SentenceSplitter.clinical(),
                AssertionDetector.standard());
    }

    /** Reads and scores a TSV assertion set. */
    public AssertionReport evaluate(Path tsv) throws IOException {
        return evaluate(AssertionTsvReader.read(tsv), tsv.toString());
    }

    public AssertionReport evaluate(List<AssertionExample> examples, String source) {
        return score(examples, source, "assertion stage", ex -> {
            Assertion a = assess(ex);
            return new AssertionPrediction(new Attributes(a.negated(), a.uncertain(), a.hypothetical(),
                    a.historical(), a.experiencer()), a.cues());
        });
    }

    /** Reads a TSV assertion set and scores it end to end: each sentence coded by the full pipeline. */
    public static AssertionReport evaluateEndToEnd(Path tsv, Pipeline pipeline) throws IOException {
        EndToEndAssertions e2e = new EndToEndAssertions(pipeline);
        return score(AssertionTsvReader.read(tsv), tsv.toString(), "end to end", e2e::predict);
    }

    /**
     * Counts tp/fp/fn per category of the predictions against the gold. A row that is not found counts as a
     * false negative for each category its gold has, and is never exact.
     */
    public static AssertionReport score(List<AssertionExample> examples, String source, String mode,
                                        Function<AssertionExample, AssertionPrediction> predict) {
        int[][] counts = new int[Category.values().length][3];
        List<Misclassified> errors = new ArrayList<>();
        int exact = 0;
        int notFound = 0;
        for (AssertionExample ex : examples) {
            AssertionPrediction prediction = predict.apply(ex);
            Attributes got = prediction.attributes();
            notFound += got == null ? 1 : 0;
            boolean same = got != null;
            for (Category c : Category.values()) {
                boolean g = ex.gold().get(c);
                boolean p = got != null && got.get(c);
                if (g || p) {
                    counts[c.ordinal()][g && p ? TP : p ? FP : FN]++;
                }
                same &= g == p;
            }
            if (same) {
                exact++;
            } else {
                errors.add(new Misclassified(ex.id(), ex.line(), ex.sentence(), ex.target(), ex.gold().label(),
                        got == null ? "not found" : got.label(), prediction.cues(), ex.note()));
            }
        }
        List<CategoryScore> scores = new ArrayList<>();
        for (Category c : Category.values()) {
            int[] n = counts[c.ordinal()];
            scores.add(CategoryScore.of(c.label(), n[TP], n[FP], n[FN]));
        }
        return new AssertionReport(source, mode, examples.size(), exact, notFound, scores, errors);
    }

    /** [start, end) of the first occurrence of the target (case-insensitive if no exact one). */
    static int[] targetSpan(AssertionExample ex) {
        String text = ex.sentence();
        int start = text.indexOf(ex.target());
        if (start < 0) {
            start = text.toLowerCase(Locale.ROOT).indexOf(ex.target().toLowerCase(Locale.ROOT));
        }
        if (start < 0) {
            throw new IllegalArgumentException("line " + ex.line() + ": target '" + ex.target() + "' is not in the sentence");
        }
        return new int[] {start, start + ex.target().length()};
    }

    /** The assertion of the example's target, as the pipeline would produce it. */
    public Assertion assess(AssertionExample ex) {
        String text = ex.sentence();
        int start = targetSpan(ex)[0];
        Document doc = sentences.process(sections.process(Document.of(new Note(text, CareSetting.OUTPATIENT))));
        Span span = new Span(start, start + ex.target().length());
        List<Token> tokens = doc.tokens();
        int first = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().intersects(span)) {
                first = first < 0 ? i : first;
                end = i + 1;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("line " + ex.line() + ": target '" + ex.target() + "' covers no token");
        }
        Mention m = new Mention(span, span.coveredText(text), List.of(), tokens.get(first).sentenceIndex(), first, end);
        return detector.process(doc.withMentions(List.of(m))).assertions().get(0);
    }

    /** Prints the score table of the TSV file given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AssertionEvaluator FILE.tsv");
            System.exit(2);
        }
        System.out.print(standard().evaluate(Path.of(args[0])).toTable());
    }
}
