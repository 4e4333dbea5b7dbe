package dev.bsa.sim.adapter.in.http;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A set of routes that belong together, registered by {@link HttpApi}. */
interface RouteGroup {

    /** Adds the group's routes. */
    void addTo(JavalinDefaultRoutingApi routes);
}
