package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencac.engine.coding.CandidateRanker;
import org.opencac.engine.mention.MentionFinder;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * Every stage's cost grows linearly with the note's length. A note of one clinical word repeated to
 * 100 KB (on one line: one giant sentence; or one word a line: thousands of sentences) must cost each
 * stage about four times what a 25 KB note of the same kind costs, not sixteen. Allocation is compared
 * the same way (it is deterministic, so its bound is tight); CPU time with slack for a busy machine.
 */
class StageCostTest {
    private static final String ONE_LINE = "one line";
    private static final String LINES = "one word a line";
    private static final int SMALL = 25_000;
    private static final int LARGE = 100_000;
    /** Linear is 4x; quadratic is 16x. Allocation is exact enough for 6x, CPU time gets 10x (busy machines). */
    private static final double MAX_ALLOCATION_RATIO = 6.0;
    private static final double MAX_TIME_RATIO = 10.0;
    /** Below these a stage is too cheap to compare (noise, fixed costs). */
    private static final long TIME_FLOOR_NANOS = 5_000_000;
    private static final long ALLOCATION_FLOOR_BYTES = 2_000_000;
    /**
     * Loose absolute bounds for the 100 KB note, per stage. Allocation is short-lived garbage (the ratio checks
     * above catch growth); the Alphabetic Index walk of a note of nothing but "fracture" (a main term with a deep
     * subterm tree, one walk per word) allocates about 5.7 KB per character, the most of any stage.
     */
    private static final long MAX_LARGE_NANOS = 3_000_000_000L;
    private static final long MAX_LARGE_BYTES = 800_000_000L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<Arguments> notes() {
        List<Arguments> out = new ArrayList<>();
        // One line (a single sentence of thousands of mentions) and one word a line (thousands of sentences).
        out.add(Arguments.of("hypertension", ONE_LINE, CareSetting.OUTPATIENT));
        out.add(Arguments.of("diabetes", LINES, CareSetting.INPATIENT));
        out.add(Arguments.of("CKD", ONE_LINE, CareSetting.INPATIENT));
        out.add(Arguments.of("CKD", LINES, CareSetting.OUTPATIENT));
        out.add(Arguments.of("fracture", ONE_LINE, CareSetting.INPATIENT));
        out.add(Arguments.of("pain", LINES, CareSetting.OUTPATIENT));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("notes")
    void everyStageCostsLinearlyInTheNoteLength(String word, String layout, CareSetting setting) {
        String separator = layout.equals(LINES) ? "\n" : " ";
        Pipeline pipeline = TestModels.pipeline();
        String small = repeated(word, separator, SMALL);
        String large = repeated(word, separator, LARGE);
        runAll(pipeline, small, setting); // warm-up: loads lazily built tables and compiles the hot paths
        List<Cost> smallCost = costs(pipeline, small, setting);
        List<Cost> largeCost = costs(pipeline, large, setting);
        List<String> problems = problems(pipeline, smallCost, largeCost);
        // CPU time on a busy machine: a stage over its bound is measured again, both sizes, each keeping its
        // cheapest run so far; a cost that grows faster than the note (16x for 4x) is over it every time, a
        // pause of another process or a late compilation is not
        for (int again = 0; again < RETRIES && !problems.isEmpty(); again++) {
            smallCost = cheaper(smallCost, costs(pipeline, small, setting));
            largeCost = cheaper(largeCost, costs(pipeline, large, setting));
            problems = problems(pipeline, smallCost, largeCost);
        }
        assertTrue(problems.isEmpty(), "stages not linear in the note length (" + word + "): " + problems);
    }

    /**
     * A long sentence of two findings with detail words ("rib", "chest"), one line: each mention's clause is the
     * whole sentence, and each of its detail words was asked against every mention of the sentence whether it is
     * another finding's, a cost cubic in the length (seconds at 25 KB, minutes at 100 KB). Ranking it must stay
     * well under a second. Only the ranking stage is bounded here: finding and walking these mentions grows
     * somewhat faster than the note too, though far below this bound.
     */
    @Test
    void aLongSentenceOfDetailedFindingsIsRankedWithoutStalling() {
        Pipeline pipeline = TestModels.pipeline();
        String phrase = "rib fracture with chest pain";
        runAll(pipeline, repeated(phrase, " ", SMALL / 4), CareSetting.INPATIENT);   // warm-up
        List<Cost> cost = costs(pipeline, repeated(phrase, " ", SMALL), CareSetting.INPATIENT);
        for (int i = 0; i < pipeline.stages().size(); i++) {
            if (pipeline.stages().get(i) instanceof CandidateRanker) {
                assertTrue(cost.get(i).nanos < MAX_RANKING_NANOS,
                        "ranking a 25 KB sentence took " + cost.get(i).nanos / 1_000_000 + " ms");
                return;
            }
        }
        throw new AssertionError("no CandidateRanker stage in the pipeline");
    }

    /**
     * A long sentence of injury words ("fracture"), each looked up with a window of words around it: the 7th
     * character the sentence's words give was read for every one of them, the whole sentence copied, lower-cased
     * and searched each time, a cost quadratic in the length (mention finding 25 KB to 100 KB: 130 to 2,300 ms,
     * 94 to 877 MB). Read once a sentence, the mention finder's allocation grows with the note. Capitals make the
     * sentence's lower-cased copy a new string each time, so the old cost shows in the allocation, which the load of
     * a busy machine does not move (its CPU time is not bounded here: see docs/scaling.md section 37).
     */
    @Test
    void aLongSentenceOfInjuriesAllocatesInProportionToItsLength() {
        Pipeline pipeline = TestModels.pipeline();
        String phrase = "Rib fracture with chest pain";
        String small = repeated(phrase, " ", SMALL);
        String large = repeated(phrase, " ", LARGE);
        mentionFinding(pipeline, small);   // warm-up
        Cost smallCost = mentionFinding(pipeline, small);
        Cost largeCost = mentionFinding(pipeline, large);
        for (int again = 0; again < RETRIES && overBound(smallCost, largeCost); again++) {
            smallCost = cheaper(List.of(smallCost), List.of(mentionFinding(pipeline, small))).get(0);
            largeCost = cheaper(List.of(largeCost), List.of(mentionFinding(pipeline, large))).get(0);
        }
        assertTrue(!overBound(smallCost, largeCost), String.format(
                "mention finding: 25 KB %.1f ms %.1f MB, 100 KB %.1f ms %.1f MB", smallCost.nanos / 1e6,
                smallCost.bytes / 1e6, largeCost.nanos / 1e6, largeCost.bytes / 1e6));
    }

    private static boolean overBound(Cost small, Cost large) {
        return (double) Math.max(large.bytes, ALLOCATION_FLOOR_BYTES) / Math.max(small.bytes, ALLOCATION_FLOOR_BYTES)
                > MAX_ALLOCATION_RATIO;
    }

    /** The mention finder's cost on a note (the cheapest of three runs), the stages before it run once. */
    private static Cost mentionFinding(Pipeline pipeline, String text) {
        Document doc = Document.of(new Note(text, CareSetting.INPATIENT));
        for (Stage stage : pipeline.stages()) {
            if (stage instanceof MentionFinder) {
                long bestNanos = Long.MAX_VALUE;
                long bestBytes = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    stage.process(doc);
                    bestNanos = Math.min(bestNanos, THREADS.getCurrentThreadCpuTime() - cpu0);
                    bestBytes = Math.min(bestBytes, THREADS.getCurrentThreadAllocatedBytes() - bytes0);
                }
                return new Cost(bestNanos, bestBytes);
            }
            doc = stage.process(doc);
        }
        throw new AssertionError("no MentionFinder stage in the pipeline");
    }

