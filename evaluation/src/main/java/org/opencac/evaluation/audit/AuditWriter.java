package org.opencac.evaluation.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an audit as Markdown, TSV or JSON (files: contexts are the short windows only) or as a screen
 * listing (contexts are whole sentences).
 */
public final class AuditWriter {
    private AuditWriter() {
    }

    /** A Markdown report of the first n triggers with the verdict summary. */
    public static String markdown(AuditResult r, int n, String title, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        if (command != null) {
            b.append("Produced by `").append(command).append("`.\n\n");
        }
        b.append(summary(r, n)).append("\n\n");
        // Meant to be committed: no example contexts, which are real note text (the screen listing shows them).
        b.append("Example contexts are not kept in this file (they are real note text, which the repository must"
                + " not hold); the command prints them on screen.\n\n");
        b.append("| # | trigger | code | title | lexicon term [source] | notes | verdict | reason |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        int rank = 0;
        for (Trigger t : r.top(n)) {
            rank++;
            b.append("| ").append(rank).append(" | ").append(cell(t.trigger())).append(" | ").append(t.code())
                    .append(" | ").append(cell(t.title())).append(" | ").append(cell(t.term())).append(" | ")
                    .append(t.notes()).append(" | ").append(t.verdict()).append(" | ").append(cell(t.reason()))
                    .append(" |\n");
        }
        return b.toString();
    }

    /** One line per trigger: rank, trigger, code, title, term, notes, mentions, verdict, reason, contexts. */
    public static String tsv(AuditResult r, int n) {
        StringBuilder b = new StringBuilder("rank\ttrigger\tcode\ttitle\tterm\tnotes\tmentions\tverdict\treason\tcontexts\n");
        int rank = 0;
        for (Trigger t : r.top(n)) {
            rank++;
            b.append(rank).append('\t').append(tab(t.trigger())).append('\t').append(t.code()).append('\t')
                    .append(tab(t.title())).append('\t').append(tab(t.term())).append('\t').append(t.notes())
                    .append('\t').append(t.mentions()).append('\t').append(t.verdict()).append('\t')
                    .append(tab(t.reason())).append('\t').append(tab(String.join(" | ", windows(t)))).append('\n');
        }
        return b.toString();
    }

    /** The first n triggers as JSON (short contexts only). */
    public static String json(AuditResult r, int n) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("notes", r.notes());
        root.put("skipped", r.skipped());
        int[] c = r.verdictCounts(n);
        root.put("top", Math.min(n, r.triggers().size()));
        root.put("verdicts", Map.of("accept", c[0], "reject", c[1], "unsure", c[2], "notReviewed", c[3]));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Trigger t : r.top(n)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trigger", t.trigger());
            m.put("code", t.code());
            m.put("title", t.title());
            m.put("term", t.term());
            m.put("notes", t.notes());
            m.put("mentions", t.mentions());
            m.put("verdict", t.verdict());
            m.put("reason", t.reason());
            m.put("contexts", windows(t));
            rows.add(m);
        }
        root.put("triggers", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The screen listing: each trigger with its sentences. */
    public static void print(AuditResult r, int n, PrintStream out) {
        out.println(summary(r, n));
        int rank = 0;
        for (Trigger t : r.top(n)) {
            rank++;
            out.printf("%4d  %-30s %-9s %4d notes  %s%s%n", rank, t.trigger(), t.code(), t.notes(), t.title(),
                    t.verdict().isEmpty() ? "" : "  [" + t.verdict() + "]");
            if (!t.term().isEmpty()) {
                out.println("      lexicon: " + t.term());
            }
            for (TriggerExample e : t.examples()) {
                out.println("      " + e.noteId() + ": " + e.clause());
            }
        }
    }

    static String summary(AuditResult r, int n) {
        int[] c = r.verdictCounts(n);
        return r.notes() + " notes coded (" + r.skipped() + " skipped), " + r.triggers().size()
                + " distinct triggers; of the top " + Math.min(n, r.triggers().size()) + ": " + c[0] + " accepted, "
                + c[1] + " rejected, " + c[2] + " unsure, " + c[3] + " not reviewed";
    }

    private static List<String> windows(Trigger t) {
        return t.examples().stream().map(TriggerExample::window).toList();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String tab(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
