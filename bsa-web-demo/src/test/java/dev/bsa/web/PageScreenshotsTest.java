package dev.bsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.web.browser.AdminConsole;
import dev.bsa.web.browser.LoginPage;
import dev.bsa.web.browser.LoginPage.Flow;
import dev.bsa.web.browser.PhonePage;
import dev.bsa.web.browser.RunningDemo;
import dev.bsa.web.browser.Screenshots;
import dev.bsa.web.browser.WebDemoBrowserTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the three pages and the Login-Component's dialog in use, saved under {@code target/screenshots} for people to look at
 * (the README shows where), each checked to be a real rendered page and not a blank or broken one.
 */
@WebDemoBrowserTest
class PageScreenshotsTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1400;

    @Test
    void theLoginPage_signedInByPush_withItsStatusesAndTokens(RunningDemo demo) throws IOException {
        demo.browser().resize(WIDTH, HEIGHT);
        LoginPage login = demo.loginPage();
        login.sendPush("bob");
        login.awaitSignedIn(Flow.PUSH);

        Path png = login.screenshot(Screenshots.folder().resolve("login-page.png"));

        assertIsARenderedPage(png);
    }

    @Test
    void thePhonePage_withALoginRequestWaiting(RunningDemo demo) throws IOException {
        demo.browser().resize(WIDTH, HEIGHT);
        demo.loginPage().sendPush("alice").awaitStatus(Flow.PUSH, "SelectNodes");
        PhonePage phone = demo.phonePageOf("alice");
        phone.awaitRequest();

        Path png = phone.screenshot(Screenshots.folder().resolve("phone-page.png"));

        assertIsARenderedPage(png);
    }

    @Test
    void theAdminConsole_withItsUsers_andTheSessionsAndEventsOfALogin(RunningDemo demo) throws IOException {
        demo.browser().resize(WIDTH, HEIGHT);
        AdminConsole console = demo.adminConsole();
        demo.loginPageInANewTab().sendPush("bob").awaitSignedIn(Flow.PUSH);
        console.awaitEvent("PUSH bob → AuthCompleted");

        Path top = console.screenshot(Screenshots.folder().resolve("admin-console.png"));
        console.script("document.getElementById('sessions-title').scrollIntoView();");
        Path events = console.screenshot(Screenshots.folder().resolve("admin-console-events.png"));

        assertIsARenderedPage(top);
        assertIsARenderedPage(events);
    }

    @Test
    void theLoginComponentsDialog_onAWebsiteOfItsOwn_withAPushWaitingForThePhone(RunningDemo demo) throws IOException {
        demo.browser().resize(WIDTH, HEIGHT);
        LoginComponentPage page = new LoginComponentPage(demo.testPageOfAnotherOrigin(
                        "login-component.html?server=" + demo.demo().baseUrl()))
                .open(0);
        page.type("push-user", "alice").press("push-start");
        page.awaitTimer();
        page.awaitStatuses(3);

        Path png = page.tab().screenshot(Screenshots.folder().resolve("login-component.png"));

        assertIsARenderedPage(png);
    }

    /** A PNG of the whole window, with many colours and no single colour covering nearly all of it. */
    private static void assertIsARenderedPage(Path png) throws IOException {
        assertThat(png).exists();
        assertThat(Files.size(png)).as("bytes").isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isGreaterThan(HEIGHT / 2);
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int sampled = colours.values().stream().mapToInt(Integer::intValue).sum();
        int commonest =
                colours.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(100);
        assertThat((double) commonest / sampled)
                .as("share of the commonest colour")
                .isLessThan(0.9);
    }
}
