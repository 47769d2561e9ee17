package org.opencac.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opencac.evaluation.CodingEvaluator;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.GoldAlignment;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.evaluation.ProgressListener;
import org.opencac.evaluation.ReportBuilder;
import org.opencac.evaluation.Span;
import org.opencac.evaluation.gold.CarriedGoldMatcher;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;

/**
 * {@code opencac eval} on Spark: the gold notes are coded on the executors (the costly part), their
 * predictions (a few hundred bytes a note) come back to the driver, and the evaluation library scores
 * them exactly as {@code opencac eval} does, so both report the same metrics for the same notes.
 */
public final class SparkEvaluation {
    private static final StructType NOTES = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("setting", DataTypes.StringType, true)});

    private SparkEvaluation() {
    }

    /**
     * Scores as {@code opencac eval} does, gold coded in an older release matched by what its codes became
     * ({@link CarriedGoldMatcher}).
     */
    public static EvaluationReport evaluate(SparkSession spark, GoldSet gold, int partitions) {
        return evaluate(spark, gold, partitions, carriedGold());
    }

    /** The gold alignment {@code opencac eval} uses: older-release gold codes carried through the conversion table. */
    public static GoldAlignment carriedGold() {
        return new CarriedGoldMatcher(ExecutorEngine.models().codeSet(), AlphabeticIndexLoader.conversion());
    }

    public static EvaluationReport evaluate(SparkSession spark, GoldSet gold, int partitions, GoldAlignment alignment) {
        List<Row> rows = new ArrayList<>();
        for (GoldNote n : gold.notes()) {
            rows.add(RowFactory.create(n.id(), n.text(), n.setting()));
        }
        Dataset<Row> notes = spark.createDataFrame(rows, NOTES).repartition(partitions);
        Map<String, Object> outcomes = predictions(new SparkCoder().code(notes)
                .select("note_id", "code_system", "code_set_version", "error", "suggestions").collectAsList());
        return new CodingEvaluator((id, text, setting) -> {
            Object outcome = outcomes.get(id);
            if (outcome instanceof Prediction p) {
                return p;
            }
            throw new IllegalStateException(outcome == null ? "note not coded" : outcome.toString());
        }, 1, ProgressListener.NONE, ReportBuilder.standard(), alignment).evaluate(gold);
    }

    /** Per note id, its {@link Prediction} or its error reason. */
    private static Map<String, Object> predictions(List<Row> coded) {
        Map<String, Object> out = new HashMap<>();
        for (Row r : coded) {
            if (!r.isNullAt(3)) {
                out.put(r.getString(0), r.getString(3));
                continue;
            }
            String system = r.getString(1);
            List<PredictedCode> codes = new ArrayList<>();
            for (Row s : r.<Row>getList(4)) {
                List<Span> spans = new ArrayList<>();
                for (Row e : s.<Row>getList(s.fieldIndex("evidence"))) {
                    spans.add(new Span(e.getInt(0), e.getInt(1)));
                }
                codes.add(new PredictedCode(system, s.getString(s.fieldIndex("code")),
                        s.getDouble(s.fieldIndex("score")), spans));
            }
            out.put(r.getString(0), new Prediction(system, r.getString(2), codes));
        }
        return out;
    }
}
