package dev.bsa.domain.testing;

import static dev.bsa.domain.testing.AuthSessionBuilder.aPushSession;
import static dev.bsa.domain.testing.AuthSessionBuilder.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.model.AuthSession;
import dev.bsa.domain.model.IssuedTokens;
import dev.bsa.domain.port.out.SessionRepository;
import dev.bsa.domain.testing.contract.SessionRepositoryContract;
import org.junit.jupiter.api.Test;

/** The {@link SessionRepositoryContract} against {@link InMemorySessionRepository}, and its bounded form, which forgets. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected SessionRepository newRepository() {
        return new InMemorySessionRepository();
    }

    private static final IssuedTokens TOKENS = new IssuedTokens("access-token", "refresh-token");

    @Test
    void keepingFinishedSessions_givenMoreThanItKeeps_theOldestFinishedAreForgotten_andLiveOnesKept() {
        InMemorySessionRepository sessions = InMemorySessionRepository.keepingFinished(2);
        AuthSession live = aPushSession().forUser("zoe").build();
        sessions.create(live);
        AuthSession[] finished = new AuthSession[3];
        for (int i = 0; i < finished.length; i++) {
            AuthSession requested = aPushSession().forUser("user-" + i).build();
            sessions.create(requested);
            finished[i] = completed(requested, TOKENS);
            sessions.replace(requested, finished[i]);
        }

        assertThat(sessions.findById(finished[0].id())).isEmpty();
        assertThat(sessions.findByChannelKey(finished[0].channelKey().orElseThrow()))
                .isEmpty();
        assertThat(sessions.findById(finished[1].id())).contains(finished[1]);
        assertThat(sessions.findById(finished[2].id())).contains(finished[2]);
        assertThat(sessions.findLiveByUser(live.user().orElseThrow())).contains(live);
        assertThat(sessions.size()).isEqualTo(3);
    }
}
