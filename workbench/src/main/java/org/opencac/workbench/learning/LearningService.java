package org.opencac.workbench.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.opencac.workbench.store.AuditLog;
import org.opencac.workbench.store.Store;

/**
 * Per-organisation learning state (on by default; can be switched off and reset) and a cache of each
 * organisation's tallies, dropped whenever a decision, reset or switch changes them.
 */
public final class LearningService {
    private final Store store;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    /** Tallies tagged with the generation they were read at; a later change makes them stale. */
    private record Cached(long generation, LearningStats stats) {
    }

    public LearningService(Store store) {
        this.store = store;
    }

    /** Whether learning is on for an organisation, and the last decision id a reset left behind. */
    public record State(boolean enabled, long afterDecisionId, String changedBy, OffsetDateTime changedAt) {
    }

    public State state(String org) {
        return store.read(c -> state(c, org));
    }

    public State state(Connection c, String org) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT enabled, after_decision_id, changed_by, changed_at "
                + "FROM learning_state WHERE org_id = ?")) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new State(rs.getBoolean(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class));
                }
            }
        }
        return new State(true, 0, null, null);
    }

    /** The tallies to apply for an organisation: empty when learning is off. */
    public LearningStats stats(String org) {
        long generation = generation(org).get();
        Cached cached = cache.get(org);
        if (cached != null && cached.generation() == generation) {
            return cached.stats();
        }
        // Read after taking the generation: a decision committed meanwhile bumps it, so this copy is never reused.
        LearningStats stats = store.read(c -> {
            State s = state(c, org);
            return s.enabled() ? LearningStats.load(c, org, s.afterDecisionId()) : LearningStats.empty();
        });
        cache.put(org, new Cached(generation, stats));
        return stats;
    }

    private AtomicLong generation(String org) {
        return generations.computeIfAbsent(org, o -> new AtomicLong());
    }

    /** Call after a transaction that changed an organisation's decisions has committed. */
    public void invalidate(String org) {
        generation(org).incrementAndGet();
    }

    /** Forgets everything learned so far (decisions stay in the store and in the audit trail). */
    public State reset(String org, String actor) {
        State s = store.inTransaction(c -> {
            State before = state(c, org);
            long last;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM decision WHERE org_id = ?")) {
                ps.setString(1, org);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            return write(c, org, before, new State(before.enabled(), last, actor, OffsetDateTime.now()), "reset");
        });
        invalidate(org);
        return s;
    }

    public State setEnabled(String org, boolean enabled, String actor) {
        State s = store.inTransaction(c -> {
            State before = state(c, org);
            return write(c, org, before, new State(enabled, before.afterDecisionId(), actor, OffsetDateTime.now()),
                    enabled ? "enable" : "disable");
        });
        invalidate(org);
        return s;
    }

    private static State write(Connection c, String org, State before, State after, String action)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM learning_state WHERE org_id = ?")) {
            del.setString(1, org);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO learning_state (org_id, enabled, "
                + "after_decision_id, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, org);
            ps.setBoolean(2, after.enabled());
            ps.setLong(3, after.afterDecisionId());
            ps.setString(4, after.changedBy());
            ps.setObject(5, after.changedAt());
            ps.executeUpdate();
        }
        AuditLog.append(c, org, null, "learning", null, action, after.changedBy(), after.changedAt(),
                json(before), json(after));
        return after;
    }

    private static String json(State s) {
        return "{\"enabled\":" + s.enabled() + ",\"afterDecisionId\":" + s.afterDecisionId() + "}";
    }
}
