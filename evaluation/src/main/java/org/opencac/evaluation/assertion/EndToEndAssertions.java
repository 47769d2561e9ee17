package org.opencac.evaluation.assertion;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencac.engine.Pipeline;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.evaluation.assertion.AssertionExample.Attributes;

/**
 * The end-to-end prediction for an assertion row: the sentence is coded by the full pipeline (the one the
 * API serves) and the assertion and experiencer are read from the {@link MentionOutcome} whose span covers
 * the row's target or, when none does, from the mention of the target's head: the longest one inside the
 * target that ends where it ends ("appendicitis" of the target "early appendicitis": English noun phrases
 * end in their head, and the modifiers before it name no other condition), or else the mention that begins
 * inside the target and runs on past its head with the words that specify it ("fracture of the distal radius"
 * for the target "closed fracture"). The pipeline gives one status
 * per mention, so a row whose gold has two flags (e.g. negated and historical) can match at most one of them.
 */
public final class EndToEndAssertions {
    private final Pipeline pipeline;

    public EndToEndAssertions(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public AssertionPrediction predict(AssertionExample ex) {
        int[] target = AssertionEvaluator.targetSpan(ex);
        List<MentionOutcome> mentions = pipeline.code(new Note(ex.sentence(), CareSetting.OUTPATIENT)).mentions();
        return covering(mentions, target[0], target[1]).or(() -> head(mentions, target[0], target[1]))
                .or(() -> fromHead(mentions, target[0], target[1])).map(EndToEndAssertions::attributesOf).orElseGet(AssertionPrediction::notFound);
    }

    /** The longest mention inside [start, end) that ends at {@code end}: the target's head, modifiers left out. */
    static Optional<MentionOutcome> head(List<MentionOutcome> mentions, int start, int end) {
        return mentions.stream().filter(m -> m.start() >= start && m.end() == end)
                .max(Comparator.comparingInt(m -> m.end() - m.start()));
    }

    /** The smallest mention that begins inside [start, end) and covers its end: the head and what follows it. */
    static Optional<MentionOutcome> fromHead(List<MentionOutcome> mentions, int start, int end) {
        return mentions.stream().filter(m -> m.start() > start && m.start() < end && m.end() >= end)
                .min(Comparator.comparingInt(m -> m.end() - m.start()));
    }

    /** The smallest mention whose span covers [start, end), the first one on a tie. */
    static Optional<MentionOutcome> covering(List<MentionOutcome> mentions, int start, int end) {
        return mentions.stream().filter(m -> m.start() <= start && m.end() >= end)
                .min(Comparator.comparingInt(m -> m.end() - m.start()));
    }

    static AssertionPrediction attributesOf(MentionOutcome m) {
        String status = m.assertion().toLowerCase(Locale.ROOT);
        Experiencer who = Experiencer.valueOf(m.experiencer().toUpperCase(Locale.ROOT));
        Attributes a = new Attributes(status.equals("negated"), status.equals("uncertain"),
                status.equals("hypothetical"), status.equals("historical"), who);
        String how = m.coded() ? "coded" : "not coded: " + m.reason();
        return new AssertionPrediction(a, List.of("mention '" + m.text() + "' " + how));
    }
}
