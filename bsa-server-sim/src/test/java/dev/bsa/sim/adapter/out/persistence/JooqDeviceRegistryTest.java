package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.port.out.DeviceRegistry.DeviceRecord;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqDeviceRegistryTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00.000001Z");
    private static final UserKey ALICE = new UserKey("alice");
    private static final UserKey BOB = new UserKey("bob");

    private final Database database = TestDatabases.freshInMemory();
    private final JooqDeviceRegistry registry = new JooqDeviceRegistry(database.dsl());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void givenNothingRegistered_findUser_isEmptyAndFindAllIsEmpty() {
        assertThat(registry.findUser("a".repeat(64))).isEmpty();
        assertThat(registry.findAll()).isEmpty();
    }

    @Test
    void givenRegisteredDevice_findUser_returnsItsUser() {
        registry.register(ALICE, "a".repeat(64), T0);

        assertThat(registry.findUser("a".repeat(64))).contains(ALICE);
        assertThat(registry.findUser("b".repeat(64))).isEmpty();
    }

    @Test
    void givenRegisteredDevice_registeringAgain_replacesTheOldToken() {
        registry.register(ALICE, "a".repeat(64), T0);

        registry.register(ALICE, "b".repeat(64), T0.plusSeconds(5));

        assertThat(registry.findUser("a".repeat(64))).isEmpty();
        assertThat(registry.findUser("b".repeat(64))).contains(ALICE);
        assertThat(registry.findAll()).containsExactly(new DeviceRecord(ALICE, "b".repeat(64), T0.plusSeconds(5)));
    }

    @Test
    void givenRegisteredDevice_unregister_removesItAndReportsTrueOnce() {
        registry.register(ALICE, "a".repeat(64), T0);

        assertThat(registry.unregister(ALICE)).isTrue();
        assertThat(registry.unregister(ALICE)).isFalse();
        assertThat(registry.findUser("a".repeat(64))).isEmpty();
    }

    @Test
    void givenSeveralDevices_findAll_ordersThemByUser() {
        registry.register(BOB, "b".repeat(64), T0);
        registry.register(ALICE, "a".repeat(64), T0.plusSeconds(1));

        assertThat(registry.findAll())
                .containsExactly(
                        new DeviceRecord(ALICE, "a".repeat(64), T0.plusSeconds(1)),
                        new DeviceRecord(BOB, "b".repeat(64), T0));
    }
}
