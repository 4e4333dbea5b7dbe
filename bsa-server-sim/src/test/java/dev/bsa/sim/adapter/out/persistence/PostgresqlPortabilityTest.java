package dev.bsa.sim.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.AuthStatus;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.domain.port.out.ClientRepository;
import dev.bsa.domain.port.out.LinkRepository;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.domain.port.out.TotpStateRepository;
import dev.bsa.domain.port.out.UserRepository;
import dev.bsa.domain.testing.contract.AppOtpCodeRepositoryContract;
import dev.bsa.domain.testing.contract.ClientRepositoryContract;
import dev.bsa.domain.testing.contract.LinkRepositoryContract;
import dev.bsa.domain.testing.contract.SessionRepositoryContract;
import dev.bsa.domain.testing.contract.SettingsRepositoryContract;
import dev.bsa.domain.testing.contract.TotpStateRepositoryContract;
import dev.bsa.domain.testing.contract.UserRepositoryContract;
import dev.bsa.sim.application.model.AuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same migrations, queries and contracts on a real PostgreSQL. Runs only when
 * {@code BSA_TEST_POSTGRES_URL} names a database that may be wiped, e.g.
 * {@code jdbc:postgresql://localhost/bsa_test?user=bsa&password=bsa}; every test empties it first.
 */
@EnabledIfEnvironmentVariable(named = "BSA_TEST_POSTGRES_URL", matches = ".+")
class PostgresqlPortabilityTest {

    private static Database database;

    private static synchronized Database emptied() {
        if (database == null) {
            database = Database.open(System.getenv("BSA_TEST_POSTGRES_URL"));
        }
        new JooqStateArchive(database.dsl()).reset();
        return database;
    }

    @AfterAll
    static synchronized void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Test
    void givenPostgresqlUrl_open_usesThePostgresDialect() {
        assertThat(emptied().dialect()).isEqualTo(SQLDialect.POSTGRES);
    }

    @Test
    void givenEverythingWritten_readingItBack_findsEverything() {
        Database db = emptied();
        StoredState.write(db);

        StoredState.assertStored(db);
    }

    @Test
    void givenStatusesAppendedInOneWrite_theAuditLogKeepsTheirOrderAfterThoseAppendedBefore() {
        JooqAuditLog log = new JooqAuditLog(emptied().dsl());
        List<AuditEntry> entries = Stream.of(
                        AuthStatus.REQUEST_AUTH, AuthStatus.CREATE_CHANNEL, AuthStatus.SELECT_NODES)
                .map(status -> new AuditEntry(
                        StoredState.T0.plusSeconds(status.ordinal()),
                        StoredState.COMPLETED.id(),
                        AuthMethod.PUSH,
                        StoredState.SHOP,
                        Optional.of(StoredState.ALICE),
                        status,
                        status.ordinal(),
                        Optional.empty(),
                        StoredState.COMPLETED.expiresAt()))
                .toList();

        log.append(entries.get(0));
        log.append(entries.subList(1, 3));

        assertThat(log.ofSession(StoredState.COMPLETED.id())).containsExactlyElementsOf(entries);
    }

    @Test
    void givenState_exportResetImport_exportsTheSameDocument() {
        Database db = emptied();
        StoredState.write(db);
        JooqStateArchive archive = new JooqStateArchive(db.dsl());
        String exported = archive.exportJson();

        archive.reset();

        assertThat(archive.importJson(exported).isSuccess()).isTrue();
        assertThat(archive.exportJson()).isEqualTo(exported);
    }

    @Nested
    class Clients extends ClientRepositoryContract {
        @Override
        protected ClientRepository newRepository() {
            return new JooqClientRepository(emptied().dsl());
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository newRepository() {
            return new JooqUserRepository(emptied().dsl());
        }
    }

    @Nested
    class Links extends LinkRepositoryContract {
        @Override
        protected LinkRepository newRepository() {
            return new JooqLinkRepository(emptied().dsl());
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected SessionRepository newRepository() {
            return new JooqSessionRepository(emptied().dsl());
        }
    }

    @Nested
    class AppOtpCodes extends AppOtpCodeRepositoryContract {
        @Override
        protected AppOtpCodeRepository newRepository() {
            return new JooqAppOtpCodeRepository(emptied().dsl());
        }
    }

    @Nested
    class TotpState extends TotpStateRepositoryContract {
        @Override
        protected TotpStateRepository newRepository() {
            return new JooqTotpStateRepository(emptied().dsl());
        }
    }

    @Nested
    class SettingsStore extends SettingsRepositoryContract {
        @Override
        protected SettingsRepository newRepository() {
            return new JooqSettingsRepository(emptied().dsl());
        }
    }
}
