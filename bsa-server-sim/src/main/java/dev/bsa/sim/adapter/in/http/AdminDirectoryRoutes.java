package dev.bsa.sim.adapter.in.http;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AuthMethod;
import dev.bsa.domain.model.Client;
import dev.bsa.domain.model.ClientKey;
import dev.bsa.domain.model.UserKey;
import dev.bsa.sim.application.port.in.ManageDirectoryUseCase;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The control plane's websites and links: list, register or replace, delete. */
final class AdminDirectoryRoutes implements RouteGroup {

    private final ManageDirectoryUseCase directory;
    private final BodyReader bodies;

    AdminDirectoryRoutes(ManageDirectoryUseCase directory, BodyReader bodies) {
        this.directory = directory;
        this.bodies = bodies;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/admin/clients", this::clients);
        routes.put("/api/v1/admin/clients/{clientKey}", this::saveClient);
        routes.delete("/api/v1/admin/clients/{clientKey}", this::deleteClient);
        routes.get("/api/v1/admin/links", this::links);
        routes.put("/api/v1/admin/links/{userKey}/{clientKey}", this::link);
        routes.delete("/api/v1/admin/links/{userKey}/{clientKey}", this::unlink);
    }

    void clients(Context ctx) {
        ctx.json(Envelope.ok(
                directory.clients().stream().map(AdminViews.ClientView::of).toList()));
    }

    /** Registers or replaces a client; fields left out keep the client's values (a new one: its key as name, no login type). */
    void saveClient(Context ctx) {
        ClientKey key = clientKey(ctx);
        RequestBodies.ClientBody body = bodies.required(ctx, RequestBodies.ClientBody.class);
        Optional<Client> before = directory.client(key);
        String name =
                body.name() != null ? body.name() : before.map(Client::name).orElse(key.value());
        if (name.isBlank() || name.length() > 200) {
            throw RequestRejected.badInput("name must have 1 to 200 characters");
        }
        Set<AuthMethod> types = body.loginTypes() != null
                ? loginTypes(body.loginTypes())
                : before.map(Client::loginTypes).orElse(Set.of());
        Client client = new Client(key, name, types);
        directory.saveClient(client);
        ctx.json(Envelope.ok(AdminViews.ClientView.of(client)));
    }

    void deleteClient(Context ctx) {
        ctx.json(Envelope.ok(new AdminViews.Deleted(directory.deleteClient(clientKey(ctx)))));
    }

    void links(Context ctx) {
        ctx.json(Envelope.ok(
                directory.links().stream().map(AdminViews.LinkView::of).toList()));
    }

    void link(Context ctx) {
        UserKey user = userKey(ctx);
        ClientKey client = clientKey(ctx);
        RequestRejected.unwrap(directory.link(user, client));
        ctx.json(Envelope.ok(new AdminViews.LinkView(user.value(), client.value())));
    }

    void unlink(Context ctx) {
        ctx.json(Envelope.ok(new AdminViews.Deleted(directory.unlink(userKey(ctx), clientKey(ctx)))));
    }

    /** The user key path parameter (2002 when malformed). */
    static UserKey userKey(Context ctx) {
        return RequestRejected.unwrap(UserKey.parse(ctx.pathParam("userKey")));
    }

    private static ClientKey clientKey(Context ctx) {
        Result<ClientKey> key = ClientKey.parse(ctx.pathParam("clientKey"));
        if (!key.isSuccess()) {
            throw RequestRejected.badInput("clientKey must be 1 to 64 letters, digits, '_' or '-'");
        }
        return key.value();
    }

    private static Set<AuthMethod> loginTypes(List<String> names) {
        Set<AuthMethod> types = EnumSet.noneOf(AuthMethod.class);
        for (String name : names) {
            types.add(ExactNames.of(AuthMethod.class, name, "every entry of loginTypes"));
        }
        return types;
    }
}
