package org.magicref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.Skip;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.records.CatalogueStore;

/**
 * The finding aid used as a reader would, in headless Chromium, from the file system: search for
 * a document, follow the link to its page, find its citations and its reel's picture there, reach
 * the content from the keyboard, read a page at a phone's width, and keep screenshots under
 * {@code target/}.
 */
class SiteInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void searchFollowAndReadADocumentsPage() throws Exception {
        Skip.unless(Files.isExecutable(Browser.CHROMIUM), "no Chromium at " + Browser.CHROMIUM
                + " (apt-get install chromium; .ci/run installs it)");
        Catalogue catalogue = CatalogueStore.readBundled();
        Path site = dir.resolve("site");
        for (var f : Site.of(catalogue).entrySet()) {
            Files.createDirectories(site.resolve(f.getKey()).getParent());
            Files.writeString(site.resolve(f.getKey()), f.getValue());
        }
        // Chromium's profile in a temporary folder of its own, removed as well as it can be: a helper process
        // Chromium leaves behind must not fail the test by holding a file in JUnit's folder
        Path profile = Files.createTempDirectory("magicref-chromium");
        try (Browser browser = Browser.start(profile)) {
            browser.open(site.resolve("index.html").toUri().toString());
            browser.press("Tab", 9);
            assertEquals("skip", browser.eval("document.activeElement.className").asText(), "the first Tab reaches the skip link");
            browser.eval("document.getElementById('q').focus()");
            browser.type("Konoe envoy");
            browser.waitFor("document.querySelectorAll('#results a').length > 0");
            String results = browser.eval("Array.from(document.querySelectorAll('#results a')).map(a => a.textContent).join('\\n')")
                    .asText();
            assertTrue(results.contains("SRH-084 \u2014 Russo-Japanese Relations, 1-12 July 1945"), results);
            browser.eval("document.querySelector('#results a[href$=\"SRH-084.html\"]').click()");
            browser.waitFor("location.href.endsWith('documents/SRH-084.html') && document.readyState === 'complete'");
            assertEquals("SRH-084: Russo-Japanese Relations", browser.eval("document.querySelector('h1').textContent").asText());
            assertEquals(catalogue.citationsOf(DocumentId.parse("SRH-084")).size(),
                    browser.eval("document.querySelectorAll('section.citation').length").asInt());
            browser.waitFor("document.querySelector('figure img').complete");
            assertTrue(browser.eval("document.querySelector('figure img').naturalWidth").asInt() > 0, "the reel picture loads");
            assertTrue(browser.eval("document.getElementById('full').textContent").asText().contains("SRH-084, in Top Secret Studies"));
            Path shot = Path.of("target", "site-srh-084.png");
            browser.screenshot(shot);
            assertTrue(Files.size(shot) > 10_000, "a screenshot of the page is kept at " + shot);
            browser.send("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 360, "height", 740, "deviceScaleFactor", 2,
                    "mobile", true));
            browser.open(site.resolve("documents/SRH-079.html").toUri().toString());
            assertTrue(browser.eval("document.documentElement.scrollWidth").asInt() <= 360,
                    "on a phone's width nothing runs off the side: " + browser.eval("document.documentElement.scrollWidth"));
            browser.screenshot(Path.of("target", "site-srh-079-phone.png"));
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
