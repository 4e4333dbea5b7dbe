package dev.bsa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BsaBuilderTest {

    @Test
    void theBaseUrl_defaultsToLocalhost8080() {
        assertThat(BsaBuilder.DEFAULT_BASE_URL).isEqualTo("http://localhost:8080");
        assertThat(Bsa.builder("key").baseUrl).isEqualTo("http://localhost:8080");
    }

    @Test
    void badSettings_areRefusedAtOnce() {
        assertThatThrownBy(() -> Bsa.builder("key").baseUrl("localhost:8080"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bsa.builder("key").timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bsa.builder("key").pollInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bsa.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnreachableServer_reachesOnErrorWith2001_onTheGivenExecutor() throws Exception {
        CompletableFuture<String> error = new CompletableFuture<>();
        try (Bsa bsa = Bsa.builder("key")
                .baseUrl("http://127.0.0.1:9")
                .timeout(Duration.ofSeconds(2))
                .callbackExecutor(task -> new Thread(task, "caller-executor").start())
                .build()) {

            bsa.requestAuthCallback(
                    "alice",
                    tokens -> {},
                    (code, message) -> error.complete(
                            code + " on " + Thread.currentThread().getName()));

            assertThat(error.get(10, TimeUnit.SECONDS)).isEqualTo("2001 on caller-executor");
        }
    }

    @Test
    void bsaException_knowsItsCatalogueEntry_andKeepsUnknownCodes() {
        assertThat(new BsaException(5011, "canceled", null, null).errorCode())
                .isEqualTo(dev.bsa.domain.error.ErrorCode.AUTH_CANCELED);
        BsaException unknown = new BsaException(9999, "?", "detail", null);
        assertThat(unknown.code()).isEqualTo(9999);
        assertThat(unknown.errorCode()).isEqualTo(dev.bsa.domain.error.ErrorCode.SERVER_ERROR);
        assertThat(unknown.detail()).contains("detail");
    }

    @Test
    void valueTypes_keepSecretsOutOfTheirText_andCopyThePng() {
        assertThat(new Tokens("access", "refresh")).hasToString("Tokens[redacted]");
        byte[] png = {1, 2, 3};
        QrCode qr = new QrCode("id", "payload", png);
        png[0] = 9;
        assertThat(qr.png()).containsExactly(1, 2, 3);
        assertThat(qr).isEqualTo(new QrCode("id", "payload", new byte[] {1, 2, 3}));
    }
}
