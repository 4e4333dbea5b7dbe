package dev.bsa.domain.error;

/** The value of a {@link Result} that succeeds without producing anything. */
public enum Done {
    /** The one value. */
    DONE
}
