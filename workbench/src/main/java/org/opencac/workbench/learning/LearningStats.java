package org.opencac.workbench.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What one organisation's coders decided since learning was last reset: tallies per code, per trigger and per
 * (trigger, code) pair, counted from the current (not superseded) decisions in the store.
 */
public final class LearningStats {
    private static final Tally EMPTY = new Tally();
    private final Map<String, Tally> byCode = new HashMap<>();
    private final Map<String, Tally> byTrigger = new HashMap<>();
    private final Map<String, Map<String, Tally>> byTriggerCode = new HashMap<>();
    private final int decisions;

    private LearningStats(int decisions) {
        this.decisions = decisions;
    }

    public static LearningStats empty() {
        return new LearningStats(0);
    }

    /** Reads the tallies of {@code orgId} for decisions with an id above {@code afterDecisionId}. */
    public static LearningStats load(Connection c, String orgId, long afterDecisionId) throws SQLException {
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM decision WHERE org_id = ? "
                + "AND superseded = FALSE AND id > ?")) {
            ps.setString(1, orgId);
            ps.setLong(2, afterDecisionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        LearningStats s = new LearningStats(total);
        try (PreparedStatement ps = c.prepareStatement("SELECT code, action, new_code, COUNT(*) FROM decision "
                + "WHERE org_id = ? AND superseded = FALSE AND id > ? GROUP BY code, action, new_code")) {
            ps.setString(1, orgId);
            ps.setLong(2, afterDecisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.byCode.computeIfAbsent(rs.getString(1), k -> new Tally())
                            .add(rs.getString(2), rs.getString(3), rs.getInt(4));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT t.trigger_text, d.code, d.action, d.new_code, "
                + "COUNT(*) FROM decision d JOIN suggestion_trigger t ON t.suggestion_id = d.suggestion_id "
                + "WHERE d.org_id = ? AND d.superseded = FALSE AND d.id > ? "
                + "GROUP BY t.trigger_text, d.code, d.action, d.new_code")) {
            ps.setString(1, orgId);
            ps.setLong(2, afterDecisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String trigger = rs.getString(1);
                    String code = rs.getString(2);
                    String action = rs.getString(3);
                    String newCode = rs.getString(4);
                    int n = rs.getInt(5);
                    s.byTrigger.computeIfAbsent(trigger, k -> new Tally()).add(action, newCode, n);
                    s.byTriggerCode.computeIfAbsent(trigger, k -> new HashMap<>())
                            .computeIfAbsent(code, k -> new Tally()).add(action, newCode, n);
                }
            }
        }
        return s;
    }

    public int decisions() {
        return decisions;
    }

    public Tally code(String code) {
        return byCode.getOrDefault(code, EMPTY);
    }

    public Tally trigger(String trigger) {
        return byTrigger.getOrDefault(trigger, EMPTY);
    }

    public Tally pair(String trigger, String code) {
        return byTriggerCode.getOrDefault(trigger, Map.of()).getOrDefault(code, EMPTY);
    }

    /** Every (trigger, code) pair with its tally: the candidates for learned additions. */
    public Map<String, Map<String, Tally>> pairs() {
        return byTriggerCode;
    }

    public Map<String, Tally> triggers() {
        return byTrigger;
    }
}
