package org.salwhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Small classes that break architecture rules, compiled in a test so that each rule can be shown to report them.
 * Without this, a rule with a typo in a package pattern would pass forever.
 */
final class ViolatingClasses {

    private final Map<String, String> sources = new LinkedHashMap<>();

    /** A public class {@code className} (fully qualified) with {@code body}, preceded by {@code annotation}. */
    ViolatingClasses add(String className, String body, String annotation) {
        int dot = className.lastIndexOf('.');
        sources.put(className, "package " + className.substring(0, dot) + ";\n" + annotation
                + " public class " + className.substring(dot + 1) + " { " + body + " }\n");
        return this;
    }

    ViolatingClasses add(String className, String body) {
        return add(className, body, "");
    }

    /** Compiles them into {@code into} against the given API jars (by a class each holds) and imports them. */
    JavaClasses compile(Path into, Class<?>... apis) throws URISyntaxException {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new SimpleJavaFileObject(
                URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        }));
        List<String> classpath = new ArrayList<>();
        for (Class<?> api : apis) {
            classpath.add(Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        boolean compiled = javac.getTask(null, null, null, List.of("-d", into.toString(), "-classpath",
                String.join(File.pathSeparator, classpath), "-proc:none"), null, units).call();
        assertTrue(compiled, "the violating classes did not compile");
        JavaClasses classes = new ClassFileImporter().importPath(into);
        assertEquals(sources.size(), classes.size());
        return classes;
    }

    /** The rule reports a violation, naming each offender. */
    static void assertCaught(JavaClasses classes, ArchRule rule, String... offenders) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), "not caught: " + rule.getDescription());
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (String offender : offenders) {
            assertTrue(report.contains(offender), offender + " missing from:\n" + report);
        }
    }
}
