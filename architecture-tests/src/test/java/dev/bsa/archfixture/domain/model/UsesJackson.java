package dev.bsa.archfixture.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks "the domain depends only on the JDK" and "the domain uses no framework": a Jackson annotation. */
public final class UsesJackson {

    @JsonProperty("rtCode")
    private final int code;

    public UsesJackson(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
