package org.opencac.evaluation;

/** A predicted code and its score, as listed in a per-note result. */
public record ScoredCode(String system, String code, double score) {
}
