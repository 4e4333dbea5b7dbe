package dev.bsa.sim.adapter.in.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The language of catalogue texts for one request: Korean when {@code Accept-Language} prefers it, else English. */
final class PreferredLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    private PreferredLanguage() {}

    /** The locale to describe errors in for this request. */
    static Locale of(Context ctx) {
        return of(ctx.header("Accept-Language"));
    }

    /** The locale an {@code Accept-Language} value prefers among English and Korean; English when unclear. */
    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
