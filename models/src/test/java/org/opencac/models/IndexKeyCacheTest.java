package org.opencac.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;

class IndexKeyCacheTest {

    private static AlphabeticIndexLoader.Trees trees(AlphabeticIndex index) {
        return new AlphabeticIndexLoader.Trees(index.version(), index.mainTerms(), index.neoplasmTable(), index.drugs());
    }

    private static void assertSameTables(AlphabeticIndex.Tables a, AlphabeticIndex.Tables b) {
        assertArrayEquals(a.keys(), b.keys(), "keys, in the look-up map's order");
        assertTrue(Arrays.deepEquals(a.keyTerms(), b.keyTerms()), "main terms by key");
        assertArrayEquals(a.keyFlags(), b.keyFlags());
        assertEquals(a.maxKeyWords(), b.maxKeyWords());
        assertArrayEquals(a.filterSlots(), b.filterSlots());
        assertArrayEquals(a.drugKeys(), b.drugKeys());
        assertArrayEquals(a.drugTerms(), b.drugTerms());
        assertArrayEquals(a.printed(), b.printed());
        assertArrayEquals(a.carried(), b.carried());
        assertArrayEquals(a.carriedTo(), b.carriedTo());
        assertEquals(a.report(), b.report());
    }

    @Test
    void theCachedKeyTablesGiveBackTheIndexAsBuiltAndBrokenOnesAreRebuiltToTheSameBytes(@TempDir Path cache)
            throws Exception {
        String fingerprint = ModelBundle.fingerprint();
        Path file = IndexKeyCache.file(cache, fingerprint);
        AlphabeticIndex built;
        try (ModelBundle m = ModelBundle.load(cache)) {
            built = m.alphabeticIndex();
        }
        assertTrue(Files.isRegularFile(file), "the first load writes the key tables");
        AlphabeticIndex read = IndexKeyCache.read(cache, fingerprint, trees(built));
        assertSameTables(built.tables(), read.tables());
        assertEquals(new ArrayList<>(built.keys()), new ArrayList<>(read.keys()), "keys iterate in the same order");
        for (String key : built.keys()) {
            AlphabeticIndex.KeyLookup a = built.lookup(key);
            AlphabeticIndex.KeyLookup b = read.lookup(key);
            assertEquals(a, b, key);   // the same term objects: the read index is over the same trees
            assertEquals(built.mainTerms(key), read.mainTerms(key), key);
            assertEquals(built.isEponymAlias(key), read.isEponymAlias(key), key);
            assertEquals(built.extendsToLongerKey(key), read.extendsToLongerKey(key), key);
        }
        assertNull(read.lookup("no such index key"));
        assertEquals(List.of(), read.mainTerms("no such index key"));
        assertEquals(built.maxKeyWords(), read.maxKeyWords());
        assertEquals(built.report(), read.report());
        for (String printed : built.tables().printed()) {
            assertEquals(built.carried(printed), read.carried(printed), printed);
        }
        assertEquals(built.carried("A00.000"), read.carried("A00.000"), "a code the Index never printed");
        for (String drug : built.tables().drugKeys()) {
            assertTrue(built.drug(drug) == read.drug(drug), drug);
        }
        // every kind of key is there: a main term's, an eponym without its head, a first word of a longer key
        assertTrue(built.keys().stream().anyMatch(k -> !built.mainTerms(k).isEmpty()));
        assertTrue(built.keys().stream().anyMatch(built::isEponymAlias));
        assertTrue(built.keys().stream().anyMatch(built::extendsToLongerKey));

        // tables of other trees are not read
        AlphabeticIndexLoader.Trees fewer = new AlphabeticIndexLoader.Trees(built.version(),
                built.mainTerms().subList(1, built.mainTerms().size()), built.neoplasmTable(), built.drugs());
        assertThrows(IOException.class, () -> IndexKeyCache.read(cache, fingerprint, fewer));

        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 100));
        assertThrows(IOException.class, () -> IndexKeyCache.read(cache, fingerprint, trees(built)));
        try (ModelBundle again = ModelBundle.load(cache)) {
            assertSameTables(built.tables(), again.alphabeticIndex().tables());
        }
        assertArrayEquals(whole, Files.readAllBytes(file), "the truncated key tables are written again whole");
        byte[] older = whole.clone();
        older[7] = (byte) (older[7] - 1);   // another format number
        Files.write(file, older);
        try (ModelBundle again = ModelBundle.load(cache)) {
            assertSameTables(built.tables(), again.alphabeticIndex().tables());
        }
        assertArrayEquals(whole, Files.readAllBytes(file), "the key tables of another format are replaced");
    }

    @Test
    void theCacheIsKeyedByTheClassesThatDeriveTheKeyTables() {
        assertTrue(ModelBundle.derivers().contains(IndexKeyCache.class));
        assertTrue(ModelBundle.derivers().contains(AlphabeticIndex.class));
        assertTrue(ModelBundle.derivers().contains(org.opencac.models.codeset.icd10cm.CodeCarrier.class));
    }

    @Test
    void theCacheIsKeyedByTheIndexCorrectionsThatChangeTheTrees() {
        assertTrue(ModelBundle.derivers().contains(org.opencac.models.codeset.icd10cm.IndexCorrections.class));
        assertTrue(ModelBundle.fingerprintedResources().contains(org.opencac.models.codeset.icd10cm.IndexCorrections.FILE));
    }
}
