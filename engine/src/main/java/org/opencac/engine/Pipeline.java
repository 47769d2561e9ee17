package org.opencac.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.coding.AssertionPolicy;
import org.opencac.engine.coding.CandidateRanker;
import org.opencac.engine.coding.CandidateScoring;
import org.opencac.engine.coding.NeoplasmUnderTreatment;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.CurrentHabit;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.coding.InjuryAftercare;
import org.opencac.engine.coding.ScoringWeights;
import org.opencac.engine.coding.SectionGate;
import org.opencac.engine.coding.SectionPolicy;
import org.opencac.engine.coding.SectionPolicyCheck;
import org.opencac.engine.coding.SpecifyingFindings;
import org.opencac.engine.coding.TabularResolution;
import org.opencac.engine.convention.BilateralCheck;
import org.opencac.engine.convention.BreastClockPositionCheck;
import org.opencac.engine.convention.CodeFirstCheck;
import org.opencac.engine.convention.CombinationCodeCheck;
import org.opencac.engine.convention.CulturedOrganismCheck;
import org.opencac.engine.convention.DocumentedTypeCheck;
import org.opencac.engine.convention.DocumentationQueryCheck;
import org.opencac.engine.convention.Excludes1Check;
import org.opencac.engine.convention.InfectiousAgentCheck;
import org.opencac.engine.convention.IntegralSymptomCheck;
import org.opencac.engine.convention.IntractableWordsCheck;
import org.opencac.engine.convention.GeneralInformationCheck;
import org.opencac.engine.convention.NarrativeSymptomCheck;
import org.opencac.engine.convention.NeoplasmSiteFromWorkingStatement;
import org.opencac.engine.convention.NeoplasmSiteFromNamedMass;
import org.opencac.engine.convention.NeoplasmSiteFromFindingCode;
import org.opencac.engine.convention.NeoplasmSiteWords;
import org.opencac.engine.convention.ExplainedByNeoplasmCheck;
import org.opencac.engine.convention.ImagingFindingCheck;
import org.opencac.engine.convention.SameConditionCheck;
import org.opencac.engine.convention.RevisedStatementCheck;
import org.opencac.engine.convention.CompanionCodeCheck;
import org.opencac.engine.convention.ManifestationCodeCheck;
import org.opencac.engine.convention.MentalDisorderDueToConditionCheck;
import org.opencac.engine.convention.MetastaticPrimaryCheck;
import org.opencac.engine.convention.SecondaryNeoplasmOrder;
import org.opencac.engine.convention.SoleCodeCheck;
import org.opencac.engine.convention.CurrentConditionHistoryCheck;
import org.opencac.engine.convention.FamilyHistoryRelevanceCheck;
import org.opencac.engine.convention.PatientSexCheck;
import org.opencac.engine.convention.PrincipalDiagnosisChoice;
import org.opencac.engine.convention.SpecificityCheck;
import org.opencac.engine.convention.InjurySequelaCheck;
import org.opencac.engine.convention.StrokeSequelaCheck;
import org.opencac.engine.convention.SupplementaryCodeOrder;
import org.opencac.engine.convention.UnknownSiteCheck;
import org.opencac.engine.encounter.DeliveryOutcomeCheck;
import org.opencac.engine.encounter.EncounterReasonFinder;
import org.opencac.engine.encounter.ObstetricRecordCheck;
import org.opencac.engine.encounter.PastConditionCheck;
import org.opencac.engine.encounter.PregnancyConditionCheck;
import org.opencac.engine.encounter.PuerperiumCheck;
import org.opencac.engine.encounter.SubsequentCareCheck;
import org.opencac.engine.encounter.TrimesterCheck;
import org.opencac.engine.encounter.WoundAftercareCheck;
import org.opencac.engine.assertion.ContextRules;
import org.opencac.engine.lookup.DeniedComponentFinder;
import org.opencac.engine.lookup.FindingFinder;
import org.opencac.engine.lookup.IndexNavigator;
import org.opencac.engine.lookup.NavigationRules;
import org.opencac.engine.mention.MentionFinder;
import org.opencac.engine.mention.SpinalRegionReading;
import org.opencac.engine.mention.StudySiteReading;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.mention.TriggerCheck;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcomeBuilder;
import org.opencac.engine.suggest.SiteQueries;
import org.opencac.engine.suggest.SuggestionBuilder;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSetVersions;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.system.CodeSystems;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * The coding pipeline: a fixed sequence of stages, each adding one layer to the {@link Document}
 * (the shared stages, then the ICD-10-CM stages), then each requested code-system plug-in
 * ({@link CodeSystemModule}), which reads the document and returns its own result. A request that does not
 * ask for ICD-10-CM runs the shared stages only: the plug-ins read no ICD-10-CM layer.
 * Thread-safe: stages hold only immutable state (or per-thread OpenNLP detectors).
 */
