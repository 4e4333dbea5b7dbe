package dev.bsa.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void success_givesTheData() {
        assertThat(ResponseEnvelope.open(200, "{\"rtCode\":0,\"rtMsg\":\"success\",\"data\":{\"channelKey\":\"k\"}}")
                        .get("channelKey")
                        .asText())
                .isEqualTo("k");
    }

    @Test
    void failure_givesCodeMessageStatusAndDetail() {
        assertThatThrownBy(
                        () -> ResponseEnvelope.open(
                                409,
                                "{\"rtCode\":2010,\"rtMsg\":\"User authentication in-progress\",\"data\":{\"detail\":\"user bob\"}}"))
                .isInstanceOfSatisfying(ApiFailure.class, failure -> {
                    assertThat(failure.code()).isEqualTo(2010);
                    assertThat(failure.getMessage()).isEqualTo("User authentication in-progress");
                    assertThat(failure.httpStatus()).isEqualTo(409);
                    assertThat(failure.detail()).isEqualTo("user bob");
                });
    }

    @Test
    void aBodyThatIsNotJson_isAServerError() {
        assertThatThrownBy(() -> ResponseEnvelope.open(502, "<html>Bad gateway</html>"))
                .isInstanceOfSatisfying(
                        ApiFailure.class, failure -> assertThat(failure.code()).isEqualTo(2001));
    }

    @Test
    void anErrorWithoutEnvelope_isAServerError_andARawSuccessIsGivenAsIs() {
        assertThatThrownBy(() -> ResponseEnvelope.open(404, "{\"message\":\"not found\"}"))
                .isInstanceOfSatisfying(
                        ApiFailure.class, failure -> assertThat(failure.code()).isEqualTo(2001));
        assertThat(ResponseEnvelope.open(200, "{\"keys\":[]}").has("keys")).isTrue();
    }

    @Test
    void anIoFailure_isUnreachable_andAnApiFailureIsUnwrapped() {
        ApiFailure known = new ApiFailure(3005, "wrong", 401, null, null);

        assertThat(ResponseEnvelope.asFailure(new CompletionException(known))).isSameAs(known);
        assertThat(ResponseEnvelope.asFailure(new CompletionException(new IOException("refused")))
                        .code())
                .isEqualTo(2001);
    }
}
