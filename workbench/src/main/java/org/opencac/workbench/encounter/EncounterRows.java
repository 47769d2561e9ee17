package org.opencac.workbench.encounter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.workbench.encounter.Views.ClaimCode;
import org.opencac.workbench.encounter.Views.DecisionView;
import org.opencac.workbench.encounter.Views.EncounterView;
import org.opencac.workbench.encounter.Views.QueueItem;
import org.opencac.workbench.encounter.Views.SuggestionView;
import org.opencac.workbench.encounter.Views.UncodedMention;

/** SQL for encounters, suggestions and decisions: rows in, records out. No business rules here. */
final class EncounterRows {
    private static final TypeReference<List<EvidenceSpan>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<UncodedMention>> UNCODED = new TypeReference<>() { };
    private static final TypeReference<List<ClaimCode>> CLAIM = new TypeReference<>() { };
    private static final String SUGGESTION_COLUMNS = "id, position_no, origin, code, description, engine_score, "
            + "score, first_listed, section, evidence_json, rationale_json, status, final_code";
    private static final String DECISION_COLUMNS = "id, suggestion_id, action, code, new_code, reason, comment_text, "
            + "coder_id, decided_at";

    private final ObjectMapper json;

    EncounterRows(ObjectMapper json) {
        this.json = json;
    }

