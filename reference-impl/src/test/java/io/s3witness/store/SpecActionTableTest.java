package io.s3witness.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spec ↔ code link: every action named in the first column of specs/README.md's action table has exactly one
 * {@link SpecAction} method here, named after it in lowerCamelCase, and no method claims an action the table lacks.
 */
class SpecActionTableTest {
    private static final Pattern ACTION = Pattern.compile("`([A-Z][A-Za-z]*)");

    @Test
    void everySpecActionHasExactlyOneMethod() throws Exception {
        TreeSet<String> specActions = actionsInSpecTable();
        Map<String, List<Method>> methods = annotatedMethods();
        assertFalse(specActions.isEmpty(), "no actions found in the spec table");
        for (String action : specActions) {
            List<Method> impls = methods.getOrDefault(action, List.of());
            assertEquals(1, impls.size(), "spec action " + action + " must have exactly one method, has " + impls);
            String expectedName = Character.toLowerCase(action.charAt(0)) + action.substring(1);
            assertEquals(expectedName, impls.get(0).getName(), "method of " + action);
        }
        assertEquals(specActions, new TreeSet<>(methods.keySet()), "@SpecAction names not in the spec table");
    }

    /** The table, for README.md: spec action → Class#method. */
    static Map<String, String> javaColumn() throws Exception {
        Map<String, String> column = new TreeMap<>();
        for (Map.Entry<String, List<Method>> e : annotatedMethods().entrySet()) {
            Method m = e.getValue().get(0);
            column.put(e.getKey(), m.getDeclaringClass().getSimpleName() + "#" + m.getName());
        }
        return column;
    }

    private static TreeSet<String> actionsInSpecTable() throws IOException {
        Path readme = Path.of("..", "specs", "README.md");
        assertTrue(Files.exists(readme), "specs/README.md not found from " + Path.of("").toAbsolutePath());
        TreeSet<String> actions = new TreeSet<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("| spec action")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (inTable && !line.startsWith("|---")) {
                String firstCell = line.split("\\|")[1];
                Matcher m = ACTION.matcher(firstCell);
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        }
        return actions;
    }

    private static Map<String, List<Method>> annotatedMethods() throws IOException, URISyntaxException,
        ClassNotFoundException {
        Path root = Path.of(ObjectStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<Method>> byAction = new TreeMap<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root.resolve("io/s3witness/store"))) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classFiles) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            for (Method method : Class.forName(name).getDeclaredMethods()) {
                SpecAction a = method.getAnnotation(SpecAction.class);
                if (a != null) {
                    byAction.computeIfAbsent(a.value(), k -> new ArrayList<>()).add(method);
                }
            }
        }
        return byAction;
    }
}
