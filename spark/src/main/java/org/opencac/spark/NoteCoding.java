package org.opencac.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;

/**
 * Codes the notes of one partition with the JVM's engine: one result row per input row, in input
 * order. A row that cannot be coded (see {@link NoteCheck}) or whose coding throws gets its reason in
 * {@code error} and no suggestions; the task never fails because of a note.
 */
final class NoteCoding {
    static final StructType EVIDENCE = new StructType(new StructField[] {
        DataTypes.createStructField("start", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false),
        DataTypes.createStructField("section", DataTypes.StringType, true),
        DataTypes.createStructField("assertion", DataTypes.StringType, true),
        DataTypes.createStructField("experiencer", DataTypes.StringType, true)});

    static final StructType SUGGESTION = new StructType(new StructField[] {
        DataTypes.createStructField("rank", DataTypes.IntegerType, false),
        DataTypes.createStructField("code", DataTypes.StringType, false),
        DataTypes.createStructField("description", DataTypes.StringType, true),
        DataTypes.createStructField("score", DataTypes.DoubleType, false),
        DataTypes.createStructField("first_listed", DataTypes.BooleanType, false),
        DataTypes.createStructField("assertion", DataTypes.StringType, true),
        DataTypes.createStructField("evidence", DataTypes.createArrayType(EVIDENCE, false), false)});

    /** One row per input note. */
    static final StructType RESULT = new StructType(new StructField[] {
        DataTypes.createStructField("note_id", DataTypes.StringType, true),
        DataTypes.createStructField("setting", DataTypes.StringType, true),
        DataTypes.createStructField("date_of_service", DataTypes.StringType, true),
        DataTypes.createStructField("text_length", DataTypes.IntegerType, true),
        DataTypes.createStructField("code_system", DataTypes.StringType, true),
        DataTypes.createStructField("code_set_version", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("suggestions", DataTypes.createArrayType(SUGGESTION, false), true),
        DataTypes.createStructField("warnings", DataTypes.createArrayType(DataTypes.StringType, false), true)});

    private NoteCoding() {
    }

    /**
     * Codes the rows of a partition; input columns id, text, setting, date_of_service, sex (any may be null). The
     * date of service picks the code-set releases; {@code warnings} says when the ICD-10-CM release used is
     * not valid on it. The patient's sex decides codes for one sex only (null: the note is read for it).
     */
    static Iterator<Row> codePartition(Iterator<Row> rows, int maxCodePoints) {
        Pipeline pipeline = null;
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row in = rows.next();
            String id = in.getString(0);
            String text = in.getString(1);
            String setting = in.isNullAt(2) ? null : in.getString(2).trim().toLowerCase(java.util.Locale.ROOT);
            String date = in.isNullAt(3) ? null : String.valueOf(in.get(3));
            Integer length = text == null ? null : text.length();
            String sex = in.isNullAt(4) ? null : in.getString(4);
            Optional<String> problem = NoteCheck.problem(id, text, setting, date, maxCodePoints)
                    .or(() -> NoteCheck.sexProblem(sex));
            if (problem.isPresent()) {
                out.add(RowFactory.create(id, setting, date, length, null, null, problem.get(), null, null));
                continue;
            }
            if (pipeline == null) {
                pipeline = ExecutorEngine.pipeline();
            }
            CodingResult r;
            try {
                Note note = new Note(text, CareSetting.parse(setting).orElseThrow(),
                        sex == null ? null : PatientSex.parse(sex).orElseThrow());
                r = date == null ? pipeline.code(note)
                        : pipeline.code(note, List.of(), NoteCheck.dateOfService(date).orElseThrow());
            } catch (RuntimeException | StackOverflowError e) {
                out.add(RowFactory.create(id, setting, date, length, null, null,
                        "coding_failed: " + e.getClass().getSimpleName(), null, null));
                continue;
            }
            out.add(RowFactory.create(id, setting, date, length, r.codeSetVersion().system().displayName(),
                    r.codeSetVersion().label(), null, suggestions(r), icdWarnings(r)));
        }
        return out.iterator();
    }

    /** The rows carry ICD-10-CM suggestions only, so only that release's warnings concern them. */
    private static String[] icdWarnings(CodingResult r) {
        return r.system(org.opencac.models.codeset.CodeSystem.ICD10CM)
                .map(org.opencac.engine.suggest.SystemResult::warnings).orElse(List.of()).toArray(String[]::new);
    }

    private static Row[] suggestions(CodingResult r) {
        List<Row> out = new ArrayList<>(r.suggestions().size());
        int rank = 1;
        for (Suggestion s : r.suggestions()) {
            List<Row> evidence = new ArrayList<>(s.evidence().size());
            for (EvidenceSpan e : s.evidence()) {
                evidence.add(RowFactory.create(e.start(), e.end(), e.section(), e.assertion(), e.experiencer()));
            }
            String assertion = s.evidence().isEmpty() ? null : s.evidence().get(0).assertion();
            out.add(RowFactory.create(rank++, s.code(), s.description(), s.score(), s.firstListed(), assertion,
                    evidence.toArray(new Row[0])));
        }
        return out.toArray(new Row[0]);
    }
}
