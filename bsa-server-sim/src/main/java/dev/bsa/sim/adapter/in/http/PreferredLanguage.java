package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.ErrorCode;
import io.javalin.http.Context;
import java.util.Locale;

/** The language of catalogue texts for one request: Korean when {@code Accept-Language} prefers it, else English. */
final class PreferredLanguage {

    private PreferredLanguage() {}

    /** The locale to describe errors in for this request: its {@code Accept-Language}, as the catalogue reads it. */
    static Locale of(Context ctx) {
        return ErrorCode.languageFor(ctx.header("Accept-Language"));
    }
}
