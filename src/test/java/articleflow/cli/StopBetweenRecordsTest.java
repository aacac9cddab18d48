package articleflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StopBetweenRecordsTest {

    @Test
    void shouldHoldTheHookUntilTheRunHasClosedItsStores() throws Exception {
        StopBetweenRecords stop = new StopBetweenRecords();
        CompletableFuture<Void> hook = CompletableFuture.runAsync(() -> stop.requestAndAwait(Duration.ofMinutes(1)));

        while (!stop.requested()) {
            Thread.onSpinWait(); // the run sees the request before its next record
        }
        assertThat(hook).isNotDone();
        stop.storesClosed();

        hook.get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldNotWaitForARunBlockedOnInputThatMayNeverCome() throws Exception {
        StopBetweenRecords stop = new StopBetweenRecords();
        stop.waitingForInput(true);

        CompletableFuture.runAsync(() -> stop.requestAndAwait(Duration.ofMinutes(1))).get(10, TimeUnit.SECONDS);

        assertThat(stop.requested()).isTrue();
    }

    @Test
    void shouldGiveUpWaitingAfterTheLimit() throws Exception {
        StopBetweenRecords stop = new StopBetweenRecords();

        CompletableFuture.runAsync(() -> stop.requestAndAwait(Duration.ofMillis(100))).get(10, TimeUnit.SECONDS);

        assertThat(stop.requested()).isTrue();
    }
}
