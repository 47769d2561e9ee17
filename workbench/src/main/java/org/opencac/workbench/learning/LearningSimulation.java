package org.opencac.workbench.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.models.codeset.CodeSet;
import org.opencac.workbench.encounter.DecisionAction;
import org.opencac.workbench.encounter.DecisionRequest;
import org.opencac.workbench.encounter.EncounterService;
import org.opencac.workbench.encounter.NewEncounter;
import org.opencac.workbench.encounter.Principal;
import org.opencac.workbench.encounter.RejectReason;
import org.opencac.workbench.encounter.Views.EncounterView;
import org.opencac.workbench.encounter.Views.SuggestionView;
import org.opencac.workbench.encounter.WorkbenchException;
import org.opencac.workbench.store.Store;
import org.opencac.workbench.store.StoreSettings;

/**
 * Measures learning with a simulated coder, through the real service and store (an in-memory H2 database).
 * The gold notes are split in two halves (alternate notes). On the training half the coder reviews each
 * encounter by the gold codes: accept a gold code; change a wrong code to a missed gold code of the same
 * category; reject the rest; add the gold codes still missing (with the gold evidence span when the gold set has
 * one). The other half is then submitted twice, to an organisation that learned nothing (before) and to the one
 * that learned (after), and scored against its gold codes. Both folds are run (A→B and B→A).
 */
public final class LearningSimulation {
    private final Pipeline pipeline;
    private final CodeSet codeSet;

    public LearningSimulation(Pipeline pipeline, CodeSet codeSet) {
        this.pipeline = pipeline;
        this.codeSet = codeSet;
    }

    /** A gold note: its codes with their evidence spans ({@code int[]{start, end}}; may be empty). */
    public record GoldNote(String id, String text, CareSetting setting, List<GoldCode> codes) {
    }

    public record GoldCode(String code, List<int[]> spans) {
    }

    /** Exact-code counts over a set of notes. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /**
     * One fold's outcome.
     *
     * @param decisions  decisions the simulated coder made on the training half
     * @param heldBack   suggestions learning suppressed on the scored half
     * @param recoded    suggestions learning changed to another code on the scored half
     * @param learnedAdd codes learning added on the scored half
     */
    public record Fold(String name, int trainNotes, int scoredNotes, int decisions, Score before, Score after,
                       int heldBack, int recoded, int learnedAdd) {
    }

    public record Result(List<Fold> folds, Score before, Score after) {
    }

    public Result run(List<GoldNote> notes) {
        List<GoldNote> a = new ArrayList<>();
        List<GoldNote> b = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            (i % 2 == 0 ? a : b).add(notes.get(i));
        }
        StoreSettings mem = new StoreSettings("jdbc:h2:mem:learning-sim-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "", "", 4);
        try (Store store = Store.open(mem)) {
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            LearningService learning = new LearningService(store);
            EncounterService service = new EncounterService(store, pipeline, codeSet,
                    new FeedbackLearner(LearningPolicy.standard(), codeSet), learning, json, Clock.systemUTC());
            Fold ab = fold(service, learning, json, "A->B", a, b);
            Fold ba = fold(service, learning, json, "B->A", b, a);
            return new Result(List.of(ab, ba), ab.before().plus(ba.before()), ab.after().plus(ba.after()));
        }
    }

    private Fold fold(EncounterService service, LearningService learning, ObjectMapper json, String name, List<GoldNote> train,
                      List<GoldNote> test) {
        Principal trained = new Principal("sim-" + name, "sim-coder");
        Principal fresh = new Principal("sim-" + name + "-untrained", "sim-coder");
        int decisions = 0;
        for (GoldNote n : train) {
            EncounterView e = submit(service, json, trained, n, "train");
            decisions += review(service, trained, e, n);
        }
        Score before = new Score(0, 0, 0);
        Score after = new Score(0, 0, 0);
        int held = 0;
        int recoded = 0;
        int added = 0;
        for (GoldNote n : test) {
            before = before.plus(score(submit(service, json, fresh, n, "test"), n));
            EncounterView e = submit(service, json, trained, n, "test");
            after = after.plus(score(e, n));
            for (SuggestionView s : e.suggestions()) {
                held += s.status().equals("suppressed") ? 1 : 0;
                recoded += s.rationale().stream().anyMatch(r -> r.startsWith("Learning: coders changed")) ? 1 : 0;
                added += s.origin().equals("learned") ? 1 : 0;
            }
        }
        return new Fold(name, train.size(), test.size(), decisions, before, after, held, recoded, added);
    }

