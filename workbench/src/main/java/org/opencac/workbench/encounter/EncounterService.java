package org.opencac.workbench.encounter;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionStatus;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.workbench.encounter.Views.ClaimCode;
import org.opencac.workbench.encounter.Views.DecisionResult;
import org.opencac.workbench.encounter.Views.DecisionView;
import org.opencac.workbench.encounter.Views.EncounterView;
import org.opencac.workbench.encounter.Views.SuggestionView;
import org.opencac.workbench.encounter.Views.UncodedMention;
import org.opencac.workbench.learning.FeedbackLearner;
import org.opencac.workbench.learning.Learned;
import org.opencac.workbench.learning.LearningService;
import org.opencac.workbench.learning.Triggers;
import org.opencac.workbench.store.AuditLog;
import org.opencac.workbench.store.Idempotency;
import org.opencac.workbench.store.Idempotency.Answer;
import org.opencac.workbench.store.Store;

/**
 * The review workflow: submit a note (coded by the engine, then adjusted by learning), decide on each
 * suggestion, finalize into claim codes. Every write is one transaction with its audit rows, and may carry
 * an idempotency key. Answers are JSON strings so an idempotent repeat returns the very same bytes.
 */
public final class EncounterService {
    private final Store store;
    private final Pipeline pipeline;
    private final CodeSet codeSet;
    private final FeedbackLearner learner;
    private final LearningService learning;
    private final EncounterRows rows;
    private final Clock clock;

    public EncounterService(Store store, Pipeline pipeline, CodeSet codeSet, FeedbackLearner learner,
                            LearningService learning, com.fasterxml.jackson.databind.ObjectMapper json, Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.codeSet = codeSet;
        this.learner = learner;
        this.learning = learning;
        this.rows = new EncounterRows(json);
        this.clock = clock;
    }

