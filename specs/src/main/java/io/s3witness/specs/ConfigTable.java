package io.s3witness.specs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that says which configs exist and what each must produce:
 * {@code specs/configs.tsv}, read by both {@code ci/tlc} and the JUnit tests.
 *
 * <p>Format: one config a line, tab-separated {@code config expected group purpose}; blank lines
 * and lines starting with {@code #} are ignored. {@code expected} is {@code pass} or the
 * invariant/property name; {@code group} is {@code ci} (run by default) or {@code extra} (run
 * only when named).
 */
public final class ConfigTable {

    private static final Pattern NAME = Pattern.compile("MC[A-Za-z0-9]+");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final List<ModelConfig> configs;

    private ConfigTable(List<ModelConfig> configs) {
        this.configs = List.copyOf(configs);
    }

    /** Reads and validates the table; errors name the file, line and field. */
    public static ConfigTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file));
    }

    static ConfigTable parse(String source, List<String> lines) {
        List<ModelConfig> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new ConfigTableException(where + "expected 4 tab-separated fields"
                        + " (config, expected, group, purpose), found " + f.length);
            }
            String name = f[0].strip();
            String expected = f[1].strip();
            String group = f[2].strip();
            if (!NAME.matcher(name).matches()) {
                throw new ConfigTableException(where + "field 'config': expected a name like"
                        + " MCStrong, found '" + name + "'");
            }
            if (!seen.add(name)) {
                throw new ConfigTableException(where + "field 'config': " + name
                        + " is listed twice");
            }
            if (!IDENT.matcher(expected).matches()) {
                throw new ConfigTableException(where + "field 'expected': expected 'pass' or an"
                        + " invariant/property name, found '" + expected + "'");
            }
            if (!group.equals("ci") && !group.equals("extra")) {
                throw new ConfigTableException(where + "field 'group': expected 'ci' or 'extra',"
                        + " found '" + group + "'");
            }
            out.add(new ModelConfig(name, expected, group.equals("ci"), f[3].strip()));
        }
        return new ConfigTable(out);
    }

    public List<ModelConfig> all() {
        return configs;
    }

    /** The configs run by default (group ci), in table order. */
    public List<ModelConfig> ci() {
        return configs.stream().filter(ModelConfig::inCi).toList();
    }

    public Optional<ModelConfig> find(String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Bad content in configs.tsv; the message says where and what was expected. */
    public static final class ConfigTableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigTableException(String message) {
            super(message);
        }
    }
}
