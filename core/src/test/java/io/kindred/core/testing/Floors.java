package io.kindred.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a module's packages against its floors: each package may import only the packages its floor table allows
 * (which are below it), so that the packages form no cycle. The table is the module's architecture, written once in its
 * test; {@code docs/ARCHITECTURE.md} draws it. Stateless.
 */
public final class Floors {

    private Floors() {}

    /**
     * Asserts that the main classes under {@code root} depend, among the packages under {@code prefix}, only as
     * {@code allowed} says, that every package is in the table, and that no slice of packages forms a cycle.
     *
     * @param root the module's root package, e.g. {@code io.kindred.core}
     * @param prefix the packages whose dependencies are checked, e.g. {@code io.kindred}
     * @param allowed for each package of the module, the packages (under {@code prefix}, other than itself) it may
     *     import
     */
    public static void check(String root, String prefix, Map<String, Set<String>> allowed) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        assertTrue(!classes.isEmpty(), "no class found under " + root);
        Map<String, Set<String>> actual = new TreeMap<>();
        for (JavaClass c : classes) {
            Set<String> uses = actual.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(prefix) && !target.equals(c.getPackageName())) {
                    uses.add(target);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : actual.entrySet()) {
            Set<String> may = allowed.get(e.getKey());
            if (may == null) {
                problems.add(e.getKey() + " is not in the floors table");
                continue;
            }
            for (String used : e.getValue()) {
                if (!may.contains(used)) {
                    problems.add(e.getKey() + " imports " + used + ", which its floor does not allow");
                }
            }
        }
        for (String p : allowed.keySet()) {
            checkNoCycle(p, allowed, new ArrayList<>(), problems);
        }
        assertEquals(List.of(), problems, "floors of " + root);
        SlicesRuleDefinition.slices()
                .matching(root + ".(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The table itself must be floors: following "may import" from any package never comes back to it. */
    private static void checkNoCycle(
            String p, Map<String, Set<String>> allowed, List<String> path, List<String> problems) {
        if (path.contains(p)) {
            problems.add("the floors table has a cycle: " + String.join(" -> ", path) + " -> " + p);
            return;
        }
        path.add(p);
        for (String q : allowed.getOrDefault(p, Set.of())) {
            checkNoCycle(q, allowed, path, problems);
        }
        path.remove(path.size() - 1);
    }
}
