package org.opencac.evaluation.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.coding.TermChoice;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.Sentence;
import org.opencac.evaluation.batch.BatchNote;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Codes every note and gathers the triggers of the suggested codes: for each evidence span of each
 * suggestion, the normalized covered text with its code, counted once per note.
 */
public final class LexiconAudit {
    /** Words of context kept either side of a trigger in anything written to a file. */
    public static final int WINDOW_WORDS = 3;
    static final int EXAMPLES = 3;
    /** Runs of this many words of a note are never written to a file. */
    static final int MAX_RUN_WORDS = 12;

    private final Pipeline pipeline;
    private final int threads;

    public LexiconAudit(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /** A trigger seen in one note. */
    record Seen(String trigger, String surface, String code, String title, String term, TriggerExample example) {
    }

    /**
     * Audits the notes; {@code setting} overrides each note's own setting when not null. Notes that cannot
     * be read (a {@link BatchNote#problem()}) are skipped and counted.
     */
    public AuditResult run(List<BatchNote> notes, CareSetting setting) {
        List<List<Seen>> perNote = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int skipped = 0;
        try {
            List<Future<List<Seen>>> futures = new ArrayList<>();
            for (BatchNote n : notes) {
                if (n.problem() != null || n.text().isBlank()) {
                    skipped++;
                    continue;
                }
                CareSetting care = setting != null ? setting : CareSetting.parse(n.setting()).orElse(CareSetting.OUTPATIENT);
                futures.add(pool.submit(() -> audit(n.id(), new Note(n.text(), care))));
            }
            for (Future<List<Seen>> f : futures) {
                perNote.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("audit failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new AuditResult(notes.size() - skipped, skipped, merge(perNote));
    }

    /** The triggers of one note (each trigger and code once). */
    List<Seen> audit(String noteId, Note note) {
        Document doc = pipeline.run(note);
        Map<String, Seen> out = new LinkedHashMap<>();
        for (Suggestion s : doc.suggestions()) {
            for (EvidenceSpan e : s.evidence()) {
                String trigger = TermNormalizer.key(e.text());
                if (trigger.isEmpty()) {
                    trigger = e.text().toLowerCase(java.util.Locale.ROOT).trim();
                }
                String k = trigger + "\t" + s.code();
                if (!out.containsKey(k)) {
                    out.put(k, new Seen(trigger, e.text(), s.code(), s.description(), term(doc, e),
                            new TriggerExample(noteId, window(doc.text(), e.start(), e.end(), windowWords(e.text())),
                                    clause(doc, e.start(), e.end()))));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    static List<Trigger> merge(List<List<Seen>> perNote) {
        Map<String, List<Seen>> byKey = new LinkedHashMap<>();
        for (List<Seen> note : perNote) {
            for (Seen s : note) {
                byKey.computeIfAbsent(s.trigger() + "\t" + s.code(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (List<Seen> seen : byKey.values()) {
            Map<String, Integer> surfaces = new HashMap<>();
            Set<String> noteIds = new LinkedHashSet<>();
            List<TriggerExample> examples = new ArrayList<>();
            for (Seen s : seen) {
                surfaces.merge(s.surface(), 1, Integer::sum);
                if (noteIds.add(s.example().noteId()) && examples.size() < EXAMPLES) {
                    examples.add(s.example());
                }
            }
            String surface = null;
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(surfaces).entrySet()) {
                if (surface == null || e.getValue() > surfaces.get(surface)) {
                    surface = e.getKey();
                }
            }
            Seen first = seen.get(0);
            out.add(new Trigger(first.trigger(), surface, first.code(), first.title(), first.term(), noteIds.size(),
                    seen.size(), examples, "", ""));
        }
        out.sort(Comparator.comparingInt(Trigger::notes).reversed().thenComparing(Trigger::trigger)
                .thenComparing(Trigger::code));
        return out;
    }

    /** The lexicon term of the mention at this span, with its source: why the text triggers a code. */
    private static String term(Document doc, EvidenceSpan e) {
        for (Mention m : doc.mentions()) {
            if (m.span().start() == e.start() && m.span().end() == e.end() && !m.terms().isEmpty()) {
                Term t = TermChoice.best(m.terms());
                return t.text().toLowerCase(java.util.Locale.ROOT) + " [" + t.source() + " " + t.code() + "]";
            }
        }
        return "";
    }

    /** Words of context either side: three, fewer for a long trigger so no written run reaches 12 words. */
    static int windowWords(String trigger) {
        int words = trigger.isBlank() ? 0 : trigger.strip().split("\\s+").length;
        return Math.max(0, Math.min(WINDOW_WORDS, (MAX_RUN_WORDS - 1 - words) / 2));
    }

    /** At most {@code words} words either side of [start, end), on one line. */
    static String window(String text, int start, int end, int words) {
        int lo = start;
        for (int w = 0; w <= words && lo > 0; ) {
            lo--;
            if (Character.isWhitespace(text.charAt(lo)) && lo > 0 && !Character.isWhitespace(text.charAt(lo - 1))) {
                w++;
                if (w > words) {
                    lo++;
                    break;
                }
            }
        }
        int hi = end;
        for (int w = 0; hi < text.length(); hi++) {
            if (Character.isWhitespace(text.charAt(hi)) && hi > 0 && !Character.isWhitespace(text.charAt(hi - 1))) {
                w++;
                if (w > words) {
                    break;
                }
            }
        }
        String before = text.substring(lo, start).strip();
        String after = text.substring(end, hi).strip();
        return oneLine((before.isEmpty() ? "" : before + " ") + "[" + text.substring(start, end) + "]"
                + (after.isEmpty() ? "" : " " + after));
    }

    private static String clause(Document doc, int start, int end) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= start && end <= s.span().end()) {
                String t = doc.text();
                return oneLine(t.substring(s.span().start(), start) + "[" + t.substring(start, end) + "]"
                        + t.substring(end, s.span().end()));
            }
        }
        return window(doc.text(), start, end, 8);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
