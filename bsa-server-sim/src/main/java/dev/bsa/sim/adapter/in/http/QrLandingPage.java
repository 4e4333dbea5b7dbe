package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.Done;
import dev.bsa.domain.error.ErrorCode;
import dev.bsa.domain.error.Result;
import dev.bsa.domain.port.in.ScanQrUseCase;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;

/**
 * What a phone's camera app or a browser shows when it opens a login QR code instead of the BSA app:
 * a page saying to use the app (403), and the website's login fails with 5024. An unknown or expired
 * id gets a 404 page. A client that does not ask for HTML gets the same answers as the envelope (5024, 5023).
 */
final class QrLandingPage implements RouteGroup {

    private final ScanQrUseCase scanQr;

    QrLandingPage(ScanQrUseCase scanQr) {
        this.scanQr = scanQr;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/q/{qrId}", this::open);
    }

    void open(Context ctx) {
        boolean korean = PreferredLanguage.of(ctx).equals(Locale.KOREAN);
        Result<Done> opened = scanQr.scanOutsideApp(ctx.pathParam("qrId"));
        if (!acceptsHtml(ctx)) {
            // Not a browser: the same outcome as the envelope every API client understands.
            throw opened.isSuccess()
                    ? RequestRejected.of(ErrorCode.QR_NOT_FROM_APP, "this QR code was opened outside the BSA app")
                    : RequestRejected.of(opened.rejection());
        }
        if (opened.isSuccess()) {
            ctx.status(403)
                    .html(
                            page(
                                    korean ? "BSA 앱으로 스캔하세요" : "Scan this code with the BSA app",
                                    korean
                                            ? "이 QR 코드는 BSA 앱으로만 로그인할 수 있습니다. 웹사이트의 로그인 요청은 취소되었습니다 (5024). "
                                                    + "웹사이트에서 새 QR 코드를 요청한 뒤 BSA 앱으로 스캔하세요."
                                            : "This QR code logs you in only when scanned with the BSA app. The website's login "
                                                    + "request has failed (5024): ask the website for a new QR code and scan it with the BSA app."));
            return;
        }
        ctx.status(404)
                .html(page(
                        korean ? "유효하지 않은 QR 코드" : "Invalid QR code",
                        korean
                                ? "이 QR 코드는 유효하지 않거나 만료되었습니다 (5023). 웹사이트에서 새 QR 코드를 요청하세요."
                                : "This QR code is invalid or has expired (5023). Ask the website for a new one."));
    }

    /** True when the client asks for a page: a browser or a phone's camera app names {@code text/html}. */
    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    private static String page(String title, String message) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 32em; margin: 3em auto; padding: 0 1em\">"
                + "<h1>" + title + "</h1><p>" + message + "</p></body></html>\n";
    }
}