public final class Pipeline {
    private final CodeSetVersion version;
    private final List<Stage> shared;
    private final List<Stage> stages;
    private final List<CodeSystemModule> modules;
    private final CodeSetVersions<CodeSystemModule> versions;
    private final CodeSetVersions<CodeSetVersion> icdVersions;
    /**
     * Whether a note records no encounter (a handout defining a condition, {@link GeneralInformationCheck}): the
     * ICD-10-CM stage drops its diagnoses, and each plug-in's procedure and supply codes are dropped here alike.
     */
    private final Predicate<String> noEncounter;

    /** A pipeline whose stages all run for every request (none is marked as ICD-10-CM's own). */
    public Pipeline(CodeSetVersion version, List<Stage> stages) {
        this(version, stages, List.of());
    }

    /** A pipeline whose stages all run for every request, with plug-ins. */
    public Pipeline(CodeSetVersion version, List<Stage> stages, List<CodeSystemModule> modules) {
        this(version, stages, List.of(), modules);
    }

    /**
     * @param shared    the stages every code system reads (sections, sentences and tokens), in order
     * @param icd       the ICD-10-CM stages after them, skipped when a request does not ask for ICD-10-CM
     * @param modules   the plug-ins; they read only the shared stages' layers
     */
    public Pipeline(CodeSetVersion version, List<Stage> shared, List<Stage> icd, List<CodeSystemModule> modules) {
        this(version, shared, icd, modules, text -> false);
    }

    /**
     * @param noEncounter whether a note's text records no encounter: no plug-in's codes are then reported (the
     *                    ICD-10-CM stages judge their own candidates)
     */
    public Pipeline(CodeSetVersion version, List<Stage> shared, List<Stage> icd, List<CodeSystemModule> modules,
                    Predicate<String> noEncounter) {
        this.noEncounter = noEncounter;
        this.version = version;
        this.shared = List.copyOf(shared);
        List<Stage> all = new ArrayList<>(shared);
        all.addAll(icd);
        this.stages = List.copyOf(all);
        this.modules = List.copyOf(modules);
        this.versions = CodeSetVersions.of(this.modules, CodeSystemModule::version);
        this.icdVersions = CodeSetVersions.of(List.of(version), v -> v);
    }

    /** This pipeline with code-system plug-ins added after the ICD-10-CM stages. */
    public Pipeline withModules(List<CodeSystemModule> added) {
        List<CodeSystemModule> all = new ArrayList<>(modules);
        all.addAll(added);
        return new Pipeline(version, shared, stages.subList(shared.size(), stages.size()), all, noEncounter);
    }

    /** The standard ICD-10-CM pipeline, in reading order. */
    public static Pipeline standard(ModelBundle models) {
        return standard(models, Runnable::run);
    }