    String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    long insertEncounter(Connection c, String org, NewEncounter e, List<UncodedMention> uncoded, String version,
                         List<String> versionWarnings, String coder, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO encounter (org_id, external_id, setting, "
                + "date_of_service, specialty, patient_id, visit_id, note_text, uncoded_json, status, "
                + "code_set_version, created_by, created_at, code_set_warnings_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, org);
            ps.setString(2, e.externalId());
            ps.setString(3, e.setting().wireName());
            ps.setObject(4, e.dateOfService());
            ps.setString(5, e.specialty());
            ps.setString(6, e.patientId());
            ps.setString(7, e.visitId());
            ps.setString(8, e.text());
            ps.setString(9, toJson(uncoded));
            ps.setString(10, EncounterStatus.OPEN.name());
            ps.setString(11, version);
            ps.setString(12, coder);
            ps.setObject(13, now);
            ps.setString(14, toJson(versionWarnings));
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    long insertSuggestion(Connection c, long encounterId, int position, String origin, String code,
                          String description, double engineScore, double score, boolean firstListed,
                          List<EvidenceSpan> evidence, List<String> rationale, SuggestionStatus status,
                          Iterable<String> triggers) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO suggestion (encounter_id, position_no, origin, "
                + "code, description, engine_score, score, first_listed, section, evidence_json, rationale_json, "
                + "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, encounterId);
            ps.setInt(2, position);
            ps.setString(3, origin);
            ps.setString(4, code);
            ps.setString(5, description.length() > 1000 ? description.substring(0, 1000) : description);
            ps.setDouble(6, engineScore);
            ps.setDouble(7, score);
            ps.setBoolean(8, firstListed);
            ps.setString(9, evidence.isEmpty() ? "unknown" : evidence.get(0).section());
            ps.setString(10, toJson(evidence));
            ps.setString(11, toJson(rationale));
            ps.setString(12, status.name());
            ps.executeUpdate();
            id = generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO suggestion_trigger (suggestion_id, trigger_text) VALUES (?, ?)")) {
            for (String t : triggers) {
                ps.setLong(1, id);
                ps.setString(2, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    long insertDecision(Connection c, String org, long encounterId, long suggestionId, DecisionAction action,
                        String code, String newCode, RejectReason reason, String comment, String section,
                        String coder, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE decision SET superseded = TRUE "
                + "WHERE suggestion_id = ? AND superseded = FALSE")) {
            ps.setLong(1, suggestionId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision (org_id, encounter_id, suggestion_id, "
                + "action, code, new_code, reason, comment_text, section, coder_id, decided_at, superseded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, org);
            ps.setLong(2, encounterId);
            ps.setLong(3, suggestionId);
            ps.setString(4, action.wireName());
            ps.setString(5, code);
            ps.setString(6, newCode);
            ps.setString(7, reason == null ? null : reason.wireName());
            ps.setString(8, comment);
            ps.setString(9, section);
            ps.setString(10, coder);
            ps.setObject(11, now);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    void updateSuggestion(Connection c, long id, SuggestionStatus status, String finalCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE suggestion SET status = ?, final_code = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, finalCode);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Locks the encounter row for the rest of the transaction; empty if it is not this organisation's. */
    Optional<EncounterStatus> lockEncounter(Connection c, String org, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM encounter WHERE id = ? AND org_id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            ps.setString(2, org);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(EncounterStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    Optional<Long> encounterByExternalId(Connection c, String org, String externalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM encounter WHERE org_id = ? AND external_id = ?")) {
            ps.setString(1, org);
            ps.setString(2, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    void finalizeEncounter(Connection c, long id, String coder, OffsetDateTime now, List<ClaimCode> codes)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE encounter SET status = ?, finalized_by = ?, "
                + "finalized_at = ?, final_codes_json = ? WHERE id = ?")) {
            ps.setString(1, EncounterStatus.FINALIZED.name());
            ps.setString(2, coder);
            ps.setObject(3, now);
            ps.setString(4, toJson(codes));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    Optional<EncounterView> encounter(Connection c, String org, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, external_id, setting, date_of_service, specialty, "
                + "patient_id, visit_id, status, code_set_version, created_by, created_at, finalized_by, "
                + "finalized_at, note_text, uncoded_json, final_codes_json, code_set_warnings_json FROM encounter "
                + "WHERE id = ? AND org_id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, org);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String finalCodes = rs.getString(16);
                return Optional.of(new EncounterView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8).toLowerCase(java.util.Locale.ROOT), rs.getString(9),
                        fromJson(rs.getString(17), STRINGS), rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class), rs.getString(14), suggestions(c, id),
                        fromJson(rs.getString(15), UNCODED), decisions(c, id),
                        finalCodes == null ? List.of() : fromJson(finalCodes, CLAIM)));
            }
        }
    }

    List<SuggestionView> suggestions(Connection c, long encounterId) throws SQLException {
        List<SuggestionView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUGGESTION_COLUMNS
                + " FROM suggestion WHERE encounter_id = ? ORDER BY position_no")) {
            ps.setLong(1, encounterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(suggestion(rs));
                }
            }
        }
        return out;
    }

    Optional<SuggestionView> suggestion(Connection c, long encounterId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUGGESTION_COLUMNS
                + " FROM suggestion WHERE encounter_id = ? AND id = ?")) {
            ps.setLong(1, encounterId);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(suggestion(rs)) : Optional.empty();
            }
        }
    }

    private SuggestionView suggestion(ResultSet rs) throws SQLException {
        return new SuggestionView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDouble(6), rs.getDouble(7), rs.getBoolean(8), rs.getString(9),
                fromJson(rs.getString(10), EVIDENCE), fromJson(rs.getString(11), STRINGS),
                rs.getString(12).toLowerCase(java.util.Locale.ROOT), rs.getString(13));
    }

    List<DecisionView> decisions(Connection c, long encounterId) throws SQLException {
        List<DecisionView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DECISION_COLUMNS
                + " FROM decision WHERE encounter_id = ? ORDER BY id")) {
            ps.setLong(1, encounterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(decision(rs));
                }
            }
        }
        return out;
    }

    DecisionView decision(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DECISION_COLUMNS + " FROM decision WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return decision(rs);
            }
        }
    }

    private static DecisionView decision(ResultSet rs) throws SQLException {
        return new DecisionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class));
    }

    int nextPosition(Connection c, long encounterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(position_no), -1) + 1 FROM suggestion WHERE encounter_id = ?")) {
            ps.setLong(1, encounterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    Views.QueuePage queue(Connection c, String org, QueueFilter f) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE e.org_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(org);
        if (f.status() != null) {
            where.append(" AND e.status = ?");
            args.add(f.status().name());
        }
        if (f.setting() != null) {
            where.append(" AND e.setting = ?");
            args.add(f.setting());
        }
        if (f.specialty() != null) {
            where.append(" AND e.specialty = ?");
            args.add(f.specialty());
        }
        if (f.from() != null) {
            where.append(" AND e.date_of_service >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND e.date_of_service <= ?");
            args.add(f.to());
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM encounter e" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<QueueItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.external_id, e.setting, e.date_of_service, "
                + "e.specialty, e.status, e.created_at, "
                + "(SELECT COUNT(*) FROM suggestion s WHERE s.encounter_id = e.id AND s.status <> 'SUPPRESSED'), "
                + "(SELECT COUNT(*) FROM suggestion s WHERE s.encounter_id = e.id AND s.status = 'PENDING') "
                + "FROM encounter e" + where + " ORDER BY e.date_of_service, e.id LIMIT ? OFFSET ?")) {
            args.add(f.size());
            args.add((long) (f.page() - 1) * f.size());
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new QueueItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getString(6).toLowerCase(java.util.Locale.ROOT), rs.getInt(8), rs.getInt(9),
                            rs.getObject(7, OffsetDateTime.class)));
                }
            }
        }
        return new Views.QueuePage(items, total, f.page(), f.size());
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }
}
