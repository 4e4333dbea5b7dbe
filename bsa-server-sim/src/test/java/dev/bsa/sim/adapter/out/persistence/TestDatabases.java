package dev.bsa.sim.adapter.out.persistence;

import java.util.UUID;

/** Fresh, private databases for tests: each call opens and migrates a new H2 database in memory. */
final class TestDatabases {

    private TestDatabases() {}

    /** A new, empty, migrated H2 database in memory with a name no other test uses. */
    static Database freshInMemory() {
        return Database.open(inMemoryUrl());
    }

    /** A JDBC URL of an H2 in-memory database with a unique name. */
    static String inMemoryUrl() {
        return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
}
