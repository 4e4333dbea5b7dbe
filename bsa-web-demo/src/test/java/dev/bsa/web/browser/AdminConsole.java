package dev.bsa.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admin console ({@code admin.html}), opened with the admin token. */
public final class AdminConsole extends Tab {

    private AdminConsole(Tab tab) {
        super(tab);
    }

    /** The console in {@code tab}, once it shows the users and its event stream is live. */
    static AdminConsole opened(Tab tab) {
        AdminConsole console = new AdminConsole(tab);
        console.visible("console");
        console.textWhen("events-state", "a live event stream", "Live"::equals);
        console.waitUntil(
                "the users' rows",
                driver -> !driver.findElements(By.cssSelector("#users tr[data-user]"))
                        .isEmpty());
        return console;
    }

    /** Chooses a status (the API's value) for the user in the users table, and returns what the console then says. */
    public String setStatus(String user, String status) {
        choose("user-status-" + user, status);
        return awaitMessage(user + " is now ");
    }

    /** The status the users table shows for the user. */
    public String statusShown(String user) {
        return element("user-status-" + user).getDomProperty("value");
    }

    /** Sets how the user's phone answers (the API's mode) and saves it, and returns what the console then says. */
    public String setPhone(String user, String mode, long delayMillis) {
        choose("user-mode-" + user, mode);
        type("user-delay-" + user, String.valueOf(delayMillis));
        click("user-mode-save-" + user);
        return awaitMessage(user + "’s phone: ");
    }

    /** The phone behaviour the users table shows for the user (the API's mode). */
    public String phoneShown(String user) {
        return element("user-mode-" + user).getDomProperty("value");
    }

    /** Queues faults: the next {@code push} push sends fail, and so on. */
    public AdminConsole queueFaults(int channel, int push, int node) {
        type("fault-channel", String.valueOf(channel));
        type("fault-push", String.valueOf(push));
        type("fault-node", String.valueOf(node));
        click("faults-save");
        awaitMessage("Queued faults");
        return this;
    }

    /** Types a count into the faults form without queueing it. */
    public AdminConsole typeFault(String kind, int count) {
        type("fault-" + kind, String.valueOf(count));
        return this;
    }

    /**
     * Sets the faults form's {@code kind} field to {@code value} the way a script or the browser's autofill does: the
     * value and a {@code change} event, without focus or typing ({@code input} events).
     */
    public AdminConsole fillFaultWithoutTyping(String kind, String value) {
        script(
                "var field = document.getElementById(arguments[0]); field.value = arguments[1];"
                        + " field.dispatchEvent(new Event('change', {bubbles: true}));",
                "fault-" + kind,
                value);
        return this;
    }

    /** Waits until the faults form shows {@code count} for {@code kind}. */
    public AdminConsole awaitFaultShown(String kind, int count) {
        waitUntil(
                "the faults form to show " + kind + " " + count,
                driver -> String.valueOf(count)
                        .equals(driver.findElement(By.id("fault-" + kind)).getDomProperty("value")));
        return this;
    }

    /** What the faults form shows for {@code kind}. */
    public String faultShown(String kind) {
        return waitUntil(
                "the faults form",
                driver -> driver.findElement(By.id("fault-" + kind)).getDomProperty("value"));
    }

    /** Queues what the faults form holds. */
    public AdminConsole queueTypedFaults() {
        click("faults-save");
        awaitMessage("Queued faults");
        return this;
    }

    /** Chooses the next outcome (the API's name) for the user with the form, and returns what the console then says. */
    public String arrangeNextOutcome(String outcome, String user) {
        waitUntil(
                "the outcome catalogue",
                driver -> !driver.findElements(By.cssSelector("#outcome-choice option[value='" + outcome + "']"))
                        .isEmpty());
        choose("outcome-choice", outcome);
        type("outcome-user", user);
        click("outcome-arrange");
        return awaitMessage("Arranged " + outcome);
    }

    /** Advances the virtual clock by {@code seconds} with the form. */
    public AdminConsole advanceClock(int seconds) {
        type("clock-seconds", String.valueOf(seconds));
        click("clock-advance");
        awaitMessage("Advanced the clock by " + seconds + " s");
        return this;
    }

    /** The time the clock card shows. */
    public String clockShown() {
        return text("clock-now");
    }

    /** Resets the simulator, confirming when asked. */
    public AdminConsole reset() {
        click("reset");
        click("reset-yes");
        awaitMessage("The simulator was reset");
        return this;
    }

    /** Waits until the console's message says {@code text}, and returns the whole message. */
    public String awaitMessage(String text) {
        return textWhen("console-message", "a message with '" + text + "'", shown -> shown.contains(text));
    }

    /** The lines of the live event log, oldest first. */
    public List<String> events() {
        return element("events").findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits until a line of the live event log contains {@code text}, and returns it. */
    public String awaitEvent(String text) {
        return waitUntil(
                "an event with '" + text + "'",
                driver -> events().stream()
                        .filter(line -> line.contains(text))
                        .findFirst()
                        .orElse(null));
    }
}
