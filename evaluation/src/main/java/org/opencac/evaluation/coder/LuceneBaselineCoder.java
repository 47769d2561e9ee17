package org.opencac.evaluation.coder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.evaluation.NoteCoder;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.evaluation.Span;
import org.opencac.models.ModelBundle;
import org.opencac.models.index.CodeHit;

/**
 * The comparison baseline: plain Lucene search of the code index with each line or sentence of the note,
 * with no sections, concept extraction, assertion or coding rules. A code's score is its best hit's
 * score relative to that query's top hit, plus a little per repeated hit.
 */
public final class LuceneBaselineCoder implements NoteCoder {
    private static final Pattern PIECE = Pattern.compile("[^\\n.;]+");
    private static final int HITS_PER_PIECE = 2;
    private static final int MAX_CODES = 25;

    private final ModelBundle models;

    public LuceneBaselineCoder(ModelBundle models) {
        this.models = models;
    }

    @Override
    public Prediction code(String noteId, String text, String setting) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            String piece = m.group();
            if (piece.isBlank()) {
                continue;
            }
            List<CodeHit> hits = models.index().searchAnyWord(piece, HITS_PER_PIECE);
            if (hits.isEmpty()) {
                continue;
            }
            float top = hits.get(0).score();
            for (CodeHit h : hits) {
                double s = h.score() / top;
                scores.computeIfAbsent(h.code(), k -> new double[1])[0] += s;
                spans.computeIfAbsent(h.code(), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
            }
        }
        String system = models.codeSet().version().system().displayName();
        List<PredictedCode> out = new ArrayList<>();
        scores.forEach((code, s) -> out.add(new PredictedCode(system, code, s[0], spans.get(code))));
        out.sort(Comparator.comparingDouble(PredictedCode::score).reversed());
        return new Prediction(system, models.codeSet().version().label(), out.stream().limit(MAX_CODES).toList());
    }
}
