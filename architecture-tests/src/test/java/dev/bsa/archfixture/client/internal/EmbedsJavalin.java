package dev.bsa.archfixture.client.internal;

import io.javalin.Javalin;

/** Breaks "the client uses no server framework": starts a Javalin server. */
public final class EmbedsJavalin {

    public Javalin server() {
        return Javalin.create();
    }
}
