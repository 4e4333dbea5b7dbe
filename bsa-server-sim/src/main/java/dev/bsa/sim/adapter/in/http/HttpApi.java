package dev.bsa.sim.adapter.in.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bsa.domain.port.in.BsaUseCases;
import dev.bsa.sim.application.port.in.ControlPlane;
import io.javalin.config.JavalinConfig;
import io.javalin.config.Key;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulator's HTTP API (versioned under {@code /api/v1}, described by {@code /openapi.json}):
 * the website side, the device side (the virtual phone), the admin side (the control plane) and
 * the service routes, with one JSON envelope and one error mapper for all of them.
 */
public final class HttpApi {

    /**
     * The pages a server that embeds the API adds (name to path, e.g. {@code console -> /admin.html}), listed in the
     * index at {@code /api/v1}: register them with {@code config.appData(HttpApi.INDEX_PAGES, pages)}.
     */
    public static final Key<Map<String, String>> INDEX_PAGES = new Key<>("bsa.api.index.pages");

    private final BsaUseCases services;
    private final ControlPlane control;
    private final ObjectMapper mapper;
    private final HttpApiOptions options;
    private final EventStreams streams = new EventStreams();

    public HttpApi(BsaUseCases services, ControlPlane control, ObjectMapper mapper, HttpApiOptions options) {
        this.services = Objects.requireNonNull(services, "services");
        this.control = Objects.requireNonNull(control, "control");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Registers the JSON mapper, the request limits, CORS for the website side, the error mapper and
     * every route on {@code config}.
     */
    public void install(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.maxRequestSize = Math.max(options.maxBodyBytes(), HttpApiOptions.STATE_IMPORT_MAX_BYTES);
        config.http.prefer405over404 = true;
        EnvelopeErrorHandler serverErrors = new EnvelopeErrorHandler(mapper);
        config.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(serverErrors));
        new ErrorResponses().install(config.routes);
        routeGroups(mapper, new BodyReader(mapper, options.maxBodyBytes()))
                .forEach(group -> group.addTo(config.routes));
        config.routes.after(BodyReader::dropUnread);
    }

    private List<RouteGroup> routeGroups(ObjectMapper mapper, BodyReader bodies) {
        WebsiteClient website = new WebsiteClient(control.websites());
        DeviceAuthenticator devices = new DeviceAuthenticator(control.devices());
        return List.of(
                new WebsiteCors(),
                new LoginRoutes(services, website, bodies, new QrImages(), options.publicBaseUrl()),
                new ChannelRoutes(services, website, bodies, control.time()),
                new TokenRoutes(control.tokens(), website, bodies),
                new DeviceRoutes(services, control, devices, bodies),
                new QrLandingPage(services.scanQr()),
                new AdminGuard(options.adminToken()),
                new AdminDirectoryRoutes(control.directory(), bodies),
                new AdminUserRoutes(control, bodies),
                new AdminSimulationRoutes(control, bodies),
                new AdminInspectionRoutes(control, streams, mapper),
                new AdminOutcomeRoutes(control.outcomes(), bodies),
                new ServiceRoutes());
    }

    /**
     * Ends the open event streams, waiting up to {@code timeoutMillis} for them; call it before the
     * server stops. True when every stream has ended.
     */
    public boolean endStreams(long timeoutMillis) {
        return streams.stopAll(timeoutMillis);
    }
}
