package dev.bsa.archfixture.client;

import dev.bsa.archfixture.web.DemoPage;

/** Breaks "the client never depends on the web demo". */
public final class OpensWebDemo {

    public String page() {
        return new DemoPage().html();
    }
}
