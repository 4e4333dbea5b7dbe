package dev.bsa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.domain.testing.TestBsa;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerUsersTest {

    private static final List<LoadUser> FIVE = IntStream.range(0, 5)
            .mapToObj(i -> new LoadUser("u" + i, TestBsa.secretOf("u" + i)))
            .toList();

    @Test
    void dealingFiveUsersToTwoWorkers_givesEachUserToExactlyOneWorker() {
        List<WorkerUsers> shares = WorkerUsers.deal(FIVE, 2);

        assertThat(keys(shares.get(0), 3)).containsExactly("u0", "u2", "u4");
        assertThat(keys(shares.get(1), 2)).containsExactly("u1", "u3");
    }

    @Test
    void givenEveryUserLoggedInAtTheStep_nextFreshAt_isNone_untilTheNextStep() {
        WorkerUsers users = new WorkerUsers(FIVE.subList(0, 2));
        users.loggedInAt(users.nextFreshAt(0), 0);
        users.loggedInAt(users.nextFreshAt(0), 0);

        assertThat(users.nextFreshAt(0)).isNegative();
        assertThat(users.nextFreshAt(1)).isNotNegative();
    }

    private static List<String> keys(WorkerUsers users, int count) {
        return IntStream.range(0, count).mapToObj(i -> users.next().key()).toList();
    }
}