    /**
     * The standard ICD-10-CM pipeline, with its costlier stages made as tasks on {@code parts} while this thread
     * makes the others (they read the models and share nothing else; at start-up the stages' tables take about
     * a second of CPU). The stages and their order are the same whatever the executor.
     */
    public static Pipeline standard(ModelBundle models, Executor parts) {
        ScoringWeights weights = ScoringWeights.standard();
        CompletableFuture<CodeResolver> resolver = CompletableFuture.supplyAsync(
                () -> CodeResolver.standard(models.codeSet(), models.index()), parts);
        CompletableFuture<TriggerCheck> triggerCheck = CompletableFuture.supplyAsync(
                () -> {
                    NavigationRules navigation = NavigationRules.standard();
                    return TriggerCheck.standard(models, navigation.phraseEquivalents(),
                            navigation.wordEquivalents(), navigation::formsOf);
                }, parts);   // judges dictionary and Index-navigation mentions
        CompletableFuture<SentenceSplitter> sentences = CompletableFuture.supplyAsync(SentenceSplitter::clinical, parts);
        WordForms forms = WordForms.standard(models.lexicon(), models.alphabeticIndex(), models.index().derivedDir());   // "renal": kidney
        CompletableFuture<IndexNavigator> navigator = CompletableFuture.supplyAsync(
                () -> IndexNavigator.standard(models.alphabeticIndex(), models.codeSet(), forms,
                        AssertionPolicy.finalStatementSections()), parts);
        MentionFinder mentions = MentionFinder.standard(models, forms);
        TriggerCheck triggers = joined(triggerCheck);
        ContextRules contextRules = ContextRules.standard();   // the assertion cues, also read by the mentions
        SectionPolicy sections = SectionPolicy.standard();    // what each section means, read by two stages
        SpinalRegionReading spinal = SpinalRegionReading.standard(models.lexicon(), forms, models.codeSet());
        GeneralInformationCheck generalInformation = GeneralInformationCheck.standard();
        IntegralSymptomCheck integralSymptoms = IntegralSymptomCheck.standard(models.codeSet());   // also asked by the first-listed choice
        List<String> chronicConditions = HistoryMapping.readPrefixes(HistoryMapping.CHRONIC);   // read by three stages
        RevisedStatementCheck revisedStatements = RevisedStatementCheck.standard();   // its pairs also read by the next
        NeoplasmSiteWords neoplasmSites = NeoplasmSiteWords.bundled(forms);   // read by two stages
        SpecifyingFindings specifying = SpecifyingFindings.standard(models.codeSet());   // read by two stages
        SameConditionCheck sameCondition = SameConditionCheck.standard(models.codeSet(), revisedStatements, specifying);
        return new Pipeline(models.codeSet().version(), List.of(
                SectionDetector.standard(),
                joined(sentences)), List.of(
                mentions,
                spinal,   // "disc herniation at L4-5": lumbar
                triggers,
                joined(navigator),
                spinal.forIndexPaths(),   // Index "spondylosis with radiculopathy" (site unspecified) at L5-S1: lumbosacral
                mentions.sharedSiteStage(),   // "pain and swelling in the right knee": pain in the right knee
                triggers.forIndexPaths(),
                EncounterReasonFinder.standard(models.codeSet()),   // Z codes of the reason for the encounter
                FindingFinder.standard(models.alphabeticIndex(), forms),   // "no polyps": a finding coded by nothing
                spinal.forFindings(AssertionPolicy.finalStatementSections()),   // statement's "C5-C6 stenosis": cervical
                StudySiteReading.standard(models.lexicon()),   // "EXAM: views of the left wrist. INDICATION: Pain.": wrist pain
                DeniedComponentFinder.standard(models.alphabeticIndex(), forms),   // "nausea without vomiting": vomiting ruled out
                new AssertionDetector(contextRules),
                new CandidateRanker(
                        new TabularResolution(models.codeSet(), joined(resolver), weights),
                        SectionGate.standard(),
                        new AssertionPolicy(HistoryMapping.standard(models.codeSet(), chronicConditions)),
                        new CandidateScoring(weights),
                        CurrentHabit.standard(),    // "a smoker" in a history list is still a smoker
                        models.codeSet(), InjuryAftercare.standard(),   // "s/p fixation of a fracture": 7th character D
                        NeoplasmUnderTreatment.standard()),   // "history of X cancer, on chemotherapy": current, not Z85
                new SectionPolicyCheck(sections, models.codeSet(), specifying),
                generalInformation,   // a handout defining a condition: no patient's condition
                WoundAftercareCheck.standard(models.codeSet()),   // a dressing change: an injury's aftercare, a step of an operation
                SubsequentCareCheck.standard(models.codeSet()),   // 7th character D after active treatment
                InjurySequelaCheck.standard(models.codeSet()),    // an injury of an earlier year: S with its residual, else healed
                PastConditionCheck.standard(models.codeSet()),    // follow-up finding no recurrence: Z85, not C
                ObstetricRecordCheck.standard(models.codeSet()),   // maternal codes only on a pregnant patient's record
                DeliveryOutcomeCheck.standard(models.codeSet()),   // a delivery's liveborn infants: its Z37 outcome
                new TrimesterCheck(models.codeSet()),              // the trimester the weeks of gestation say
                PuerperiumCheck.standard(models.codeSet()),        // after the delivery: the code of the puerperium
                PatientSexCheck.standard(models.codeSet(), models.index().derivedDir()),   // a code for one sex only: the patient's sex's
                BilateralCheck.standard(models.codeSet()),         // both sides documented: bilateral, else right and left
                BreastClockPositionCheck.standard(models.codeSet()),   // a breast lump at the 4 o'clock position: its quadrant
                SpecificityCheck.standard(models.codeSet()),
                DocumentedTypeCheck.standard(models.codeSet()),    // the diabetes type the note documents
                IntractableWordsCheck.standard(models.codeSet()),  // "epilepsy, poorly controlled": the intractable twin
                CombinationCodeCheck.standard(models.codeSet(), sections, sameCondition),   // with the stage it reports
                ManifestationCodeCheck.standard(models.codeSet(),   // Alzheimer disease with its dementia F02.80
                        ManifestationCodeCheck.Pairing.MANIFESTATION),
                ManifestationCodeCheck.standard(models.codeSet(),   // septic shock after its sepsis, A41.9 if none named
                        ManifestationCodeCheck.Pairing.UNDERLYING_INFECTION),
                StrokeSequelaCheck.standard(models.codeSet()),     // an earlier stroke's remaining deficit: I69
                NeoplasmSiteFromFindingCode.standard(models.codeSet(), neoplasmSites),   // breast cancer beside its quadrant's lump: C50.312
                integralSymptoms,
                NarrativeSymptomCheck.standard(integralSymptoms),   // a stated reason: only by its related diagnosis
                CulturedOrganismCheck.standard(models.codeSet()),  // "pneumonia; sputum grew Klebsiella": J15.0
                new InfectiousAgentCheck(models.codeSet(), models.lexicon()),
                ImagingFindingCheck.standard(models.codeSet()),     // a mass a CT reports: R90-R93, not R22
                NeoplasmSiteFromWorkingStatement.standard(models.codeSet(), revisedStatements, neoplasmSites),   // "pleural mass", then "mesothelioma": C45.0
                NeoplasmSiteFromNamedMass.standard(models.codeSet(), neoplasmSites),   // "pleural nodule ... shows mesothelioma": C45.0
                new Excludes1Check(models.codeSet(), sameCondition),
                sameCondition,                                         // one suggestion per documented condition
                MentalDisorderDueToConditionCheck.standard(models.codeSet()),   // the condition's depression due to a named disease: F06.3-
                revisedStatements,                                     // a working diagnosis the final statement words otherwise
                ExplainedByNeoplasmCheck.standard(),                   // a lesion or test finding its organ's neoplasm explains
                SoleCodeCheck.standard(),                              // O80, Z3A not beside the codes they exclude
                CurrentConditionHistoryCheck.standard(chronicConditions),   // no history code for a current condition
                PregnancyConditionCheck.standard(models.codeSet()),    // a pregnant patient's appendicitis: O99.61- with it
                CompanionCodeCheck.standard(),                         // external cause, BMI, Z3A only beside what they qualify
                PrincipalDiagnosisChoice.standard(models.codeSet(), chronicConditions, integralSymptoms),   // first-listed
                FamilyHistoryRelevanceCheck.standard(),                // family history only where it bears on the first-listed
                MetastaticPrimaryCheck.standard(models.codeSet()),     // "metastatic tongue carcinoma": C79.9 beside it
                SecondaryNeoplasmOrder.standard(),                     // a first-listed primary's metastases right after it
                SupplementaryCodeOrder.standard(),                     // history and status Z codes after the conditions
                new CodeFirstCheck(models.codeSet()),
                DocumentationQueryCheck.standard(models.codeSet()),
                UnknownSiteCheck.standard(),
                new SuggestionBuilder(),
                new SiteQueries(),
                MentionOutcomeBuilder.standard(contextRules)), List.of(), generalInformation::isGeneralInformation);
    }

    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Runs every stage and returns the full document (for tests, evaluation and debugging). */
    public Document run(Note note) {
        return run(note, stages);
    }

