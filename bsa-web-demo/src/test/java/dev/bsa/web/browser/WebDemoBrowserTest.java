package dev.bsa.web.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated class in a real headless Chromium against one web demo (the demo seed, a free
 * loopback port, the test-only pages under {@value RunningDemo#TEST_PAGES}), both started once for
 * the class. Before each test the simulator is reset to its seed and the browser is left with one
 * blank tab and empty storage. Declare a {@link RunningDemo} parameter to reach them.
 *
 * <p>Without Chromium and its driver the class is skipped with a loud warning, unless the
 * environment variable {@code BSA_REQUIRE_BROWSER=1} makes that a failure (CI sets it).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("browser")
@ExtendWith(WebDemoBrowserExtension.class)
public @interface WebDemoBrowserTest {

    /** True to run the simulator on a virtual clock that moves only when a test advances it. */
    boolean virtualClock() default false;
}
