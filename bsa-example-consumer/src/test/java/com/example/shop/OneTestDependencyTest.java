package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bsa.junit.SimulatorHandle;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the one test dependency brings to a user's test class path: itself, the SLF4J API and the user's own JUnit;
 * every library the simulator runs on is inside it under dev.bsa, so none meets (or replaces) the user's own copy.
 */
class OneTestDependencyTest {

    /** The jars a test class path of this module may hold, by the start of their file names. */
    private static final List<String> ALLOWED =
            List.of("bsa-simulator-junit-", "slf4j-api-", "junit-", "opentest4j-", "apiguardian-api-");

    @Test
    void theExtension_comesFromTheShadedJar() throws URISyntaxException {
        Path location = Path.of(SimulatorHandle.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());

        assertTrue(
                location.getFileName().toString().matches("bsa-simulator-junit-.*\\.jar"),
                "the reactor handed over " + location + " instead of the packaged artifact");
    }

    @Test
    void theShadedJar_holdsOnlyDevBsaAndMetaInf_atItsTop() throws IOException, URISyntaxException {
        File jar = new File(SimulatorHandle.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> top = new TreeSet<>();
        try (JarFile file = new JarFile(jar)) {
            file.stream().map(entry -> entry.getName()).forEach(name -> top.add(topOf(name)));
            assertEquals(
                    Set.of(),
                    file.stream()
                            .map(entry -> entry.getName())
                            .filter(name -> name.endsWith(".class"))
                            .filter(name -> !name.startsWith("dev/bsa/"))
                            .collect(java.util.stream.Collectors.toSet()),
                    "classes outside dev/bsa");
        }

        assertEquals(Set.of("META-INF", "dev"), top);
    }

    @Test
    void theTestClassPath_holdsTheArtifact_slf4jApi_andJUnit_only() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

        List<String> others = Arrays.stream(classPath.split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> !entry.endsWith(Path.of("target", "test-classes")))
                .filter(entry -> !entry.endsWith(Path.of("target", "classes")))
                .map(entry -> entry.getFileName().toString())
                .filter(name -> ALLOWED.stream().noneMatch(name::startsWith))
                .toList();

        assertEquals(List.of(), others);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "io.javalin.Javalin",
                "org.eclipse.jetty.server.Server",
                "jakarta.servlet.Servlet",
                "kotlin.Unit",
                "org.h2.Driver",
                "org.jooq.DSLContext",
                "com.fasterxml.jackson.databind.ObjectMapper",
                "com.nimbusds.jose.JWSObject",
                "com.eatthepath.otp.TimeBasedOneTimePasswordGenerator",
                "org.postgresql.Driver",
                "com.zaxxer.hikari.HikariDataSource",
                "picocli.CommandLine",
                "ch.qos.logback.classic.Logger"
            })
    void noLibraryOfTheSimulator_isVisibleUnderItsOwnName(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }

    private static String topOf(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }
}
