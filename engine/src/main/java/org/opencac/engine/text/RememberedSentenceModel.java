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
    private static final char SEPARATOR = '\u0001';

    private final MaxentModel model;
    /** The answers by context ({@link #key}); emptied when full, so a long-running service stays bounded. */
    private final ConcurrentHashMap<String, double[]> answers = new ConcurrentHashMap<>();

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

    @Override
    public double[] eval(String[] context) {
        String key = key(context);
        if (key == null) {
            return model.eval(context);
        }
        double[] known = answers.get(key);
        if (known == null) {
            known = model.eval(context);
            if (answers.size() >= CAPACITY) {
                answers.clear();
            }
            answers.put(key, known.clone());
            return known;
        }
        return known.clone();
    }

    /** The features joined by a character none of them holds, or null when one holds it (not remembered). */
    private static String key(String[] context) {
        int length = context.length;
        for (String f : context) {
            length += f.length();
        }
        StringBuilder b = new StringBuilder(length);
        for (String f : context) {
            if (f.indexOf(SEPARATOR) >= 0) {
                return null;
            }
            b.append(f).append(SEPARATOR);
        }
        return b.toString();
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
