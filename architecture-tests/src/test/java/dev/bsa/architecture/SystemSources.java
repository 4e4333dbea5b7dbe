package dev.bsa.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The JDK members that read the system clock or create a new source of randomness, as a predicate on
 * accesses (calls and method references alike).
 */
final class SystemSources {

    /** Types whose {@code now()} and {@code now(ZoneId)} read the system clock; {@code now(Clock)} is fine. */
    private static final Set<String> NOW_OWNERS = names(
            Instant.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            ZonedDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            Year.class,
            YearMonth.class,
            MonthDay.class);

    /** Any access to these members, whatever the parameters. */
    private static final Map<String, Set<String>> FORBIDDEN_MEMBERS = Map.of(
            Clock.class.getName(), Set.of("systemUTC", "systemDefaultZone", "system"),
            System.class.getName(), Set.of("currentTimeMillis", "nanoTime"),
            Math.class.getName(), Set.of("random"),
            StrictMath.class.getName(), Set.of("random"),
            UUID.class.getName(), Set.of("randomUUID"),
            ThreadLocalRandom.class.getName(), Set.of("current"),
            Random.class.getName(), Set.of(JavaConstructor.CONSTRUCTOR_NAME),
            SplittableRandom.class.getName(), Set.of(JavaConstructor.CONSTRUCTOR_NAME),
            SecureRandom.class.getName(), Set.of(JavaConstructor.CONSTRUCTOR_NAME, "getInstance", "getInstanceStrong"));

    /** Matches an access to the system clock or to a new source of randomness. */
    static final DescribedPredicate<JavaAccess<?>> SYSTEM_CLOCK_OR_OWN_RANDOMNESS = DescribedPredicate.describe(
            "target is the system clock or a new source of randomness",
            access -> readsSystemClockOrCreatesRandomness(access.getTarget()));

    private SystemSources() {}

    private static boolean readsSystemClockOrCreatesRandomness(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (NOW_OWNERS.contains(owner) && "now".equals(name)) {
            return !takesAClock(target);
        }
        return FORBIDDEN_MEMBERS.getOrDefault(owner, Set.of()).contains(name);
    }

    private static boolean takesAClock(AccessTarget target) {
        if (!(target instanceof CodeUnitAccessTarget)) {
            return false;
        }
        List<JavaClass> parameters = ((CodeUnitAccessTarget) target).getRawParameterTypes();
        return parameters.stream().anyMatch(type -> type.isEquivalentTo(Clock.class));
    }

    private static Set<String> names(Class<?>... types) {
        return Arrays.stream(types).map(Class::getName).collect(Collectors.toUnmodifiableSet());
    }
}