    private static EncounterView submit(EncounterService service, ObjectMapper json, Principal p, GoldNote n,
                                        String tag) {
        NewEncounter req = new NewEncounter(n.id() + "-" + tag, n.setting(), LocalDate.of(2026, 1, 1), "simulation",
                null, null, n.text());
        try {
            long id = json.readTree(service.submit(p, req, null, null).body()).get("id").asLong();
            return service.get(p.orgId(), id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The simulated coder's review of one encounter; returns the number of decisions made. */
    private int review(EncounterService service, Principal p, EncounterView e, GoldNote n) {
        Set<String> gold = new HashSet<>();
        n.codes().forEach(c -> gold.add(c.code()));
        Set<String> suggested = new HashSet<>();
        e.suggestions().forEach(s -> suggested.add(s.code()));
        Set<String> onClaim = new HashSet<>();
        int count = 0;
        for (SuggestionView s : e.suggestions()) {
            if (!s.status().equals("pending")) {
                continue;
            }
            DecisionRequest req;
            if (gold.contains(s.code())) {
                req = new DecisionRequest(s.id(), DecisionAction.ACCEPT, null, null, null, -1, -1);
                onClaim.add(s.code());
            } else {
                String category = s.code().substring(0, Math.min(3, s.code().length()));
                String replacement = gold.stream().filter(g -> g.startsWith(category) && !suggested.contains(g)
                        && !onClaim.contains(g)).sorted().findFirst().orElse(null);
                req = replacement != null
                        ? new DecisionRequest(s.id(), DecisionAction.MODIFY, RejectReason.WRONG_SPECIFICITY, null,
                        replacement, -1, -1)
                        : new DecisionRequest(s.id(), DecisionAction.REJECT, RejectReason.NOT_DOCUMENTED, null, null,
                        -1, -1);
                if (replacement != null) {
                    onClaim.add(replacement);
                }
            }
            count += decide(service, p, e.id(), req);
        }
        for (GoldCode g : n.codes()) {
            if (onClaim.contains(g.code()) || suggested.contains(g.code())) {
                continue;
            }
            int[] span = g.spans().isEmpty() ? new int[] {-1, -1} : g.spans().get(0);
            count += decide(service, p, e.id(), new DecisionRequest(null, DecisionAction.ADD, null, null, g.code(),
                    span[0], span[1]));
            onClaim.add(g.code());
        }
        return count;
    }

    private static int decide(EncounterService service, Principal p, long encounterId, DecisionRequest req) {
        try {
            service.decide(p, encounterId, req, null, null);
            return 1;
        } catch (WorkbenchException e) {
            return 0; // a gold code outside this code set version, or already on the encounter
        }
    }

    /** Suggestions shown as active (pending; not held back) against the gold codes. */
    private static Score score(EncounterView e, GoldNote n) {
        Set<String> gold = new HashSet<>();
        n.codes().forEach(c -> gold.add(c.code()));
        Set<String> predicted = new HashSet<>();
        e.suggestions().stream().filter(s -> s.status().equals("pending")).forEach(s -> predicted.add(s.code()));
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new Score(tp, predicted.size() - tp, gold.size() - tp);
    }

    /** A Markdown table of the result. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder("| fold | trained on | scored on | decisions | P before | P after | "
                + "R before | R after | F1 before | F1 after | held back | re-coded | learned adds |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Fold f : r.folds()) {
            b.append(String.format(Locale.ROOT, "| %s | %d notes | %d notes | %d | %.3f | %.3f | %.3f | %.3f | %.3f | "
                            + "%.3f | %d | %d | %d |%n", f.name(), f.trainNotes(), f.scoredNotes(), f.decisions(),
                    f.before().precision(), f.after().precision(), f.before().recall(), f.after().recall(),
                    f.before().f1(), f.after().f1(), f.heldBack(), f.recoded(), f.learnedAdd()));
        }
        b.append(String.format(Locale.ROOT, "| both folds | | | | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | | | |%n",
                r.before().precision(), r.after().precision(), r.before().recall(), r.after().recall(),
                r.before().f1(), r.after().f1()));
        return b.toString();
    }
}
