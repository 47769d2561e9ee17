package org.opencac.engine.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The sentence model's decisions remembered by their context: the detector weighs each possible sentence end
 * by the features of the words around it (the word before, the word holding the mark, the word after), and
 * the same few thousand contexts ("mg. Take", "Dr. Smith", "normal. No") come back in note after note. The
 * model is a pure function of its features, so a remembered answer is the answer it would give again; only the
 * one-argument {@link #eval(String[])}, the detector's call, is remembered.
 */
final class RememberedSentenceModel implements MaxentModel {
    private static final int CAPACITY = 200_000;

    private final MaxentModel model;
    /** The answers by context ({@link Context}); emptied when full, so a long-running service stays bounded. */
    private final ConcurrentHashMap<Context, double[]> answers = new ConcurrentHashMap<>();

    RememberedSentenceModel(MaxentModel model) {
        this.model = model;
    }

    /**
     * The sentence model with its maximum entropy model remembered, its language, abbreviations and ends kept; its
     * possible sentence ends are found by {@link EndCharScanner} (the same positions as the model's own scanner;
     * {@link EndCharFactory}).
     */
    static SentenceModel of(SentenceModel loaded) {
        return new SentenceModel(loaded.getLanguage(), new RememberedSentenceModel(loaded.getMaxentModel()),
                Map.of(), EndCharFactory.of(loaded.getFactory()));
    }

    /**
     * The model's answer for a context, remembered. The answer is handed out as remembered, not copied: the only
     * caller, the sentence detector this model is made for ({@link #of}), reads it (its best outcome and that
     * outcome's probability) and never writes it. The context array is copied into the key kept, as the
     * caller's context generator may reuse it.
     */
    @Override
    public double[] eval(String[] context) {
        Context key = new Context(context);
        double[] known = answers.get(key);
        if (known == null) {
            known = model.eval(context);
            if (answers.size() >= CAPACITY) {
                answers.clear();
            }
            answers.put(new Context(context.clone()), known);
        }
        return known;
    }

    /**
     * A context as a key: its features in order, compared one by one, with a hash over them worked out once;
     * no joined copy of the features is made to look one up (an entry keeps a copy of the array made when it is
     * added). Two contexts are the same key exactly when they have the same features in the same order.
     */
    static final class Context {
        private final String[] features;
        private final int hash;

        Context(String[] features) {
            this.features = features;
            this.hash = java.util.Arrays.hashCode(features);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Context c && c.hash == hash && java.util.Arrays.equals(c.features, features);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return model.eval(context, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
