package org.opencac.evaluation.metrics;

import java.util.List;

/**
 * Every figure for one code system.
 *
 * @param system     e.g. "ICD-10-CM"
 * @param exact      set scores on full codes
 * @param category   set scores on 3-character categories
 * @param ranking    P@k, R@k and MAP
 * @param perCode    one row per code, sorted by code
 * @param perChapter one row per ICD-10-CM chapter with codes
 * @param prCurve    precision and recall by score threshold
 * @param spans      evidence overlap on true positives with gold spans
 */
public record SystemMetrics(String system, SetScores exact, SetScores category, RankingScores ranking,
                            List<CodeRow> perCode, List<ChapterRow> perChapter, List<CurvePoint> prCurve,
                            SpanScores spans) {
    public SystemMetrics {
        perCode = List.copyOf(perCode);
        perChapter = List.copyOf(perChapter);
        prCurve = List.copyOf(prCurve);
    }
}