    /** About ten times what ranking the 25 KB sentence costs when linear in its mentions' clauses. */
    private static final long MAX_RANKING_NANOS = 1_000_000_000L;

    /** How many times the two sizes are measured again while a stage is over its bounds. */
    private static final int RETRIES = 2;

    /** Each stage's cheaper time and allocation of two measures. */
    private static List<Cost> cheaper(List<Cost> a, List<Cost> b) {
        List<Cost> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(new Cost(Math.min(a.get(i).nanos, b.get(i).nanos), Math.min(a.get(i).bytes, b.get(i).bytes)));
        }
        return out;
    }

    /** The stages over a bound, with their figures. */
    private static List<String> problems(Pipeline pipeline, List<Cost> smallCost, List<Cost> largeCost) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            String stage = pipeline.stages().get(i).getClass().getSimpleName();
            Cost s = smallCost.get(i);
            Cost l = largeCost.get(i);
            double timeRatio = (double) Math.max(l.nanos, TIME_FLOOR_NANOS) / Math.max(s.nanos, TIME_FLOOR_NANOS);
            double byteRatio = (double) Math.max(l.bytes, ALLOCATION_FLOOR_BYTES)
                    / Math.max(s.bytes, ALLOCATION_FLOOR_BYTES);
            String figures = String.format("%s: 25 KB %.1f ms %.1f MB, 100 KB %.1f ms %.1f MB", stage,
                    s.nanos / 1e6, s.bytes / 1e6, l.nanos / 1e6, l.bytes / 1e6);
            if (byteRatio > MAX_ALLOCATION_RATIO || timeRatio > MAX_TIME_RATIO || l.nanos > MAX_LARGE_NANOS
                    || l.bytes > MAX_LARGE_BYTES) {
                problems.add(figures);
            }
        }
        return problems;
    }

    static String repeated(String word, String separator, int chars) {
        StringBuilder b = new StringBuilder(chars + word.length() + 1);
        while (b.length() + word.length() + separator.length() <= chars) {
            b.append(word).append(separator);
        }
        return b.toString();
    }

    private static void runAll(Pipeline pipeline, String text, CareSetting setting) {
        pipeline.run(new Note(text, setting));
    }

    /** Each stage's CPU time and allocation, the cheapest of three runs on the same input (a busy machine). */
    private static List<Cost> costs(Pipeline pipeline, String text, CareSetting setting) {
        List<Cost> out = new ArrayList<>();
        Document doc = Document.of(new Note(text, setting));
        for (Stage stage : pipeline.stages()) {
            long bestNanos = Long.MAX_VALUE;
            long bestBytes = Long.MAX_VALUE;
            Document next = null;
            for (int run = 0; run < 3; run++) {
                long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                next = stage.process(doc);
                bestNanos = Math.min(bestNanos, THREADS.getCurrentThreadCpuTime() - cpu0);
                bestBytes = Math.min(bestBytes, THREADS.getCurrentThreadAllocatedBytes() - bytes0);
            }
            out.add(new Cost(bestNanos, bestBytes));
            doc = next;
        }
        return out;
    }

    private record Cost(long nanos, long bytes) {
    }
}
