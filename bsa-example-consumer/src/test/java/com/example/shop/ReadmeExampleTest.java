package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example is this module's {@link LoginTest}, character for character, so it cannot drift. */
class ReadmeExampleTest {

    private static final String SECTION = "## Using it from a test suite";
    private static final String OPENING = "```java\n";
    private static final String CLOSING = "```\n";

    @Test
    void theReadmesExample_isLoginTest() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md")).replace("\r\n", "\n");
        String file = Files.readString(Path.of("src", "test", "java", "com", "example", "shop", "LoginTest.java"))
                .replace("\r\n", "\n");

        assertEquals(
                file, javaBlockOf(readme), "copy LoginTest.java into the README's first java block under " + SECTION);
    }

    private static String javaBlockOf(String readme) {
        int section = readme.indexOf(SECTION);
        int opening = readme.indexOf(OPENING, section);
        int closing = readme.indexOf(CLOSING, opening + OPENING.length());
        if (section < 0 || opening < 0 || closing < 0) {
            return "no java block under " + SECTION;
        }
        return readme.substring(opening + OPENING.length(), closing);
    }
}
