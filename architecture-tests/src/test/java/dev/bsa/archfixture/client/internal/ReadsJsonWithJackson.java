package dev.bsa.archfixture.client.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Well-behaved: the client may read JSON with Jackson. */
public final class ReadsJsonWithJackson {

    @JsonProperty("rtMsg")
    private String message;

    public String message() {
        return message;
    }
}
