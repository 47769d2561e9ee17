package org.opencac.engine;

import java.util.List;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.coding.CandidateRanker;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.CodeSectionRules;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.convention.CodeFirstCheck;
import org.opencac.engine.convention.CombinationCodeCheck;
import org.opencac.engine.convention.DocumentationQueryCheck;
import org.opencac.engine.convention.Excludes1Check;
import org.opencac.engine.convention.IntegralSymptomCheck;
import org.opencac.engine.convention.NarrativeSymptomCheck;
import org.opencac.engine.convention.SequencingCheck;
import org.opencac.engine.convention.SpecificityCheck;
import org.opencac.engine.lookup.IndexNavigator;
import org.opencac.engine.mention.MentionFinder;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.SuggestionBuilder;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.CodeSetVersion;

/**
 * The coding pipeline: a fixed sequence of stages, each adding one layer to the {@link Document}.
 * Thread-safe: stages hold only immutable state (or per-thread OpenNLP detectors).
 */
public final class Pipeline {
    private final CodeSetVersion version;
    private final List<Stage> stages;

    public Pipeline(CodeSetVersion version, List<Stage> stages) {
        this.version = version;
        this.stages = List.copyOf(stages);
    }

    /** The standard ICD-10-CM pipeline, in reading order. */
    public static Pipeline standard(ModelBundle models) {
        return new Pipeline(models.codeSet().version(), List.of(
                SectionDetector.standard(),
                SentenceSplitter.clinical(),
                MentionFinder.standard(models),
                IndexNavigator.standard(models.alphabeticIndex()),
                AssertionDetector.standard(),
                new CandidateRanker(models.codeSet(), CodeResolver.standard(models.codeSet(), models.index()),
                        HistoryCodeMap.standard(), CodeSectionRules.standard()),
                SpecificityCheck.standard(models.codeSet()),
                CombinationCodeCheck.standard(models.codeSet()),
                IntegralSymptomCheck.standard(),
                NarrativeSymptomCheck.standard(),
                new Excludes1Check(models.codeSet()),
                SequencingCheck.standard(models.codeSet()),
                new CodeFirstCheck(models.codeSet()),
                DocumentationQueryCheck.standard(models.codeSet()),
                new SuggestionBuilder()));
    }

    /** Runs every stage and returns the full document (for tests, evaluation and debugging). */
    public Document run(Note note) {
        Document doc = Document.of(note);
        for (Stage s : stages) {
            doc = s.process(doc);
        }
        return doc;
    }

    /** Codes a note. */
    public CodingResult code(Note note) {
        Document doc = run(note);
        return new CodingResult(version, doc.suggestions(), doc.queries());
    }

    public CodeSetVersion version() {
        return version;
    }
}
