package dev.bsa.bench.load;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The users one worker logs in, taken in turn, so that no two workers ever share a user (a user has one
 * login at a time). For TOTP it also remembers the last time step each user logged in at, since a step
 * is accepted once per user. Not thread-safe: one worker owns it.
 */
final class WorkerUsers {

    private final List<LoadUser> users;
    private final long[] lastStep;
    private int next;

    WorkerUsers(List<LoadUser> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a worker needs at least one user");
        }
        this.users = List.copyOf(users);
        this.lastStep = new long[users.size()];
        Arrays.fill(lastStep, -1);
    }

    /** Deals {@code users} out to {@code workers} workers, one at a time, as cards. */
    static List<WorkerUsers> deal(List<LoadUser> users, int workers) {
        return IntStream.range(0, workers)
                .mapToObj(worker -> new WorkerUsers(IntStream.range(0, users.size())
                        .filter(index -> index % workers == worker)
                        .mapToObj(users::get)
                        .toList()))
                .toList();
    }

    /** The next user in turn. */
    LoadUser next() {
        LoadUser user = users.get(next);
        next = (next + 1) % users.size();
        return user;
    }

    /** The index of the next user in turn who has not logged in at {@code step}, or -1 when all have. */
    int nextFreshAt(long step) {
        for (int tried = 0; tried < users.size(); tried++) {
            int candidate = next;
            next = (next + 1) % users.size();
            if (lastStep[candidate] < step) {
                return candidate;
            }
        }
        return -1;
    }

    LoadUser get(int index) {
        return users.get(index);
    }

    void loggedInAt(int index, long step) {
        lastStep[index] = step;
    }
}
