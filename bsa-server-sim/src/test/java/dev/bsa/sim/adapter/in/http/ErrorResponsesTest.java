package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.error.ErrorCode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.testtools.JavalinTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** The one error mapper on its own: the HTTP status of every code, bugs as 2001, and the language choice. */
class ErrorResponsesTest {

    private static final Map<Integer, Integer> CONTRACT = Map.ofEntries(
            Map.entry(2000, 401),
            Map.entry(2001, 500),
            Map.entry(2002, 400),
            Map.entry(2004, 404),
            Map.entry(2008, 404),
            Map.entry(2010, 409),
            Map.entry(3005, 401),
            Map.entry(3100, 404),
            Map.entry(3201, 403),
            Map.entry(3301, 403),
            Map.entry(5001, 410),
            Map.entry(5005, 403),
            Map.entry(5006, 403),
            Map.entry(5007, 403),
            Map.entry(5008, 403),
            Map.entry(5010, 403),
            Map.entry(5011, 409),
            Map.entry(5015, 503),
            Map.entry(5017, 502),
            Map.entry(5019, 409),
            Map.entry(5022, 502),
            Map.entry(5023, 404),
            Map.entry(5024, 403),
            Map.entry(5026, 429));

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCatalogueCode_hasTheContractsHttpStatus(ErrorCode code) {
        assertThat(ErrorResponses.statusOf(code)).isEqualTo(CONTRACT.get(code.code()));
    }

    @Test
    void anUnexpectedException_becomes2001WithACorrelationId_andNoInternalsInTheBody() {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(WireJson.mapper(), false));
            new ErrorResponses().install(config.routes);
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret internals at dev.bsa.Something");
            });
        });

        JavalinTest.test(app, (server, client) -> {
            var response = client.get("/boom");
            String body = response.body().string();
            JsonNode json = new ObjectMapper().readTree(body);

            assertThat(response.code()).isEqualTo(500);
            assertThat(json.path("rtCode").asInt()).isEqualTo(2001);
            assertThat(json.path("rtMsg").asText()).isEqualTo("Server error");
            assertThat(json.path("data").path("correlationId").asText()).matches("[0-9a-f-]{36}");
            assertThat(body).doesNotContain("secret internals").doesNotContain("IllegalStateException");
        });
    }

    @Test
    void everyAnswerWith2001_carriesACorrelationId_thatTheLogLineOfThatFailureCarriesToo() {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(WireJson.mapper(), false));
            new ErrorResponses().install(config.routes);
            config.routes.get("/fault", ctx -> {
                throw RequestRejected.of(ErrorCode.SERVER_ERROR, "injected fault: server error");
            });
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("a bug");
            });
        });
        ch.qos.logback.classic.Logger log =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ErrorResponses.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            JavalinTest.test(app, (server, client) -> {
                for (String path : new String[] {"/fault", "/boom"}) {
                    JsonNode json =
                            new ObjectMapper().readTree(client.get(path).body().string());
                    String correlationId =
                            json.path("data").path("correlationId").asText();

                    assertThat(json.path("rtCode").asInt()).as(path).isEqualTo(2001);
                    assertThat(correlationId).as(path).matches("[0-9a-f-]{36}");
                    assertThat(lines.list)
                            .as(path)
                            .anySatisfy(line -> assertThat(line.getFormattedMessage())
                                    .contains(correlationId)
                                    .contains(path));
                }
            });
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void aRejectionThrownByAHandler_usesItsCodesStatus_inTheCallersLanguage() {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(WireJson.mapper(), false));
            new ErrorResponses().install(config.routes);
            config.routes.get("/busy", ctx -> {
                throw RequestRejected.of(ErrorCode.AUTH_IN_PROGRESS, "user alice already has a live authentication");
            });
        });

        JavalinTest.test(app, (server, client) -> {
            var response = client.get("/busy", request -> request.header("Accept-Language", "ko"));
            JsonNode json = new ObjectMapper().readTree(response.body().string());

            assertThat(response.code()).isEqualTo(409);
            assertThat(json.path("rtCode").asInt()).isEqualTo(2010);
            assertThat(json.path("rtMsg").asText()).isEqualTo(ErrorCode.AUTH_IN_PROGRESS.korean());
            assertThat(json.path("data").path("detail").asText())
                    .isEqualTo("user alice already has a live authentication");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "ko|ko",
                "ko-KR|ko",
                "ko-KR,ko;q=0.9,en-US;q=0.8|ko",
                "en-US,en;q=0.9,ko;q=0.8|en",
                "en|en",
                "fr-FR,ko;q=0.5|ko",
                "fr|en",
                "*|en",
                "NULL|en",
                "''|en",
                "not a language tag;;;|en"
            })
    void theLanguage_isKoreanOnlyWhenPreferred(String acceptLanguage, String expected) {
        assertThat(ErrorCode.languageFor(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
