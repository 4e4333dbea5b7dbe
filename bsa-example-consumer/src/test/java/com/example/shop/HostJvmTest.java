package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bsa.junit.BsaSimulatorTest;
import dev.bsa.junit.SimulatorHandle;
import java.sql.Driver;
import java.sql.DriverManager;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A simulator running in the user's test JVM leaves the JVM's shared registries as it found them. */
@BsaSimulatorTest
class HostJvmTest {

    @Test
    void aRunningSimulator_registersNoDatabaseDriverOfItsOwnWithDriverManager(SimulatorHandle simulator) {
        assertTrue(simulator.baseUrl().startsWith("http://"), "the simulator is running");

        List<String> relocated = Collections.list(DriverManager.getDrivers()).stream()
                .map(Driver::getClass)
                .map(Class::getName)
                .filter(name -> name.startsWith("dev.bsa."))
                .toList();

        // Its relocated H2 and PostgreSQL drivers would otherwise answer the user's own "jdbc:h2:" and
        // "jdbc:postgresql:" URLs whenever the user has no driver of their own for them.
        assertEquals(List.of(), relocated);
    }
}