    private static Document run(Note note, List<Stage> stages) {
        Document doc = Document.of(note);
        for (Stage s : stages) {
            // A caller that gave up (deadline, shutdown) interrupts the thread: stop at the next stage.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("coding interrupted");
            }
            doc = s.process(doc);
        }
        return doc;
    }

    /**
     * Codes a note for a date of service: each system is coded with its release valid on that date
     * ({@link CodeSetVersions}); a system with no release valid then is coded with the nearest one and its
     * result carries a warning. {@code systems} empty = the setting's defaults; {@code dateOfService} null =
     * the newest releases, as {@link #code(Note, Collection)}.
     */
    public CodingResult code(Note note, Collection<CodeSystem> systems, java.time.LocalDate dateOfService) {
        Collection<CodeSystem> asked = systems.isEmpty()
                ? CodeSystems.defaultsFor(note.setting()).stream().filter(this::supports).toList() : systems;
        return code(note, asked, s -> versions.select(s, dateOfService), icdWarnings(dateOfService));
    }

    /**
     * Why this pipeline's ICD-10-CM release may not fit a date of service: empty when it is valid then (or
     * undated, or no date is given), else one warning naming the date and the release. For callers that
     * run the ICD-10-CM stages directly ({@link #run}) and still owe the user the release check.
     */
    public List<String> icdWarnings(java.time.LocalDate dateOfService) {
        return dateOfService == null ? List.of() : icdVersions.select(CodeSystem.ICD10CM, dateOfService).warnings();
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
        return code(note, systems, s -> versions.select(s, null), List.of());
    }

    private CodingResult code(Note note, Collection<CodeSystem> systems,
                              Function<CodeSystem, CodeSetVersions.Selection<CodeSystemModule>> release,
                              List<String> icdWarnings) {
        for (CodeSystem s : systems) {
            if (!supports(s)) {
                throw new IllegalArgumentException(s.displayName() + " is not available in this pipeline");
            }
        }
        boolean withIcd = systems.contains(CodeSystem.ICD10CM);
        Document doc = run(note, withIcd ? stages : shared);
        SystemResult icd = new SystemResult(version, doc.suggestions(), doc.queries(), icdWarnings);
        List<SystemResult> results = new ArrayList<>();
        for (CodeSystem s : systems.stream().distinct().toList()) {
            if (s == CodeSystem.ICD10CM) {
                results.add(icd);
            } else {
                CodeSetVersions.Selection<CodeSystemModule> chosen = release.apply(s);
                SystemResult r = chosen.value().code(doc).withWarnings(chosen.warnings());
                // a handout records no encounter: no procedure or supply was given (rule general-information)
                results.add(r.suggestions().isEmpty() || !noEncounter.test(doc.text()) ? r
                        : new SystemResult(r.codeSetVersion(), List.of(), r.queries(), r.warnings()));
            }
        }
        return new CodingResult(version, withIcd ? icd.suggestions() : List.of(), withIcd ? icd.queries() : List.of(),
                results, doc.outcomes());
    }

    /** Whether this pipeline can code {@code system}. */
    public boolean supports(CodeSystem system) {
        return system == CodeSystem.ICD10CM || modules.stream().anyMatch(m -> m.system() == system);
    }

    /** The plug-in of a system other than ICD-10-CM (its newest release when several are loaded). */
    public CodeSystemModule module(CodeSystem system) {
        return versions.newest(system).value();
    }

    /** The loaded releases of the plug-in systems, with their validity periods. */
    public CodeSetVersions<CodeSystemModule> versions() {
        return versions;
    }

    /** The plug-ins, in wiring order. */
    public List<CodeSystemModule> modules() {
        return modules;
    }

    public CodeSetVersion version() {
        return version;
    }

    /** The stages every code system reads, in order; the rest of {@link #stages()} are ICD-10-CM's. */
    public List<Stage> sharedStages() {
        return shared;
    }

    /** The stages in order (for per-stage profiling and cost tests). */
    public List<Stage> stages() {
        return stages;
    }
}
