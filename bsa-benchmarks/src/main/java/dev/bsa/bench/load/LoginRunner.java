package dev.bsa.bench.load;

/** One login flow as a worker runs it: the next login for one of the worker's users, start to end. */
interface LoginRunner {

    /** Runs one login for one of {@code users} and says how it went. */
    Attempt attempt(WorkerUsers users) throws InterruptedException;
}
