package org.opencac.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.coding.CandidateRanker;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.CodeSectionRules;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.coding.SectionPolicy;
import org.opencac.engine.coding.SectionPolicyCheck;
import org.opencac.engine.convention.CodeFirstCheck;
import org.opencac.engine.convention.CombinationCodeCheck;
import org.opencac.engine.convention.DocumentationQueryCheck;
import org.opencac.engine.convention.Excludes1Check;
import org.opencac.engine.convention.IntegralSymptomCheck;
import org.opencac.engine.convention.NarrativeSymptomCheck;
import org.opencac.engine.convention.SameConditionCheck;
import org.opencac.engine.convention.SequencingCheck;
import org.opencac.engine.convention.SpecificityCheck;
import org.opencac.engine.lookup.IndexNavigator;
import org.opencac.engine.mention.MentionFinder;
import org.opencac.engine.mention.TriggerCheck;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcomeBuilder;
import org.opencac.engine.suggest.SuggestionBuilder;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.system.CodeSystems;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * The coding pipeline: a fixed sequence of stages, each adding one layer to the {@link Document}
 * (the shared stages, then the ICD-10-CM stages), then each requested code-system plug-in
 * ({@link CodeSystemModule}), which reads the document and returns its own result.
 * Thread-safe: stages hold only immutable state (or per-thread OpenNLP detectors).
 */
public final class Pipeline {
    private final CodeSetVersion version;
    private final List<Stage> stages;
    private final List<CodeSystemModule> modules;

    public Pipeline(CodeSetVersion version, List<Stage> stages) {
        this(version, stages, List.of());
    }

    public Pipeline(CodeSetVersion version, List<Stage> stages, List<CodeSystemModule> modules) {
        this.version = version;
        this.stages = List.copyOf(stages);
        this.modules = List.copyOf(modules);
    }

    /** This pipeline with code-system plug-ins added after the ICD-10-CM stages. */
    public Pipeline withModules(List<CodeSystemModule> added) {
        List<CodeSystemModule> all = new ArrayList<>(modules);
        all.addAll(added);
        return new Pipeline(version, stages, all);
    }

    /** The standard ICD-10-CM pipeline, in reading order. */
    public static Pipeline standard(ModelBundle models) {
        TriggerCheck triggers = TriggerCheck.standard(models);   // judges dictionary and Index-navigation mentions
        return new Pipeline(models.codeSet().version(), List.of(
                SectionDetector.standard(),
                SentenceSplitter.clinical(),
                MentionFinder.standard(models),
                triggers,
                IndexNavigator.standard(models.alphabeticIndex()),
                triggers,
                AssertionDetector.standard(),
                new CandidateRanker(models.codeSet(), CodeResolver.standard(models.codeSet(), models.index()),
                        HistoryCodeMap.standard(), CodeSectionRules.standard()),
                new SectionPolicyCheck(SectionPolicy.standard()),
                SpecificityCheck.standard(models.codeSet()),
                CombinationCodeCheck.standard(models.codeSet()),
                IntegralSymptomCheck.standard(),
                NarrativeSymptomCheck.standard(),
                new Excludes1Check(models.codeSet()),
                SequencingCheck.standard(models.codeSet()),
                new CodeFirstCheck(models.codeSet()),
                DocumentationQueryCheck.standard(models.codeSet()),
                SameConditionCheck.standard(models.codeSet()),
                new SuggestionBuilder(),
                new MentionOutcomeBuilder()));
    }

    /** Runs every stage and returns the full document (for tests, evaluation and debugging). */
    public Document run(Note note) {
        Document doc = Document.of(note);
        for (Stage s : stages) {
            // A caller that gave up (deadline, shutdown) interrupts the thread: stop at the next stage.
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("coding interrupted");
            }
            doc = s.process(doc);
        }
        return doc;
    }

    /** Codes a note in the default systems of its setting that this pipeline has. */
    public CodingResult code(Note note) {
        return code(note, CodeSystems.defaultsFor(note.setting()).stream().filter(this::supports).toList());
    }

    /**
     * Codes a note in the given systems, in that order.
     *
     * @throws IllegalArgumentException if a system has no plug-in in this pipeline
     */
    public CodingResult code(Note note, Collection<CodeSystem> systems) {
        for (CodeSystem s : systems) {
            if (!supports(s)) {
                throw new IllegalArgumentException(s.displayName() + " is not available in this pipeline");
            }
        }
        Document doc = run(note);
        SystemResult icd = new SystemResult(version, doc.suggestions(), doc.queries());
        List<SystemResult> results = new ArrayList<>();
        for (CodeSystem s : systems.stream().distinct().toList()) {
            results.add(s == CodeSystem.ICD10CM ? icd : module(s).code(doc));
        }
        boolean withIcd = systems.contains(CodeSystem.ICD10CM);
        return new CodingResult(version, withIcd ? icd.suggestions() : List.of(), withIcd ? icd.queries() : List.of(),
                results, doc.outcomes());
    }

    /** Whether this pipeline can code {@code system}. */
    public boolean supports(CodeSystem system) {
        return system == CodeSystem.ICD10CM || modules.stream().anyMatch(m -> m.system() == system);
    }

    /** The plug-in of a system other than ICD-10-CM. */
    public CodeSystemModule module(CodeSystem system) {
        return modules.stream().filter(m -> m.system() == system).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(system.displayName() + " is not available"));
    }

    /** The plug-ins, in wiring order. */
    public List<CodeSystemModule> modules() {
        return modules;
    }

    public CodeSetVersion version() {
        return version;
    }

    /** The stages in order (for per-stage profiling and cost tests). */
    public List<Stage> stages() {
        return stages;
    }
}
