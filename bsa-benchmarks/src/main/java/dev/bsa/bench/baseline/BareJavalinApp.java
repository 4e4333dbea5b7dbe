package dev.bsa.bench.baseline;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The baseline the simulator's figures are divided by: a bare Javalin app on the same Javalin, Jackson and
 * nimbus-jose-jwt versions, with no storage, no rules and no wiring. {@code /health} says hello;
 * {@code POST /sign} reads a TOTP login body and answers an ES256 access token with the simulator's claims;
 * {@code POST /json} reads the same body and answers a JSON error envelope (what a rejected code costs at the
 * least). Runs as {@code java -jar bsa-bare-javalin.jar [--port N] [--host H]}.
 */
public final class BareJavalinApp {

    private static final String CLIENT_KEY_HEADER = "X-BSA-Client-Key";
    private static final int CODE_VERIFICATION_FAILED = 3005;

    private final BareTokenSigner signer = new BareTokenSigner();

    private BareJavalinApp() {}

    /** Starts the app; {@code --port} (default 8080, 0 for any free port) and {@code --host} (default 127.0.0.1). */
    public static void main(String[] args) {
        int port = 8080;
        String host = "127.0.0.1";
        for (int index = 0; index + 1 < args.length; index += 2) {
            switch (args[index]) {
                case "--port" -> port = Integer.parseInt(args[index + 1]);
                case "--host" -> host = args[index + 1];
                default ->
                    throw new IllegalArgumentException("unknown option " + args[index] + " (--port N, --host H)");
            }
        }
        Javalin app = start(host, port);
        System.out.println("bare Javalin listening on http://" + host + ":" + app.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-stop"));
    }

    /** Starts the app on {@code host}:{@code port} (0: any free port). */
    public static Javalin start(String host, int port) {
        BareJavalinApp app = new BareJavalinApp();
        return Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = host;
                    config.jetty.port = port;
                    config.routes.get("/health", ctx -> ctx.result("hello"));
                    config.routes.post("/sign", app::sign);
                    config.routes.post("/json", app::json);
                })
                .start();
    }

    private void sign(Context ctx) {
        LoginBody body = ctx.bodyAsClass(LoginBody.class);
        BareTokenSigner.Signed signed = signer.sign(body.userKey(), String.valueOf(ctx.header(CLIENT_KEY_HEADER)));
        ctx.json(new Envelope(
                0, "success", Map.of("sessionId", signed.sessionId(), "accessToken", signed.accessToken())));
    }

    private void json(Context ctx) {
        ctx.bodyAsClass(LoginBody.class);
        ctx.status(HttpStatus.UNAUTHORIZED)
                .json(new Envelope(CODE_VERIFICATION_FAILED, "OTP verification failed", null));
    }

    /** The body of a TOTP login, as the simulator's {@code POST /api/v1/auth/totp} takes it. */
    record LoginBody(String userKey, String totpCode) {}

    /** The simulator's response envelope. */
    record Envelope(int rtCode, String rtMsg, Object data) {}
}
