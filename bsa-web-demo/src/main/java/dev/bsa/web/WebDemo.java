package dev.bsa.web;

import dev.bsa.sim.adapter.in.http.HttpApi;
import dev.bsa.sim.app.Simulator;
import dev.bsa.sim.app.SimulatorConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The web demo: a simulator whose server also serves the browser SDK ({@code /bsa.js}), the demo
 * login page ({@code /}), the virtual phone ({@code /phone.html}) and the admin console
 * ({@code /admin.html}) from the class path folder {@value #PUBLIC_FOLDER}, on one port.
 */
public final class WebDemo implements AutoCloseable {

    /** The class path folder the pages, the stylesheet and {@code bsa.js} are served from. */
    public static final String PUBLIC_FOLDER = "/public";

    /** Sent with every page and script: always revalidate (a simulator restarted with new pages is seen at once). */
    static final Map<String, String> STATIC_HEADERS = Map.of(
            "Cache-Control", "no-cache",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    /** The media type of the TypeScript declarations served beside {@code bsa.js}. */
    static final String TYPESCRIPT = "application/typescript; charset=utf-8";

    /** The pages and scripts as the API's index ({@code /api/v1}) lists them. */
    static final Map<String, String> INDEX_PAGES = indexPages();

    private final Simulator simulator;

    private WebDemo(Simulator simulator) {
        this.simulator = simulator;
    }

    /** Starts the simulator described by {@code config} with the pages added to its server. */
    public static WebDemo start(SimulatorConfig config) {
        return start(config, javalin -> {});
    }

    /**
     * Starts the simulator described by {@code config} with the pages added to its server, then
     * {@code extensions} (tests add their own pages this way).
     */
    public static WebDemo start(SimulatorConfig config, Consumer<JavalinConfig> extensions) {
        return new WebDemo(Simulator.start(config, javalin -> {
            servePages(javalin);
            extensions.accept(javalin);
        }));
    }

    private static void servePages(JavalinConfig javalin) {
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = PUBLIC_FOLDER;
            files.location = Location.CLASSPATH;
            files.headers = STATIC_HEADERS;
            // bsa.d.ts: Jetty knows no type for .ts; tools that fetch declarations by address go by this one.
            files.mimeTypes.add(TYPESCRIPT, "ts");
        });
        javalin.appData(HttpApi.INDEX_PAGES, INDEX_PAGES);
    }

    private static Map<String, String> indexPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("loginPage", "/");
        pages.put("phonePage", "/phone.html");
        pages.put("console", "/admin.html");
        pages.put("script", "/bsa.js");
        pages.put("typeDeclarations", "/bsa.d.ts");
        return Collections.unmodifiableMap(pages);
    }

    /** The simulator behind the pages. */
    public Simulator simulator() {
        return simulator;
    }

    /** The base URL on loopback, e.g. {@code http://localhost:8080}. */
    public String baseUrl() {
        return simulator.baseUrl();
    }

    /** The demo login page. */
    public String loginPageUrl() {
        return baseUrl() + "/";
    }

    /** The virtual phone page. */
    public String phonePageUrl() {
        return baseUrl() + "/phone.html";
    }

    /** The admin console. */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin.html";
    }

    /** The browser SDK. */
    public String scriptUrl() {
        return baseUrl() + "/bsa.js";
    }

    /**
     * {@code pageUrl} with the admin token in its fragment ({@code #admin=...}): the pages keep it in
     * the browser's storage and send it only as a bearer header; a fragment never reaches a server.
     */
    public String withAdminToken(String pageUrl) {
        return pageUrl + "#admin=" + URLEncoder.encode(simulator.adminToken(), StandardCharsets.UTF_8);
    }

    /** What the banner adds: the three pages, the phone and the console already holding the admin token. */
    public String bannerLines() {
        return String.join(
                System.lineSeparator(),
                "  Login page:   " + loginPageUrl(),
                "  Phone page:   " + withAdminToken(phonePageUrl() + "?user=alice") + "   (any user: change ?user=)",
                "  Console:      " + withAdminToken(adminConsoleUrl()),
                "  bsa.js:       " + scriptUrl() + "   (new BSA(\"demo-client-key\"), also named Guardian)");
    }

    /** Stops the server and the simulator. */
    @Override
    public void close() {
        simulator.close();
    }
}
