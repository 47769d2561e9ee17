package org.opencac.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.index.CodeHit;

class ModelBundleTest {

    @Test
    void secondLoadReadsTheSnapshotAndGivesTheSameModels(@TempDir Path cache) throws Exception {
        try (ModelBundle first = ModelBundle.load(cache); ModelBundle second = ModelBundle.load(cache)) {
            assertTrue(ModelSnapshot.exists(cache, ModelBundle.fingerprint()));
            assertEquals(first.codeSet().size(), second.codeSet().size());
            assertEquals(first.codeSet().report(), second.codeSet().report());
            assertEquals(first.codeSet().get("E11.22"), second.codeSet().get("E11.22"));
            assertEquals(first.codeSet().effectiveNotes("E11.22", NoteType.EXCLUDES1),
                    second.codeSet().effectiveNotes("E11.22", NoteType.EXCLUDES1));
            assertEquals(first.codeSet().get("S52.521A").orElseThrow().seventhCharacters(),
                    second.codeSet().get("S52.521A").orElseThrow().seventhCharacters());
            assertEquals(first.lexicon().keyCount(), second.lexicon().keyCount());
            assertEquals(first.lexicon().size(), second.lexicon().size());
            assertTrue(java.nio.file.Files.exists(IndexTreeCache.file(cache, ModelBundle.fingerprint())));
            assertEquals(first.alphabeticIndex().report(), second.alphabeticIndex().report());
            assertEquals(first.alphabeticIndex().follow("Pneumonia, in, measles").get(2).code(),
                    second.alphabeticIndex().follow("Pneumonia, in, measles").get(2).code());
            List<CodeHit> hits = second.index().search("type 2 diabetes chronic kidney disease", true, 5);
            assertTrue(hits.stream().anyMatch(h -> h.code().equals("E11.22")), hits.toString());
        }
    }

    @Test
    void theCacheFilesGiveBackEveryCodeLexiconEntryAndIndexTerm(@TempDir Path cache) throws Exception {
        try (ModelBundle built = ModelBundle.load(cache); ModelBundle read = ModelBundle.load(cache)) {
            assertTrue(List.copyOf(built.codeSet().all()).equals(List.copyOf(read.codeSet().all())), "codes differ");
            assertTrue(built.codeSet().chapters().equals(read.codeSet().chapters()), "chapters differ");
            // A term's text is not kept in the snapshot (its key stands for it): codes and sources are.
            assertEquals(built.lexicon().entries().keySet(), read.lexicon().entries().keySet());
            for (var e : built.lexicon().entries().entrySet()) {
                assertEquals(codesAndSources(e.getValue()), codesAndSources(read.lexicon().lookup(e.getKey())), e.getKey());
            }
            assertEquals(built.lexicon().maxWords(), read.lexicon().maxWords());
            assertEquals(built.lexicon().size(), read.lexicon().size());
            assertTrue(built.lexicon().prefixes().equals(read.lexicon().prefixes()), "prefixes differ");
            assertTrue(built.lexicon().continuesAfterComma("alcohol use disorder"), "a term written with a comma");
            assertTrue(built.lexicon().commaJoined().equals(read.lexicon().commaJoined()), "comma-joined keys differ");
            assertTrue(trees(built.alphabeticIndex().mainTerms()).equals(trees(read.alphabeticIndex().mainTerms())),
                    "Alphabetic Index differs");
            assertTrue(trees(List.of(built.alphabeticIndex().neoplasmTable()))
                    .equals(trees(List.of(read.alphabeticIndex().neoplasmTable()))), "Neoplasm table differs");
            assertTrue(trees(built.alphabeticIndex().drugs()).equals(trees(read.alphabeticIndex().drugs())),
                    "Table of Drugs differs");
        }
    }

    private static List<String> codesAndSources(List<org.opencac.models.lexicon.Term> terms) {
        return terms.stream().map(t -> t.code() + "/" + t.source()).toList();
    }

