package dev.bsa.client;

/** A step of a login the simulator can be told to fail, with the code the login then fails with. */
public enum Fault {
    /** Channel creation: 5015. */
    CHANNEL,
    /** Sending the push: 5017. */
    PUSH,
    /** Node verification after approval: 5022. */
    NODE,
    /** Any website call: 2001, the server error a real service answers only when something broke inside. */
    SERVER,
    /** Any website call: 2000, as if its client key were unknown. */
    CLIENT_KEY
}
