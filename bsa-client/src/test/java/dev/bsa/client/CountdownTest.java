package dev.bsa.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Integer> values = new CopyOnWriteArrayList<>();
    private final Countdown countdown = new Countdown(scheduler, values::add);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void start_givesTheServersFigureAtOnce_thenOneLessAboutEverySecond_downToZero() throws Exception {
        countdown.start(2);

        Thread.sleep(2_600);

        assertThat(values).containsExactly(2, 1, 0);
    }

    @Test
    void theServerReportingLessTime_movesTheCountdownDown_neverUp() throws Exception {
        countdown.start(60);
        Thread.sleep(100);

        countdown.serverSays(30);
        countdown.serverSays(59);

        assertThat(values).containsExactly(60, 30);
    }

    @Test
    void stop_endsTheValues() throws Exception {
        countdown.start(60);
        Thread.sleep(100);

        countdown.stop();
        Thread.sleep(1_200);

        assertThat(values).containsExactly(60);
    }
}
