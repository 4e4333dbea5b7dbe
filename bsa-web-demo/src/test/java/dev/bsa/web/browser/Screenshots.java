package dev.bsa.web.browser;

import java.nio.file.Path;

/** Where the browser tests save their screenshots: {@code -Dbsa.screenshots}, by default {@code target/screenshots}. */
public final class Screenshots {

    /** The system property naming the folder. */
    public static final String FOLDER_PROPERTY = "bsa.screenshots";

    private Screenshots() {}

    /** The folder screenshots go to. */
    public static Path folder() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "target/screenshots"));
    }
}