    /** Codes the note and stores it with its suggestions; 201 with the encounter. */
    public Answer submit(Principal p, NewEncounter req, String idemKey, String hash) {
        Document doc = pipeline.run(new Note(req.text(), req.setting()));
        List<Learned> learned = learner.apply(learning.stats(p.orgId()), doc, doc.suggestions());
        List<UncodedMention> uncoded = uncoded(doc);
        return Idempotency.run(store, p.orgId(), idemKey, hash, c -> {
            Optional<Long> existing = rows.encounterByExternalId(c, p.orgId(), req.externalId());
            if (existing.isPresent()) {
                throw new WorkbenchException(409, "duplicate_external_id", "encounter " + req.externalId()
                        + " was already submitted as id " + existing.get());
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = rows.insertEncounter(c, p.orgId(), req, uncoded, pipeline.version().label(),
                    pipeline.icdWarnings(req.dateOfService()), p.coderId(), now);
            int position = 0;
            for (Learned l : learned) {
                Suggestion s = l.suggestion();
                rows.insertSuggestion(c, id, position++, l.origin(), s.code(), s.description(), l.engineScore(),
                        s.score(), s.firstListed(), s.evidence(), s.rationale(),
                        l.suppressed() ? SuggestionStatus.SUPPRESSED : SuggestionStatus.PENDING,
                        Triggers.of(s.evidence()));
            }
            EncounterView view = rows.encounter(c, p.orgId(), id).orElseThrow();
            AuditLog.append(c, p.orgId(), id, "encounter", id, "submit", p.coderId(), now, null,
                    rows.toJson(summary(view)));
            return new Answer(201, rows.toJson(view));
        });
    }

    public EncounterView get(String org, long id) {
        return store.read(c -> rows.encounter(c, org, id)).orElseThrow(() -> notFound(id));
    }

    public Views.QueuePage queue(String org, QueueFilter filter) {
        return store.read(c -> rows.queue(c, org, filter));
    }

    public List<AuditLog.Event> audit(String org, long id) {
        return store.read(c -> {
            if (rows.encounter(c, org, id).isEmpty()) {
                throw notFound(id);
            }
            return AuditLog.forEncounter(c, org, id);
        });
    }

    /** Records a decision; 200 with the decision and the suggestion as it now stands. */
    public Answer decide(Principal p, long encounterId, DecisionRequest req, String idemKey, String hash) {
        Answer a = Idempotency.run(store, p.orgId(), idemKey, hash, c -> {
            lockOpen(c, p.orgId(), encounterId);
            OffsetDateTime now = OffsetDateTime.now(clock);
            DecisionResult result = req.action() == DecisionAction.ADD
                    ? add(c, p, encounterId, req, now) : review(c, p, encounterId, req, now);
            return new Answer(200, rows.toJson(result));
        });
        learning.invalidate(p.orgId());
        return a;
    }

    private DecisionResult review(Connection c, Principal p, long encounterId, DecisionRequest req,
                                  OffsetDateTime now) throws SQLException {
        SuggestionView before = rows.suggestion(c, encounterId, req.suggestionId()).orElseThrow(() ->
                new WorkbenchException(404, "unknown_suggestion", "encounter " + encounterId
                        + " has no suggestion " + req.suggestionId()));
        if (before.origin().equals("coder") && req.action() != DecisionAction.REJECT) {
            throw new WorkbenchException(409, "coder_added_code", "a code a coder added can only be rejected (removed)");
        }
        String newCode = null;
        SuggestionStatus status;
        switch (req.action()) {
            case ACCEPT -> status = SuggestionStatus.ACCEPTED;
            case REJECT -> status = SuggestionStatus.REJECTED;
            case MODIFY -> {
                newCode = billable(req.code());
                if (newCode.equals(before.code())) {
                    throw new WorkbenchException(422, "same_code", "the replacement code is the suggested code");
                }
                requireNotOnClaim(c, encounterId, newCode, before.id());
                status = SuggestionStatus.MODIFIED;
            }
            default -> throw new IllegalStateException();
        }
        long decisionId = rows.insertDecision(c, p.orgId(), encounterId, before.id(), req.action(), before.code(),
                newCode, req.reason(), req.comment(), before.section(), p.coderId(), now);
        rows.updateSuggestion(c, before.id(), status, status == SuggestionStatus.REJECTED ? null
                : newCode != null ? newCode : before.code());
        return record(c, p, encounterId, decisionId, before, now);
    }

    private DecisionResult add(Connection c, Principal p, long encounterId, DecisionRequest req, OffsetDateTime now)
            throws SQLException {
        String code = billable(req.code());
        requireNotOnClaim(c, encounterId, code, -1);
        EncounterView enc = rows.encounter(c, p.orgId(), encounterId).orElseThrow();
        List<EvidenceSpan> evidence = List.of();
        if (req.start() >= 0) {
            if (req.end() <= req.start() || req.end() > enc.text().length()) {
                throw new WorkbenchException(400, "invalid_span", "start/end must mark text inside the note");
            }
            evidence = List.of(new EvidenceSpan(req.start(), req.end(), enc.text().substring(req.start(), req.end()),
                    sectionOf(enc, req.start()), false, "present", "patient"));
        }
        Code title = codeSet.get(code).orElseThrow();
        long sid = rows.insertSuggestion(c, encounterId, rows.nextPosition(c, encounterId), "coder", code,
                title.title(), 0, 1, false, evidence, List.of("Added by coder " + p.coderId()),
                SuggestionStatus.ADDED, Triggers.of(evidence));
        rows.updateSuggestion(c, sid, SuggestionStatus.ADDED, code);
        String section = evidence.isEmpty() ? "unknown" : evidence.get(0).section();
        long decisionId = rows.insertDecision(c, p.orgId(), encounterId, sid, DecisionAction.ADD, code, null, null,
                req.comment(), section, p.coderId(), now);
        return record(c, p, encounterId, decisionId, null, now);
    }

    private DecisionResult record(Connection c, Principal p, long encounterId, long decisionId, SuggestionView before,
                                  OffsetDateTime now) throws SQLException {
        DecisionView d = rows.decision(c, decisionId);
        SuggestionView after = rows.suggestion(c, encounterId, d.suggestionId()).orElseThrow();
        AuditLog.append(c, p.orgId(), encounterId, "decision", decisionId, d.action(), p.coderId(), now, null,
                rows.toJson(d));
        AuditLog.append(c, p.orgId(), encounterId, "suggestion", after.id(), d.action(), p.coderId(), now,
                before == null ? null : rows.toJson(state(before)), rows.toJson(state(after)));
        return new DecisionResult(d, after);
    }

    /**
     * Finalizes: every engine suggestion must be decided. The claim lists the principal / first-listed code
     * first ({@code principal} if given, else the engine's first-listed if kept), then the others in order.
     */
    public Answer finalizeEncounter(Principal p, long encounterId, String principal, String idemKey, String hash) {
        return Idempotency.run(store, p.orgId(), idemKey, hash, c -> {
            lockOpen(c, p.orgId(), encounterId);
            List<SuggestionView> all = rows.suggestions(c, encounterId);
            List<String> pending = all.stream().filter(s -> s.status().equals("pending")).map(SuggestionView::code)
                    .toList();
            if (!pending.isEmpty()) {
                throw new WorkbenchException(409, "pending_suggestions", "decide every suggestion before finalizing; "
                        + "pending: " + String.join(", ", pending));
            }
            List<ClaimCode> claim = claim(all, principal == null ? null : CodeSet.normalize(principal));
            if (claim.isEmpty()) {
                throw new WorkbenchException(409, "no_codes", "nothing was accepted or added: a claim needs a code");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            rows.finalizeEncounter(c, encounterId, p.coderId(), now, claim);
            AuditLog.append(c, p.orgId(), encounterId, "encounter", encounterId, "finalize", p.coderId(), now,
                    "{\"status\":\"open\"}", rows.toJson(Map.of("status", "finalized", "codes", claim)));
            return new Answer(200, rows.toJson(rows.encounter(c, p.orgId(), encounterId).orElseThrow()));
        });
    }

    private List<ClaimCode> claim(List<SuggestionView> all, String principal) {
        List<SuggestionView> kept = all.stream().filter(s -> s.finalCode() != null
                && Set.of("accepted", "modified", "added").contains(s.status())).toList();
        Set<String> codes = new LinkedHashSet<>();
        if (principal != null) {
            if (kept.stream().noneMatch(s -> s.finalCode().equals(principal))) {
                throw new WorkbenchException(422, "invalid_principal", "the principal code " + principal
                        + " is not among the accepted, changed or added codes");
            }
            codes.add(principal);
        }
        kept.stream().filter(SuggestionView::firstListed).findFirst().ifPresent(s -> codes.add(s.finalCode()));
        kept.forEach(s -> codes.add(s.finalCode()));
        List<ClaimCode> out = new ArrayList<>();
        int seq = 1;
        for (String code : codes) {
            SuggestionView from = kept.stream().filter(s -> s.finalCode().equals(code)).findFirst().orElseThrow();
            String title = codeSet.get(code).map(Code::title).orElse(from.description());
            out.add(new ClaimCode(seq++, code, title, from.status()));
        }
        return out;
    }

    private void lockOpen(Connection c, String org, long id) throws SQLException {
        EncounterStatus status = rows.lockEncounter(c, org, id).orElseThrow(() -> notFound(id));
        if (status == EncounterStatus.FINALIZED) {
            throw new WorkbenchException(409, "encounter_finalized", "encounter " + id + " is finalized");
        }
    }

    private void requireNotOnClaim(Connection c, long encounterId, String code, long except) throws SQLException {
        for (SuggestionView s : rows.suggestions(c, encounterId)) {
            boolean onIt = code.equals(s.finalCode()) || (s.status().equals("pending") && code.equals(s.code()));
            if (s.id() != except && onIt && !s.status().equals("rejected")) {
                throw new WorkbenchException(409, "duplicate_code", code + " is already on this encounter");
            }
        }
    }

    /** A code that exists in the code set and is billable, normalized with its dot. */
    private String billable(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new WorkbenchException(400, "missing_field", "code is required");
        }
        Code code = codeSet.get(raw.trim()).orElseThrow(() -> new WorkbenchException(422, "unknown_code",
                "no such code in " + codeSet.version().label() + ": " + raw.trim()));
        if (!code.billable()) {
            throw new WorkbenchException(422, "not_billable", code.code() + " is a header, not a billable code");
        }
        return code.code();
    }

    private static String sectionOf(EncounterView enc, int offset) {
        return enc.suggestions().stream().flatMap(s -> s.evidence().stream())
                .filter(e -> e.start() <= offset && offset < e.end()).map(EvidenceSpan::section).findFirst()
                .orElse("unknown");
    }

    private static WorkbenchException notFound(long id) {
        return new WorkbenchException(404, "unknown_encounter", "no encounter " + id);
    }

    private static Map<String, Object> summary(EncounterView v) {
        return Map.of("externalId", v.externalId(), "setting", v.setting(), "dateOfService",
                v.dateOfService().toString(), "specialty", v.specialty(), "suggestions",
                v.suggestions().stream().map(s -> s.code() + ":" + s.status()).toList());
    }

    private static Map<String, Object> state(SuggestionView s) {
        return Map.of("code", s.code(), "status", s.status(), "finalCode", s.finalCode() == null ? "" : s.finalCode());
    }

    /** Mentions no suggestion uses as evidence, with the reason the engine gave (negated, family, ...). */
    static List<UncodedMention> uncoded(Document doc) {
        List<UncodedMention> out = new ArrayList<>();
        for (int i = 0; i < doc.mentions().size(); i++) {
            Mention m = doc.mentions().get(i);
            boolean used = doc.suggestions().stream().flatMap(s -> s.evidence().stream())
                    .anyMatch(e -> e.start() < m.span().end() && m.span().start() < e.end());
            if (used) {
                continue;
            }
            Assertion a = doc.assertionOf(i);
            String reason;
            if (a.experiencer() != Experiencer.PATIENT) {
                reason = "family member's condition";
            } else if (a.status() == AssertionStatus.NEGATED) {
                reason = "negated or ruled out";
            } else if (a.status() == AssertionStatus.HYPOTHETICAL) {
                reason = "hypothetical or conditional";
            } else if (a.status() == AssertionStatus.UNCERTAIN) {
                reason = "uncertain";
            } else if (a.status() == AssertionStatus.HISTORICAL) {
                reason = "history only";
            } else if (m.allReadingsRejected() && i < doc.outcomes().size()
                    && doc.outcomes().get(i).explanation() != null) {
                reason = doc.outcomes().get(i).explanation();   // a word sense read it otherwise (trigger_senses.tsv)
            } else {
                reason = "not coded (integral, excluded or no specific code)";
            }
            out.add(new UncodedMention(m.span().start(), m.span().end(), m.text(), reason));
        }
        return out;
    }
}
