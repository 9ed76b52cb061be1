package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole quick-start demo (sandbox, both targets, webhooks) in its own JVM with every
 * logger at TRACE and body logging on, and checks that the log holds none of the seeded contacts'
 * personal data, nor a token or secret. A separate JVM, because slf4j-simple fixes its levels when
 * the first logger is made.
 */
class PrivacyTest {
  private static final int CONTACTS = 12;

  @Test
  void theWholeDemoAtTraceWithBodiesLogsNoPersonalDataOrSecrets(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("log.txt");
    Path out = dir.resolve("out.txt");
    // The fake servers (MockWebServer) log each request through java.util.logging; they stand in
    // for GHL and the CRMs and are no part of what a host runs, so JUL stays at WARNING.
    Path jul = dir.resolve("jul.properties");
    Files.writeString(jul, "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n");
    Process demo =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.log.io.ghlsync.ghl.webhook=trace",
                "-Dorg.slf4j.simpleLogger.logFile=System.err",
                "-Dorg.slf4j.simpleLogger.showShortLogName=false",
                "-Dorg.slf4j.simpleLogger.showLogName=true",
                "-Djava.util.logging.config.file=" + jul,
                "-Dghlsync.demo.logBodies=true",
                QuickStartDemo.class.getName(),
                "--sandbox",
                "--contacts",
                String.valueOf(CONTACTS))
            .redirectError(log.toFile())
            .redirectOutput(out.toFile())
            .start();
    assertThat(demo.waitFor(180, TimeUnit.SECONDS)).as("demo finished").isTrue();
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    String printed = Files.readString(out, StandardCharsets.UTF_8);

    assertThat(demo.exitValue()).as(printed + logged).isZero();
    // The log really is at TRACE with bodies: requests and masked bodies are in it.
    assertThat(logged).contains("io.ghlsync.http - --> POST", "[redacted]", "io.ghlsync.sync - ");
    for (String value : seededPersonalData()) {
      assertThat(containsWord(logged, value)).as("the log contains '%s'", value).isFalse();
    }
    assertThat(logged)
        .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z.]{2,}")
        .doesNotContainPattern("\\+\\d{9,15}")
        .doesNotContainPattern("pit-[0-9a-fA-F-]{8,}")
        .doesNotContainPattern("(?i)bearer [A-Za-z0-9]")
        .doesNotContainPattern("\\b[0-9a-f]{32,}\\b");
  }

  /** Names, e-mails, phones, addresses, companies, task and note texts of the seeded contacts. */
  private static Set<String> seededPersonalData() throws IOException {
    Set<String> values = new LinkedHashSet<>();
    try (FakeGhl ghl = FakeGhl.builder().seed(42).start()) {
      FakeGhlLocation location = ghl.location(DemoSandbox.LOCATION).seedContacts(CONTACTS);
      for (int i = 0; i < CONTACTS; i++) {
        String id = location.seededContactId(i);
        Map<String, Object> contact = location.contact(id).orElseThrow();
        for (String field :
            List.of(
                "firstName",
                "lastName",
                "email",
                "phone",
                "address1",
                "city",
                "postalCode",
                "companyName")) {
          Object v = contact.get(field);
          if (v instanceof String s && !s.isBlank()) {
            values.add(s);
          }
        }
        List<Map<String, Object>> texts = new ArrayList<>(location.tasks(id));
        texts.addAll(location.notes(id));
        for (Map<String, Object> t : texts) {
          for (String field : List.of("title", "body")) {
            if (t.get(field) instanceof String s && !s.isBlank()) {
              values.add(s);
            }
          }
        }
      }
    }
    values.add("Hartmann"); // the demo's own edit of a last name
    assertThat(values).hasSizeGreaterThan(CONTACTS * 5);
    return values;
  }

  private static boolean containsWord(String text, String value) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }
}
