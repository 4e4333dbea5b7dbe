package dev.bsa.sim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an embedded BSA simulator on a free loopback port, reset to
 * its seed before every test. Declare a {@link SimulatorHandle} parameter (constructor, lifecycle or
 * test method) to reach it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(BsaSimulatorExtension.class)
public @interface BsaSimulatorTest {

    /** True to start a fresh simulator for every test instead of one per class. */
    boolean perTest() default false;

    /** True to run on a virtual clock that only moves through {@link SimulatorHandle#advanceClock}. */
    boolean virtualClock() default false;

    /** The seed: {@code "demo"} (default), {@code "none"}, or a path to a JSON/YAML seed file. */
    String seed() default "demo";
}
