package dev.bsa.sim.adapter.in.cli;

import dev.bsa.sim.app.Simulator;
import java.io.PrintWriter;

/** What the simulator prints when it is up: the URLs and the credentials a newcomer needs. */
public final class Banner {

    /** The client key of the demo seed's website. */
    static final String DEMO_CLIENT_KEY = "demo-client-key";

    private Banner() {}

    /**
     * Prints the banner.
     *
     * @param out        where to
     * @param simulator  the running simulator
     * @param demoSeed   true when the simulator runs with the demo seed: the demo credentials are listed when
     *                   this start loaded it, else the banner says the stored state was kept
     * @param extraLines lines to add after the URLs (the web demo's pages), may be empty
     */
    public static void print(PrintWriter out, Simulator simulator, boolean demoSeed, String extraLines) {
        String base = simulator.baseUrl();
        out.println();
        out.println("BSA Simulator is running" + (simulator.virtualClock() ? " (virtual clock)" : "") + ".");
        if (!extraLines.isEmpty()) {
            out.println(extraLines);
        }
        out.println("  API:          " + base + "/api/v1");
        out.println("  OpenAPI:      " + base + "/openapi.json");
        out.println("  Health:       " + base + "/health");
        out.println("  Admin token:  " + simulator.adminToken());
        if (demoSeed && !simulator.seededAtStart()) {
            out.println("  Stored state: kept from an earlier run; POST /api/v1/admin/reset loads the demo seed");
        } else if (demoSeed) {
            out.println("  Client key:   " + DEMO_CLIENT_KEY + "   (header X-BSA-Client-Key)");
            out.println(
                    "  Users:        alice (you answer), bob (auto-approves), carol (auto-rejects), dave (never answers),");
            out.println(
                    "                erin 5005, frank 5006, grace 5007, heidi 5008, ivan (no phone), judy (not linked)");
            out.println("  Phone tokens: demo-device-<user>   (header X-BSA-Device-Token)");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