    /** Every field of every term of the trees, depth first, as text. */
    private static List<String> trees(List<IndexTerm> roots) {
        List<String> out = new java.util.ArrayList<>();
        for (IndexTerm t : roots) {
            out.add(String.join("|", t.title(), t.words().toString(), t.modifiers().toString(),
                    t.modifierWords().toString(), String.valueOf(t.code()), String.valueOf(t.manif()),
                    new java.util.TreeMap<>(t.cells()).toString(), t.see().toString(), t.seeAlso().toString(),
                    Integer.toString(t.children().size())));
            out.addAll(trees(t.children()));
        }
        return out;
    }

    @Test
    void theLexiconSnapshotGivesBackTheKeyFilterAsBuiltAndItFindsEveryKeyAndPrefix(@TempDir Path cache)
            throws Exception {
        try (ModelBundle built = ModelBundle.load(cache); ModelBundle read = ModelBundle.load(cache)) {
            assertArrayEquals(built.lexicon().filterSlots(), read.lexicon().filterSlots());
            for (String key : built.lexicon().entries().keySet()) {
                assertTrue(read.lexicon().lookup(key) != null, key);
            }
            for (String prefix : built.lexicon().prefixes()) {
                assertTrue(read.lexicon().isPrefix(prefix), prefix);
            }
        }
    }

    @Test
    void aTruncatedOrOlderLexiconSnapshotIsRebuiltNotMisread(@TempDir Path cache) throws Exception {
        List<String> keys;
        try (ModelBundle built = ModelBundle.load(cache)) {
            keys = List.copyOf(new java.util.TreeSet<>(built.lexicon().entries().keySet()));
        }
        Path lexicon = ModelSnapshot.lexiconFile(cache, ModelBundle.fingerprint());
        byte[] whole = Files.readAllBytes(lexicon);
        // cut inside the key filter's slots, near the end of the file
        Files.write(lexicon, java.util.Arrays.copyOf(whole, whole.length - 1000));
        try (ModelBundle again = ModelBundle.load(cache)) {
            assertEquals(keys, List.copyOf(new java.util.TreeSet<>(again.lexicon().entries().keySet())));
        }
        assertArrayEquals(whole, Files.readAllBytes(lexicon), "the truncated snapshot is written again whole");
        byte[] older = whole.clone();
        older[7] = (byte) (older[7] - 1);   // the format number before this one
        Files.write(lexicon, older);
        try (ModelBundle again = ModelBundle.load(cache)) {
            assertEquals(keys.size(), again.lexicon().keyCount());
        }
        assertArrayEquals(whole, Files.readAllBytes(lexicon), "the older snapshot is replaced");
    }

    @Test
    void theCacheIsKeyedByTheKeyFilterItKeeps() {
        // the snapshot keeps the filter's slots: a build that hashes keys differently must not read them
        assertTrue(ModelBundle.derivers().contains(org.opencac.models.lexicon.KeyFilter.class));
    }

    @Test
    void loadingRemovesCacheEntriesOfEarlierBuilds(@TempDir Path cache) throws Exception {
        Path stale = Files.writeString(cache.resolve("codes-0000dead.bin"), "old");
        Path staleIndex = Files.createDirectories(cache.resolve("index-ICD_10_CM_FY2026-f1-0000dead"));
        Path staleKeys = Files.writeString(cache.resolve("index-keys-0000dead.bin"), "old");
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "keep");
        try (ModelBundle m = ModelBundle.load(cache)) {
            assertTrue(Files.notExists(stale));
            assertTrue(Files.notExists(staleIndex));
            assertTrue(Files.notExists(staleKeys));
            assertTrue(Files.exists(unrelated));
        }
    }

    @Test
    void codeSearchFindsByCodePrefix(@TempDir Path cache) throws Exception {
        try (ModelBundle m = ModelBundle.load(cache)) {
            assertEquals("I10", m.index().search("I10", false, 3).get(0).code());
            assertTrue(m.index().search("e11.2", false, 10).stream().allMatch(h -> h.code().startsWith("E11.2")));
        }
    }
}
