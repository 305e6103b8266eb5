package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** configs.tsv and the MC*.tla/.cfg files agree, so no config is silently skipped. */
class SpecFilesTest {

    static Path specsDir() {
        return Path.of(System.getProperty("specs.dir", "."));
    }

    @Test
    void everyConfigFileIsListedAndEveryListedConfigExists() throws IOException {
        ConfigTable table = ConfigTable.read(specsDir().resolve("configs.tsv"));
        Set<String> listed = new TreeSet<>();
        table.all().forEach(c -> listed.add(c.name()));
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(specsDir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("MC\\w+\\.cfg"))
                    .forEach(n -> onDisk.add(n.substring(0, n.length() - 4)));
        }
        assertEquals(listed, onDisk);
        for (String n : listed) {
            assertTrue(Files.isRegularFile(specsDir().resolve(n + ".tla")), n + ".tla missing");
        }
    }

    @Test
    void eachExpectedViolationIsCheckedByItsConfig() throws IOException {
        ConfigTable table = ConfigTable.read(specsDir().resolve("configs.tsv"));
        List<String> problems = new ArrayList<>();
        for (ModelConfig c : table.all()) {
            if (c.expectsPass()) {
                continue;
            }
            List<String> cfg = Files.readAllLines(specsDir().resolve(c.name() + ".cfg"));
            boolean declared = cfg.stream().map(String::strip)
                    .anyMatch(l -> l.equals("INVARIANT " + c.expected())
                            || l.equals("PROPERTY " + c.expected()));
            if (!declared) {
                problems.add(c.name() + " expects " + c.expected() + " but its .cfg does not"
                        + " check it");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theStrongConfigsCheckEveryInvariantAndTheRefinement() throws IOException {
        for (String name : List.of("MCStrong", "MCStrongDeep")) {
            List<String> cfg = Files.readAllLines(specsDir().resolve(name + ".cfg"));
            for (String inv : List.of("TypeOK", "VersionStackWellFormed", "NoUncommittedRead",
                    "NoStaleRead", "NoReadAfterDelete", "NoFlicker",
                    "ListReflectsCompletedWrites")) {
                assertTrue(cfg.contains("INVARIANT " + inv), name + " does not check " + inv);
            }
            // CacheCoherence's Refinement, on the mapping MCRefinement memoises (and checks).
            assertTrue(cfg.contains("SPECIFICATION MemoSpec"), name + " does not keep the mapping");
            assertTrue(cfg.contains("INVARIANT MemoIsTheMapping"),
                    name + " does not check that the memoised mapping is the mapping");
            assertTrue(cfg.contains("PROPERTY RefinementMemo"), name + " does not check Refinement");
        }
    }
}
