package org.opencac.evaluation;

import org.opencac.evaluation.gold.GoldNote;

/**
 * How a prediction is read against its gold note before scoring, e.g. when the gold was coded in an older
 * code-set release ({@link org.opencac.evaluation.gold.CarriedGoldMatcher}). {@link #NONE} compares as is.
 */
@FunctionalInterface
public interface GoldAlignment {
    GoldAlignment NONE = (note, prediction) -> prediction;

    /** The prediction to score against {@code note}; never changes which note it belongs to. */
    Prediction align(GoldNote note, Prediction prediction);
}
