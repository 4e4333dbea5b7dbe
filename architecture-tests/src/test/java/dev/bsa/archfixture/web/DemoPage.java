package dev.bsa.archfixture.web;

/** The web demo, which the client must not depend on. */
public final class DemoPage {

    public String html() {
        return "<html></html>";
    }
}
