package org.opencac.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.codeset.hcpcs.HcpcsFileLoader;

class HcpcsCacheTest {
    private static final HcpcsFileLoader.Records FILE = HcpcsFileLoader.loadBundledRecords();

    @Test
    void theCachedRecordsGiveBackTheFilesCodesInFileOrder(@TempDir Path cache) throws Exception {
        HcpcsCodeSet built = HcpcsCache.loadBundled(cache);
        Path file = HcpcsCache.file(cache, HcpcsCache.fingerprint());
        assertTrue(Files.isRegularFile(file));
        assertEquals(FILE, HcpcsCache.read(file));   // every field of every code, in the file's order
        HcpcsCodeSet read = HcpcsCache.loadBundled(cache);
        assertEquals(FILE.version(), read.version());
        assertEquals(List.copyOf(FILE.codeSet().all()), List.copyOf(read.all()));
        assertEquals(List.copyOf(built.all()), List.copyOf(read.all()));
        for (HcpcsCode c : FILE.codes()) {
            c.drugUnit().ifPresent(u -> assertEquals(FILE.codeSet().drugCodes(u.drug()), read.drugCodes(u.drug()), u.drug()));
        }
    }

    @Test
    void aTruncatedOrOlderCacheIsReadFromTheFileAgainAndRewritten(@TempDir Path cache) throws Exception {
        HcpcsCache.loadBundled(cache);
        Path file = HcpcsCache.file(cache, HcpcsCache.fingerprint());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(List.copyOf(FILE.codeSet().all()), List.copyOf(HcpcsCache.loadBundled(cache).all()));
        assertArrayEquals(whole, Files.readAllBytes(file), "the truncated cache is written again whole");
        byte[] older = whole.clone();
        older[7] = (byte) (older[7] + 1);   // another format number
        Files.write(file, older);
        assertEquals(FILE.codeSet().size(), HcpcsCache.loadBundled(cache).size());
        assertArrayEquals(whole, Files.readAllBytes(file), "the cache of another format is replaced");
    }

    @Test
    void aCacheOfAnotherBuildIsRemovedNotRead(@TempDir Path cache) throws Exception {
        Path stale = Files.writeString(cache.resolve("hcpcs-0000dead.bin"), "old");
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "keep");
        assertEquals(FILE.codeSet().size(), HcpcsCache.loadBundled(cache).size());
        assertTrue(Files.notExists(stale));
        assertTrue(Files.exists(unrelated));
        assertTrue(Files.exists(HcpcsCache.file(cache, HcpcsCache.fingerprint())));
    }
}
