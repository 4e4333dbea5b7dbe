package dev.bsa.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an embedded BSA simulator on a free loopback port, reset to
 * its seed before every test and closed after the class. Declare a {@link SimulatorHandle} parameter
 * (constructor, lifecycle or test method) to reach it. A {@code @Nested} class shares its enclosing
 * class's simulator unless it carries an annotation of its own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(BsaSimulatorExtension.class)
public @interface BsaSimulatorTest {

    /**
     * True to start a fresh simulator for every test instead of one per class; it exists from before
     * the {@code @BeforeEach} methods to after the {@code @AfterEach} methods, so only those and the
     * tests can take the handle.
     */
    boolean perTest() default false;

    /**
     * True to run on a virtual clock that starts at {@link BsaSimulatorExtension#VIRTUAL_START} and only
     * moves through {@link SimulatorHandle#advanceClock}; every test starts at that instant (the reset
     * before each test puts the clock back).
     */
    boolean virtualClock() default false;

    /** The seed: {@code "demo"} (default), {@code "none"}, or a path to a JSON/YAML seed file. */
    String seed() default "demo";
}
